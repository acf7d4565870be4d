"""The search window: Ctrl+K from the main window, type, Enter, and the record opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.search import query as search
from app.services.search.rows import Hit
from app.services.workspace import Database
from app.settings import Settings
from app.ui.app import make_application
from app.ui.dialogs.search_dialog import SearchDialog
from app.ui.main_window import MainWindow
from app.ui.meeting.meeting_window import MeetingWindow
from app.ui.tablemodels.row_model import RowRole
from app.ui.tablemodels.search_results_model import HitRole, SearchResultsModel
from tests.ui.keyboard import press, show_active, type_text


@pytest.fixture
def window(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    demo.load_demo(db, today=DEMO_AS_OF)
    make_application()
    main = MainWindow(db, settings)
    show_active(qtbot, main)
    return main


def _open_search(qtbot: QtBot, window: MainWindow, key: Qt.Key = Qt.Key.Key_K) -> SearchDialog:
    press(qtbot, key, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.query_edit)
    return dialog


def _current_hit(dialog: SearchDialog) -> Hit:
    hit = dialog.view.currentIndex().siblingAtColumn(0).data(HitRole)
    assert hit is not None
    return hit


def test_ctrl_k_type_enter_opens_the_meeting_of_a_remark(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_search(qtbot, window)
    type_text("ほじょきん")  # readings are not guessed: nothing yet
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 0
    dialog.query_edit.clear()
    type_text("販路開拓補助金")
    press(qtbot, Qt.Key.Key_Return)
    hit = _current_hit(dialog)
    assert hit.kind == "remark" and hit.meeting_id is not None
    assert QApplication.focusWidget() is dialog.view
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_tab_key() == "meetings"
    meetings = window.list_tabs["meetings"]
    assert meetings.selected_row().id == hit.meeting_id
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, MeetingWindow)]
    assert [w.isVisible() for w in opened] == [True]
    qtbot.addWidget(opened[0])


def test_a_letter_hidden_by_a_tab_filter_is_still_shown(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab("correspondence")
    tab = window.list_tabs["correspondence"]
    tab.filter_edit.setText("この文字列に合う文書はない")
    assert tab.proxy.rowCount() == 0
    window.activateWindow()
    dialog = _open_search(qtbot, window, Qt.Key.Key_F)
    type_text("お礼")
    dialog.kind_filter.setCurrentIndex(dialog.kind_filter.findData("letter"))
    press(qtbot, Qt.Key.Key_Down)
    hit = _current_hit(dialog)
    assert hit.kind == "letter"
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_tab_key() == "correspondence"
    assert tab.filter_edit.text() == ""
    assert tab.view.currentIndex().siblingAtColumn(0).data(RowRole).id == hit.record_id


def test_filters_narrow_the_results(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_search(qtbot, window)
    type_text("視察")
    everything = dialog.run_search()
    assert everything is not None and len(everything.groups) > 1
    assert not dialog.status_filter.isEnabled()
    dialog.kind_filter.setCurrentIndex(dialog.kind_filter.findData("action"))
    assert dialog.status_filter.isEnabled()
    kinds = {dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())}
    assert len(kinds) == 1 and next(iter(kinds)).startswith("Action items")
    dialog.from_edit.setText("2099-01-01")
    dialog.from_edit.editingFinished.emit()
    assert dialog.model.rowCount() == 0
    dialog.from_edit.setText("令和九十九年")  # not a date: marked, and ignored
    assert dialog.filters().date_from is None
    assert dialog.from_edit.styleSheet()


def test_the_results_model_is_a_well_formed_tree(db: Database) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    model = SearchResultsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    result = search.search(db, "事業")
    model.set_result(result)
    assert model.rowCount() == len(result.groups)
    first_group = model.index(0, 0)
    assert model.rowCount(first_group) == len(result.groups[0].hits)
    assert model.index(0, 0, first_group).data(HitRole) == result.groups[0].hits[0]
    model.set_result(None)
    assert model.rowCount() == 0


@pytest.mark.parametrize(("kind", "tab"), [("member", "members"), ("visit", "visits")])
def test_a_hit_is_shown_in_the_tab_that_lists_its_record(
    qtbot: QtBot, window: MainWindow, kind: str, tab: str
) -> None:
    dialog = _open_search(qtbot, window)
    found = search.search(window.db, "株式会社" if kind == "member" else "視察")
    hit = next(g for g in found.groups if g.kind == kind).hits[0]
    dialog.openRequested.emit(hit)  # as Enter on the hit
    assert window.current_tab_key() == tab
    assert window.list_tabs[tab].selected_row().id == hit.record_id
    assert window.findChild(MeetingWindow) is None  # a list row, not a window
