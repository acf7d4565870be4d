"""One organization (所属団体): name, よみ, kind, region, address, phone, notes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit, QWidget

from app.services.codes import OrganizationKind
from app.services.members import organizations
from app.services.members.organizations import OrganizationForm
from app.services.workspace import Database
from app.texts.labels import label
from app.texts.problems import problem_texts
from app.ui.dialogs.conflict_dialog import over
from app.ui.dialogs.form_save import save_form
from app.ui.widgets.error_form import form_dialog

_TEXT_FIELDS = ("name", "reading", "region", "postal_code", "address", "phone")


class OrganizationDialog(QDialog):
    def __init__(self, db: Database, form: OrganizationForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form = form
        self.saved: OrganizationForm | None = None
        self.setWindowTitle(
            self.tr("New Organization") if form.id is None else self.tr("Edit Organization")
        )
        self.edits = {name: QLineEdit(str(getattr(form, name)), self) for name in _TEXT_FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(name)
        self.edits["reading"].setPlaceholderText(self.tr("e.g. かぶしきがいしゃはまだせいき"))
        self.edits["phone"].setPlaceholderText(self.tr("e.g. 045-000-0000"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in OrganizationKind:
            self.kind.addItem(label(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(form.kind), 0))
        self.notes = QPlainTextEdit(form.notes, self)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.fields = form_dialog(
            self,
            [
                ("name", self.tr("Name *"), self.edits["name"]),
                ("reading", self.tr("Reading (kana)"), self.edits["reading"]),
                ("kind", self.tr("Kind"), self.kind),
                ("region", self.tr("Region"), self.edits["region"]),
                ("postal_code", self.tr("Postal code"), self.edits["postal_code"]),
                ("address", self.tr("Address"), self.edits["address"]),
                ("phone", self.tr("Phone"), self.edits["phone"]),
                ("notes", self.tr("Notes"), self.notes),
            ],
            480,
        )

    def current_form(self) -> OrganizationForm:
        text = {name: edit.text() for name, edit in self.edits.items()}
        return replace(
            self.form,
            name=text["name"],
            reading=text["reading"],
            kind=OrganizationKind(self.kind.currentData()),
            region=text["region"],
            postal_code=text["postal_code"],
            address=text["address"],
            phone=text["phone"],
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        form = self.current_form()
        settled = save_form(
            self,
            self.tr("the organization"),
            lambda theirs: organizations.save(self.db, over(form, theirs)),
            lambda invalid: self.fields.show_problems(problem_texts(invalid.problems)),
        )
        if settled is None:
            return  # still on the form: nothing saved, nothing lost
        # Kept theirs: the caller shows the record as the other person saved it.
        self.saved = settled.now_saved
        if self.saved is None:
            self.reject()  # they deleted it: nothing left to show
            return
        super().accept()

    @classmethod
    def run(
        cls, parent: QWidget, db: Database, organization_id: int | None
    ) -> OrganizationForm | None:
        form = (
            OrganizationForm()
            if organization_id is None
            else organizations.load_form(db, organization_id)
        )
        dialog = cls(db, form, parent)
        dialog.exec()
        return dialog.saved
