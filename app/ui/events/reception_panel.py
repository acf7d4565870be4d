"""The right side of the door: the person chosen, what Enter will do for them, and the
buttons (each names its key; none takes the keyboard from the search field)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.events.codes import ParticipantRole, ParticipationState
from app.services.events.reception_rows import ReceptionEntry
from app.texts.labels import label
from app.ui.events.reception_texts import clock, fee_text, state_text, yen

_DUE = "color: #9a3b00;"
_DONE = "color: #1b6e3a;"
_PLAIN = ""


def sized(widget: QWidget, points: float, *, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    widget.setFont(font)


def _label(parent: QWidget, name: str, points: float, *, bold: bool = False) -> QLabel:
    shown = QLabel(parent)
    shown.setObjectName(name)
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    sized(shown, points, bold=bold)
    return shown


def _button(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the keyboard
    button.setMinimumHeight(40)
    sized(button, 12)
    return button


class ReceptionPanel(QFrame):
    """Shows one :class:`ReceptionEntry` (or a hint when nobody is chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.reading = _label(self, "chosen_reading", 12)
        self.name = _label(self, "chosen_name", 22, bold=True)
        self.organization = _label(self, "chosen_organization", 14)
        self.fee = _label(self, "chosen_fee", 16, bold=True)
        self.state = _label(self, "chosen_state", 13)
        self.check_in = _button(self, "check_in")
        self.check_in.setDefault(True)
        self.waive = _button(self, "waive")
        self.later = _button(self, "later")
        self.walk_in = _button(self, "walk_in")
        self.undo = _button(self, "undo")
        self.walk_in.setText(self.tr("Walk-in… (Ctrl+N)"))
        self.undo.setText(self.tr("Undo last check-in (Ctrl+Z)"))
        self.undo.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        for shown in (self.reading, self.name, self.organization):
            layout.addWidget(shown)
        layout.addSpacing(8)
        layout.addWidget(self.fee)
        layout.addWidget(self.state)
        layout.addStretch(1)
        for button in (self.check_in, self.waive, self.later):
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(self.walk_in)
        layout.addWidget(self.undo)
        self.show_entry(None)

    def show_entry(self, entry: ReceptionEntry | None) -> None:
        """Show the chosen person and word the buttons for them."""
        for button in (self.check_in, self.waive, self.later):
            button.setEnabled(entry is not None)
        if entry is None:
            self.reading.setText("")
            self.name.setText("")
            self.organization.setText(
                self.tr(
                    "Type a few kana of the name or the company, or the reception number,"
                    " then press Enter."
                )
            )
            self.fee.setText("")
            self.state.setText("")
            self.check_in.setText(self.tr("Check in (Enter)"))
            self.waive.setText(self.tr("Check in, fee waived (Ctrl+M)"))
            self.later.setText(self.tr("Check in, pay later (Shift+Enter)"))
            return
        self.reading.setText(entry.reading)
        self.name.setText(entry.name)
        organization = entry.organization_name
        if entry.role is not ParticipantRole.PARTICIPANT:
            organization = f"{organization}　［{label(entry.role)}］".strip("　")
        self.organization.setText(organization)
        self.fee.setText(fee_text(entry))
        self.fee.setStyleSheet(_DUE if entry.fee_due else _PLAIN)
        self.state.setText(self._state(entry))
        self.state.setStyleSheet(_DONE if entry.checked_in else _DUE if self._away(entry) else "")
        self.check_in.setText(self._enter_text(entry))
        self.waive.setText(self.tr("Check in, fee waived (Ctrl+M)"))
        self.waive.setEnabled(entry.fee_due > 0)
        self.later.setText(self.tr("Check in, pay later (Shift+Enter)"))
        self.later.setEnabled(entry.fee_due > 0 and not entry.checked_in)

    @staticmethod
    def _away(entry: ReceptionEntry) -> bool:
        return entry.state is not ParticipationState.ATTENDING

    def _state(self, entry: ReceptionEntry) -> str:
        number = self.tr("No. %1").replace("%1", str(entry.number or "-"))
        if entry.checked_in_at is not None:
            text = self.tr("Checked in at %1").replace("%1", clock(entry.checked_in_at))
        elif entry.state is ParticipationState.ATTENDING:
            text = self.tr("Not checked in yet")
        else:
            text = state_text(entry) + "\n" + self.tr("Asks before checking in.")
        return f"{number}　{text}"

    def _enter_text(self, entry: ReceptionEntry) -> str:
        if entry.fee_due:
            return self.tr("Check in and receive %1 (Enter)").replace("%1", yen(entry.fee_due))
        if entry.checked_in:
            return self.tr("Already checked in (Enter)")
        return self.tr("Check in (Enter)")
