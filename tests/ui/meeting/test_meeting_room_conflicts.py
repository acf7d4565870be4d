"""In the meeting window, the meetings and letters tabs and the responses dialog, a change
to something someone else has changed since it was shown opens the conflict dialog."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.models import Council
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.codes import (
    AttendanceStatus,
    CorrespondenceDirection,
    CorrespondenceStatus,
    GuestCategory,
    MeetingStatus,
    ResponseStatus,
)
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.services.meetings import agenda, attendance, responses
from app.services.meetings import editing as meeting_editing
from app.services.meetings.agenda import LabelStyle
from app.services.problems import Record
from app.ui.app import make_application
from app.ui.dialogs.conflict_dialog import ConflictChoice
from app.ui.dialogs.responses_dialog import ResponsesDialog
from app.ui.meeting.agenda_editor import AgendaEditor
from app.ui.meeting.attendance_grid import AttendanceGrid
from app.ui.meeting.meeting_window import MeetingWindow
from app.ui.signal_hub import SignalHub
from app.ui.tabs.correspondence_tab import CorrespondenceTab
from app.ui.tabs.meetings_tab import MeetingsTab
from tests.meeting_room import Room, approve
from tests.two_users import Users
from tests.ui.conflicts import answer_conflicts

KEEP, MINE = ConflictChoice.KEEP_THEIRS, ConflictChoice.SAVE_MINE


def _editor(qtbot: QtBot, users: Users, room: Room) -> AgendaEditor:
    make_application()
    editor = AgendaEditor(users.a, room.meeting_id)
    qtbot.addWidget(editor)
    return editor


def _titles(users: Users, room: Room) -> list[str]:
    return [f"{e.label}{e.title}" for e in agenda.items(users.b, room.meeting_id)]


def test_agenda_editor_save_shows_the_conflict(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor(qtbot, users, room)
    editor.list.setCurrentRow(0)
    b_sees = agenda.items(users.b, room.meeting_id)[0]
    agenda.save_item(users.b, room.meeting_id, replace(b_sees, result="承認"))
    editor.description.setPlainText("A の説明")
    shown = answer_conflicts(monkeypatch, None, MINE)
    editor.save_item()  # cancelled: the item stays as typed
    assert editor.description.toPlainText() == "A の説明"
    editor.save_item()
    assert [c.record for c in shown] == [Record.AGENDA_ITEM] * 2
    now = agenda.items(users.b, room.meeting_id)[0]
    assert (now.result, now.description) == ("", "A の説明")


def test_agenda_editor_delete_move_and_relabel_show_the_conflict(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor(qtbot, users, room)
    b_sees = agenda.items(users.b, room.meeting_id)
    agenda.save_item(users.b, room.meeting_id, replace(b_sees[0], title="連携について(B)"))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    shown = answer_conflicts(monkeypatch, KEEP, KEEP, KEEP)
    editor.list.setCurrentRow(0)
    editor.delete_item()
    assert _titles(users, room)[0] == "①連携について(B)"  # kept: not deleted
    agenda.save_item(users.b, room.meeting_id, replace(b_sees[2], title="その他(B)"))
    editor.list.setCurrentRow(1)
    editor.move_current(1)
    editor.style_choice.setCurrentIndex(editor.style_choice.findData(LabelStyle.PLAIN))
    agenda.save_item(users.b, room.meeting_id, replace(b_sees[1], result="継続"))
    editor._on_style_chosen()
    assert [c.record for c in shown] == [Record.AGENDA_ITEM, Record.AGENDA, Record.AGENDA]
    assert _titles(users, room) == ["①連携について(B)", "②スマートナビについて", "③その他(B)"]


def test_attendance_grid_shows_the_conflict(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    attendance.add_guest(users.a, room.meeting_id, "山田 一郎", "綾瀬市", GuestCategory.GUEST)
    grid = AttendanceGrid(users.a, room.meeting_id)
    qtbot.addWidget(grid)
    [guest] = attendance.guests(users.b, room.meeting_id)
    attendance.remove_guest(users.b, guest)
    shown = answer_conflicts(monkeypatch, KEEP, MINE)
    grid.guests.setCurrentRow(0)
    grid.remove_guest()  # B removed the attendee already
    assert grid.guests.count() == 0
    chair = room.members["斉藤"]
    attendance.set_status(users.b, room.meeting_id, chair, AttendanceStatus.ABSENT, version=0)
    grid.view.selectRow(0)  # the chair, first
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_1)  # present, where B recorded absent
    assert [c.record for c in shown] == [Record.GUEST, Record.ATTENDANCE]
    assert shown[0].theirs is None
    statuses = {e.member_id: e.status for e in attendance.grid(users.b, room.meeting_id)}
    assert statuses[chair] is AttendanceStatus.PRESENT  # saved over B's, deliberately


def test_meeting_window_status_and_unlock_show_the_conflict(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    window = MeetingWindow(users.a, room.meeting_id)
    qtbot.addWidget(window)
    shown_version = meeting_editing.load_form(users.b, room.meeting_id).version or 0
    meeting_editing.advance_status(users.b, room.meeting_id, version=shown_version)
    shown = answer_conflicts(monkeypatch, KEEP)
    window.advance()  # A saw 予定: B made it 開催済; advancing now would give 議事録作成中
    [conflict] = shown
    assert (conflict.theirs.status, conflict.mine.status) == (
        MeetingStatus.HELD,
        MeetingStatus.DRAFTING,
    )
    assert meeting_editing.load_form(users.a, room.meeting_id).status is MeetingStatus.HELD
    assert "Held" in window.windowTitle()  # shows theirs
    approve(users.a, room.meeting_id)
    window.refresh_title()
    form = meeting_editing.load_form(users.b, room.meeting_id)
    meeting_editing.reopen(users.b, room.meeting_id, "B", version=form.version or 0)
    meeting_editing.advance_status(
        users.b,
        room.meeting_id,
        version=meeting_editing.load_form(users.b, room.meeting_id).version or 0,
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("誤字の訂正", True))
    shown = answer_conflicts(monkeypatch, KEEP)
    window.reopen()
    assert [c.record for c in shown] == [Record.MEETING]
    assert meeting_editing.is_locked(users.a, room.meeting_id)


def test_meetings_tab_status_shows_the_conflict(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    tab = MeetingsTab(users.a, SignalHub())
    qtbot.addWidget(tab)
    tab.reload()
    tab.view.setCurrentIndex(tab.proxy.index(0, 0))
    version = meeting_editing.load_form(users.b, room.meeting_id).version or 0
    meeting_editing.advance_status(users.b, room.meeting_id, version=version)
    shown = answer_conflicts(monkeypatch, MINE)
    tab.advance_action.trigger()
    assert [c.record for c in shown] == [Record.MEETING]
    assert meeting_editing.load_form(users.b, room.meeting_id).status is MeetingStatus.DRAFTING


def test_letters_tab_status_and_void_show_the_conflict(
    qtbot: QtBot, users: Users, monkeypatch: pytest.MonkeyPatch
) -> None:
    with users.a.transaction() as session:
        session.add(Council(name="委員会", short_name="委"))
    incoming = CorrespondenceDirection.INCOMING
    letter = register.record(users.a, incoming, LetterInput(date(2026, 6, 1), "A市", "照会"))
    make_application()
    tab = CorrespondenceTab(users.a, SignalHub())
    qtbot.addWidget(tab)
    tab.reload()
    tab.view.setCurrentIndex(tab.proxy.index(0, 0))
    register.update(users.b, letter.id, LetterInput(date(2026, 6, 1), "A市", "照会(B)"), version=1)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    shown = answer_conflicts(monkeypatch, KEEP, MINE)
    tab.advance_status()
    assert register.load(users.a, letter.id).status is CorrespondenceStatus.OPEN
    register.update(users.b, letter.id, LetterInput(date(2026, 6, 1), "A市", "照会(B2)"), version=2)
    tab.view.setCurrentIndex(tab.proxy.index(0, 0))
    tab.void()
    assert [c.record for c in shown] == [Record.LETTER, Record.LETTER]
    assert register.load(users.b, letter.id).status is CorrespondenceStatus.VOID


def test_responses_dialog_shows_the_conflict(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    capture.add_remark(users.a, room.item_ids[0], RemarkInput("要望", room.members["今"]))
    make_application()
    dialog = ResponsesDialog(users.a)
    qtbot.addWidget(dialog)
    [b_sees] = responses.ledger(users.b)
    responses.set_response(users.b, b_sees.remark, ResponseStatus.IN_PROGRESS, "B が検討中")
    dialog.status.setCurrentIndex(dialog.status.findData(ResponseStatus.DONE))
    dialog.response.setPlainText("A が回答")
    shown = answer_conflicts(monkeypatch, None, KEEP)
    dialog.save()  # cancelled: the response typed stays
    assert dialog.response.toPlainText() == "A が回答"
    dialog.save()  # kept theirs: the ledger shows B's
    assert [c.record for c in shown] == [Record.REMARK] * 2
    assert dialog.response.toPlainText() == "B が検討中" and not dialog.answered
