"""宿題 (action item) in the capture flow: text, owner (a member or e.g. 事務局), due date.

The owner box completes like the speaker box and says who it stands for before Enter; a
due date may leave out the year (12/21, 12月21日), and the date it is taken for is shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services.capture.due_dates import due_problem, parse_due_date
from app.services.capture.secretariat import SECRETARIAT_NAME
from app.services.dates import era_date
from app.services.meetings.rows import Speaker
from app.services.problems import Problem
from app.texts.problems import problem_texts
from app.ui.capture.display import match_text
from app.ui.capture.speaker_picker import Pick, SpeakerPicker, resolve
from app.ui.widgets.error_form import form_dialog


@dataclass(frozen=True, slots=True)
class ActionChoice:
    """The action item as the user confirmed it."""

    text: str
    owner: Pick
    due_on: date | None


def _with_note(parent: QWidget, field: QWidget, note: QLabel) -> QWidget:
    """``field`` with a quiet line under it saying how what is typed is taken."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(note)
    note.setStyleSheet("color: #1a5fb4;")
    return box


class ActionDialog(QDialog):
    def __init__(
        self,
        text: str,
        owner: Pick | None,
        speakers: list[Speaker],
        parent: QWidget | None = None,
        *,
        reference: date | None = None,
    ) -> None:
        """``reference``: the day a due date without a year counts from (the meeting's)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Action Item"))
        self.reference = reference or date.today()
        self.text = QLineEdit(text, self)
        self.text.setObjectName("action_text")
        self.due = QLineEdit(self)
        self.due.setObjectName("action_due")
        self.due_match = QLabel(self)
        self.due_match.setObjectName("action_due_match")
        self.owner = SpeakerPicker(self)
        self.owner.setObjectName("action_owner")
        self.owner.speakers = speakers
        self.owner_match = QLabel(self)
        self.owner_match.setObjectName("action_owner_match")
        self.owner.matched.connect(lambda pick: self.owner_match.setText(match_text(pick)))
        if owner is None:  # 事務局 unless said otherwise (a name of its own in the minutes)
            owner = resolve(SECRETARIAT_NAME, speakers) or Pick(None, SECRETARIAT_NAME)
        self.owner.show_pick(owner)
        self.owner.accepted.connect(lambda _pick: self.due.setFocus())
        self.due.setPlaceholderText(self.tr("e.g. 12/21 or 2026/12/21 (optional)"))
        self.due.textChanged.connect(self._on_due_text_changed)
        self.fields = form_dialog(
            self,
            [
                ("text", self.tr("Action"), self.text),
                ("owner", self.tr("Owner"), _with_note(self, self.owner, self.owner_match)),
                ("due", self.tr("Due"), _with_note(self, self.due, self.due_match)),
            ],
            480,
        )
        QWidget.setTabOrder(self.text, self.owner)
        QWidget.setTabOrder(self.owner, self.due)

    @classmethod
    def run(
        cls,
        parent: QWidget,
        text: str,
        owner: Pick | None,
        speakers: list[Speaker],
        reference: date | None = None,
    ) -> ActionChoice | None:
        """Ctrl+T: confirm the action item typed, its owner and due date; None: cancelled."""
        dialog = cls(text, owner, speakers, parent, reference=reference)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.owner.current()
        assert chosen is not None  # accept() refuses without one
        return ActionChoice(dialog.text.text(), chosen, dialog.due_on())

    def due_on(self) -> date | None:
        due = self.due.text().strip()
        return parse_due_date(due, self.reference) if due else None

    def _on_due_text_changed(self, text: str) -> None:
        """The date a short form is taken for (12/21 → 令和8年12月21日), as it is typed."""
        due = text.strip()
        if not due or due_problem(due, self.reference) is not None:
            self.due_match.setText("")
            return
        self.due_match.setText("→ " + era_date(parse_due_date(due, self.reference)))

    def accept(self) -> None:
        problems: dict[str, Problem] = {}
        if not self.text.text().strip():
            problems["text"] = Problem.MISSING
        if self.owner.current() is None:
            problems["owner"] = Problem.NOT_CHOSEN
        due = self.due.text().strip()
        found = due_problem(due, self.reference) if due else None
        if found is not None:
            problems["due"] = found
        self.fields.show_problems(problem_texts(problems))
        if not problems:
            super().accept()
