"""Files the GUI writes (a backup, a document) or reads (a roster) that the system or the
reader refuses: the user is told in Japanese what was not done, why and what to do, never
the system's English, and the window keeps what was chosen."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from app.settings import Settings
from app.storage import backup
from app.storage.database import Database
from app.texts import i18n
from app.ui.app import make_application
from app.ui.backup_runner import BackupRunner
from app.ui.dialogs.document_dialog import DocumentDialog
from tests.meeting_room import Room


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The error boxes shown (their text); a real one would wait for a click."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_a: shown.append(text)
    )
    return shown


@pytest.fixture
def japanese() -> Iterator[None]:
    assert i18n.load("ja")
    yield
    i18n.load("en")


def _sqlite_only(db: Database) -> Path:
    if db.path is None:
        pytest.skip("backups of PostgreSQL are the server's job")
    return db.path


def _back_up_now(qtbot: QtBot, db: Database, settings: Settings, boxes: list[str]) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    action = QAction("Back Up Now", window)
    runner = BackupRunner(window, db, settings, action)
    runner.back_up_now()
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)
    assert action.isEnabled()  # it can be tried again


def test_a_backup_folder_that_cannot_be_made_is_said_in_japanese(
    qtbot: QtBot, db: Database, settings: Settings, boxes: list[str], japanese: None
) -> None:
    path = _sqlite_only(db)
    make_application()
    (path.parent / "backups").write_text("a file where the backups folder should be")
    _back_up_now(qtbot, db, settings, boxes)
    assert len(boxes) == 1, boxes
    assert boxes[0].startswith("バックアップを作成できませんでした。データは変更されていません。")
    assert "ファイルを書き込めませんでした。" in boxes[0]
    assert "Errno" not in boxes[0] and "exists" not in boxes[0]


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_copy(
    qtbot: QtBot,
    db: Database,
    settings: Settings,
    boxes: list[str],
    japanese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _sqlite_only(db)
    make_application()

    def full(_source: Path, target: Path) -> None:  # SQLite's own words on a full disk
        target.write_bytes(b"half a copy")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy_database", full)
    _back_up_now(qtbot, db, settings, boxes)
    assert len(boxes) == 1, boxes
    assert "コピーを書き込めませんでした。" in boxes[0]
    assert "ディスクがいっぱいです。" in boxes[0]
    assert "disk is full" not in boxes[0]
    assert list((path.parent / "backups").glob("*.sqlite3")) == []


def test_a_document_that_cannot_be_written_keeps_the_dialog_and_says_why(
    qtbot: QtBot, db: Database, room: Room, tmp_path: Path, boxes: list[str], japanese: None
) -> None:
    make_application()
    dialog = DocumentDialog(db, room.meeting_id)
    qtbot.addWidget(dialog)
    blocked = tmp_path / "out"
    blocked.write_text("a file where the folder should be")
    dialog.folder.setText(str(blocked))
    dialog.docx.setChecked(False)
    dialog.create_documents()
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    assert boxes[0].startswith(
        "文書ファイルは保存されていません。\n原因: ファイルを書き込めませんでした。"
    )
    assert "入力した内容はこの画面に残っています" in boxes[0]
    assert "Errno" not in boxes[0] and "Errno" not in dialog.status.text()
    assert dialog.status.text().startswith("文書を書き出せませんでした: ")
    assert dialog.create_button.isEnabled() and dialog.folder.text() == str(blocked)
    assert dialog.results == []


def test_a_document_on_a_full_disk_says_so(
    qtbot: QtBot,
    db: Database,
    room: Room,
    tmp_path: Path,
    boxes: list[str],
    japanese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.documents import pdf_renderer

    def full(_document: object, path: Path) -> Path:  # what the system says on a full disk
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    written = pdf_renderer.render
    monkeypatch.setattr(pdf_renderer, "render", full)
    make_application()
    dialog = DocumentDialog(db, room.meeting_id)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.docx.setChecked(False)
    dialog.create_documents()
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    assert "原因: ディスクがいっぱいです。" in boxes[0]
    assert "No space left" not in boxes[0] and "No space left" not in dialog.status.text()
    monkeypatch.setattr(pdf_renderer, "render", written)  # the cause gone
    dialog.create_button.click()  # the same choices write it
    qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
    assert [result.path.suffix for result in dialog.results] == [".pdf"]


def test_a_roster_that_cannot_be_read_is_explained_in_japanese(
    qtbot: QtBot, db: Database, tmp_path: Path, japanese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.ui.dialogs.import_dialog import ImportDialog

    make_application()
    parent = QMainWindow()
    qtbot.addWidget(parent)
    empty = tmp_path / "roster.csv"
    empty.write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(empty), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    assert ImportDialog.run(parent, db) is None
    assert warned == ["ファイルを読み込めません: ファイルが空です"]
