"""The meeting window: agenda order by keyboard, carried-over items, live counts, unlock."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import AuditEntry
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.codes import MeetingStatus
from app.services.meetings import agenda
from app.services.meetings import editing as meeting_editing
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.meeting.meeting_window import TAB_AGENDA, MeetingWindow
from tests.meeting_room import Room, advance, make_meeting
from tests.shared_prefixes import EXPECTED_NAMES, add_shared_prefix_members, in_list_order
from tests.ui.keyboard import in_next_dialog, press, show_active, type_text

ALT = Qt.KeyboardModifier.AltModifier


def _window(qtbot: QtBot, db: Database, meeting_id: int) -> MeetingWindow:
    make_application()
    window = MeetingWindow(db, meeting_id)
    show_active(qtbot, window)
    return window


def test_agenda_items_move_with_alt_arrows_and_labels_follow(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    window = _window(qtbot, db, room.meeting_id)
    window.show_tab(TAB_AGENDA)
    window.agenda.list.setFocus()
    window.agenda.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Down, ALT)
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert [(i.label, i.title) for i in agenda.items(db, room.meeting_id)] == [
        ("①", "スマートナビについて"),
        ("②", "その他"),
        ("③", "他地域企業団体との連携について"),
    ]
    assert window.agenda.list.currentRow() == 2


def test_the_next_meeting_shows_what_the_last_one_left_open(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    agenda.add_action(db, room.item_ids[0], "A地域へ日程照会", owner_name="事務局")
    capture.add_remark(db, room.item_ids[0], RemarkInput("BCPの視点も", room.members["今"]))
    following = make_meeting(db, room.body_id, "2022-08-01", ["報告事項"])
    window = _window(qtbot, db, following.id)
    window.show_tab(TAB_AGENDA)
    lines = [window.agenda.carried.item(n).text() for n in range(window.agenda.carried.count())]
    assert any("A地域へ日程照会" in line and "事務局" in line for line in lines)
    assert any("今 太郎" in line and "BCPの視点も" in line for line in lines)


def test_live_counts_follow_the_keys(qtbot: QtBot, db: Database, room: Room) -> None:
    window = _window(qtbot, db, room.meeting_id)
    window.attendance.view.setFocus()
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_2)
    assert window.attendance.counts.text().startswith("Present 2 / Absent 1")
    assert "not yet recorded: 2" in window.attendance.counts.text()


def test_unlocking_approved_minutes_asks_for_a_reason_and_is_audited(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    while advance(db, room.meeting_id) is not MeetingStatus.APPROVED:
        pass
    window = _window(qtbot, db, room.meeting_id)
    assert window.reopen_action.isEnabled() and not window.console.editor.isEnabled()
    in_next_dialog(lambda: (type_text("署名人の指摘による訂正"), press(qtbot, Qt.Key.Key_Return)))
    window.reopen_action.trigger()
    assert not meeting_editing.is_locked(db, room.meeting_id)
    assert window.console.editor.isEnabled() and not window.reopen_action.isEnabled()
    with db.session() as session:
        reasons = session.scalars(select(AuditEntry.after).where(AuditEntry.action == "unlock"))
        assert list(reasons) == ["署名人の指摘による訂正"]


def test_a_drag_and_drop_order_is_stored(qtbot: QtBot, db: Database, room: Room) -> None:
    window = _window(qtbot, db, room.meeting_id)
    window.show_tab(TAB_AGENDA)
    items = window.agenda.list
    items.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)  # what a drop does
    assert [i.title for i in agenda.items(db, room.meeting_id)] == [
        "その他",
        "他地域企業団体との連携について",
        "スマートナビについて",
    ]
    assert items.item(0).text() == "① その他"


def test_another_attendee_is_asked_for_and_can_speak(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    window = _window(qtbot, db, room.meeting_id)
    window.attendance.view.setFocus()
    in_next_dialog(lambda: (type_text("山田 一郎"), press(qtbot, Qt.Key.Key_Return)))
    press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.attendance.guests.item(0).text().startswith("山田 一郎（")
    assert "山田 一郎" in [speaker.name for speaker in window.console.speaker.speakers]


def test_the_attendance_grid_lists_shared_family_name_prefixes_family_reading_first(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    add_shared_prefix_members(db)
    window = _window(qtbot, db, room.meeting_id)
    view = window.attendance.view
    model = view.model()
    shown = [
        str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]
    assert in_list_order(shown) == EXPECTED_NAMES
