"""The desktop knows the program: icon files, a desktop entry and AppStream metainfo that
validate, all naming the same application id."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

import counsellor_app
from counsellor_app import paths

ROOT = Path(__file__).resolve().parent.parent
DESKTOP_ID = "org.exchangenotes.ExchangeNotes"
DESKTOP_FILE = ROOT / "resources" / "desktop" / f"{DESKTOP_ID}.desktop"
METAINFO = ROOT / "resources" / "desktop" / f"{DESKTOP_ID}.metainfo.xml"
ICONS = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_icon_ships_in_every_size() -> None:
    for size in SIZES:
        png = (paths.icons_dir() / f"exchange-notes-{size}.png").read_bytes()
        assert png_size(png) == (size, size)
    assert (ROOT / "resources" / "icons" / "exchange-notes.svg").is_file()


def test_the_windows_icon_holds_png_images_up_to_256() -> None:
    data = (ICONS / "exchange-notes.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        width, height = png_size(data[offset : offset + length])
        assert width == height == (side or 256)
        sizes.append(width)
    assert {16, 32, 48, 256} <= set(sizes)


def test_the_macos_icon_holds_png_images_up_to_512() -> None:
    data = (ICONS / "exchange-notes.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, offset = {}, 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        found[kind] = png_size(data[offset + 8 : offset + length])
        offset += length
    assert found[b"icp4"] == (16, 16) and found[b"ic07"] == (128, 128)
    assert found[b"ic09"] == (512, 512)


def test_the_desktop_entry_starts_the_window_without_a_terminal() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Terminal"] == "false"
    gui_scripts = pyproject()["project"]["gui-scripts"]  # type: ignore[index]
    assert entry["Exec"].split()[0] in gui_scripts
    assert gui_scripts[entry["Exec"].split()[0]] == "counsellor_app.cli:main"


def test_the_metainfo_names_the_desktop_entry_and_the_current_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.find("launchable").text == DESKTOP_FILE.name  # type: ignore[union-attr]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == counsellor_app.__version__


def test_the_window_names_the_same_desktop_entry() -> None:
    from counsellor_app.ui.common.identity import DESKTOP_FILE_NAME, ICON_SIZES

    assert DESKTOP_FILE_NAME == DESKTOP_ID
    assert ICON_SIZES == SIZES


def test_the_desktop_entry_validates() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate (desktop-file-utils) is not installed")
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_metainfo_validates() -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli (appstream) is not installed")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
