"""A second window on a database the first one has open: it reads everything, says it is
read-only in its title, and offers no action, key or drag that would write."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.models import AgendaItem, Attendance, Remark
from app.services import workspace
from app.services.workspace import Database
from app.settings import Settings
from app.texts import i18n
from app.ui.app import make_application
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.main_window import MainWindow
from app.ui.meeting.meeting_window import TAB_AGENDA, TAB_CAPTURE, MeetingWindow
from app.ui.widgets.list_tab import ListTab
from tests.ui.keyboard import press, show_active, type_text


@pytest.fixture
def two_windows(sqlite_file: Path) -> Iterator[tuple[Database, Database]]:
    """The first window's database (it holds the lock) and the second's, read-only."""
    first = workspace.open_database(sqlite_file, daily_backup=False)
    demo.load_demo(first, today=DEMO_AS_OF)
    second = workspace.open_database(sqlite_file, read_only=True)
    yield first, second
    second.close()
    first.close()


def _counts(db: Database) -> tuple[int, int, int]:
    with db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Remark)) or 0,
            session.scalar(select(func.count()).select_from(Attendance)) or 0,
            session.scalar(select(func.count()).select_from(AgendaItem)) or 0,
        )


def _main_window(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    make_application()
    window = MainWindow(db, settings)
    show_active(qtbot, window)
    return window


def test_the_title_says_read_only_and_every_writing_action_is_off(
    qtbot: QtBot, two_windows: tuple[Database, Database], settings: Settings
) -> None:
    _first, second = two_windows
    i18n.load("ja")
    app = make_application()
    installed = i18n.install(app)
    try:
        window = _main_window(qtbot, second, settings)
        assert window.windowTitle().endswith(" — 読み取り専用")
        notice = window.statusBar().findChild(type(window.location_label), "read_only")
        assert notice is not None and "読み取り専用" in notice.text()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.load("en")
    for action in (
        window.restore_action,
        window.import_package_action,
        window.export_package_action,
        window.activities_action,
    ):
        assert not action.isEnabled(), action.text()
    assert window.backup_action.isEnabled() and window.search_action.isEnabled()
    tabs = window.list_tabs
    listing = [tab for tab in tabs.values() if isinstance(tab, ListTab)]  # ホーム writes nothing
    assert len(listing) == len(tabs) - 1
    reading = {
        tabs["members"].export_action,
        tabs["members"].print_action,
        tabs["meetings"].open_action,
        tabs["visits"].documents_action,
        tabs["events"].documents_action,
        tabs["events"].export_action,
    } | {tab.filter_action for tab in listing}  # Ctrl+L: to the filter box
    for tab in listing:
        for action in tab.actions():
            assert action.isEnabled() == (action in reading), action.text()


def test_a_double_click_or_a_shortcut_opens_no_editor(
    qtbot: QtBot,
    two_windows: tuple[Database, Database],
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _first, second = two_windows
    opened: list[object] = []
    monkeypatch.setattr(MemberDialog, "run", lambda *args: opened.append(args))
    window = _main_window(qtbot, second, settings)
    window.show_tab("members")
    tab = window.list_tabs["members"]
    tab.view.setFocus()
    tab.view.selectRow(0)
    rect = tab.view.visualRect(tab.proxy.index(0, 0))
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == []


def test_the_meeting_window_reads_but_takes_no_remark_attendance_or_agenda_edit(
    qtbot: QtBot, two_windows: tuple[Database, Database]
) -> None:
    first, second = two_windows
    make_application()
    meeting_id = demo_meeting(second)
    before = _counts(first)
    window = MeetingWindow(second, meeting_id)
    show_active(qtbot, window)
    assert window.windowTitle().endswith(" — Read-only")
    assert not window.details_action.isEnabled()
    assert not window.advance_action.isEnabled() and not window.reopen_action.isEnabled()

    window.attendance.view.setFocus()
    window.attendance.view.selectRow(0)
    press(qtbot, Qt.Key.Key_1)  # "present", in a window that can write
    press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # a guest

    window.show_tab(TAB_AGENDA)
    agenda = window.agenda
    agenda.list.setFocus()
    agenda.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # move an item
    assert agenda.title.isReadOnly() and agenda.description.isReadOnly()
    assert not any(button.isEnabled() for button in agenda.findChildren(QPushButton))
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    window.show_tab(TAB_CAPTURE)
    console = window.console
    assert not console.editor.isEnabled() and not console.speaker.isEnabled()
    assert "Read-only" in console.view.mode.text()
    console.view.remark_list.setFocus()
    console.view.remark_list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Delete)  # delete a remark
    press(qtbot, Qt.Key.Key_Return)  # edit one
    type_text("書き込めないはずの発言")
    press(qtbot, Qt.Key.Key_Return)
    window.close()
    assert _counts(first) == before


def test_documents_that_take_a_register_number_are_not_offered(
    qtbot: QtBot, two_windows: tuple[Database, Database]
) -> None:
    _first, second = two_windows
    make_application()
    dialog = DocumentDialog(second, demo_meeting(second))
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemData(index) for index in range(dialog.kind.count())]
    assert "minutes" in kinds and "notice" not in kinds


def demo_meeting(db: Database) -> int:
    """A demo meeting with remarks, not approved: a window that could write would take
    more remarks into it, and let them be edited or deleted."""
    from app.services.meetings import editing as meeting_editing

    with db.session() as session:
        ids = session.scalars(
            select(AgendaItem.meeting_id)
            .join(Remark, Remark.agenda_item_id == AgendaItem.id)
            .distinct()
            .order_by(AgendaItem.meeting_id)
        ).all()
    return next(int(found) for found in ids if not meeting_editing.is_locked(db, found))
