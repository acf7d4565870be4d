"""A list beside its detail pane: the saved record selected, ↓ from the filter, the
width shared as the user left it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.models import Member
from app.services.codes import CorrespondenceDirection
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput, Registered
from app.services.members import editing as member_editing
from app.services.members.editing import MemberForm
from app.services.workspace import Database
from app.settings import Settings
from app.ui.app import make_application
from app.ui.dialogs.letter_dialog import LetterDialog
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.main_window import MainWindow
from app.ui.signal_hub import SignalHub
from app.ui.tabs.correspondence_tab import CorrespondenceTab
from app.ui.tabs.members_tab import MembersTab
from app.ui.widgets.column_fit import NARROWEST, fitted_widths
from tests.meeting_room import Room
from tests.ui.keyboard import type_text

IN = CorrespondenceDirection.INCOMING


def _members_tab(qtbot: QtBot, db: Database) -> MembersTab:
    make_application()
    tab = MembersTab(db, SignalHub())
    qtbot.addWidget(tab)
    tab.resize(1000, 400)
    tab.show()
    qtbot.waitExposed(tab)
    tab.ensure_loaded()
    return tab


def test_a_registered_letter_is_selected_in_the_paged_register(
    qtbot: QtBot, db: Database, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in range(1, 29):  # older letters, read a page at a time
        register.record(db, IN, LetterInput(date(2022, 5, day), "北浜市", f"案内{day}"))
    make_application()
    tab = CorrespondenceTab(db, SignalHub())
    qtbot.addWidget(tab)
    tab.model.BATCH_SIZE = 5
    tab.resize(1000, 300)
    tab.show()
    qtbot.waitExposed(tab)
    tab.ensure_loaded()

    def register_old(*_args: object, **_kw: object) -> Registered:
        return register.record(db, IN, LetterInput(date(2022, 4, 1), "綾瀬市", "一番古い文書"))

    monkeypatch.setattr(LetterDialog, "run", register_old)
    tab.received_action.trigger()

    chosen = tab.selected_row()
    assert chosen is not None and chosen.subject == "一番古い文書"
    assert tab.view.currentIndex().row() == tab.proxy.rowCount() - 1  # the oldest: last
    assert tab.view.viewport().rect().contains(tab.view.visualRect(tab.view.currentIndex()))


def _many_members(db: Database, count: int) -> None:
    with db.transaction() as session:
        session.add_all(
            Member(family_name=f"会員{n:02d}", family_name_reading=f"あ{n:02d}")
            for n in range(count)
        )


def _row_is_in_sight(tab: MembersTab) -> bool:
    rect = tab.view.visualRect(tab.view.currentIndex())
    return rect.isValid() and tab.view.viewport().rect().contains(rect)


def test_a_new_member_is_selected_and_scrolled_to_after_saving(
    qtbot: QtBot, db: Database, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    _many_members(db, 60)  # far more than the view shows
    tab = _members_tab(qtbot, db)
    tab.view.selectRow(0)

    def save_new(_parent: QWidget, database: Database, member_id: int | None) -> MemberForm:
        assert member_id is None
        form = MemberForm(family_name="渡部", given_name="真", reading="わたべ まこと")
        return member_editing.save(database, form)

    monkeypatch.setattr(MemberDialog, "run", save_new)
    tab.new_action.trigger()

    chosen = tab.selected_member()
    assert chosen is not None and chosen.full_name == "渡部 真"
    assert [index.row() for index in tab.view.selectionModel().selectedRows()] == [
        tab.view.currentIndex().row()
    ]
    assert tab.view.currentIndex().row() == tab.proxy.rowCount() - 1  # わ: the last row
    assert _row_is_in_sight(tab)
    qtbot.waitUntil(lambda: "渡部 真" in tab.detail_pane.shown_text())  # type: ignore[union-attr]


def test_an_edit_keeps_the_saved_member_selected(
    qtbot: QtBot, db: Database, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _members_tab(qtbot, db)
    noguchi = room.members["野口"]
    assert tab.select_record(noguchi)

    def rename(_parent: QWidget, database: Database, member_id: int | None) -> MemberForm:
        assert member_id == noguchi
        form = member_editing.load_form(database, noguchi)
        return member_editing.save(database, replace(form, reading="あおの たろう"))

    monkeypatch.setattr(MemberDialog, "run", rename)
    tab.edit_action.trigger()

    chosen = tab.selected_member()
    assert chosen is not None and chosen.id == noguchi
    assert tab.view.currentIndex().row() == 0  # あおの sorts first now
    assert _row_is_in_sight(tab)


def test_down_from_the_filter_enters_the_list_on_its_first_row(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    tab = _members_tab(qtbot, db)
    tab.filter_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.filter_edit)
    type_text("太郎")
    assert not tab.view.selectionModel().hasSelection()

    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Down)

    assert QApplication.focusWidget() is tab.view
    assert tab.view.currentIndex().row() == 0
    first = tab.selected_member()
    assert first is not None and tab.view.selectionModel().isRowSelected(0)
    qtbot.waitUntil(lambda: first.full_name in tab.detail_pane.shown_text())  # type: ignore[union-attr]


def test_down_from_the_filter_keeps_a_selected_row(qtbot: QtBot, db: Database, room: Room) -> None:
    tab = _members_tab(qtbot, db)
    tab.view.selectRow(3)
    chosen = tab.selected_member()
    tab.filter_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.filter_edit)

    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Down)

    assert QApplication.focusWidget() is tab.view
    assert tab.selected_member() == chosen


def test_the_split_between_list_and_pane_is_remembered(
    qtbot: QtBot, db: Database, room: Room, settings: Settings
) -> None:
    make_application()
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(760, 500)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab("meetings")
    splitter = window.list_tabs["meetings"].splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total - 300, 300])
    chosen = splitter.sizes()
    window.close()

    again = MainWindow(db, Settings(settings.path))
    qtbot.addWidget(again)
    again.resize(760, 500)
    again.show()
    qtbot.waitExposed(again)
    again.show_tab("meetings")
    assert again.list_tabs["meetings"].splitter.sizes() == chosen
    again.show_tab("members")
    assert again.list_tabs["members"].splitter.sizes() != chosen  # each tab its own


def test_columns_that_fit_are_left_alone() -> None:
    assert fitted_widths([100, 300, 100], [1], 800) == [100, 300, 100]


def test_the_widest_columns_give_up_width_first() -> None:
    fitted = fitted_widths([100, 260, 200, 300, 90], [3], 100 + 90 + 180 + 300)
    assert fitted[0] == 100 and fitted[4] == 90  # narrow ones untouched
    assert fitted[1] == fitted[2] == 150
    assert fitted[3] == 300  # the stretching column: the header sizes it


def test_no_column_is_trimmed_below_the_narrowest_width() -> None:
    fitted = fitted_widths([400, 400, 100], [], 300)
    assert fitted == [NARROWEST, NARROWEST, 100]
