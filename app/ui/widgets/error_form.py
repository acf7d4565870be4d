"""A form layout whose every row has a red message line under it, shown only on a problem."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.window_size import available_area


class ErrorForm(QFormLayout):
    def __init__(self, owner: QWidget) -> None:
        super().__init__()
        self._owner = owner
        self.error_labels: dict[str, QLabel] = {}
        self.fields: list[QWidget] = []  # in screen order, for the Tab chain

    def add_field(self, key: str, caption: str, widget: QWidget) -> None:
        self.addRow(caption, widget)
        self.fields.append(widget)
        error = QLabel(self._owner)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        self.addRow("", error)
        self.error_labels[key] = error

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each field's message (already in the UI language); hide the others."""
        for key, error in self.error_labels.items():
            error.setVisible(key in problems)
            error.setText(problems.get(key, ""))
        shown = [self.error_labels[key] for key in problems if key in self.error_labels]
        area = self._owner.findChild(QScrollArea)
        if shown and area is not None:
            area.ensureWidgetVisible(shown[0])  # a long form: scroll to the first problem


def focus_stops(widget: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside ``widget``, left to right (a field made of several
    widgets lists them with ``focus_chain()``)."""
    chain = getattr(widget, "focus_chain", None)
    return list(chain()) if callable(chain) else [widget]


def chain_tabs(widgets: Sequence[QWidget]) -> None:
    """Make Tab go through ``widgets`` in the order given (the order on the screen);
    multi-line text moves on with Tab instead of typing a tab character."""
    stops = [stop for widget in widgets for stop in focus_stops(widget)]
    for stop in stops:
        if isinstance(stop, (QPlainTextEdit, QTextEdit)):
            stop.setTabChangesFocus(True)
    for before, after in pairwise(stops):
        QWidget.setTabOrder(before, after)


def scrolling(content: QWidget, owner: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that is as tall as it needs up to the screen:
    a long form scrolls on a small laptop screen instead of being cut off."""
    area = QScrollArea(owner)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    hint = content.sizeHint()
    area.setMinimumWidth(hint.width() + area.verticalScrollBar().sizeHint().width())
    screen = available_area(owner).height()
    area.setMinimumHeight(min(hint.height(), int(screen * 0.7)))
    return area


def form_dialog(dialog: QDialog, rows: list[tuple[str, str, QWidget]], width: int) -> ErrorForm:
    """Lay out ``dialog`` as a form of (key, caption, widget) rows above Save and Cancel;
    Tab follows the rows and the first field has the focus."""
    fields = ErrorForm(dialog)
    for key, caption, widget in rows:
        fields.add_field(key, caption, widget)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    content = QWidget(dialog)
    content.setLayout(fields)
    fields.setContentsMargins(0, 0, 0, 0)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scrolling(content, dialog), 1)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(width)
    chain_tabs(fields.fields)  # the buttons follow (the box orders its own)
    if rows:
        focus_stops(rows[0][2])[0].setFocus()
    return fields
