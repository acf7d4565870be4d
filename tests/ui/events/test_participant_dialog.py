"""The participant form: the reading of the organisation is typed beside it (Tab from
the organisation), checked for kana, and saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.events import participants
from app.services.events.rows import ParticipantForm
from app.storage.database import Database
from app.ui.events.participant_dialog import ParticipantDialog
from tests.ui.events.test_walk_in_dialog import _salon
from tests.ui.keyboard import press, show_active, type_text


def _dialog(qtbot: QtBot, db: Database) -> tuple[ParticipantDialog, int]:
    event_id = _salon(db)
    dialog = ParticipantDialog(db, event_id, ParticipantForm(), ["会員", "一般"])
    show_active(qtbot, dialog)
    return dialog, event_id


def test_the_organisation_reading_follows_the_organisation_and_is_saved(
    qtbot: QtBot, db: Database
) -> None:
    dialog, event_id = _dialog(qtbot, db)
    type_text("青木 一郎")
    dialog.edits["organization_name"].setFocus()
    type_text("株式会社浜田精機")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.edits["organization_reading"]
    type_text("はまだせいき")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.saved is not None
    saved = participants.load_participant(db, dialog.saved.id)
    company = (saved.organization_name, saved.organization_reading)
    assert company == ("株式会社浜田精機", "はまだせいき")
    assert [p.name for p in participants.list_participants(db, event_id)] == ["青木 一郎"]


def test_a_reading_not_in_kana_is_shown_at_its_field_and_nothing_is_saved(
    qtbot: QtBot, db: Database
) -> None:
    dialog, event_id = _dialog(qtbot, db)
    type_text("青木 一郎")
    dialog.edits["organization_reading"].setFocus()
    type_text("浜田精機")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.fields.error_labels["organization_reading"].text()
    assert participants.list_participants(db, event_id) == []
