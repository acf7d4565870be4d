"""The member dialog: add or edit one member; every problem shown under its field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.services.codes import CouncilRole
from app.services.members import editing as member_editing
from app.services.members.editing import MemberForm
from app.services.problems import Problem
from app.services.workspace import Database
from app.texts.labels import label
from app.texts.problems import problem_texts
from app.ui.dialogs.conflict_dialog import over
from app.ui.dialogs.form_save import save_form
from app.ui.widgets.date_fields import DateField
from app.ui.widgets.error_form import focus_stops, form_dialog

_TEXT_FIELDS = (
    "family_name",
    "given_name",
    "reading",
    "position_title",
    "email",
    "phone",
    "address",
)


class MemberDialog(QDialog):
    def __init__(self, db: Database, form: MemberForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form = form
        self.saved: MemberForm | None = None
        self.setWindowTitle(self.tr("New Member") if form.id is None else self.tr("Edit Member"))
        self.edits: dict[str, QLineEdit] = {}
        for name in _TEXT_FIELDS:
            edit = QLineEdit(str(getattr(form, name)), self)
            edit.setObjectName(name)
            self.edits[name] = edit
        self.edits["reading"].setPlaceholderText(self.tr("e.g. さいとう いちろう"))
        self.dates = {name: DateField(self, optional=True) for name in ("term_start", "term_end")}
        for name, field in self.dates.items():
            field.setObjectName(name)
            field.setText(getattr(form, name))
        self.organization = QComboBox(self)
        self.organization.setObjectName("organization")
        self.organization.setEditable(True)
        self.organization.addItems(["", *member_editing.organization_names(db)])
        self.organization.setCurrentText(form.organization)
        self.role = QComboBox(self)
        self.role.setObjectName("council_role")
        for role in CouncilRole:
            self.role.addItem(label(role), role)
        self.role.setCurrentIndex(self.role.findData(form.council_role))
        self.notes = QPlainTextEdit(form.notes, self)
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(70)

        rows: list[tuple[str, str, QWidget]] = [
            ("family_name", self.tr("Family name *"), self.edits["family_name"]),
            ("given_name", self.tr("Given name"), self.edits["given_name"]),
            ("reading", self.tr("Reading (furigana) *"), self.edits["reading"]),
            ("organization", self.tr("Organization"), self.organization),
            ("position_title", self.tr("Position"), self.edits["position_title"]),
            ("council_role", self.tr("Role"), self.role),
            ("term_start", self.tr("Term starts"), self.dates["term_start"]),
            ("term_end", self.tr("Term ends"), self.dates["term_end"]),
            ("email", self.tr("E-mail"), self.edits["email"]),
            ("phone", self.tr("Phone"), self.edits["phone"]),
            ("address", self.tr("Address"), self.edits["address"]),
            ("notes", self.tr("Notes"), self.notes),
        ]
        self.fields = form_dialog(self, rows, width=520)
        self.error_labels = self.fields.error_labels

    def current_form(self) -> MemberForm:
        text = {name: edit.text() for name, edit in self.edits.items()}
        return replace(
            self.form,
            family_name=text["family_name"],
            given_name=text["given_name"],
            reading=text["reading"],
            organization=self.organization.currentText(),
            position_title=text["position_title"],
            council_role=self.role.currentData(),
            term_start=self.dates["term_start"].text(),
            term_end=self.dates["term_end"].text(),
            email=text["email"],
            phone=text["phone"],
            address=text["address"],
            notes=self.notes.toPlainText(),
        )

    def show_problems(self, problems: Mapping[str, Problem]) -> None:
        self.fields.show_problems(problem_texts(problems))
        first = next(iter(problems), None)
        if first in self.edits:
            self.edits[first].setFocus()
        elif first in self.dates:
            focus_stops(self.dates[first])[0].setFocus()

    def accept(self) -> None:
        form = self.current_form()
        settled = save_form(
            self,
            self.tr("the member"),
            lambda theirs: member_editing.save(self.db, over(form, theirs)),
            lambda invalid: self.show_problems(invalid.problems),
        )
        if settled is None:
            return  # still on the form: nothing saved, nothing lost
        # Kept theirs: the caller shows the member as the other person saved it.
        self.saved = settled.now_saved
        if self.saved is None:
            self.reject()  # they deleted it: nothing left to show
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget, db: Database, member_id: int | None) -> MemberForm | None:
        """Show the dialog for a new (``None``) or existing member; the saved form or None."""
        form = MemberForm() if member_id is None else member_editing.load_form(db, member_id)
        dialog = cls(db, form, parent)
        dialog.exec()
        return dialog.saved
