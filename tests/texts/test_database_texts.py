"""Every reason a database is refused has its sentence, in Japanese and in English."""

from __future__ import annotations

import re

import pytest

from app.services.workspace import Refusal
from app.texts import i18n
from app.texts.database import refusal_text

LATIN_WORD = re.compile(r"[A-Za-z]{4,}")


@pytest.mark.parametrize("reason", list(Refusal), ids=[reason.value for reason in Refusal])
def test_every_refusal_is_said_in_japanese_and_english(reason: Refusal) -> None:
    english = refusal_text(reason, "/data/council.sqlite3", "0.9.0")
    assert "/data/council.sqlite3" in english or reason in (
        Refusal.NEWER,
        Refusal.OPENED_READ_ONLY,
    )
    assert i18n.load("ja")
    try:
        japanese = refusal_text(reason, "/data/council.sqlite3", "0.9.0")
    finally:
        i18n.load("en")
    assert japanese != english
    words = LATIN_WORD.findall(japanese.replace("/data/council.sqlite3", ""))
    assert words in ([], ["wal"]), words  # (the log's file name, "-wal")


def test_the_newer_version_message_is_the_one_the_issue_asks_for() -> None:
    assert i18n.load("ja")
    try:
        text = refusal_text(Refusal.NEWER, "x.sqlite3", "0.9.0")
        unknown = refusal_text(Refusal.NEWER, "x.sqlite3", None)
    finally:
        i18n.load("en")
    assert (
        text
        == "このデータベースは新しいバージョン(0.9.0)で作成されています。アプリを更新してください"
    )
    assert "(不明)" in unknown
