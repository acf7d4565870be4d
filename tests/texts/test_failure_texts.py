"""Every failure code has its own sentence, cause and advice, in Japanese and in English:
no driver's English inside a Japanese message."""

from __future__ import annotations

import errno
import re
import sqlite3
from collections.abc import Iterator

import pytest

from app.services.problems import NotSaved, SaveProblem
from app.services.workspace import BackupError, BackupProblem, NotSupportedHere
from app.texts import i18n
from app.texts.failures import (
    backup_error_text,
    failure_text,
    not_done_text,
    not_saved_text,
    save_advice_text,
    save_cause_text,
)

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def japanese() -> Iterator[None]:
    assert i18n.load("ja")
    yield
    i18n.load("en")


def _copy_failed(cause: BaseException) -> BackupError:
    try:
        raise BackupError(BackupProblem.COPY_FAILED, str(cause)) from cause
    except BackupError as error:
        return error


def test_every_save_problem_has_its_cause_and_advice_in_both_languages() -> None:
    english = {p: (save_cause_text(p), save_advice_text(p)) for p in SaveProblem}
    assert i18n.load("ja")
    try:
        japanese = {p: (save_cause_text(p), save_advice_text(p)) for p in SaveProblem}
    finally:
        i18n.load("en")
    for problem in SaveProblem:
        assert not _JAPANESE.search("".join(english[problem])), problem
        assert all(_JAPANESE.search(text) for text in japanese[problem]), problem
    assert len({cause for cause, _advice in japanese.values()}) == len(SaveProblem)


def test_a_form_says_what_was_not_saved_why_and_what_to_do(japanese: None) -> None:
    error = NotSaved(SaveProblem.DISK_FULL, "database or disk is full")
    text = not_saved_text("委員の情報", error)
    assert text.startswith("委員の情報は保存されていません。")
    assert "原因: ディスクがいっぱいです。" in text
    assert "ディスクの空きを作ってください" in text
    assert "入力した内容はこの画面に残っています" in text
    assert "database or disk is full" not in text  # the driver's words stay in the log


def test_an_action_says_nothing_was_changed(japanese: None) -> None:
    text = not_done_text("発言の削除", NotSaved(SaveProblem.READ_ONLY))
    assert text.startswith("発言の削除を行えませんでした。何も変更されていません。")
    assert "読み取り専用" in text


def test_every_backup_problem_is_worded_in_japanese(japanese: None) -> None:
    for problem in BackupProblem:
        text = backup_error_text(BackupError(problem, "*** in database main *** page 3"))
        assert _JAPANESE.search(text) and "database main" not in text, problem


def test_a_backup_that_failed_on_a_full_disk_says_so(japanese: None) -> None:
    error = _copy_failed(OSError(errno.ENOSPC, "No space left on device"))
    assert backup_error_text(error) == (
        "コピーを書き込めませんでした。\nディスクがいっぱいです。\n"
        "不要なファイルを削除するか別の場所へ移して、ディスクの空きを作ってください。"
    )
    io_error = _copy_failed(sqlite3.OperationalError("disk I/O error"))
    assert "ドライブの読み書きに失敗しました" in backup_error_text(io_error)
    assert "disk I/O error" not in backup_error_text(io_error)


def test_failure_text_words_every_known_failure(japanese: None) -> None:
    assert failure_text(NotSaved(SaveProblem.CONNECTION_LOST)).startswith(
        "データベースサーバーとの接続が切れました。"
    )
    assert "pg_dump" in failure_text(NotSupportedHere("PostgreSQL"))
    permission = PermissionError(errno.EACCES, "Permission denied", "/srv/x.pdf")
    assert failure_text(permission).endswith("\n/srv/x.pdf")
    assert "書き込めません" in failure_text(permission)
    no_name = OSError(errno.ENAMETOOLONG, "File name too long", "/srv/x.pdf")
    assert failure_text(no_name).startswith("ファイルを書き込めませんでした。")
    assert "File name too long" not in failure_text(no_name)
    io_error = sqlite3.OperationalError("disk I/O error")
    assert failure_text(io_error).startswith("ドライブの読み書きに失敗しました")
    # a bug's English stays in the log: the user is told where it went
    assert failure_text(ValueError("unexpected")) == (
        "予期しないエラーが発生しました。詳しい内容はログに記録しました。"
    )


def test_the_problems_of_a_failed_check_are_worded_in_japanese(japanese: None) -> None:
    from app.texts.failures import check_problems_text

    problems = (
        "disk I/O error",
        "*** in database main ***\nPage 5: btreeInitPage() returns error code 11",
        "On tree page 7 cell 2: invalid page number 9",
        "the file's contents changed outside Jimukyoku Desk since it was last closed "
        "(checksum mismatch): it may be damaged",
        "file is not a database",
    )
    text = check_problems_text(problems)
    assert text.startswith("ドライブの読み書きに失敗しました")
    assert "チェックサム" in text and "データベースではない" in text
    assert text.count("構造") == 1  # two lines of the check, said once
    assert not re.search(r"[A-Za-z]{3,}", text.replace("SQLite", "")), text
