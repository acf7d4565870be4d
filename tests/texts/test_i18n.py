"""Every user-visible source string has a finished Japanese translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.texts import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "jimukyoku_ja.ts"


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert found, "pyside6-lupdate is installed with PySide6"
    return found


def _unfinished(ts: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished",) or not (translation.text or "").strip():
                missing.append((name, message.findtext("source", "")))
    return missing


def test_every_source_string_has_a_finished_japanese_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "jimukyoku_ja.ts"
    shutil.copyfile(TS, fresh)
    sources = [
        str(path) for path in sorted((ROOT / "app").rglob("*.py")) if "migrations" not in path.parts
    ]
    subprocess.run(
        [_lupdate(), "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = _unfinished(fresh)
    assert not missing, "untranslated (run `make lupdate`, then translate):\n" + "\n".join(
        f"  [{context}] {source!r}" for context, source in missing
    )


def test_translations_load_and_translate() -> None:
    assert i18n.load("ja")
    try:
        assert i18n.translate("MainWindow", "Members") == "委員"
        assert i18n.translate("labels", "Chair") == "委員長"
    finally:
        i18n.load("en")
    assert i18n.translate("MainWindow", "Members") == "Members"


@pytest.mark.parametrize(
    ("command_line", "setting", "expected"),
    [("en", "ja", "en"), (None, "ja", "ja"), (None, "en", "en"), ("ja", "", "ja")],
)
def test_language_choice_order(command_line: str | None, setting: str, expected: str) -> None:
    assert i18n.choose_language(command_line, setting) == expected


def test_no_translation_wrappers_hide_strings_from_lupdate() -> None:
    """lupdate only sees literal tr()/translate() calls: a helper like ``_tr(text)``
    would leave its strings untranslated without any test noticing."""
    wrappers = [
        str(path)
        for path in Path("app").rglob("*.py")
        if re.search(r"^def _?tr\(", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert wrappers == []
