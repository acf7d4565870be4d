"""A new meeting starts with real values: today, its body's usual time and place, and a
generated 件名 the clerk may overwrite; nothing is grey example text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models import Body
from app.services.meetings import editing as meeting_editing
from app.services.meetings.editing import MeetingForm
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.dialogs.meeting_dialog import MeetingDialog
from tests.meeting_room import Room
from tests.ui.keyboard import show_active, type_text


def test_a_new_meeting_takes_its_bodys_usual_time_place_and_a_title(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    for held_on, start, end, place in (
        ("2026-05-20", "19:00", "20:30", "市役所 第1会議室"),
        ("2026-04-15", "18:00", "19:00", "商工会館"),
    ):
        meeting_editing.save(
            db,
            MeetingForm(
                body_id=room.body_id, held_on=held_on, start_time=start, end_time=end, place=place
            ),
        )
    with db.transaction() as session:
        session.add(Body(name="役員会", position=1))
    make_application()
    dialog = MeetingDialog(db, MeetingForm(), today=date(2026, 6, 10))
    show_active(qtbot, dialog)
    assert dialog.body.currentText() == "定例会"
    assert dialog.held_on.value() == date(2026, 6, 10)
    assert (dialog.start_time.text(), dialog.end_time.text()) == ("19:00", "20:30")
    assert dialog.edits["place"].text() == "市役所 第1会議室"
    assert dialog.edits["title"].text() == "令和8年度 第3回定例会"

    dialog.held_on.set_value(date(2027, 4, 8))  # the next 年度: its first meeting
    assert dialog.edits["title"].text() == "令和9年度 第1回定例会"
    dialog.body.setCurrentIndex(dialog.body.findText("役員会"))  # no meeting yet
    assert dialog.edits["title"].text() == "令和9年度 第1回役員会"
    assert (dialog.start_time.text(), dialog.end_time.text()) == ("", "")  # shown as none
    assert dialog.start_time.editor.text() == "none" and not dialog.start_time.editor.isEnabled()
    assert dialog.edits["place"].text() == ""

    dialog.body.setCurrentIndex(dialog.body.findText("定例会"))
    dialog.edits["place"].setText("商工会館 大ホール")  # typed by the clerk: kept
    dialog.body.setCurrentIndex(dialog.body.findText("役員会"))
    assert dialog.edits["place"].text() == "商工会館 大ホール"
    dialog.body.setCurrentIndex(dialog.body.findText("定例会"))

    title = dialog.edits["title"]
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("臨時会")
    dialog.held_on.set_value(date(2027, 4, 9))  # the clerk's title stays
    assert title.text() == "臨時会"
    dialog.accept()
    assert dialog.saved is not None
    saved = meeting_editing.load_form(db, dialog.saved.id or 0)
    assert (saved.title, saved.held_on, saved.start_time, saved.end_time, saved.place) == (
        "臨時会",
        "2027-04-09",
        "19:00",
        "20:30",
        "商工会館 大ホール",
    )
    assert saved.sequence_number == 1


def test_an_existing_meeting_shows_what_is_saved(qtbot: QtBot, db: Database, room: Room) -> None:
    make_application()
    form = meeting_editing.load_form(db, room.meeting_id)
    dialog = MeetingDialog(db, form, today=date(2026, 6, 10))
    qtbot.addWidget(dialog)
    assert dialog.edits["title"].text() == "第1回 定例会 2022-07-04"
    assert dialog.held_on.value() == date(2022, 7, 4)
    assert (dialog.start_time.text(), dialog.end_time.text()) == ("", "")
