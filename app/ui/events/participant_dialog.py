"""One participant of an event (参加者): who they are, how they applied, their role,
fee category and payment, 懇親会, notes. Saving a new one takes a place or the next
number on the waitlist."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.services.events import participants
from app.services.events.codes import ApplicationSource, ParticipantRole, PaymentState
from app.services.events.rows import PERSON_TEXTS, ParticipantForm, ParticipantRow
from app.services.workspace import Database
from app.texts.labels import label
from app.texts.problems import problem_texts
from app.ui.dialogs.conflict_dialog import over
from app.ui.dialogs.form_save import save_form
from app.ui.widgets.date_fields import DateField
from app.ui.widgets.error_form import form_dialog

_TEXTS = (*PERSON_TEXTS, "paid_amount", "payment_method")


class ParticipantDialog(QDialog):
    def __init__(
        self,
        db: Database,
        event_id: int,
        form: ParticipantForm,
        categories: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.form = form
        self.saved: ParticipantRow | None = None
        self.setWindowTitle(
            self.tr("New Participant") if form.id is None else self.tr("Edit Participant")
        )
        self.edits: dict[str, QLineEdit] = {}
        for field in _TEXTS:
            edit = QLineEdit(str(getattr(form, field)), self)
            edit.setObjectName(field)
            self.edits[field] = edit
        self.edits["reading"].setPlaceholderText(self.tr("in kana, for sorting"))
        self.edits["organization_reading"].setPlaceholderText(
            self.tr("in kana, without 株式会社: for the list by organization")
        )
        self.role = self._combo("role", list(ParticipantRole), form.role)
        self.source = self._combo("source", list(ApplicationSource), form.source)
        self.payment = self._combo("payment", list(PaymentState), form.payment)
        self.fee_category = QComboBox(self)
        self.fee_category.setObjectName("fee_category")
        self.fee_category.setEditable(not categories)  # with fees set, one of them
        self.fee_category.addItem("")
        self.fee_category.addItems(categories)
        if form.fee_category and self.fee_category.findText(form.fee_category) < 0:
            self.fee_category.addItem(form.fee_category)  # as saved before the fees changed
        self.fee_category.setCurrentText(form.fee_category)
        self.paid_on = DateField(self, optional=True)
        self.paid_on.setObjectName("paid_on")
        self.paid_on.setText(form.paid_on)
        self.joins_reception = QCheckBox(self.tr("Joins the reception"), self)
        self.joins_reception.setObjectName("joins_reception")
        self.joins_reception.setChecked(form.joins_reception)
        self.notes = QPlainTextEdit(form.notes, self)
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(70)
        self.fields = form_dialog(
            self,
            [
                ("name", self.tr("Name *"), self.edits["name"]),
                ("reading", self.tr("Reading"), self.edits["reading"]),
                ("organization_name", self.tr("Organization"), self.edits["organization_name"]),
                (
                    "organization_reading",
                    self.tr("Organization reading"),
                    self.edits["organization_reading"],
                ),
                ("title", self.tr("Job title"), self.edits["title"]),
                ("email", self.tr("E-mail"), self.edits["email"]),
                ("phone", self.tr("Phone"), self.edits["phone"]),
                ("postal_code", self.tr("Postal code"), self.edits["postal_code"]),
                ("address", self.tr("Address"), self.edits["address"]),
                ("role", self.tr("Role"), self.role),
                ("source", self.tr("Applied by"), self.source),
                ("fee_category", self.tr("Fee category"), self.fee_category),
                ("payment", self.tr("Payment"), self.payment),
                ("paid_on", self.tr("Paid on"), self.paid_on),
                ("paid_amount", self.tr("Amount paid (yen)"), self.edits["paid_amount"]),
                ("payment_method", self.tr("Paid by"), self.edits["payment_method"]),
                ("joins_reception", "", self.joins_reception),
                ("notes", self.tr("Notes"), self.notes),
            ],
            480,
        )

    def _combo(self, name: str, codes: list[StrEnum], current: StrEnum) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code in codes:
            combo.addItem(label(code), code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def current_form(self) -> ParticipantForm:
        text = {field: edit.text() for field, edit in self.edits.items()}
        return replace(
            self.form,
            name=text["name"],
            reading=text["reading"],
            organization_name=text["organization_name"],
            organization_reading=text["organization_reading"],
            title=text["title"],
            email=text["email"],
            phone=text["phone"],
            postal_code=text["postal_code"],
            address=text["address"],
            paid_amount=text["paid_amount"],
            payment_method=text["payment_method"],
            role=ParticipantRole(self.role.currentData()),
            source=ApplicationSource(self.source.currentData()),
            payment=PaymentState(self.payment.currentData()),
            fee_category=self.fee_category.currentText(),
            paid_on=self.paid_on.text(),
            joins_reception=self.joins_reception.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        typed = self.current_form()

        def save(theirs: ParticipantForm | None) -> ParticipantRow:
            if typed.id is None:
                return participants.add_participant(self.db, self.event_id, typed)
            return participants.update_participant(self.db, over(typed, theirs))

        settled = save_form(
            self,
            self.tr("the participant"),
            save,
            lambda invalid: self.fields.show_problems(problem_texts(invalid.problems)),
        )
        if settled is None:
            return  # still on the form: nothing saved, nothing lost
        if settled.saved is None:  # kept theirs, or someone removed it
            self.reject()
            return
        self.saved = settled.saved
        super().accept()

    @classmethod
    def run(
        cls, parent: QWidget, db: Database, event_id: int, participant_id: int | None
    ) -> ParticipantRow | None:
        """Add a participant to the event (``participant_id`` None) or edit one; the
        saved row, or None when nothing was saved."""
        form = (
            ParticipantForm()
            if participant_id is None
            else participants.load_participant(db, participant_id)
        )
        categories = participants.fee_categories(db, event_id)
        dialog = cls(db, event_id, form, categories, parent)
        dialog.exec()
        return dialog.saved
