"""A cell cut short by "…" tells its whole text as a tooltip; a cell shown whole has none."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QToolTip
from pytestqt.qtbot import QtBot

from app.ui.app import make_application
from app.ui.widgets.elided_tips import ElidedTips, elided_text

LONG = "ものづくりDXセミナー ～中小製造業のデータ活用入門～"


def _tip_over(qtbot: QtBot, view: QTableView, row: int) -> str:
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    center = view.visualRect(view.model().index(row, 0)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, center, view.viewport().mapToGlobal(center))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_only_a_cut_short_cell_has_its_text_as_tooltip(qtbot: QtBot) -> None:
    make_application()
    model = QStandardItemModel(0, 1)
    for text in (LONG, "交流会"):
        model.appendRow(QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setWordWrap(False)
    ElidedTips(view)
    view.resize(400, 200)
    view.setColumnWidth(0, 120)
    view.show()
    qtbot.waitExposed(view)

    assert elided_text(view, model.index(0, 0)) == LONG
    assert elided_text(view, model.index(1, 0)) == ""
    assert _tip_over(qtbot, view, 0) == LONG
    assert _tip_over(qtbot, view, 1) == ""

    view.resizeColumnsToContents()  # now shown whole
    assert elided_text(view, model.index(0, 0)) == ""
    assert _tip_over(qtbot, view, 0) == ""
