"""宿題 (action item) in the capture flow: text, owner (a member or e.g. 事務局), due date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from app.services.dates import parse_date
from app.services.meetings.rows import Speaker
from app.ui.capture.speaker_picker import Pick, SpeakerPicker
from app.ui.widgets.error_form import form_dialog


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

    def due_on(self) -> date | None:
        return parse_date(self.due.text()) if self.due.text().strip() else None

    def accept(self) -> None:
        problems = {}
        if not self.text.text().strip():
            problems["text"] = self.tr("Write what is to be done.")
        if self.owner.current() is None:
            problems["owner"] = self.tr("Say who will do it.")
        try:
            self.due_on()
        except ValueError:
            problems["due"] = self.tr("Not a date. Write e.g. 2026/7/20.")
        self.fields.show_problems(problems)
        if not problems:
            super().accept()
