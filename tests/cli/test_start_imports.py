"""What the start imports, and when.

The command line imports each command's modules inside the command: ``counsellor-app
--help`` or ``check`` does not pay for Qt or ReportLab, nor the window's module for SQLAlchemy
(the window's start loads the database layers itself, once, see counsellor_app/app.py).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = """
import sys
import {module}
loaded = sorted(m for m in ("sqlalchemy", "alembic", "reportlab") if m in sys.modules)
print(",".join(loaded))
"""


@pytest.mark.parametrize(
    "module", ["counsellor_app.cli", "counsellor_app.app", "counsellor_app.ui.shell.main_window"]
)
def test_the_way_to_the_window_imports_no_database_layer(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == "", f"{module} imports {result.stdout.strip()}"


LOAD_CHECK = """
import sys
from counsellor_app.app import UI_MODULES, load_layers
errors = []
try:
    load_layers()
except Exception as error:
    errors.append(repr(error))
from PySide6.QtCore import QCoreApplication
missing = [m for m in UI_MODULES if m not in sys.modules]
print(errors, missing, QCoreApplication.instance() is None)
"""


def test_the_window_modules_load_before_any_qapplication() -> None:
    # The start loads the window's modules before the QApplication exists: importing them
    # must make no widget, pixmap or font (which need one).
    result = subprocess.run(
        [sys.executable, "-c", LOAD_CHECK],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == "[] [] True", result.stdout + result.stderr
    assert "QPixmap" not in result.stderr and "QWidget" not in result.stderr, result.stderr


START_CHECK = """
import sys
from counsellor_app.app import load_layers
load_layers()
import counsellor_app.ui.safety.backup_dialog, counsellor_app.ui.common.drafts
import counsellor_app.ui.shell.main_window
heavy = ("counsellor_app.services.interchange", "orjson", "alembic", "reportlab")
print(",".join(m for m in heavy if m in sys.modules))
"""


def test_the_window_start_loads_no_file_reader_migrations_or_pdf() -> None:
    # Each is loaded when first used (an import, an upgrade, a report): at start, before the
    # window shows, it would only make the user wait.
    result = subprocess.run(
        [sys.executable, "-c", START_CHECK],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == "", f"the start loads {result.stdout.strip()}"
