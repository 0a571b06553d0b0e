"""Brings the translations up to date with the window's code, then compiles them.

    .venv/bin/python scripts/update_translations.py [--no-compile]

Runs ``pyside6-lupdate`` over ``counsellor_app/ui`` (every module of its packages),
``counsellor_app/app.py`` and the field table (``counsellor_app/domain/schema.py``, for the
names of kinds and fields) into ``resources/translations/exchange_notes_<language>.ts`` (new
texts arrive marked unfinished; texts gone from the code are dropped), then
``pyside6-lrelease`` into the ``.qm`` files the program loads, which ship as package data in
``counsellor_app/data/translations/``. English keeps only the plural forms ("%n person(s)" →
"1 person", "2 people").

A text's context is the class that says it: a text that moves to another class arrives
unfinished in the new context. It keeps its translation when the catalogue held that same
text, translated one way only, before the update (the translation is carried over, and the
script says how many were).

To add a language: add its code to ``LANGUAGES`` in ``counsellor_app/ui/common/settings.py``
and its name to ``LANGUAGE_NAMES`` in ``counsellor_app/ui/common/language.py``, run this
script, translate the new ``.ts`` file with Qt Linguist (``pyside6-linguist``), and run this
script again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
COMPILED = ROOT / "counsellor_app" / "data" / "translations"
CATALOGUE = "exchange_notes"


def tool(name: str) -> str:
    """A Qt tool from the virtualenv running this script, else from the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the pyside6 package")
    return found


def languages() -> tuple[str, ...]:
    sys.path.insert(0, str(ROOT))
    from counsellor_app.ui.common.settings import LANGUAGES

    return LANGUAGES


def sources() -> list[str]:
    files = sorted((ROOT / "counsellor_app" / "ui").rglob("*.py"))
    files.append(ROOT / "counsellor_app" / "app.py")
    # The names of kinds and fields, declared in the field table, translated by the window.
    files.append(ROOT / "counsellor_app" / "domain" / "schema.py")
    return [str(f.relative_to(ROOT)) for f in files]


Key = tuple[str, str, bool]
"""A text as the catalogue knows it: its source, its disambiguating comment, plural or not."""


def _key(message: ET.Element) -> Key:
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def translations(ts_file: Path) -> dict[Key, ET.Element]:
    """The finished translations of a catalogue by text, leaving out any text translated in
    two ways in two contexts (which one a moved text should take cannot be told)."""
    if not ts_file.exists():
        return {}
    found: dict[Key, ET.Element] = {}
    ambiguous: set[Key] = set()
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        key = _key(message)
        if key in found and ET.tostring(found[key]) != ET.tostring(translation):
            ambiguous.add(key)
        found.setdefault(key, translation)
    return {key: element for key, element in found.items() if key not in ambiguous}


def carry_over(ts_file: Path, before: dict[Key, ET.Element]) -> int:
    """Fills the unfinished texts that were translated before the update; how many."""
    tree = ET.parse(ts_file)
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        known = before.get(_key(message))
        if known is None:
            continue
        message.remove(translation)
        copy = ET.fromstring(ET.tostring(known))
        copy.tail = translation.tail
        message.append(copy)
        carried += 1
    if carried:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return carried


def unfinished(ts_file: Path) -> int:
    root = ET.parse(ts_file).getroot()
    return sum(
        1 for translation in root.iter("translation") if translation.get("type") == "unfinished"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-compile", action="store_true", help="update the .ts files only")
    args = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    for code in languages():
        ts_file = FOLDER / f"{CATALOGUE}_{code}.ts"
        options = ["-no-obsolete", "-locations", "relative", "-target-language", code]
        if code == "en":
            options.append("-pluralonly")
        command = [lupdate, *options, *sources(), "-ts", str(ts_file.relative_to(ROOT))]
        before = translations(ts_file)
        subprocess.run(command, cwd=ROOT, check=True)
        carried = carry_over(ts_file, before)
        if carried:
            # Written back in lupdate's own layout.
            subprocess.run(command, cwd=ROOT, check=True)
            print(f"{ts_file.name}: {carried} translation(s) carried over to another context")
        left = unfinished(ts_file)
        if left:
            print(f"{ts_file.name}: {left} text(s) to translate")
        if not args.no_compile:
            qm_file = COMPILED / ts_file.with_suffix(".qm").name
            subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
