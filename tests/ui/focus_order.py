"""Walking a window's Tab chain with real key presses, and the order a person reads it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTabBar, QWidget
from pytestqt.qtbot import QtBot


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def tab_stops(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets Tab may stop at in ``root``'s form, in reading order:
    top to bottom, and left to right within a row (widgets that overlap vertically).
    The buttons at the bottom and a tab bar (Ctrl+Tab's business) are left out."""
    candidates = [
        widget
        for widget in root.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and not isinstance(widget, QTabBar)
        and not any(isinstance(a, QDialogButtonBox) for a in _ancestors(widget, root))
    ]
    rows: list[tuple[QRect, list[QWidget]]] = []
    for widget in sorted(candidates, key=lambda w: _rect(w, root).center().y()):
        rect = _rect(widget, root)
        if rows and rows[-1][0].top() <= rect.center().y() <= rows[-1][0].bottom():
            rows[-1][1].append(widget)
        else:
            rows.append((rect, [widget]))
    return [w for _rect_, row in rows for w in sorted(row, key=lambda w: _rect(w, root).x())]


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    result = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        result.append(parent)
        parent = parent.parentWidget()
    return result


def walk_tabs(qtbot: QtBot, root: QWidget) -> list[QWidget]:
    """Press Tab from the focused widget until a button at the bottom has the focus;
    the widgets that had the focus on the way, the first included."""
    visited: list[QWidget] = []
    for _ in range(80):
        widget = QApplication.focusWidget()
        assert widget is not None and root.isAncestorOf(widget)
        if any(isinstance(a, QDialogButtonBox) for a in _ancestors(widget, root)):
            return visited
        assert widget not in visited, f"Tab came back: {names([*visited, widget])}"
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the buttons")


def names(widgets: list[QWidget]) -> list[str]:
    """For readable failures: each widget's object name (or its parent's) and class."""
    return [
        f"{w.objectName() or (w.parentWidget().objectName() if w.parentWidget() else '')}"
        f":{type(w).__name__}"
        for w in widgets
    ]
