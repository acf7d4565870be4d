"""The check-in window's keys: Enter never charges twice, Ctrl+Z undoes the last
check-in, the waitlisted need a Y, a query that finds nobody says so, Esc in the
walk-in form writes nothing and its problems are shown in the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.events import checkin, participants
from app.services.events.codes import ParticipationState, PaymentState
from app.services.events.reception_search import reception_entries
from app.services.events.rows import ParticipantForm
from app.storage.database import Database
from app.ui.events import reception
from app.ui.events.reception import ReceptionWindow
from app.ui.events.walk_in_dialog import WalkInDialog
from tests.ui.events.test_reception_acceptance import seminar
from tests.ui.keyboard import in_next_dialog, press, show_active, type_text


@pytest.fixture
def door(qtbot: QtBot, db: Database) -> ReceptionWindow:
    window = ReceptionWindow(db, seminar(db))
    show_active(qtbot, window)
    return window


def _entry(db: Database, window: ReceptionWindow, name: str):  # type: ignore[no-untyped-def]
    return {e.name: e for e in reception_entries(db, window.door.id)}[name]


def test_enter_twice_charges_once(qtbot: QtBot, db: Database, door: ReceptionWindow) -> None:
    type_text("あおき たろう")  # 一般 1,000円
    assert door.panel.check_in.text() == "Check in and receive ¥1,000 (Enter)"
    press(qtbot, Qt.Key.Key_Return)
    assert "Received ¥1,000." in door.message.text()
    press(qtbot, Qt.Key.Key_Return)  # the field is empty: nothing happens
    type_text("あおきたろう")
    assert door.panel.check_in.text() == "Already checked in (Enter)"
    press(qtbot, Qt.Key.Key_Return)
    assert "already checked in" in door.message.text()
    assert checkin.reception_counts(db, door.door.id).received_today == 1000
    assert door.counts.checked_in.value.text() == "1"


def test_ctrl_z_undoes_the_last_check_in_and_its_fee(
    qtbot: QtBot, db: Database, door: ReceptionWindow
) -> None:
    assert not door.panel.undo.isEnabled()
    type_text("あおき たろう")
    press(qtbot, Qt.Key.Key_Return)
    assert door.panel.undo.isEnabled()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    entry = _entry(db, door, "青木 太郎")
    assert not entry.checked_in and entry.payment is PaymentState.UNPAID
    assert "undone" in door.message.text()
    assert door.counts.checked_in.value.text() == "0"
    assert door.counts.received.value.text() == "¥0"
    assert not door.panel.undo.isEnabled()


def test_the_waitlisted_are_let_in_only_with_y(
    qtbot: QtBot, db: Database, door: ReceptionWindow
) -> None:
    late = participants.add_participant(
        db, door.door.id, ParticipantForm(name="待田 次郎", reading="まちだ じろう")
    )
    assert late.state is ParticipationState.WAITLISTED
    press(qtbot, Qt.Key.Key_F5)
    type_text("まちだ")
    assert "Waitlist 1" in door.panel.state.text()

    def answer(key: Qt.Key) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        press(qtbot, key)

    in_next_dialog(lambda: answer(Qt.Key.Key_Return))  # a hurried Enter goes back
    press(qtbot, Qt.Key.Key_Return)
    assert not _entry(db, door, "待田 次郎").checked_in
    in_next_dialog(lambda: answer(Qt.Key.Key_Y))
    press(qtbot, Qt.Key.Key_Return)
    entry = _entry(db, door, "待田 次郎")
    assert entry.checked_in and entry.state is ParticipationState.ATTENDING
    assert door.counts.attending.value.text() == "46"


def test_a_query_that_finds_nobody_points_to_the_walk_in_key(
    qtbot: QtBot, door: ReceptionWindow
) -> None:
    type_text("わたなべ")
    assert door.model.rowCount() == 0
    press(qtbot, Qt.Key.Key_Return)
    assert "Ctrl+N" in door.message.text()
    press(qtbot, Qt.Key.Key_Escape)
    assert door.search.text() == "" and door.model.rowCount() == 45


def test_the_walk_in_form_starts_from_the_query_and_esc_writes_nothing(
    qtbot: QtBot, db: Database, door: ReceptionWindow
) -> None:
    type_text("わたなべ")
    seen: list[str] = []

    def look_and_leave() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WalkInDialog)
        seen.append(dialog.reading.text())
        press(qtbot, Qt.Key.Key_Escape)

    in_next_dialog(look_and_leave)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["わたなべ"]
    assert len(reception_entries(db, door.door.id)) == 45
    assert door.focusWidget() is door.search  # back to the search when the window is active


def test_the_walk_in_form_shows_its_problems(
    qtbot: QtBot, db: Database, door: ReceptionWindow
) -> None:
    problems: list[str] = []

    def save_empty() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WalkInDialog)
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.isVisible()
        problems.append(dialog.fields.error_labels["name"].text())
        dialog.reject()

    in_next_dialog(save_empty)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert problems and problems[0]
    assert len(reception_entries(db, door.door.id)) == 45


def test_open_shows_the_window_with_the_keyboard_in_the_search(qtbot: QtBot, db: Database) -> None:
    window = reception.ReceptionWindow.open(None, db, seminar(db))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.isVisible() and window.search.hasFocus()
    assert "ものづくりDXセミナー" in window.windowTitle()


def test_undoing_a_walk_in_says_that_the_walk_in_stays(
    qtbot: QtBot, db: Database, door: ReceptionWindow
) -> None:
    def fill() -> None:
        type_text("当日 一郎")
        press(qtbot, Qt.Key.Key_Return)

    in_next_dialog(fill)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert door.counts.checked_in.value.text() == "1"
    door.panel.undo.click()
    assert "walk-in stays recorded" in door.message.text()
    assert not _entry(db, door, "当日 一郎").checked_in
    assert door.counts.checked_in.value.text() == "0"


def test_the_list_narrows_while_the_input_method_is_composing(
    qtbot: QtBot, door: ReceptionWindow
) -> None:
    composing = QInputMethodEvent("かとう", [])
    QApplication.sendEvent(door.search, composing)
    assert door.search.text() == ""  # not committed yet
    assert door.model.rowCount() == 5
    chosen = door.chosen()
    assert chosen is not None and chosen.reading.startswith("かとう")
    committed = QInputMethodEvent("", [])
    committed.setCommitString("かとう")
    QApplication.sendEvent(door.search, committed)
    assert door.search.text() == "かとう" and door.model.rowCount() == 5


def test_romaji_that_finds_nobody_starts_the_walk_in_with_its_reading(
    qtbot: QtBot, door: ReceptionWindow
) -> None:
    qtbot.keyClicks(door.search, "watanabe")
    assert door.model.rowCount() == 0
    seen: list[tuple[str, str]] = []

    def look_and_leave() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WalkInDialog)
        seen.append((dialog.name.text(), dialog.reading.text()))
        dialog.reject()

    in_next_dialog(look_and_leave)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == [("", "わたなべ")]
