"""The speaker and owner boxes show who Enter will pick (name, reading, role) in a popup,
and 「じむ」 picks 事務局 (or, chosen with ↓, one of its staff), never a non-member 「じむ」."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.capture.secretariat import SECRETARIAT, meeting_speakers
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.capture.action_dialog import ActionDialog
from app.ui.capture.capture_console import CaptureConsole
from tests.meeting_room import Room
from tests.ui.keyboard import press, show_active, type_text


def _console(qtbot: QtBot, db: Database, room: Room) -> CaptureConsole:
    make_application()
    console = CaptureConsole(db, room.meeting_id)
    show_active(qtbot, console)
    console.focus_speaker()
    return console


def test_jimu_picks_the_secretariat(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room)
    type_text("じむ")
    popup = console.speaker.popup
    assert popup.is_open()
    assert popup.rows()[0] == "事務局　じむきょく　Secretariat"
    assert popup.rows()[1] == "松村 太郎　まつむら たろう　Secretariat・綾瀬精工株式会社"
    assert console.view.speaker_match.text() == "→ 事務局（Secretariat）"
    press(qtbot, Qt.Key.Key_Return)
    assert not popup.is_open()
    assert console.speaker.text() == "事務局"
    type_text("資料の説明をする。")
    press(qtbot, Qt.Key.Key_Return)
    [stored] = capture.remarks(db, room.item_ids[0])
    assert (stored.speaker_name, stored.is_member) == ("事務局", False)


def test_down_in_the_popup_picks_a_staff_member(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room)
    type_text("jimu")
    popup = console.speaker.popup
    assert len(popup.rows()) == 2
    qtbot.keyClick(popup.list, Qt.Key.Key_Down)  # the keys go to the open popup
    qtbot.keyClick(popup.list, Qt.Key.Key_Down)
    assert console.speaker.text() == "松村 太郎"
    assert console.view.speaker_match.text().startswith("→ 松村 太郎（Secretariat")
    qtbot.keyClick(popup.list, Qt.Key.Key_Return)
    assert not popup.is_open()
    assert console.editor.hasFocus()
    type_text("日程を調整する。")
    press(qtbot, Qt.Key.Key_Return)
    [stored] = capture.remarks(db, room.item_ids[0])
    assert stored.speaker_member_id == room.members["松村"]


def test_a_free_name_opens_no_popup(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room)
    type_text("佐藤 説明員")
    assert not console.speaker.popup.is_open()
    assert console.view.speaker_match.text() == "→ 佐藤 説明員 (not a member)"
    press(qtbot, Qt.Key.Key_Return)
    assert console.editor.hasFocus()


def test_a_number_shows_whom_it_stands_for(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room)
    type_text("6")
    assert console.speaker.popup.rows() == ["事務局　じむきょく　Secretariat"]


def _dialog(qtbot: QtBot, db: Database, room: Room) -> ActionDialog:
    make_application()
    speakers = meeting_speakers(db, room.meeting_id)
    dialog = ActionDialog("資料を送る", None, speakers, reference=date(2022, 7, 4))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def test_the_owner_says_who_before_enter(qtbot: QtBot, db: Database, room: Room) -> None:
    dialog = _dialog(qtbot, db, room)
    assert dialog.owner.text() == "事務局"  # by default, the secretariat itself
    assert dialog.owner.current() is not None
    assert dialog.owner.current().speaker == SECRETARIAT  # type: ignore[union-attr]
    assert dialog.owner_match.text() == "→ 事務局（Secretariat）"
    dialog.owner.setFocus()
    dialog.owner.selectAll()
    type_text("のぐ")
    assert dialog.owner.popup.rows() == ["野口 太郎　のぐち たろう　Member・綾瀬精工株式会社"]
    assert dialog.owner_match.text() == "→ 野口 太郎（Member・綾瀬精工株式会社）"
    type_text("ちでない人")
    assert dialog.owner_match.text() == "→ のぐちでない人 (not a member)"


def test_a_due_date_without_a_year_counts_from_the_meeting(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    dialog = _dialog(qtbot, db, room)  # the meeting is on 2022-07-04
    dialog.due.setText("１２月２１日")
    assert dialog.due_match.text() == "→ 令和4年12月21日"
    assert dialog.due_on() == date(2022, 12, 21)
    dialog.due.setText("7/3")  # the day before the meeting: next year's
    assert dialog.due_on() == date(2023, 7, 3)
    dialog.due.setText("13/1")
    assert dialog.due_match.text() == ""
    dialog.accept()
    assert dialog.result() != ActionDialog.DialogCode.Accepted
    assert dialog.findChild(type(dialog.due_match), "error_due").isVisible()
