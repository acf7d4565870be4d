"""The door of an event that charges its get-together (懇親会) apart: the walk-in form
has a box for it and says how much to take, and the door shows the whole amount."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.events import checkin, editing, participants
from app.services.events.reception_search import reception_entries
from app.services.events.rows import EventForm, FeeInput, ParticipantForm
from app.storage.database import Database
from app.ui.events.reception import ReceptionWindow
from app.ui.events.walk_in_dialog import WalkInDialog
from tests.ui.events.test_reception_acceptance import seminar
from tests.ui.keyboard import in_next_dialog, press, show_active, type_text


def _salon(db: Database) -> int:
    fees = (FeeInput("会員", "0"), FeeInput("一般", "1000"), FeeInput("懇親会", "3000"))
    saved = editing.save(
        db, EventForm(title="ものづくり交流サロン", held_on="2026-11-12", capacity="30", fees=fees)
    )
    assert saved.id is not None
    return saved.id


def test_a_walk_in_who_stays_for_the_reception_is_charged_for_it(
    qtbot: QtBot, db: Database
) -> None:
    door = ReceptionWindow(db, _salon(db))
    show_active(qtbot, door)
    seen: list[object] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WalkInDialog)
        categories = [dialog.category.itemData(n) for n in range(dialog.category.count())]
        seen.append(categories)  # the 懇親会 is a box to tick, not a category
        type_text("木村 一郎")
        dialog.category.setCurrentIndex(dialog.category.findData("一般"))
        seen.append(dialog.payment.itemText(0))
        qtbot.keyClick(dialog.joins_reception, Qt.Key.Key_Space)
        seen.append(dialog.payment.itemText(0))
        press(qtbot, Qt.Key.Key_Return)

    in_next_dialog(fill_in)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == [["会員", "一般"], "Received in cash (¥1,000)", "Received in cash (¥4,000)"]
    assert "Received ¥4,000." in door.message.text()
    assert checkin.reception_counts(db, door.door.id).received_today == 4000
    (row,) = participants.list_participants(db, door.door.id)
    assert row.joins_reception


def test_the_door_asks_for_both_fees_of_an_applicant_who_joins_the_reception(
    qtbot: QtBot, db: Database
) -> None:
    event = _salon(db)
    participants.add_participant(
        db,
        event,
        ParticipantForm(
            name="青木 太郎", reading="あおき たろう", fee_category="一般", joins_reception=True
        ),
    )
    door = ReceptionWindow(db, event)
    show_active(qtbot, door)
    type_text("あおき")
    assert door.panel.check_in.text() == "Check in and receive ¥4,000 (Enter)"
    assert door.panel.fee.text() == "一般＋懇親会 ¥4,000 due"
    press(qtbot, Qt.Key.Key_Return)
    (entry,) = reception_entries(db, event)
    assert (entry.paid_amount, entry.fee_due) == (4000, 0)


def test_without_a_reception_fee_the_form_has_no_box_for_it(qtbot: QtBot, db: Database) -> None:
    door = ReceptionWindow(db, seminar(db))
    show_active(qtbot, door)
    seen: list[bool] = []

    def look_and_leave() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WalkInDialog)
        seen.append(dialog.joins_reception.isVisible())
        seen.append(dialog.joins_reception in dialog.fields.fields)
        press(qtbot, Qt.Key.Key_Escape)

    in_next_dialog(look_and_leave)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == [False, False]


def test_the_box_names_the_get_together_fee_of_the_category_chosen(
    qtbot: QtBot, db: Database
) -> None:
    fees = [("会員", 0), ("一般", 1000), ("懇親会（会員）", 2000), ("懇親会（一般）", 3000)]
    dialog = WalkInDialog(db, 1, fees)
    qtbot.addWidget(dialog)
    dialog.joins_reception.setChecked(True)
    seen = []
    for category in ("会員", "一般"):
        dialog.category.setCurrentIndex(dialog.category.findData(category))
        seen.append((dialog.joins_reception.text(), dialog.payment.itemText(0)))
    assert seen == [
        ("Also the 懇親会（会員） (¥2,000)", "Received in cash (¥2,000)"),
        ("Also the 懇親会（一般） (¥3,000)", "Received in cash (¥4,000)"),
    ]


def test_a_get_together_alone_is_the_category_with_no_box(qtbot: QtBot, db: Database) -> None:
    dialog = WalkInDialog(db, 1, [("懇親会", 3000)])
    qtbot.addWidget(dialog)
    assert [dialog.category.itemData(n) for n in range(dialog.category.count())] == ["懇親会"]
    assert dialog.joins_reception not in dialog.fields.fields
    assert dialog.payment.itemText(0) == "Received in cash (¥3,000)"
