"""宿題 (action item) in the capture flow: text, owner (a member or e.g. 事務局), due date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from app.services.dates import date_problem, parse_date
from app.services.meetings.rows import Speaker
from app.services.problems import Problem
from app.texts.problems import problem_texts
from app.ui.capture.speaker_picker import Pick, SpeakerPicker
from app.ui.widgets.error_form import form_dialog


@dataclass(frozen=True, slots=True)
class ActionChoice:
    """The action item as the user confirmed it."""

    text: str
    owner: Pick
    due_on: date | None


class ActionDialog(QDialog):
    def __init__(
        self, text: str, owner: Pick | None, speakers: list[Speaker], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Action Item"))
        self.text = QLineEdit(text, self)
        self.text.setObjectName("action_text")
        self.due = QLineEdit(self)
        self.due.setObjectName("action_due")
        self.owner = SpeakerPicker(self)
        self.owner.setObjectName("action_owner")
        self.owner.speakers = speakers
        self.owner.setText(owner.name if owner is not None else self.tr("Secretariat"))
        self.owner.accepted.connect(lambda _pick: self.due.setFocus())
        self.due.setPlaceholderText(self.tr("e.g. 2026/7/20 (optional)"))
        self.fields = form_dialog(
            self,
            [
                ("text", self.tr("Action"), self.text),
                ("owner", self.tr("Owner"), self.owner),
                ("due", self.tr("Due"), self.due),
            ],
            480,
        )
        QWidget.setTabOrder(self.text, self.owner)
        QWidget.setTabOrder(self.owner, self.due)

    @classmethod
    def run(
        cls, parent: QWidget, text: str, owner: Pick | None, speakers: list[Speaker]
    ) -> ActionChoice | None:
        """Ctrl+T: confirm the action item typed, its owner and due date; None: cancelled."""
        dialog = cls(text, owner, speakers, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.owner.current()
        assert chosen is not None  # accept() refuses without one
        return ActionChoice(dialog.text.text(), chosen, dialog.due_on())

    def due_on(self) -> date | None:
        return parse_date(self.due.text()) if self.due.text().strip() else None

    def accept(self) -> None:
        problems: dict[str, Problem] = {}
        if not self.text.text().strip():
            problems["text"] = Problem.MISSING
        if self.owner.current() is None:
            problems["owner"] = Problem.NOT_CHOSEN
        due = self.due.text().strip()
        found = date_problem(due) if due else None
        if found is not None:
            problems["due"] = found
        self.fields.show_problems(problem_texts(problems))
        if not problems:
            super().accept()
