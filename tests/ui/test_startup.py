"""The start-up conversation: what the window says and offers for every wrong database,
driven through the real opening with only the question's ``run`` answered by the test."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Council
from app.services import workspace
from app.services.workspace import Database
from app.storage.integrity import checksum_path
from app.storage.lock import lock_path_for
from app.texts import i18n
from app.ui.app import make_application
from app.ui.dialogs.startup_messages import Choice, StartupQuestion
from app.ui.opening import EXIT_DAMAGED, EXIT_FAILED, EXIT_OK, OpenRequest, open_with_dialogs
from tests.storage import damaged_files as files


@dataclass
class Asked:
    """The questions shown, and the answers the test gives in turn."""

    answers: list[Choice]
    texts: list[str] = field(default_factory=list)
    choices: list[tuple[Choice, ...]] = field(default_factory=list)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[Asked]:
    record = Asked(answers=[])

    def run(_parent, _title, text, choices, **_kw):  # type: ignore[no-untyped-def]
        record.texts.append(text)
        record.choices.append(tuple(choices))
        return record.answers.pop(0) if record.answers else Choice.QUIT

    monkeypatch.setattr(StartupQuestion, "run", run)
    i18n.load("ja")  # what a Japanese secretariat reads
    app = make_application()
    installed = i18n.install(app)
    try:
        yield record
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.load("en")


def _open(target: Path | str, **flags: bool) -> Database | int:
    request = OpenRequest(str(target), 14, **flags)
    return open_with_dialogs(request, interactive=True)


def _close(opened: Database | int) -> Database:
    assert isinstance(opened, Database), opened
    opened.close()
    return opened


RESTORABLE = [
    (files.zero_header, "データベースとして読めません"),
    (files.truncate, "破損しています"),
    (files.garbage_pages, "破損しています"),
    (files.garbage_log, "書き込みログ"),
    (files.empty, "は空です"),
]
RESTORABLE_IDS = ["zero-header", "truncated", "garbage", "garbage-wal", "empty"]


@pytest.mark.parametrize(("damage", "words"), RESTORABLE, ids=RESTORABLE_IDS)
def test_damage_with_backups_offers_the_newest_and_restores_it(
    asked: Asked, sqlite_file: Path, damage: files.Damage, words: str
) -> None:
    files.make_ours(sqlite_file, with_backup=True)
    damage(sqlite_file)
    asked.answers = [Choice.RESTORE]
    database = _open(sqlite_file)
    assert Choice.RESTORE in asked.choices[0]
    assert words in asked.texts[0] and "最新の正常なバックアップ" in asked.texts[0]
    assert isinstance(database, Database)
    with database.session() as session:  # the backup's data, not a new empty database
        assert session.scalars(select(Council)).first() is not None
    database.close()
    assert len(asked.texts) == 1  # the restored file opened without another question


@pytest.mark.parametrize(("damage", "words"), RESTORABLE, ids=RESTORABLE_IDS)
def test_damage_without_backups_is_said_and_nothing_is_written(
    asked: Asked, sqlite_file: Path, damage: files.Damage, words: str
) -> None:
    files.make_ours(sqlite_file)
    damage(sqlite_file)
    before = files.snapshot(sqlite_file, with_lock=False)  # (a start takes the lock)
    assert _open(sqlite_file) == EXIT_DAMAGED
    assert words in asked.texts[0] and "正常なバックアップが見つかりません" in asked.texts[0]
    assert Choice.RESTORE not in asked.choices[0]
    assert files.snapshot(sqlite_file, with_lock=False) == before


def test_an_empty_file_without_backups_becomes_a_new_database_only_when_asked(
    asked: Asked, sqlite_file: Path
) -> None:
    sqlite_file.write_bytes(b"")
    assert _open(sqlite_file) == EXIT_DAMAGED
    assert asked.choices[0] == (Choice.START_NEW, Choice.QUIT)
    assert sqlite_file.stat().st_size == 0
    asked.answers = [Choice.START_NEW]
    _close(_open(sqlite_file))
    assert workspace.check_database(str(sqlite_file)).healthy


def test_a_zero_byte_file_left_by_a_crash_offers_the_backup_not_a_new_database(
    asked: Asked, sqlite_file: Path
) -> None:
    files.make_ours(sqlite_file, with_backup=True)
    checksum_path(sqlite_file).unlink()  # a crash leaves no checksum
    files.empty(sqlite_file)
    assert _open(sqlite_file) == EXIT_DAMAGED
    assert asked.choices[0] == (Choice.RESTORE, Choice.QUIT)  # no new database offered
    assert "は空です" in asked.texts[0] and "最新の正常なバックアップ" in asked.texts[0]
    assert sqlite_file.stat().st_size == 0


def _changed_in_place(path: Path) -> None:
    """Damage SQLite cannot see, keeping the size and the time (only the checksum can)."""
    stat = path.stat()
    with path.open("r+b") as handle:
        handle.seek(80)
        handle.write(b"\x07")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_checksum_mismatch_is_never_reblessed_without_the_users_word(
    asked: Asked, sqlite_file: Path
) -> None:
    files.make_ours(sqlite_file, with_backup=True)
    _changed_in_place(sqlite_file)
    recorded = checksum_path(sqlite_file).read_bytes()
    assert _open(sqlite_file) == EXIT_DAMAGED
    assert asked.choices[0] == (Choice.RESTORE, Choice.USE_ANYWAY, Choice.QUIT)
    assert "チェックサムが一致しません" in asked.texts[0]
    assert checksum_path(sqlite_file).read_bytes() == recorded  # still reported next time
    asked.answers = [Choice.USE_ANYWAY]
    database = _close(_open(sqlite_file))
    assert database.opened_healthy  # the user's word: the file is taken as it is now
    assert checksum_path(sqlite_file).read_bytes() != recorded


def test_an_unreadable_log_without_backups_may_be_used_anyway(
    asked: Asked, sqlite_file: Path
) -> None:
    files.make_ours(sqlite_file)
    files.garbage_log(sqlite_file)
    asked.answers = [Choice.USE_ANYWAY]
    _close(_open(sqlite_file))
    assert asked.choices[0] == (Choice.USE_ANYWAY, Choice.QUIT)


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (files.newer, "このデータベースは新しいバージョン(0.9.0)で作成されています。"),
        (files.foreign, "事務局デスクのデータベースではありません"),
        (files.directory, "フォルダーです"),
    ],
    ids=["newer", "foreign", "directory"],
)
def test_a_file_that_is_not_ours_to_open_is_refused_with_one_message(
    asked: Asked, sqlite_file: Path, damage: files.Damage, words: str
) -> None:
    files.make_ours(sqlite_file, with_backup=True)
    damage(sqlite_file)
    before = files.digest(sqlite_file) if sqlite_file.is_file() else None
    assert _open(sqlite_file) == EXIT_FAILED
    assert asked.choices == [(Choice.QUIT,)]
    assert words in asked.texts[0]
    assert "revision" not in asked.texts[0] and "Traceback" not in asked.texts[0]
    assert (files.digest(sqlite_file) if sqlite_file.is_file() else None) == before


def test_a_missing_path_given_is_created_only_when_asked(asked: Asked, tmp_path: Path) -> None:
    target = tmp_path / "typo.sqlite3"
    assert _open(target) == EXIT_FAILED
    assert asked.choices[0] == (Choice.CREATE, Choice.QUIT)
    assert "データベースがありません" in asked.texts[0]
    assert not target.exists()
    asked.answers = [Choice.CREATE]
    _close(_open(target))
    assert workspace.check_database(str(target)).healthy


def test_the_default_database_is_created_on_first_start_without_a_question(
    asked: Asked,
) -> None:
    default = workspace.default_database_path()
    assert not default.exists()
    request = OpenRequest.first(workspace.resolve_target(None, None), 14)
    _close(open_with_dialogs(request, interactive=True))
    assert default.is_file() and asked.texts == []


def test_a_read_only_file_opens_read_only_when_asked(asked: Asked, sqlite_file: Path) -> None:
    files.make_ours(sqlite_file)
    with files.unwritable(sqlite_file) as locked:
        assert _open(locked) == EXIT_FAILED
        assert asked.choices[0] == (Choice.READ_ONLY, Choice.QUIT)
        assert "読み取り専用" in asked.texts[0]
        asked.answers = [Choice.READ_ONLY]
        assert _close(_open(locked)).read_only


def test_a_stale_lock_of_a_dead_process_is_taken_over_without_a_question(
    asked: Asked, sqlite_file: Path
) -> None:
    files.make_ours(sqlite_file)
    lock_path_for(sqlite_file).write_text(
        '{"pid": 999999, "hostname": "x", "started": "2026-01-01T09:00:00"}', "utf-8"
    )
    _close(_open(sqlite_file))
    assert asked.texts == []


def _first_instance(path: Path) -> subprocess.Popen[str]:
    """Another process with the database open and its window listening, as a first
    start leaves it; it prints ``raised`` when a second start brings it to the front."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QWidget
        from app.services.workspace import open_database
        from app.ui.single_instance import InstanceServer

        app = QApplication([])
        db = open_database(Path({str(path)!r}), daily_backup=False)
        window = QWidget()
        server = InstanceServer(db.path, window)
        server.raiseRequested.connect(lambda: (print("raised", flush=True), app.quit()))
        assert server.listen()
        print("ready", flush=True)
        QTimer.singleShot(30000, app.quit)
        app.exec()
        db.close()
        """
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=environment
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def test_a_second_start_brings_the_open_window_to_the_front(
    asked: Asked, sqlite_file: Path
) -> None:
    files.make_ours(sqlite_file)
    first = _first_instance(sqlite_file)
    try:
        asked.answers = [Choice.SWITCH]
        assert _open(sqlite_file) == EXIT_OK
        assert asked.choices[0] == (Choice.SWITCH, Choice.READ_ONLY, Choice.QUIT)
        assert "すでに事務局デスクで開かれています" in asked.texts[0]
        out, _ = first.communicate(timeout=30)
        assert out.strip() == "raised"
    finally:
        first.kill()


def test_a_second_start_may_open_read_only_beside_the_first(
    asked: Asked, sqlite_file: Path
) -> None:
    files.make_ours(sqlite_file)
    first = workspace.open_database(sqlite_file, daily_backup=False)
    try:
        asked.answers = [Choice.READ_ONLY]
        second = _open(sqlite_file)
        assert isinstance(second, Database) and second.read_only and second.lock is None
        with second.session() as session:
            assert session.scalars(select(Council)).first() is not None
        second.close()
    finally:
        first.close()


def test_a_second_start_that_reaches_no_window_says_so(asked: Asked, sqlite_file: Path) -> None:
    files.make_ours(sqlite_file)
    first = workspace.open_database(sqlite_file, daily_backup=False)  # a command: no window
    try:
        asked.answers = [Choice.SWITCH, Choice.QUIT, Choice.QUIT]
        assert _open(sqlite_file) == 3
        assert "応答がありません" in asked.texts[1]
    finally:
        first.close()
