"""Cross-tab news: a save in one tab or window shows in every other list and window that
shows the record, and each keeps the user's place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.codes import CorrespondenceDirection
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.services.workspace import Database
from app.settings import Settings
from app.ui.app import make_application
from app.ui.dialogs.meeting_dialog import MeetingDialog
from app.ui.main_window import MainWindow
from app.ui.signal_hub import RecordKind
from app.ui.tablemodels.correspondence_model import COL_SUBJECT
from app.ui.widgets.list_tab import ListTab
from tests.meeting_room import Room
from tests.ui.keyboard import in_next_dialog, press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _main_window(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    make_application()
    window = MainWindow(db, settings)
    show_active(qtbot, window)
    return window


def _back_to(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _select(tab: ListTab, record_id: int) -> None:
    assert tab.show_record(record_id)


def test_a_list_out_of_sight_is_refreshed_when_it_is_shown(
    qtbot: QtBot, db: Database, settings: Settings, room: Room
) -> None:
    letters = [
        register.record(
            db,
            CorrespondenceDirection.OUTGOING,
            LetterInput(
                date(2022, 6, day), "委員各位", f"開催通知{day}", meeting_id=room.meeting_id
            ),
        )
        for day in range(1, 6)
    ]
    window = _main_window(qtbot, db, settings)
    window.show_tab("correspondence")
    letters_tab = window.list_tabs["correspondence"]
    _select(letters_tab, letters[2].id)
    assert letters_tab.selected_row().related.startswith("第1回 定例会")

    window.show_tab("meetings")
    _select(window.list_tabs["meetings"], room.meeting_id)

    def retitle() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MeetingDialog)
        dialog.edits["title"].setFocus()
        dialog.edits["title"].selectAll()
        type_text("臨時会")
        press(qtbot, Qt.Key.Key_Return)  # Save

    in_next_dialog(retitle)
    press(qtbot, Qt.Key.Key_E, CTRL)  # Edit… the selected meeting
    assert window.list_tabs["meetings"].selected_row().title == "臨時会"
    assert letters_tab.stale  # out of sight: read again only when shown

    window.show_tab("correspondence")
    assert not letters_tab.stale
    assert letters_tab.selected_row().id == letters[2].id
    assert letters_tab.selected_row().related == "臨時会"
    assert letters_tab.view.currentIndex().siblingAtColumn(COL_SUBJECT).data() == "開催通知3"


def test_saves_in_the_tabs_announce_what_they_changed(
    qtbot: QtBot, db: Database, settings: Settings, room: Room
) -> None:
    window = _main_window(qtbot, db, settings)
    heard: list[tuple[str, tuple[int, ...]]] = []
    window.hub.recordsChanged.connect(lambda kind, ids, _origin: heard.append((kind, ids)))
    window.show_tab("meetings")
    _select(window.list_tabs["meetings"], room.meeting_id)
    press(qtbot, Qt.Key.Key_Right, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Advance Status
    assert heard == [(RecordKind.MEETING, (room.meeting_id,))]
