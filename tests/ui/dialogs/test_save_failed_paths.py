"""Every failed write in the GUI reaches the user: what was not saved, why, what to do.
A form stays open with what was typed; an action changes nothing and says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.models import Council
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.codes import AttendanceStatus, CorrespondenceDirection, ResponseStatus
from app.services.correspondence import listing as correspondence
from app.services.meetings import agenda, attendance
from app.services.meetings.editing import MeetingForm
from app.services.members import listing as members
from app.services.members.editing import MemberForm
from app.services.members.organizations import OrganizationForm
from app.services.visits.editing import VisitForm
from app.settings import Settings
from app.storage.database import Database
from app.texts import i18n
from app.ui.app import make_application
from app.ui.dialogs.activities_dialog import ActivitiesDialog
from app.ui.dialogs.letter_dialog import LetterDialog
from app.ui.dialogs.meeting_dialog import MeetingDialog
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.dialogs.organization_dialog import OrganizationDialog
from app.ui.dialogs.responses_dialog import ResponsesDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.visit_dialog import VisitDialog
from app.ui.meeting.meeting_window import MeetingWindow
from app.ui.signal_hub import SignalHub
from app.ui.tabs.members_tab import MembersTab
from tests.failing_writes import disk_full, read_only_twin
from tests.meeting_room import Room


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The error boxes shown (their text); a real one would wait for a click."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_a: shown.append(text)
    )
    return shown


@pytest.fixture
def japanese() -> Iterator[None]:
    assert i18n.load("ja")
    yield
    i18n.load("en")


def _not_saved(boxes: list[str], what: str) -> None:
    assert len(boxes) == 1, boxes
    assert boxes[0].startswith(f"Not saved: {what}.\nCause: The disk is full.\n")
    assert "What to do: Make room on the disk" in boxes[0]
    assert "What you entered is still in the window" in boxes[0]


def test_the_member_dialog_stays_open_with_what_was_typed(
    qtbot: QtBot, db: Database, boxes: list[str]
) -> None:
    make_application()
    dialog = MemberDialog(db, MemberForm())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["family_name"].setText("斉藤")
    dialog.edits["reading"].setText("さいとう")
    with disk_full(db):
        dialog.accept()
    _not_saved(boxes, "the member")
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.edits["family_name"].text() == "斉藤" and members.list_members(db) == []
    dialog.accept()  # the cause gone: the same form saves
    assert dialog.saved is not None and len(members.list_members(db)) == 1


def test_the_message_is_japanese_on_a_read_only_file(
    qtbot: QtBot, db: Database, boxes: list[str], japanese: None
) -> None:
    twin = read_only_twin(db)
    try:
        make_application()
        dialog = OrganizationDialog(twin, OrganizationForm())
        qtbot.addWidget(dialog)
        dialog.edits["name"].setText("綾瀬精工株式会社")
        dialog.accept()
    finally:
        twin.close()
    assert boxes[0].startswith(
        "所属団体は保存されていません。\n原因: データベースファイルに書き込めません"
    )
    assert "入力した内容はこの画面に残っています" in boxes[0]
    assert "readonly" not in boxes[0]  # the driver's words are in the log only


def test_meeting_visit_and_letter_dialogs_say_what_was_not_saved(
    qtbot: QtBot, db: Database, room: Room, boxes: list[str]
) -> None:
    make_application()
    with db.transaction() as session:
        session.add(Council(name="委員会", short_name="委"))
    meeting = MeetingDialog(db, MeetingForm())
    qtbot.addWidget(meeting)
    meeting.body.setCurrentIndex(meeting.body.findText("定例会"))
    meeting.held_on.setText("2026-03-24")
    visit = VisitDialog(db, VisitForm())
    qtbot.addWidget(visit)
    visit.title.setText("A地域ものづくり視察")
    visit.start_on.setText("2022/7/28")
    letter = LetterDialog(db, CorrespondenceDirection.INCOMING)
    qtbot.addWidget(letter)
    letter.counterparty.setText("綾瀬市 工業振興課")
    letter.subject.setText("視察受入れについて(依頼)")
    with disk_full(db):
        for dialog in (meeting, visit, letter):
            dialog.accept()
    assert [box.split(".\n")[0] for box in boxes] == [
        "Not saved: the meeting",
        "Not saved: the visit",
        "Not saved: the letter",
    ]
    assert meeting.saved is None and visit.saved is None and letter.saved is None
    assert correspondence.list_correspondence(db) == []
    # each window keeps what was typed, and saves it as it is once the cause is gone
    assert meeting.held_on.text() == "2026-03-24"
    assert visit.title.text() == "A地域ものづくり視察" and visit.start_on.text() == "2022-07-28"
    assert letter.subject.text() == "視察受入れについて(依頼)"
    for dialog in (meeting, visit, letter):
        dialog.accept()
    assert meeting.saved is not None and visit.saved is not None and letter.saved is not None
    assert [row.subject for row in correspondence.list_correspondence(db)] == [
        "視察受入れについて(依頼)"
    ]


def test_activities_agenda_attendance_and_responses_say_so(
    qtbot: QtBot, db: Database, room: Room, boxes: list[str]
) -> None:
    make_application()
    capture.add_remark(db, room.item_ids[0], RemarkInput("BCPの視点も", room.members["今"]))
    activities = ActivitiesDialog(db)
    qtbot.addWidget(activities)
    activities.title.setText("工場見学会")
    window = MeetingWindow(db, room.meeting_id)
    qtbot.addWidget(window)
    window.agenda.list.setCurrentRow(0)
    window.agenda.title.setText("連携について(改)")
    window.attendance.view.selectRow(0)
    ledger = ResponsesDialog(db)
    qtbot.addWidget(ledger)
    ledger.status.setCurrentIndex(ledger.status.findData(ResponseStatus.DONE))
    ledger.response.setPlainText("次回の研修テーマに採用")
    with disk_full(db):
        activities.add_activity()
        window.agenda.save_item()
        window.attendance.set_current(AttendanceStatus.PRESENT)
        ledger.save()
    assert [box.split("\nCause")[0] for box in boxes] == [
        "Not saved: the activity.",
        "Not saved: the agenda item.",
        "Recording the attendance of 斉藤 太郎 could not be done: nothing was changed.",
        "Not saved: the response.",
    ]
    assert activities.title.text() == "工場見学会"  # kept, to add again
    assert window.agenda.title.text() == "連携について(改)"
    assert ledger.response.toPlainText() == "次回の研修テーマに採用"
    assert agenda.items(db, room.meeting_id)[0].title == "他地域企業団体との連携について"
    assert all(row.status is None for row in attendance.grid(db, room.meeting_id))


def test_removing_a_member_that_cannot_be_written_changes_nothing(
    qtbot: QtBot, db: Database, room: Room, boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    tab = MembersTab(db, SignalHub())
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    tab.view.selectRow(0)
    name = tab.selected_member().full_name
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with disk_full(db):
        tab._on_remove_triggered()
    assert boxes[0].startswith(f"Removing {name} could not be done: nothing was changed.")
    assert len(members.list_members(db)) == len(room.members)


def test_settings_that_cannot_be_written_keep_the_dialog_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be")
    settings = Settings(blocker / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: told.append(text))
    dialog.staff_name.setText("山田")
    dialog.accept()
    assert dialog.isVisible()
    assert told and told[0].startswith("The settings were not saved")
    assert str(settings.path) in told[0]
