"""The window's start path does not import the database layers before the window shows.

SQLAlchemy and the layers above it take as long to import as Qt takes to show the window;
they are imported on another thread meanwhile (see counsellor_app/app.py). A module-level
import on the way to the window would put them back in front of it.
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
    "module", ["counsellor_app.cli", "counsellor_app.app", "counsellor_app.ui.main_window"]
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


THREAD_CHECK = """
import sys, threading
from counsellor_app.app import UI_MODULES, DatabaseLayers
layers = DatabaseLayers()
errors = []
def load():
    try:
        layers.load()
    except Exception as error:
        errors.append(repr(error))
thread = threading.Thread(target=load)
thread.start()
thread.join(60)
from PySide6.QtCore import QCoreApplication
missing = [m for m in UI_MODULES if m not in sys.modules]
print(errors, missing, QCoreApplication.instance() is None)
"""


def test_the_window_modules_load_on_a_thread_before_any_qapplication() -> None:
    # The import thread loads the window's modules while the GUI thread shows the window:
    # importing them must make no widget, pixmap or font (which need the GUI thread).
    result = subprocess.run(
        [sys.executable, "-c", THREAD_CHECK],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == "[] [] True", result.stdout + result.stderr
    assert "QPixmap" not in result.stderr and "QWidget" not in result.stderr, result.stderr
