"""What the program reads at run time ships inside the package and is found with
importlib.resources, so that an installed wheel or a frozen bundle finds it as a checkout does."""

from __future__ import annotations

import ast
import json
import shutil
from importlib.resources import files
from pathlib import Path

import pytest

import counsellor_app
from counsellor_app import paths
from counsellor_app.storage import migrate

PACKAGE = Path(str(files("counsellor_app")))


def shipped_resources() -> dict[str, Path]:
    """Every file or folder the program reads, as the program looks it up."""
    from counsellor_app.reports import fonts
    from counsellor_app.ui.common import identity, language

    found = {
        "fonts": paths.fonts_dir(),
        "translations": language.translations_dir(),
        "schema": paths.schema_file(),
        "example": paths.example_file(),
        "icons": paths.icons_dir(),
        "migrations": Path(migrate.alembic_config().get_main_option("script_location") or ""),
    }
    for file_name in fonts.FONT_FILES.values():
        found[f"font {file_name}"] = fonts.font_file(file_name)
    for size in identity.ICON_SIZES:
        found[f"icon {size}"] = paths.icons_dir() / f"exchange-notes-{size}.png"
    return found


def test_every_resource_is_inside_the_package_and_there() -> None:
    for name, path in shipped_resources().items():
        assert path.is_relative_to(PACKAGE), f"{name}: {path} is outside the package"
        assert path.exists(), f"{name}: {path} is missing"


def test_the_resources_are_what_the_program_needs() -> None:
    from counsellor_app.ui.common.language import CATALOGUE
    from counsellor_app.ui.common.settings import LANGUAGES

    for code in LANGUAGES:
        assert (paths.translations_dir() / f"{CATALOGUE}_{code}.qm").is_file()
    licences = {p.name for p in paths.fonts_dir().glob("LICENSE-*.txt")}
    assert {"LICENSE-DejaVu.txt", "LICENSE-Droid.txt", "LICENSE-Nanum.txt"} <= licences
    assert json.loads(paths.schema_file().read_text(encoding="utf-8"))["type"] == "object"
    example = json.loads(paths.example_file().read_text(encoding="utf-8"))
    assert example["format"] == "counsellor-exchange-notes"
    scripts = {p.name[:4] for p in (paths.migrations_dir() / "versions").glob("0*.py")}
    assert scripts == set(migrate.REVISIONS)
    assert (paths.migrations_dir() / "env.py").is_file()


def test_every_resource_is_looked_up_through_importlib_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A copy of the package's files somewhere else, handed out by importlib.resources: every
    # lookup must land in the copy, as it lands in site-packages or a bundle's folder.
    elsewhere = tmp_path / "counsellor_app"
    shutil.copytree(PACKAGE / "data", elsewhere / "data")
    shutil.copytree(PACKAGE / "storage" / "migrations", elsewhere / "storage" / "migrations")
    asked: list[str] = []

    def fake_files(package: str) -> Path:
        asked.append(package)
        return elsewhere

    monkeypatch.setattr(paths, "files", fake_files)
    paths.shipped.cache_clear()
    try:
        for name, path in shipped_resources().items():
            assert path.is_relative_to(elsewhere), f"{name}: {path} was not looked up"
            assert path.exists(), name
    finally:
        paths.shipped.cache_clear()
    assert asked and set(asked) == {"counsellor_app"}


def test_no_module_builds_a_path_from_where_it_lies() -> None:
    # `Path(__file__).parent.parent / "resources"` worked only in a checkout.
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == "__file__":
                offenders.append(f"{source.relative_to(PACKAGE)}:{node.lineno}")
            if isinstance(node, ast.Attribute) and node.attr == "__file__":
                offenders.append(f"{source.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_the_version_is_the_package_metadata() -> None:
    from importlib.metadata import version

    assert counsellor_app.__version__ == version("counsellor-app")
    # No second copy of the number in the code.
    for source in PACKAGE.rglob("*.py"):
        assert f'"{counsellor_app.__version__}"' not in source.read_text(encoding="utf-8"), source
