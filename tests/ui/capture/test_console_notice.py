"""The console says, right under the text box, what was recorded and why a key did
nothing (Enter, Ctrl+D, Ctrl+T): the status bar is off-screen on a small laptop. The next
keystroke clears the line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services import workspace
from app.services.meetings import agenda
from app.storage.database import Database
from app.texts import i18n
from app.ui.app import make_application
from app.ui.capture.capture_console import CaptureConsole
from app.ui.capture.notice import Tone
from tests.failing_writes import disk_full
from tests.meeting_room import Room, approve, make_meeting
from tests.ui.keyboard import press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _console(qtbot: QtBot, db: Database, meeting_id: int) -> CaptureConsole:
    make_application()
    console = CaptureConsole(db, meeting_id)
    show_active(qtbot, console)
    console.focus_speaker()
    return console


def _said(console: CaptureConsole) -> tuple[str, Tone | None]:
    notice = console.view.notice
    assert notice.isVisible()
    return notice.message(), notice.tone


def test_recorded_and_empty_are_said_beside_the_box(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room.meeting_id)
    type_text("さい")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # nothing typed yet
    assert _said(console) == ("The text is empty.", Tone.REFUSED)
    type_text("報")  # the next keystroke: the message has been seen
    assert _said(console) == ("", None)
    type_text("告する。")
    press(qtbot, Qt.Key.Key_Return)
    assert _said(console) == ("Recorded: 斉藤 太郎", Tone.DONE)
    assert console.view.notice.text() == "✓ Recorded: 斉藤 太郎"  # not a colour alone
    press(qtbot, Qt.Key.Key_Shift)  # a modifier alone is no keystroke
    assert _said(console)[0] == "Recorded: 斉藤 太郎"


def test_ctrl_d_and_ctrl_t_say_why_they_do_nothing(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room.meeting_id)
    type_text("さい")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert _said(console) == (
        "The text is empty: type the decision, then press Ctrl+D.",
        Tone.REFUSED,
    )
    assert agenda.items(db, room.meeting_id)[0].resolution == ""
    type_text("了承する。")
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert _said(console) == ("Decision recorded.", Tone.DONE)
    approve(db, room.meeting_id)
    console.reload()
    console.view.remark_list.setFocus()  # the text box is closed: the keys still answer
    for key in (Qt.Key.Key_D, Qt.Key.Key_T):
        console.view.notice.clear_notice()
        press(qtbot, key, CTRL)
        assert _said(console) == ("Approved: the minutes are locked.", Tone.REFUSED)


def test_no_agenda_item_is_said(qtbot: QtBot, db: Database, room: Room) -> None:
    meeting = make_meeting(db, room.body_id, "2022-08-01", [])
    console = _console(qtbot, db, meeting.id)
    console.view.remark_list.setFocus()
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert _said(console) == (
        "There is no agenda item: add one in the Agenda tab first.",
        Tone.REFUSED,
    )


def test_a_read_only_database_is_said(qtbot: QtBot, db: Database, room: Room) -> None:
    if db.path is None:
        pytest.skip("a read-only second window: a SQLite file")
    second = workspace.open_database(db.path, read_only=True)
    try:
        console = _console(qtbot, second, room.meeting_id)
        console.view.remark_list.setFocus()
        press(qtbot, Qt.Key.Key_T, CTRL)
        message, tone = _said(console)
        assert message.startswith("Read-only") and tone is Tone.REFUSED
    finally:
        second.close()


def test_a_write_that_fails_is_said_in_red(
    qtbot: QtBot, db: Database, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "critical", lambda *_args: None)
    console = _console(qtbot, db, room.meeting_id)
    type_text("さい")
    press(qtbot, Qt.Key.Key_Return)
    type_text("A")
    press(qtbot, Qt.Key.Key_Return)
    with disk_full(db):
        console.controller.delete_remark(0)
    assert _said(console) == (
        "Not done: Deleting the remark. Nothing was changed.",
        Tone.FAILED,
    )


def test_in_japanese_the_line_says_本文が空です(qtbot: QtBot, db: Database, room: Room) -> None:
    assert i18n.load("ja")
    try:
        console = _console(qtbot, db, room.meeting_id)
        type_text("じむ")
        press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_Return)
        assert _said(console) == ("本文が空です。", Tone.REFUSED)
        press(qtbot, Qt.Key.Key_D, CTRL)
        assert _said(console)[0] == "本文が空です。決定事項を入力してから Ctrl+D を押してください。"
        type_text("資料を説明する。")
        press(qtbot, Qt.Key.Key_Return)
        assert _said(console) == ("記録しました: 事務局", Tone.DONE)
        assert console.view.speaker_match.text() == "→ 事務局"  # not 「事務局（事務局）」
    finally:
        i18n.load("en")
