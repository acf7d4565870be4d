"""Tab goes through each form in the order it reads (top to bottom, left to right),
starting at its first field; multi-line fields move on with Tab; no stray widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.codes import CorrespondenceDirection
from app.services.events import editing
from app.services.events.rows import EventForm, ParticipantForm
from app.services.meetings.editing import MeetingForm
from app.services.members.editing import MemberForm
from app.services.visits.editing import VisitForm
from app.services.workspace import Database
from app.ui.app import make_application
from app.ui.dialogs.letter_dialog import LetterDialog
from app.ui.dialogs.meeting_dialog import MeetingDialog
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.dialogs.visit_dialog import VisitDialog
from app.ui.events.event_dialog import PAGE_LINKS, PAGE_VENUE, EventDialog
from app.ui.events.participant_dialog import ParticipantDialog
from app.ui.widgets.error_form import ErrorForm
from tests.ui.focus_order import names, tab_stops, walk_tabs
from tests.ui.keyboard import focused, show_active


def _assert_reading_order(qtbot: QtBot, dialog: QWidget, first: QWidget) -> list[QWidget]:
    show_active(qtbot, dialog)
    assert focused() is first
    expected = tab_stops(dialog)
    walked = walk_tabs(qtbot, dialog)
    assert names(walked) == names(expected)
    assert walked == expected
    return walked


def test_member_dialog_tabs_in_reading_order(qtbot: QtBot, db: Database) -> None:
    make_application()
    dialog = MemberDialog(db, MemberForm())
    walked = _assert_reading_order(qtbot, dialog, dialog.edits["family_name"])
    assert walked[-1] is dialog.notes  # Tab leaves the notes instead of typing a tab
    assert dialog.notes.toPlainText() == ""
    dialog.dates["term_start"].set_value(date(2024, 4, 1))  # a set date: its editor too
    dialog.edits["family_name"].setFocus()
    walked = walk_tabs(qtbot, dialog)
    assert dialog.dates["term_start"].editor in walked and walked == tab_stops(dialog)


def test_meeting_dialog_tabs_in_reading_order(qtbot: QtBot, db: Database) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    make_application()
    dialog = MeetingDialog(db, MeetingForm())
    walked = _assert_reading_order(qtbot, dialog, dialog.body)
    assert dialog.held_on.editor in walked and dialog.start_time.editor in walked
    assert walked[-1] is dialog.next_note


def test_visit_dialog_starts_on_its_first_field_and_tabs_in_reading_order(
    qtbot: QtBot, db: Database
) -> None:
    make_application()
    dialog = VisitDialog(db, VisitForm())
    walked = _assert_reading_order(qtbot, dialog, dialog.title)
    assert walked[-1] is dialog.purpose  # 目的 moves on with Tab too
    dialog.tabs.setCurrentIndex(4)  # Results
    dialog.findings.setFocus()
    qtbot.keyClick(dialog.findings, Qt.Key.Key_Tab)
    assert focused() is dialog.outcomes and dialog.findings.toPlainText() == ""


def test_event_dialog_starts_on_its_title_and_tabs_in_reading_order(
    qtbot: QtBot, db: Database
) -> None:
    make_application()
    dialog = EventDialog(db, EventForm())
    walked = _assert_reading_order(qtbot, dialog, dialog.title)
    assert dialog.held_on.editor in walked and walked[-1] is dialog.notes
    for page in (PAGE_VENUE, PAGE_LINKS):  # the other pages of fields read in order too
        dialog.tabs.setCurrentIndex(page)
        stops = tab_stops(dialog)  # (the page shown: the others are hidden)
        stops[0].setFocus()
        assert walk_tabs(qtbot, dialog) == stops


def test_participant_dialog_starts_on_the_name_and_tabs_in_reading_order(
    qtbot: QtBot, db: Database
) -> None:
    make_application()
    event = editing.save(db, EventForm(title="セミナー", held_on="2026-11-20"))
    assert event.id is not None
    dialog = ParticipantDialog(db, event.id, ParticipantForm(), [])
    walked = _assert_reading_order(qtbot, dialog, dialog.edits["name"])
    assert walked[-1] is dialog.notes


def test_letter_dialogs_tab_in_reading_order_with_no_stray_field(
    qtbot: QtBot, db: Database
) -> None:
    make_application()
    for direction in CorrespondenceDirection:
        dialog = LetterDialog(db, direction)
        walked = _assert_reading_order(qtbot, dialog, dialog.dated_on.editor)
        assert walked[-1] is dialog.related and dialog.summary in walked
        # every input on the screen sits in a row with its caption (the sent letter had
        # an unlabelled "their number" box lying over the date's caption)
        inputs = [
            w
            for w in dialog.findChildren(QWidget)
            if isinstance(w, (QLineEdit, QComboBox, QAbstractSpinBox)) and w.isVisible()
        ]
        form = dialog.fields
        assert isinstance(form, ErrorForm)
        for widget in inputs:
            assert _captioned(form, widget), names([widget])
        assert (dialog.their_number is None) == (direction is CorrespondenceDirection.OUTGOING)
        dialog.close()


def _captioned(form: ErrorForm, widget: QWidget) -> bool:
    """``widget`` or one of its ancestors is a field of ``form`` with a caption."""
    current: QWidget | None = widget
    while current is not None:
        if current in form.fields:
            label = form.labelForField(current)
            return isinstance(label, QLabel) and bool(label.text())
        current = current.parentWidget()
    return False


def test_the_other_form_dialogs_tab_in_reading_order(qtbot: QtBot, db: Database) -> None:
    from app.services.council import editing as council_editing
    from app.services.members.organizations import OrganizationForm
    from app.ui.dialogs.council_dialog import CouncilDialog
    from app.ui.dialogs.organization_dialog import OrganizationDialog
    from app.ui.meeting.guest_dialog import GuestDialog

    demo.load_demo(db, today=DEMO_AS_OF)
    make_application()
    organization = OrganizationDialog(db, OrganizationForm())
    _assert_reading_order(qtbot, organization, organization.edits["name"])
    organization.close()
    council = CouncilDialog(db, council_editing.load_form(db))
    walked = _assert_reading_order(qtbot, council, council.edits["name"])
    assert council.edits["notice_lead_days"] in walked  # after 公印省略, as on the screen
    council.close()
    guest = GuestDialog()
    _assert_reading_order(qtbot, guest, guest.name)
