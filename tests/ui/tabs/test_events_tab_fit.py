"""The events tab on a laptop (1280×720 and 1366×768, in Japanese, the sample data): the
titles beside the detail pane are readable, a title still too long is whole in its
tooltip, and the buttons over the participants are not cut short."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.workspace import Database
from app.settings import Settings
from app.ui.main_window import MainWindow
from app.ui.tablemodels.events_model import COL_TITLE
from app.ui.tabs.events_tab import EventsTab
from app.ui.widgets.column_fit import NARROWEST
from app.ui.widgets.elided_tips import elided_text


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_event_titles_are_readable_beside_the_pane_on_a_laptop(
    qtbot: QtBot, db: Database, settings: Settings, japanese_ui: None, size: tuple[int, int]
) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab("events")
    tab = window.list_tabs["events"]
    assert isinstance(tab, EventsTab)
    tab.view.selectRow(0)
    qtbot.waitUntil(lambda: tab.pane.participants_model.rowCount() > 0)

    titles = [tab.proxy.index(row, COL_TITLE) for row in range(tab.proxy.rowCount())]
    cut_short = {index.data() for index in titles if elided_text(tab.view, index)}
    longest = max((index.data() for index in titles), key=len)
    assert cut_short <= {longest}  # the others are shown whole
    header = tab.view.horizontalHeader()
    assert header.sectionSize(COL_TITLE) >= NARROWEST
    assert sum(header.sectionSize(n) for n in range(header.count())) <= (
        tab.view.viewport().width()
    )  # no column pushed out of sight
    buttons = [b for b in tab.pane.content.findChildren(QToolButton) if b.isVisible()]
    assert buttons and all(b.width() >= b.sizeHint().width() for b in buttons)
