"""Failed writes behind the small dialogs (pillars, other attendees) and the tabs' actions:
the user is told in Japanese what was not done and why, what was typed is offered again,
and nothing changed in the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.activities import editing as activities
from app.services.codes import CorrespondenceDirection
from app.services.correspondence import listing as correspondence
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.services.meetings import attendance
from app.services.meetings import listing as meetings
from app.services.members import organizations
from app.services.members.organizations import OrganizationForm
from app.storage.database import Database
from app.texts import i18n
from app.ui.app import make_application
from app.ui.dialogs.activities_dialog import ActivitiesDialog
from app.ui.dialogs.organizations_dialog import OrganizationsDialog
from app.ui.dialogs.pillars_dialog import PillarsDialog
from app.ui.meeting.guest_dialog import GuestDialog
from app.ui.meeting.meeting_window import MeetingWindow
from app.ui.signal_hub import SignalHub
from app.ui.tabs.correspondence_tab import CorrespondenceTab
from app.ui.tabs.meetings_tab import MeetingsTab
from tests.failing_writes import disk_full, read_only_twin
from tests.meeting_room import Room

_CAUSE_FULL = "原因: ディスクがいっぱいです。"
_NOTHING_CHANGED = "を行えませんでした。何も変更されていません。"


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The error boxes shown (their text); a real one would wait for a click."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_a: shown.append(text)
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def japanese() -> Iterator[None]:
    assert i18n.load("ja")
    yield
    i18n.load("en")


def _answer_dialogs(*answers: Callable[[QDialog], None]) -> list[QDialog]:
    """Answer the next modal dialogs as a user would, one after the other; returns them."""
    seen: list[QDialog] = []
    pending = list(answers)

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog in seen:
            QTimer.singleShot(10, step)
            return
        seen.append(dialog)
        pending.pop(0)(dialog)
        if pending:
            QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)
    return seen


def test_pillars_that_cannot_be_written_are_offered_again_as_edited(
    qtbot: QtBot, db: Database, boxes: list[str], japanese: None
) -> None:
    make_application()
    dialog = ActivitiesDialog(db)
    qtbot.addWidget(dialog)
    offered_again: list[list[tuple[str, ...]]] = []

    def edit(pillars: QDialog) -> None:
        assert isinstance(pillars, PillarsDialog)
        pillars.rows.set_rows((("【1】", "新たな価値の創造"),))
        pillars.accept()

    def look_and_cancel(pillars: QDialog) -> None:
        assert isinstance(pillars, PillarsDialog)
        offered_again.append(pillars.rows.rows())
        pillars.reject()

    _answer_dialogs(edit, look_and_cancel)
    with disk_full(db):
        dialog.edit_pillars()
    assert len(boxes) == 1 and boxes[0].startswith("方針は保存されていません。\n" + _CAUSE_FULL)
    assert offered_again == [[("【1】", "新たな価値の創造")]]
    assert activities.pillar_choices(db) == [] and not dialog.pillars_saved


def test_an_other_attendee_that_cannot_be_written_is_asked_again_as_typed(
    qtbot: QtBot, db: Database, room: Room, boxes: list[str], japanese: None
) -> None:
    make_application()
    window = MeetingWindow(db, room.meeting_id)
    qtbot.addWidget(window)
    offered_again: list[str] = []

    def enter(guest: QDialog) -> None:
        assert isinstance(guest, GuestDialog)
        guest.name.setText("山本 一郎")
        guest.affiliation.setText("綾瀬市 工業振興課")
        guest.accept()

    def look_and_cancel(guest: QDialog) -> None:
        assert isinstance(guest, GuestDialog)
        offered_again.append(f"{guest.name.text()}/{guest.affiliation.text()}")
        guest.reject()

    _answer_dialogs(enter, look_and_cancel)
    with disk_full(db):
        window.attendance.add_guest()
    assert boxes[0].startswith("委員以外の出席者は保存されていません。\n" + _CAUSE_FULL)
    assert offered_again == ["山本 一郎/綾瀬市 工業振興課"]
    assert attendance.guests(db, room.meeting_id) == []


def test_tab_actions_on_a_read_only_file_say_nothing_changed(
    qtbot: QtBot, db: Database, room: Room, boxes: list[str], japanese: None
) -> None:
    make_application()
    letter = register.record(
        db,
        CorrespondenceDirection.OUTGOING,
        LetterInput(date(2026, 6, 1), "綾瀬市 工業振興課", "視察のお礼"),
    )
    organizations.save(db, OrganizationForm(name="北条化成株式会社"))
    before = (
        meetings.list_meetings(db),
        correspondence.list_correspondence(db),
        organizations.list_organizations(db),
    )
    twin = read_only_twin(db)
    try:
        meetings_tab = MeetingsTab(twin, SignalHub())
        letters_tab = CorrespondenceTab(twin, SignalHub())
        companies = OrganizationsDialog(twin)
        for widget in (meetings_tab, letters_tab, companies):
            qtbot.addWidget(widget)
        for tab in (meetings_tab, letters_tab):
            tab.ensure_loaded()
            tab.view.selectRow(0)
        companies.view.selectRow(0)
        meetings_tab._on_advance_triggered()
        letters_tab.advance_status()
        letters_tab.void()
        companies.remove_current()
    finally:
        twin.close()
    assert len(boxes) == 4, boxes
    assert all(_NOTHING_CHANGED in box for box in boxes)
    assert all("原因: データベースファイルに書き込めません" in box for box in boxes)
    assert not any("readonly" in box for box in boxes)
    assert before == (
        meetings.list_meetings(db),
        correspondence.list_correspondence(db),
        organizations.list_organizations(db),
    )
    assert [row.id for row in before[1]] == [letter.id]
