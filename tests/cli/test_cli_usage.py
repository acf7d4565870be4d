"""Mistyped command lines get their complaint in the UI language, and a search for a
word that starts with a dash is a search, not an unknown option."""

from __future__ import annotations

import pytest

from app.cli.run import build_parser, main
from app.cli.usage import usage_error_text
from app.settings import Settings
from app.storage.database import Database
from app.texts import i18n

pytestmark = pytest.mark.usefixtures("private_folders")

ARGPARSE_ENGLISH = (
    "the following arguments",
    "invalid choice",
    "unrecognized arguments",
    "invalid int value",
    "invalid fromisoformat",
    "expected one argument",
)


def test_a_query_may_start_with_a_dash() -> None:
    assert build_parser().parse_args(["search", "-委員"]).query == "-委員"
    args = build_parser().parse_args(["search", "-委員", "--limit", "3"])
    assert (args.query, args.limit) == ("-委員", 3)
    assert build_parser().parse_args(["search", "--", "-abc"]).query == "-abc"


def test_searching_for_a_dash_word_answers_in_japanese(
    capsys: pytest.CaptureFixture[str], settings: Settings, db: Database, db_target: str
) -> None:
    db.close()  # made (search never creates a database), and free for the command
    code = main(["--lang", "ja", "--db", db_target, "search", "-委員"], settings=settings)
    out, err = capsys.readouterr()
    assert code == 1 and "「-委員」は見つかりませんでした" in out and err == ""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["search"], "指定が必要です: QUERY"),
        (["search", "-abc"], "前に -- を置いてください"),
        (["search", "--limit", "x", "word"], "--limit: 整数ではありません: 'x'"),
        (["search", "--kind", "zzz", "word"], "'zzz' は指定できません"),
        (["search", "--from", "2025-13-01", "word"], "日付ではありません"),
        (["nonsense"], "'nonsense' は指定できません"),
        (["data", "import", "--bogus", "x.zip"], "解釈できない指定があります: --bogus"),
        (["backup", "--to"], "続けて値を指定してください"),
    ],
)
def test_usage_errors_are_in_japanese(
    capsys: pytest.CaptureFixture[str], settings: Settings, args: list[str], expected: str
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "ja", *args], settings=settings)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "エラー" in err and expected in err, err
    assert not any(english in err for english in ARGPARSE_ENGLISH), err
    assert err.count("使い方") == 1


def test_an_unknown_complaint_is_passed_on_as_argparse_said_it() -> None:
    i18n.load("ja")
    try:
        assert usage_error_text("argument --x: something new") == "--x: something new"
    finally:
        i18n.load("en")
