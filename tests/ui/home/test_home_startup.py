"""Start-up: after a crash the remark being typed is back in its meeting's record, and
``jimukyoku gui --screenshot FILE --tab home`` pictures the home tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.capture import remarks
from app.services.capture.rows import Draft
from app.services.codes import AttendanceStatus, RemarkKind
from app.services.meetings import attendance
from app.services.workspace import Database, open_database
from app.settings import Settings
from app.ui.app import greet, make_application, show_main_window
from app.ui.meeting.meeting_window import TAB_CAPTURE, MeetingWindow
from app.ui.opening import OpenRequest, open_with_dialogs
from tests.meeting_room import Room, make_room


def _before_the_crash(target: str, *, typed: str) -> Room:
    """A session that was typing a remark when it stopped: the draft is in the file."""
    db = open_database(target, create=True)
    try:
        room = make_room(db)
        chair = room.members["斉藤"]
        attendance.set_status(db, room.meeting_id, chair, AttendanceStatus.PRESENT, version=0)
        draft = Draft(typed, room.item_ids[1], chair, "", RemarkKind.PROPOSAL)
        remarks.save_draft(db, room.meeting_id, draft)
    finally:
        db.close()
    return room


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    """The databases the starts open, closed after the test."""
    databases: list[Database] = []
    yield databases
    for db in databases:
        db.close()


def _start(
    qtbot: QtBot, target: str, settings: Settings, opened: list[Database]
) -> MeetingWindow | None:
    """Start as app.ui.app.run_gui does (open the database, show the main window)."""
    make_application()
    db = open_with_dialogs(OpenRequest.first(target, settings.backup_keep), interactive=False)
    assert not isinstance(db, int)
    opened.append(db)
    window = show_main_window(db, settings)
    greet(window)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    windows = [w for w in window.findChildren(MeetingWindow) if w.isVisible()]
    assert len(windows) <= 1
    return windows[0] if windows else None


def test_after_a_crash_the_meeting_opens_on_its_record_with_the_draft(
    qtbot: QtBot, db_target: str, settings: Settings, opened: list[Database]
) -> None:
    room = _before_the_crash(db_target, typed="駅前の会場は")
    meeting = _start(qtbot, db_target, settings, opened)
    assert meeting is not None and meeting.meeting_id == room.meeting_id
    assert meeting.tabs.currentIndex() == TAB_CAPTURE
    console = meeting.console
    assert console.editor.toPlainText() == "駅前の会場は"
    assert console.speaker.text() == "斉藤 太郎"
    assert console.view.current_kind() is RemarkKind.PROPOSAL
    current = console.controller.current_item
    assert current is not None and current.id == room.item_ids[1]
    message = meeting.findChild(QMessageBox, "capture_restored")
    assert message is not None and message.isVisible()  # said, not only in the status bar
    assert "第1回 定例会" in message.text()
    message.close()
    meeting.close()  # while the main window lives: it hears of the draft saved on closing


def test_without_an_unfinished_remark_no_meeting_opens(
    qtbot: QtBot, db_target: str, settings: Settings, opened: list[Database]
) -> None:
    _before_the_crash(db_target, typed="")  # a draft with nothing typed
    assert _start(qtbot, db_target, settings, opened) is None


def test_the_cli_screenshot_of_the_home_tab(tmp_path: Path, db_target: str) -> None:
    from app.cli.run import main

    settings = Settings(tmp_path / "s.ini")
    assert main(["--db", db_target, "demo"], settings=settings) == 0
    shot = tmp_path / "home.png"
    code = main(
        ["--lang", "en", "--db", db_target, "gui", "--screenshot", str(shot), "--tab", "home"],
        settings=settings,
    )
    assert code == 0
    assert shot.stat().st_size > 0
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 0
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 600, 7)}
    assert len(colours) > 20  # headings and lines were drawn, not a blank page
