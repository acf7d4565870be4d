"""A form saved while someone else saved the same record shows the conflict dialog: keep
theirs (the dialog closes on their version), save mine over theirs (saved, checked), or
cancel (back to the form as typed, nothing saved)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.models import Council
from app.services.codes import CorrespondenceDirection
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.services.meetings import editing as meeting_editing
from app.services.members import editing as member_editing
from app.services.members import listing as members
from app.services.members import organizations
from app.services.members.editing import MemberForm
from app.services.members.organizations import OrganizationForm
from app.services.problems import Record
from app.services.visits import editing as visit_editing
from app.services.visits.editing import VisitForm
from app.ui.app import make_application
from app.ui.dialogs.conflict_dialog import ConflictChoice
from app.ui.dialogs.letter_dialog import LetterDialog
from app.ui.dialogs.meeting_dialog import MeetingDialog
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.dialogs.organization_dialog import OrganizationDialog
from app.ui.dialogs.organizations_dialog import OrganizationsDialog
from app.ui.dialogs.visit_dialog import VisitDialog
from app.ui.signal_hub import SignalHub
from app.ui.tabs.members_tab import MembersTab
from tests.meeting_room import Room
from tests.two_users import Users
from tests.ui.conflicts import answer_conflicts

KEEP, MINE = ConflictChoice.KEEP_THEIRS, ConflictChoice.SAVE_MINE


def _member_dialog(qtbot: QtBot, users: Users) -> MemberDialog:
    make_application()
    saved = member_editing.save(users.a, MemberForm("斉藤", "一郎", "さいとう いちろう"))
    dialog = MemberDialog(users.a, member_editing.load_form(users.a, saved.id or 0))
    qtbot.addWidget(dialog)
    b_sees = member_editing.load_form(users.b, saved.id or 0)
    member_editing.save(users.b, replace(b_sees, phone="045-111-1111"))  # while A types
    dialog.edits["email"].setText("a@example.jp")
    return dialog


def test_member_dialog_keep_theirs_closes_on_their_version(
    qtbot: QtBot, users: Users, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _member_dialog(qtbot, users)
    shown = answer_conflicts(monkeypatch, KEEP)
    dialog.accept()
    [conflict] = shown
    assert conflict.record is Record.MEMBER and conflict.mine.email == "a@example.jp"
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.phone == "045-111-1111"
    now = member_editing.load_form(users.a, dialog.form.id or 0)
    assert (now.phone, now.email) == ("045-111-1111", "")


def test_member_dialog_save_mine_saves_over_theirs(
    qtbot: QtBot, users: Users, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _member_dialog(qtbot, users)
    answer_conflicts(monkeypatch, MINE)
    dialog.accept()
    now = member_editing.load_form(users.b, dialog.form.id or 0)
    assert (now.phone, now.email) == ("", "a@example.jp")


def test_member_dialog_cancel_goes_back_to_the_form(
    qtbot: QtBot, users: Users, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _member_dialog(qtbot, users)
    dialog.show()
    answer_conflicts(monkeypatch, None)
    dialog.accept()
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.edits["email"].text() == "a@example.jp"  # nothing typed is lost


def test_organization_dialog_shows_the_conflict(
    qtbot: QtBot, users: Users, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    saved = organizations.save(users.a, OrganizationForm(name="綾瀬精工株式会社"))
    dialog = OrganizationDialog(users.a, saved)
    qtbot.addWidget(dialog)
    organizations.save(users.b, replace(saved, region="綾瀬市"))
    dialog.edits["phone"].setText("0467-00-0000")
    shown = answer_conflicts(monkeypatch, MINE)
    dialog.accept()
    assert [c.record for c in shown] == [Record.ORGANIZATION]
    now = organizations.load_form(users.b, saved.id or 0)
    assert (now.region, now.phone) == ("", "0467-00-0000")


def test_meeting_dialog_shows_the_conflict(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    dialog = MeetingDialog(users.a, meeting_editing.load_form(users.a, room.meeting_id))
    qtbot.addWidget(dialog)
    b_sees = meeting_editing.load_form(users.b, room.meeting_id)
    meeting_editing.save(users.b, replace(b_sees, place="市役所"))
    dialog.edits["recorder_name"].setText("松村")
    shown = answer_conflicts(monkeypatch, KEEP)
    dialog.accept()
    assert [c.record for c in shown] == [Record.MEETING]
    assert dialog.saved is not None and dialog.saved.place == "市役所"
    assert meeting_editing.load_form(users.a, room.meeting_id).recorder_name == ""


def test_visit_dialog_shows_the_conflict(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    saved = visit_editing.save(users.a, VisitForm(title="A地域視察", start_on="2022-07-28"))
    dialog = VisitDialog(users.a, saved)
    qtbot.addWidget(dialog)
    visit_editing.save(users.b, replace(saved, region="A地域"))
    dialog.region.setText("B地域")
    shown = answer_conflicts(monkeypatch, MINE)
    dialog.accept()
    assert [c.record for c in shown] == [Record.VISIT]
    assert visit_editing.load_form(users.b, saved.id or 0).region == "B地域"


def test_letter_dialog_shows_the_conflict(
    qtbot: QtBot, users: Users, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    with users.a.transaction() as session:
        session.add(Council(name="綾瀬イノベーション推進委員会", short_name="綾イノ"))
    letter = LetterInput(date(2026, 6, 1), "A市", "視察受入のお願い")
    incoming = CorrespondenceDirection.INCOMING
    letter_id = register.record(users.a, incoming, letter).id
    dialog = LetterDialog(users.a, incoming, correspondence_id=letter_id)
    qtbot.addWidget(dialog)
    register.update(users.b, letter_id, replace(letter, summary="B の要旨"), version=1)
    dialog.subject.setText("視察受入について")
    shown = answer_conflicts(monkeypatch, None, KEEP)
    dialog.show()
    dialog.accept()  # cancelled: the form stays, as typed
    assert dialog.isVisible() and dialog.subject.text() == "視察受入について"
    dialog.accept()  # kept theirs
    assert [c.record for c in shown] == [Record.LETTER, Record.LETTER]
    assert dialog.result() == dialog.DialogCode.Accepted
    now = register.load(users.a, letter_id)
    assert (now.subject, now.summary) == ("視察受入のお願い", "B の要旨")


def test_members_tab_remove_shows_the_conflict(
    qtbot: QtBot, users: Users, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = member_editing.save(users.a, MemberForm("嶋", "一郎", "しま いちろう"))
    make_application()
    tab = MembersTab(users.a, SignalHub())
    qtbot.addWidget(tab)
    tab.reload()
    tab.view.setCurrentIndex(tab.proxy.index(0, 0))
    member_editing.save(users.b, replace(saved, notes="B が更新"))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    shown = answer_conflicts(monkeypatch, KEEP)
    tab.remove_action.trigger()
    assert [c.record for c in shown] == [Record.MEMBER] and shown[0].mine is None
    assert [row.full_name for row in members.list_members(users.b)] == ["嶋 一郎"]


def test_organizations_dialog_remove_and_restore_show_the_conflict(
    qtbot: QtBot, users: Users, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = organizations.save(users.a, OrganizationForm(name="綾瀬精工株式会社"))
    make_application()
    dialog = OrganizationsDialog(users.a)
    qtbot.addWidget(dialog)
    dialog.view.setCurrentIndex(dialog.proxy.index(0, 0))
    organizations.save(users.b, replace(saved, notes="B"))
    shown = answer_conflicts(monkeypatch, MINE)
    dialog.remove_current()  # deleted anyway, as chosen
    assert [c.record for c in shown] == [Record.ORGANIZATION]
    assert organizations.list_organizations(users.b) == []
