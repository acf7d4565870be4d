"""The events tab: filters by 年度, kind and status; a full event whose participant is
cancelled moves up the first on the waitlist, shown as to be told until marked told."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.events import editing, participants
from app.services.events.codes import EventKind, EventStatus, ParticipationState
from app.services.events.rows import EventForm, FeeInput, ParticipantForm
from app.services.workspace import Database
from app.ui.app import make_application
from app.ui.events.participant_dialog import ParticipantDialog
from app.ui.signal_hub import SignalHub
from app.ui.tablemodels.events_model import COL_APPLIED, COL_TITLE, COL_WAITLIST
from app.ui.tablemodels.participants_model import COL_NAME, COL_STATE
from app.ui.tabs.events_tab import EventsTab
from tests.ui.keyboard import focused, in_next_dialog, press, show_active, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _tab(qtbot: QtBot, db: Database) -> EventsTab:
    make_application()
    tab = EventsTab(db, SignalHub())
    show_active(qtbot, tab)
    tab.ensure_loaded()
    return tab


def _full_seminar(db: Database) -> int:
    """Two places, four applications: two attending, two waiting."""
    saved = editing.save(
        db,
        EventForm(
            title="DXセミナー",
            held_on="2026-11-20",
            capacity="2",
            fees=(FeeInput("会員", "0"), FeeInput("一般", "1000")),
        ),
    )
    assert saved.id is not None
    applied = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    for number, (name, category) in enumerate(
        (("青木 一郎", "会員"), ("井上 二郎", "一般"), ("上田 三郎", "一般"), ("江藤 四郎", "会員"))
    ):
        participants.add_participant(
            db,
            saved.id,
            ParticipantForm(
                name=name, fee_category=category, applied_at=applied + timedelta(minutes=number)
            ),
        )
    return saved.id


def _states(tab: EventsTab) -> list[tuple[str, str]]:
    model = tab.pane.participants_model
    return [
        (model.index(row, COL_NAME).data(), model.index(row, COL_STATE).data())
        for row in range(model.rowCount())
    ]


def test_cancelling_in_a_full_event_moves_the_first_waiting_up_to_be_told(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id = _full_seminar(db)
    tab = _tab(qtbot, db)
    assert tab.show_record(event_id)
    tab.pane.refresh()
    assert tab.proxy.index(0, COL_APPLIED).data() == "2/2"
    assert tab.proxy.index(0, COL_WAITLIST).data() == "2"
    assert _states(tab) == [
        ("青木 一郎", "Attending"),
        ("井上 二郎", "Attending"),
        ("上田 三郎", "On the waitlist 1"),
        ("江藤 四郎", "On the waitlist 2"),
    ]
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *_args: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *_args: told.append(text)
    )
    tab.pane.participants.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete, CTRL_SHIFT)  # Cancel Participant…

    assert asked == ["Cancel the participation of 青木 一郎 in DXセミナー?"]
    assert len(told) == 1 and "上田 三郎" in told[0] and "must be told" in told[0]
    assert _states(tab) == [
        ("井上 二郎", "Attending"),
        ("上田 三郎", "Attending — to be told"),
        ("江藤 四郎", "On the waitlist 1"),
        ("青木 一郎", "Cancelled"),
    ]
    assert tab.proxy.index(0, COL_APPLIED).data() == "2/2"
    assert tab.proxy.index(0, COL_WAITLIST).data() == "1"
    assert "1 moved up and must be told" in tab.pane.shown_text()
    assert tab.pane.selected_participant().name == "上田 三郎"  # the one to call

    press(qtbot, Qt.Key.Key_T, CTRL_SHIFT)  # Mark as Told
    assert ("上田 三郎", "Attending") in _states(tab)
    assert not any(p.must_notify for p in participants.list_participants(db, event_id))


def test_a_participant_added_to_a_full_event_waits_with_the_next_number(
    qtbot: QtBot, db: Database
) -> None:
    event_id = _full_seminar(db)
    tab = _tab(qtbot, db)
    assert tab.show_record(event_id)
    messages: list[str] = []
    tab.messageRequested.connect(messages.append)

    def fill() -> None:
        dialog = focused().window()
        assert isinstance(dialog, ParticipantDialog)
        type_text("大野 五郎")
        press(qtbot, Qt.Key.Key_Return)  # Save

    in_next_dialog(fill)
    press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)  # Add Participant…
    assert messages == ["大野 五郎 is on the waitlist, number 3."]
    added = participants.list_participants(db, event_id)[-1]
    assert (added.name, added.state, added.waitlist_number) == (
        "大野 五郎",
        ParticipationState.WAITLISTED,
        3,
    )
    assert tab.pane.selected_participant().id == added.id


def test_enter_on_a_participant_edits_the_participant_not_the_event(
    qtbot: QtBot, db: Database
) -> None:
    event_id = _full_seminar(db)
    tab = _tab(qtbot, db)
    assert tab.show_record(event_id)
    tab.pane.refresh()
    tab.pane.participants.selectRow(1)
    tab.pane.participants.setFocus()
    opened: list[str] = []

    def look() -> None:
        dialog = focused().window()
        opened.append(type(dialog).__name__)
        assert isinstance(dialog, ParticipantDialog)
        assert dialog.edits["name"].text() == "井上 二郎"
        dialog.reject()

    in_next_dialog(look)
    press(qtbot, Qt.Key.Key_Return)
    assert opened == ["ParticipantDialog"]


def test_cancel_without_a_participant_selected_says_so(qtbot: QtBot, db: Database) -> None:
    event_id = _full_seminar(db)
    tab = _tab(qtbot, db)
    assert tab.show_record(event_id)
    messages: list[str] = []
    tab.messageRequested.connect(messages.append)
    press(qtbot, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert messages == ["Select a participant in the event first."]
    assert all(
        p.state is not ParticipationState.CANCELLED
        for p in participants.list_participants(db, event_id)
    )


def test_the_filters_narrow_the_list_by_fiscal_year_kind_and_status(
    qtbot: QtBot, db: Database
) -> None:
    for title, held_on, kind, status in (
        ("DXセミナー", "2026-11-20", EventKind.SEMINAR, EventStatus.RECRUITING),
        ("交流サロン", "2027-01-15", EventKind.NETWORKING, EventStatus.PLANNING),
        ("商談会", "2025-10-01", EventKind.BUSINESS_MATCHING, EventStatus.HELD),
        ("前年のセミナー", "2025-06-01", EventKind.SEMINAR, EventStatus.REPORTED),
    ):
        editing.save(db, EventForm(title=title, held_on=held_on, kind=kind, status=status))
    tab = _tab(qtbot, db)

    def titles() -> list[str]:
        return [tab.proxy.index(row, COL_TITLE).data() for row in range(tab.proxy.rowCount())]

    assert titles() == ["交流サロン", "DXセミナー", "商談会", "前年のセミナー"]  # newest first
    assert [tab.year_filter.itemData(i) for i in range(tab.year_filter.count())] == [
        None,
        2026,
        2025,
    ]
    tab.year_filter.setCurrentIndex(tab.year_filter.findData(2025))
    assert titles() == ["商談会", "前年のセミナー"]
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(EventKind.SEMINAR))
    assert titles() == ["前年のセミナー"]
    tab.year_filter.setCurrentIndex(0)
    assert titles() == ["DXセミナー", "前年のセミナー"]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(EventStatus.RECRUITING))
    assert titles() == ["DXセミナー"]
    assert tab.count_label.text() == "1 shown of 4"
    tab.show_everything()
    assert len(titles()) == 4


def test_reception_opens_for_the_selected_event_and_its_check_ins_show_in_the_tab(
    qtbot: QtBot, db: Database
) -> None:
    from app.ui.events.reception import ReceptionWindow
    from app.ui.tablemodels.participants_model import COL_CHECKED_IN

    event_id = _full_seminar(db)
    tab = _tab(qtbot, db)
    assert tab.show_record(event_id)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Reception…
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReceptionWindow))
    assert window.door.id == event_id
    show_active(qtbot, window)
    type_text("1")  # 受付番号 1: 青木 一郎, 会員 (no fee)
    press(qtbot, Qt.Key.Key_Return)
    tab.pane.refresh()
    checked = {
        tab.pane.participants.model().index(row, COL_NAME).data(): tab.pane.participants.model()
        .index(row, COL_CHECKED_IN)
        .data()
        for row in range(tab.pane.participants.model().rowCount())
    }
    assert checked["青木 一郎"] and not checked["井上 二郎"]
    window.close()


def test_import_applications_needs_an_event_and_reads_into_the_selected_one(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.events.import_dialog import ImportApplicationsDialog

    event_id = _full_seminar(db)
    tab = _tab(qtbot, db)
    asked: list[int] = []
    monkeypatch.setattr(
        ImportApplicationsDialog, "run", lambda _parent, _db, chosen: asked.append(chosen)
    )
    tab.view.clearSelection()
    tab.import_action.trigger()
    assert asked == []  # no event chosen: nothing to read into
    assert tab.show_record(event_id)
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Import Applications…
    assert asked == [event_id]
