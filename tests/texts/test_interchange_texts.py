"""A refused package names the record and field in words; what the import filled is said."""

from __future__ import annotations

import re
from pathlib import Path

from app.services.interchange.api import (
    Fault,
    Filled,
    ImportPlan,
    PackageError,
    PackageProblem,
    Place,
)
from app.texts import i18n
from app.texts.interchange import filled_texts, package_error_text, place_text

_ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
_TERMS = {"null", "true", "false", "JSON", "UTC", "SHA", "uuid"}


def test_every_fault_reads_as_a_japanese_sentence_without_english() -> None:
    assert i18n.load("ja")
    try:
        for fault in Fault:
            text = place_text(Place("meeting", "0b7c…", "定例会", "held_on", fault))
            assert text.startswith("会議「定例会」 (0b7c…) の「日付」"), text
            words = set(_ENGLISH_WORD.findall(text)) - _TERMS  # the format's own words stay
            assert not words, text
        error = PackageError(
            PackageProblem.BAD_CONTENT,
            "meeting x: missing ['held_on']",
            Place("meeting", "x", "定例会", "held_on", Fault.MISSING_FIELD),
        )
        assert package_error_text(error) == (
            "データに不正な記録が含まれています。 "
            "会議「定例会」 (x) の「日付」がありません(必須の項目です)。 何も変更していません。"
        )
    finally:
        i18n.load("en")


def test_what_was_filled_is_said_once_per_kind_of_value() -> None:
    plan = ImportPlan(
        Path("p.json"),
        "協議会",
        "2026-12-01T00:00:00Z",
        None,
        None,
        (),
        (),
        (),
        0,
        (
            Filled("meeting", "created_at", 1),
            Filled("meeting", "updated_at", 1),
            Filled("remark", "created_at", 5),
            Filled("remark", "captured_at", 5),
            Filled("member", "family_name_reading", 1, provisional=True),
        ),
    )
    assert filled_texts(plan) == [
        "Filled in when the records were made (the package's date): Meetings 1, Remarks 5",
        "Filled in Time recorded: Remarks 5",
        "No Reading of the family name (Members 1): set to the name as written for now. "
        "Enter the correct reading in the roster.",
    ]
    assert i18n.load("ja")
    try:
        assert filled_texts(plan)[1] == "記録時刻を補いました: 意見・発言 5件"
    finally:
        i18n.load("en")
