"""A check-in, an undo or a walk-in the database does not take is told, and nothing is
lost: the query stays for another Enter, the walk-in form stays open as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.events import checkin
from app.services.events.reception_search import reception_entries
from app.storage.database import Database
from app.ui.events.reception import ReceptionWindow
from app.ui.events.walk_in_dialog import WalkInDialog
from tests.failing_writes import disk_full
from tests.ui.events.test_reception_acceptance import seminar
from tests.ui.keyboard import in_next_dialog, press, show_active, type_text


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_a: shown.append(text)
    )
    return shown


@pytest.fixture
def door(qtbot: QtBot, db: Database) -> ReceptionWindow:
    window = ReceptionWindow(db, seminar(db))
    show_active(qtbot, window)
    return window


def test_a_check_in_not_saved_is_told_and_enter_can_be_pressed_again(
    qtbot: QtBot, db: Database, door: ReceptionWindow, boxes: list[str]
) -> None:
    type_text("あおき たろう")
    with disk_full(db):
        press(qtbot, Qt.Key.Key_Return)
    assert len(boxes) == 1 and "could not be done" in boxes[0]
    assert door.search.text() == "あおき たろう"
    assert checkin.reception_counts(db, door.door.id).checked_in == 0
    press(qtbot, Qt.Key.Key_Return)  # the disk has room again
    assert checkin.reception_counts(db, door.door.id).received_today == 1000


def test_an_undo_not_saved_is_told_and_can_be_done_again(
    qtbot: QtBot, db: Database, door: ReceptionWindow, boxes: list[str]
) -> None:
    type_text("あおき たろう")
    press(qtbot, Qt.Key.Key_Return)
    with disk_full(db):
        press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(boxes) == 1 and door.panel.undo.isEnabled()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert checkin.reception_counts(db, door.door.id).checked_in == 0


def test_a_walk_in_not_saved_keeps_its_form_as_typed(
    qtbot: QtBot, db: Database, door: ReceptionWindow, boxes: list[str]
) -> None:
    kept: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WalkInDialog)
        type_text("当日 一郎")
        with disk_full(db):
            press(qtbot, Qt.Key.Key_Return)
        assert dialog.isVisible()
        kept.append(dialog.name.text())
        dialog.reject()

    in_next_dialog(fill)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert kept == ["当日 一郎"] and len(boxes) == 1
    assert len(reception_entries(db, door.door.id)) == 45
