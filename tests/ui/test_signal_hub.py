"""Cross-tab news: a save in one tab or window shows in every other list and window that
shows the record, and each keeps the user's place."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.codes import AgendaKind, CorrespondenceDirection, ResponseStatus
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.services.meetings import agenda
from app.services.meetings.rows import AgendaEntry
from app.services.members import editing as member_editing
from app.services.workspace import Database
from app.settings import Settings
from app.ui.app import make_application
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.meeting_dialog import MeetingDialog
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.dialogs.organization_dialog import OrganizationDialog
from app.ui.dialogs.organizations_dialog import OrganizationsDialog
from app.ui.dialogs.responses_dialog import ResponsesDialog
from app.ui.main_window import MainWindow
from app.ui.meeting.meeting_window import TAB_CAPTURE, MeetingWindow
from app.ui.signal_hub import RecordKind, SignalHub
from app.ui.tablemodels.correspondence_model import COL_SUBJECT
from app.ui.tablemodels.meetings_model import COL_PRESENT
from app.ui.tablemodels.row_model import RowRole
from app.ui.tabs.meetings_tab import MeetingsTab
from app.ui.widgets.list_tab import ListTab
from tests.meeting_room import Room, advance, make_meeting
from tests.ui.keyboard import in_next_dialog, press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
DialogT = TypeVar("DialogT", bound=QDialog)


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


def _meeting_window(qtbot: QtBot, db: Database, meeting_id: int, hub: SignalHub) -> MeetingWindow:
    make_application()
    window = MeetingWindow(db, meeting_id, hub=hub)
    show_active(qtbot, window)
    return window


def _rename(db: Database, member_id: int, family_name: str) -> None:
    """A save the window did not make (the news of it is sent by the test)."""
    form = member_editing.load_form(db, member_id)
    member_editing.save(db, replace(form, family_name=family_name))


def _modal(kind: type[DialogT]) -> DialogT:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    return dialog


def _member_in_members_tab(qtbot: QtBot, window: MainWindow, member_id: int) -> ListTab:
    _back_to(qtbot, window)
    window.show_tab("members")
    _select(window.list_tabs["members"], member_id)
    return window.list_tabs["members"]


def _retype(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_text(text)


def _open_meeting(qtbot: QtBot, window: MainWindow, meeting_id: int) -> MeetingWindow:
    window.show_tab("meetings")
    _select(window.list_tabs["meetings"], meeting_id)
    return _open_selected_meeting(qtbot, window, meeting_id)


def _open_selected_meeting(qtbot: QtBot, window: MainWindow, meeting_id: int) -> MeetingWindow:
    tab = window.list_tabs["meetings"]
    assert isinstance(tab, MeetingsTab)
    press(qtbot, Qt.Key.Key_Return)  # Open (attendance, agenda, record)
    meeting_window = tab.windows[meeting_id]
    qtbot.waitExposed(meeting_window)
    _back_to(qtbot, meeting_window)
    return meeting_window


def _names(meeting_window: MeetingWindow) -> tuple[list[str], list[str], list[str]]:
    grid = meeting_window.attendance.model
    console = meeting_window.console
    return (
        [grid.index(row, 0).data() for row in range(grid.rowCount())],
        [console.view.attendees.item(row).text() for row in range(console.view.attendees.count())],
        [speaker.name for speaker in console.speaker.speakers],
    )


def test_a_member_renamed_in_the_members_tab_is_renamed_in_the_open_meeting_window(
    qtbot: QtBot, db: Database, settings: Settings, room: Room
) -> None:
    window = _main_window(qtbot, db, settings)
    meeting_window = _open_meeting(qtbot, window, room.meeting_id)
    grid = meeting_window.attendance
    grid.view.selectRow(
        next(r for r in range(grid.model.rowCount()) if grid.model.row_at(r).name == "野口 太郎")
    )
    assert all("野口 太郎" in names for names in map(" ".join, _names(meeting_window)))

    members_tab = _member_in_members_tab(qtbot, window, room.members["野口"])

    def rename() -> None:
        dialog = _modal(MemberDialog)
        for field, text in (("family_name", "浅野"), ("reading", "あさの たろう")):
            _retype(dialog.edits[field], text)
        press(qtbot, Qt.Key.Key_Return)  # Save

    in_next_dialog(rename)
    press(qtbot, Qt.Key.Key_Return)  # Edit… the selected member

    assert members_tab.selected_row().full_name == "浅野 太郎"  # the tab that saved
    grid_names, attendees, speakers = _names(meeting_window)
    assert "浅野 太郎" in grid_names and "野口 太郎" not in grid_names
    assert any("浅野 太郎" in line for line in attendees)
    assert "浅野 太郎" in speakers and "野口 太郎" not in speakers
    # The grid keeps the member selected, although あさの now sorts before たかはし.
    assert grid.model.row_at(grid.view.currentIndex().row()).member_id == room.members["野口"]
    # News that does not concern a list leaves it alone; a list never loaded stays so.
    assert not window.list_tabs["meetings"].stale
    assert not window.list_tabs["visits"].loaded


def test_a_shown_list_keeps_its_place_when_a_save_elsewhere_refreshes_it(
    qtbot: QtBot, db: Database, settings: Settings, room: Room
) -> None:
    for day in range(1, 29):  # a list longer than the view, read in small batches
        for month in (8, 9):
            make_meeting(db, room.body_id, f"2022-{month:02d}-{day:02d}", [])
    window = _main_window(qtbot, db, settings)
    tab = window.list_tabs["meetings"]
    tab.model.BATCH_SIZE = 10
    window.show_tab("meetings")
    view = tab.view
    # The view reads the next batch as the user scrolls to the bottom.
    qtbot.waitUntil(
        lambda: (view.scrollToBottom(), tab.model.rowCount() == tab.model.total_rows())[1]
    )
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() - 5)
    _select(tab, room.meeting_id)  # the oldest meeting, at the bottom
    neighbour = view.model().index(view.currentIndex().row() - 1, 0)
    view.selectionModel().select(
        neighbour, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() - 3)
    top = view.model().index(view.rowAt(0), 0).data(RowRole).id
    scrolled = view.verticalScrollBar().value()
    selected = {index.data(RowRole).id for index in view.selectionModel().selectedRows()}
    rows_read = tab.model.rowCount()

    meeting_window = _open_selected_meeting(qtbot, window, room.meeting_id)
    meeting_window.attendance.view.setFocus()
    press(qtbot, Qt.Key.Key_1)  # 斉藤 present: a save in the meeting window

    def present() -> object:
        return view.currentIndex().siblingAtColumn(COL_PRESENT).data()

    qtbot.waitUntil(lambda: present() == "1")
    assert view.currentIndex().data(RowRole).id == room.meeting_id
    assert {index.data(RowRole).id for index in view.selectionModel().selectedRows()} == selected
    assert view.verticalScrollBar().value() == scrolled
    assert view.model().index(view.rowAt(0), 0).data(RowRole).id == top
    assert tab.model.rowCount() >= rows_read


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
        dialog = _modal(MeetingDialog)
        _retype(dialog.edits["title"], "臨時会")
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


def test_the_record_tab_being_typed_in_gets_the_new_name_and_keeps_the_typing(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    hub = SignalHub()
    meeting_window = _meeting_window(qtbot, db, room.meeting_id, hub)
    meeting_window.show_tab(TAB_CAPTURE)
    console = meeting_window.console
    console.speaker.setFocus()
    type_text("こん")
    press(qtbot, Qt.Key.Key_Return)  # 今 太郎 speaks
    type_text("前置き")
    press(qtbot, Qt.Key.Key_Return)  # recorded under 今 太郎; the speaker box is next
    press(qtbot, Qt.Key.Key_Return)  # the same speaker again
    type_text("まず一点目")
    console.editor.moveCursor(console.editor.textCursor().MoveOperation.Left)
    cursor = console.editor.textCursor().position()

    _rename(db, room.members["今"], "紺野")
    hub.announce(RecordKind.MEMBER, [room.members["今"]])  # as the members tab would

    assert console.editor.toPlainText() == "まず一点目"
    assert console.editor.textCursor().position() == cursor
    assert QApplication.focusWidget() is console.editor
    grid_names, attendees, speakers = _names(meeting_window)
    assert "紺野 太郎" in grid_names and "紺野 太郎" in speakers and "今 太郎" not in speakers
    assert any("紺野 太郎" in line for line in attendees)
    assert not any("今 太郎" in line for line in attendees)
    # The speaker picked is still the member, under the new name (the old name would now
    # stand for a non-member), and the remark recorded shows the new name too.
    assert console.speaker.text() == "紺野 太郎"
    assert "紺野 太郎" in console.view.remark_list.item(0).text()
    press(qtbot, Qt.Key.Key_Return)
    recorded = capture.remarks(db, room.item_ids[0])
    assert [(r.text, r.speaker_member_id) for r in recorded] == [
        ("前置き", room.members["今"]),
        ("まず一点目", room.members["今"]),
    ]


def test_minutes_approved_elsewhere_lock_the_record_and_keep_the_typing_as_a_draft(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    hub = SignalHub()
    meeting_window = _meeting_window(qtbot, db, room.meeting_id, hub)
    meeting_window.show_tab(TAB_CAPTURE)
    console = meeting_window.console
    console.editor.setFocus()
    type_text("承認前に打っていた文")
    advance(db, room.meeting_id)  # held
    advance(db, room.meeting_id)  # drafting
    advance(db, room.meeting_id)  # approved, by another window
    hub.announce(RecordKind.MEETING, [room.meeting_id])

    assert not console.editor.isEnabled()
    assert "locked" in console.view.mode.text()
    draft = capture.load_draft(db, room.meeting_id)
    assert draft is not None and draft.text == "承認前に打っていた文"


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


def test_an_organization_renamed_shows_in_the_members_tab_and_the_meeting_window(
    qtbot: QtBot, db: Database, settings: Settings, room: Room
) -> None:
    window = _main_window(qtbot, db, settings)
    meeting_window = _open_meeting(qtbot, window, room.meeting_id)
    members_tab = _member_in_members_tab(qtbot, window, room.members["髙橋"])

    def rename() -> None:
        dialog = _modal(OrganizationDialog)
        _retype(dialog.edits["name"], "綾瀬テック株式会社")
        press(qtbot, Qt.Key.Key_Return)  # Save

    def edit_the_organization() -> None:
        dialog = _modal(OrganizationsDialog)
        dialog.view.setFocus()
        in_next_dialog(rename)
        press(qtbot, Qt.Key.Key_Return)  # Edit… (the only organization)
        _back_to(qtbot, dialog)  # (offscreen, a closed dialog gives no window the focus)
        dialog.view.setFocus()
        press(qtbot, Qt.Key.Key_Escape)  # Close

    in_next_dialog(edit_the_organization)
    press(qtbot, Qt.Key.Key_G, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Organizations…
    assert members_tab.selected_row().organization_name == "綾瀬テック株式会社"
    grid = meeting_window.attendance.model
    assert {grid.row_at(row).organization for row in range(grid.rowCount())} == {
        "綾瀬テック株式会社"
    }


def test_a_response_saved_in_the_ledger_leaves_the_next_meetings_carried_over_items(
    qtbot: QtBot, db: Database, settings: Settings, room: Room
) -> None:
    capture.add_remark(db, room.item_ids[0], RemarkInput("BCPの視点も", room.members["今"]))
    following = make_meeting(db, room.body_id, "2022-08-01", ["報告事項"])
    window = _main_window(qtbot, db, settings)
    meeting_window = _open_meeting(qtbot, window, following.id)
    carried = meeting_window.agenda.carried

    def carried_over() -> str:
        return "\n".join(carried.item(row).text() for row in range(carried.count()))

    assert "BCPの視点も" in carried_over()
    _back_to(qtbot, window)
    window.list_tabs["meetings"].view.setFocus()

    def respond() -> None:
        dialog = _modal(ResponsesDialog)
        dialog.status.setCurrentIndex(dialog.status.findData(ResponseStatus.DONE))
        dialog.response.setFocus()
        type_text("次回の研修で扱う")
        press(qtbot, Qt.Key.Key_S, CTRL)  # Save Response
        dialog.view.setFocus()  # (the response box is disabled: nothing is left open)
        press(qtbot, Qt.Key.Key_Escape)

    in_next_dialog(respond)
    press(qtbot, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Remarks & Responses
    assert "BCPの視点も" not in carried_over()


def test_a_notice_made_in_the_meeting_window_shows_in_the_register(
    qtbot: QtBot, db: Database, settings: Settings, room: Room, tmp_path: Path
) -> None:
    from dataclasses import replace

    from app.services.meetings import editing as meeting_editing

    # A notice with a place: nothing to confirm before it is issued (tested apart).
    form = meeting_editing.load_form(db, room.meeting_id)
    meeting_editing.save(db, replace(form, place="綾瀬市役所 第1会議室"))
    window = _main_window(qtbot, db, settings)
    window.show_tab("correspondence")
    letters_tab = window.list_tabs["correspondence"]
    assert letters_tab.model.total_rows() == 0
    _open_meeting(qtbot, window, room.meeting_id)

    def make_notice() -> None:
        dialog = _modal(DocumentDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("notice"))
        dialog.folder.setText(str(tmp_path))
        dialog.docx.setChecked(False)
        dialog.create_button.click()
        qtbot.waitUntil(lambda: dialog.results != [], timeout=10_000)
        press(qtbot, Qt.Key.Key_Escape)

    in_next_dialog(make_notice)
    press(qtbot, Qt.Key.Key_P, CTRL)  # Create Document…
    assert letters_tab.stale
    window.show_tab("correspondence")
    assert letters_tab.model.total_rows() == 1
    assert letters_tab.model.row_at(0).related.startswith("第1回 定例会")


def test_the_meeting_window_reads_everything_again_when_the_data_is_replaced(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    hub = SignalHub()
    meeting_window = _meeting_window(qtbot, db, room.meeting_id, hub)
    _rename(db, room.members["髙橋"], "高橋")
    agenda.save_item(db, room.meeting_id, AgendaEntry(0, 0, "④", "閉会", AgendaKind.OTHER))
    hub.databaseReplaced.emit()  # as after a restore or an import
    assert "高橋 太郎" in _names(meeting_window)[0]
    items = meeting_window.agenda.list
    assert items.item(items.count() - 1).text() == "④ 閉会"
