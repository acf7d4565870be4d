"""A non-member attendee: 事務局, 来賓 or オブザーバー, with name and affiliation."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from app.services.codes import GuestCategory
from app.services.problems import Problem
from app.texts.labels import label
from app.texts.problems import problem_texts
from app.ui.widgets.error_form import form_dialog


@dataclass(frozen=True, slots=True)
class Guest:
    """Who the user entered: to be added to the meeting's other attendees."""

    name: str
    affiliation: str
    category: GuestCategory


class GuestDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Other Attendee"))
        self.name = QLineEdit(self)
        self.name.setObjectName("guest_name")
        self.affiliation = QLineEdit(self)
        self.affiliation.setObjectName("guest_affiliation")
        self.category = QComboBox(self)
        self.category.setObjectName("guest_category")
        for category in (
            GuestCategory.GUEST,
            GuestCategory.SECRETARIAT,
            GuestCategory.OBSERVER,
            GuestCategory.OTHER,
        ):
            self.category.addItem(label(category), category)
        self.fields = form_dialog(
            self,
            [
                ("name", self.tr("Name"), self.name),
                ("affiliation", self.tr("Affiliation"), self.affiliation),
                ("category", self.tr("Attends as"), self.category),
            ],
            420,
        )

    def accept(self) -> None:
        problems = {} if self.name.text().strip() else {"name": Problem.MISSING_NAME}
        self.fields.show_problems(problem_texts(problems))
        if not problems:
            super().accept()

    def show_guest(self, guest: Guest) -> None:
        self.name.setText(guest.name)
        self.affiliation.setText(guest.affiliation)
        self.category.setCurrentIndex(max(self.category.findData(guest.category), 0))

    @classmethod
    def run(cls, parent: QWidget, entered: Guest | None = None) -> Guest | None:
        """Ask for a non-member attendee (``entered``: as typed before, when it could not
        be saved); None when the user cancelled."""
        dialog = cls(parent)
        if entered is not None:
            dialog.show_guest(entered)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        category = GuestCategory(dialog.category.currentData())
        return Guest(dialog.name.text(), dialog.affiliation.text(), category)
