"""協議会の設定: the minutes' title wording, the attendee order and each body's style."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.documents.model import Paragraph
from app.services.codes import AttendeeOrder, MinutesStyle
from app.services.council import editing
from app.services.documents import export as exports
from app.services.documents.request import DocumentRequest
from app.services.workspace import Database
from app.ui.app import make_application
from app.ui.dialogs.council_dialog import CouncilDialog
from tests.documents.readback import docx_text, pdf_text
from tests.meeting_room import Room
from tests.ui.keyboard import press, show_active, type_text


def _dialog(qtbot: QtBot, db: Database) -> CouncilDialog:
    make_application()
    dialog = CouncilDialog(db, editing.load_form(db))
    show_active(qtbot, dialog)
    return dialog


def test_an_unknown_placeholder_is_named_under_the_field(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    dialog = _dialog(qtbot, db)
    dialog.edits["minutes_title"].setFocus()
    dialog.edits["minutes_title"].selectAll()
    type_text("{date} {place} 議事録")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.saved is None and dialog.isVisible()
    message = dialog.fields.error_labels["minutes_title"]
    assert message.isVisible()
    assert message.text() == "only {date}, {council} and {meeting} can be filled in"


def test_the_order_and_a_bodys_style_are_saved(qtbot: QtBot, db: Database, room: Room) -> None:
    dialog = _dialog(qtbot, db)
    dialog.order.setCurrentIndex(dialog.order.findData(AttendeeOrder.AS_ENTERED))
    style = dialog.styles[room.body_id]
    style.setCurrentIndex(style.findData(MinutesStyle.VERBATIM))
    dialog.edits["minutes_title"].setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.saved is not None
    saved = editing.load_form(db)
    assert saved.attendee_order is AttendeeOrder.AS_ENTERED
    assert [b.minutes_style for b in saved.bodies] == [MinutesStyle.VERBATIM]


def test_the_letter_settings_are_saved_and_a_bad_lead_time_named(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    dialog = _dialog(qtbot, db)
    dialog.edits["secretariat_person"].setFocus()
    type_text("佐野")
    dialog.seal.setChecked(True)
    dialog.edits["notice_lead_days"].setFocus()
    dialog.edits["notice_lead_days"].selectAll()
    type_text("二週間")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.saved is None
    assert dialog.fields.error_labels["notice_lead_days"].isVisible()
    dialog.edits["notice_lead_days"].selectAll()
    type_text("21")
    press(qtbot, Qt.Key.Key_Return)
    saved = editing.load_form(db)
    assert (saved.secretariat_person, saved.seal_omitted, saved.notice_lead_days) == (
        "佐野",
        True,
        "21",
    )


def test_the_wave_dash_chosen_is_the_one_every_document_prints(
    qtbot: QtBot, db: Database, room: Room, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db)
    assert dialog.wave.currentData() == "～"  # the default
    dialog.wave.setCurrentIndex(dialog.wave.findData("〜"))
    dialog.edits["minutes_title"].setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert editing.load_form(db).wave_dash == "〜"
    document = exports.build(db, "agenda", DocumentRequest(meeting_id=room.meeting_id))
    timed = replace(document, blocks=(*document.blocks, Paragraph("午後7時00分～午後8時30分")))
    for suffix in (".pdf", ".docx"):
        path = exports.write(timed, tmp_path / f"agenda{suffix}").path
        text = pdf_text(path) if suffix == ".pdf" else docx_text(path)
        assert "午後7時00分〜午後8時30分" in text and "～" not in text
