"""The meeting dialog: body, 第N回 (automatic), date and time, place, recorder, next meeting."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, time

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from app.services.meetings import defaults as meeting_defaults
from app.services.meetings import editing as meeting_editing
from app.services.meetings.editing import MeetingForm, MeetingLocked
from app.services.problems import Problem
from app.services.workspace import Database
from app.texts.i18n import current_language
from app.texts.problems import problem_texts
from app.ui.dialogs.conflict_dialog import over
from app.ui.dialogs.form_save import save_form
from app.ui.widgets.date_fields import DateField, TimeField
from app.ui.widgets.error_form import form_dialog

_TEXT_FIELDS = ("title", "place", "recorder_name")


class MeetingDialog(QDialog):
    def __init__(
        self,
        db: Database,
        form: MeetingForm,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        """An existing meeting as saved, or a new one (``form.id`` None) dated ``today``
        with its body's usual time and place and a generated 件名."""
        super().__init__(parent)
        self.db = db
        self.form = form
        self.saved: MeetingForm | None = None
        self.setWindowTitle(self.tr("New Meeting") if form.id is None else self.tr("Edit Meeting"))
        self.body = QComboBox(self)
        self.body.setObjectName("body")
        for choice in meeting_editing.bodies(db):
            self.body.addItem(choice.name, choice.id)
        if form.body_id is not None:
            self.body.setCurrentIndex(max(self.body.findData(form.body_id), 0))
        self.number = QSpinBox(self)
        self.number.setObjectName("sequence_number")
        self.number.setRange(0, 999)
        self.number.setSpecialValueText(self.tr("automatic"))
        self.number.setPrefix(self.tr("No. "))
        self.number.setSuffix("回" if current_language() == "ja" else "")  # 第11回
        self.number.setValue(form.sequence_number or 0)
        self.edits: dict[str, QLineEdit] = {}
        for name in _TEXT_FIELDS:
            edit = QLineEdit(str(getattr(form, name)), self)
            edit.setObjectName(name)
            self.edits[name] = edit
        self.held_on = DateField(self, default=today)
        self.held_on.setObjectName("held_on")
        self.start_time = TimeField(self, optional=True, default=time(10, 0))
        self.start_time.setObjectName("start_time")
        self.end_time = TimeField(self, optional=True, default=time(12, 0))
        self.end_time.setObjectName("end_time")
        if form.held_on:
            self.held_on.setText(form.held_on)
        self.start_time.setText(form.start_time)
        self.end_time.setText(form.end_time)
        self.is_public = QCheckBox(self.tr("Open to the public"), self)
        self.is_public.setChecked(form.is_public)
        self.next_note = QLineEdit(form.next_meeting_note, self)
        self.next_note.setObjectName("next_meeting_note")
        people = meeting_editing.member_choices(db)
        self.chair = self._member_combo("chair", people, form.chair_id)
        signers = [*form.signer_ids, None, None]
        self.signers = [self._member_combo(f"signer_{n}", people, signers[n]) for n in range(2)]

        rows: list[tuple[str, str, QWidget]] = [
            ("body", self.tr("Body *"), self.body),
            ("sequence_number", self.tr("Number"), self.number),
            ("title", self.tr("Title"), self.edits["title"]),
            ("held_on", self.tr("Date *"), self.held_on),
            ("start_time", self.tr("Starts"), self.start_time),
            ("end_time", self.tr("Ends"), self.end_time),
            ("place", self.tr("Place"), self.edits["place"]),
            ("chair", self.tr("Chair"), self.chair),
            ("recorder_name", self.tr("Recorder"), self.edits["recorder_name"]),
            ("signer_0", self.tr("Minute signer 1"), self.signers[0]),
            ("signer_1", self.tr("Minute signer 2"), self.signers[1]),
            ("is_public", "", self.is_public),
            ("next_meeting_note", self.tr("Next meeting"), self.next_note),
        ]
        self.fields = form_dialog(self, rows, width=480)
        self.error_labels = self.fields.error_labels
        self._usual = meeting_defaults.Usual()  # what the fields were given, to replace
        self._generated_title = ""
        if form.id is None:
            self._on_body_changed()
            self.body.currentIndexChanged.connect(self._on_body_changed)
            self.held_on.changed.connect(self._suggest_title)
            self.number.valueChanged.connect(self._suggest_title)

    def _on_body_changed(self) -> None:
        """A new meeting takes its body's usual time and place, where the clerk has not
        typed something else."""
        body_id = self.body.currentData()
        if body_id is None:
            return
        usual = meeting_defaults.usual(self.db, body_id)
        for field, before, after in (
            (self.start_time, self._usual.start_time, usual.start_time),
            (self.end_time, self._usual.end_time, usual.end_time),
        ):
            if field.value() == before:
                field.set_value(after)
        if self.edits["place"].text() == self._usual.place:
            self.edits["place"].setText(usual.place)
        self._usual = usual
        self._suggest_title()

    def _suggest_title(self) -> None:
        """「令和8年度 第2回定例会」, kept up to date until the clerk types another title."""
        body_id, held_on = self.body.currentData(), self.held_on.value()
        title = self.edits["title"]
        if body_id is None or held_on is None or title.text() != self._generated_title:
            return
        suggested = meeting_defaults.suggested_title(
            self.db, body_id, held_on, self.number.value() or None
        )
        title.setText(suggested)
        self._generated_title = suggested

    def _member_combo(
        self, name: str, people: list[meeting_editing.Choice], current: int | None
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(self.tr("(none)"), None)
        for person in people:
            combo.addItem(person.name, person.id)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        return combo

    def current_form(self) -> MeetingForm:
        text = {name: edit.text() for name, edit in self.edits.items()}
        return replace(
            self.form,
            body_id=self.body.currentData(),
            sequence_number=self.number.value() or None,
            title=text["title"],
            held_on=self.held_on.text(),
            start_time=self.start_time.text(),
            end_time=self.end_time.text(),
            place=text["place"],
            recorder_name=text["recorder_name"],
            is_public=self.is_public.isChecked(),
            next_meeting_note=self.next_note.text(),
            chair_id=self.chair.currentData(),
            signer_ids=tuple(c.currentData() for c in self.signers if c.currentData()),
        )

    def show_problems(self, problems: Mapping[str, Problem]) -> None:
        self.fields.show_problems(problem_texts(problems))

    def accept(self) -> None:
        form = self.current_form()
        try:
            settled = save_form(
                self,
                self.tr("the meeting"),
                lambda theirs: meeting_editing.save(self.db, over(form, theirs)),
                lambda invalid: self.show_problems(invalid.problems),
            )
        except MeetingLocked:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("This meeting is approved and locked.")
            )
            return
        if settled is None:
            return  # still on the form: nothing saved, nothing lost
        # Kept theirs: the caller shows the record as the other person saved it.
        self.saved = settled.now_saved
        if self.saved is None:
            self.reject()  # they deleted it: nothing left to show
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget, db: Database, meeting_id: int | None) -> MeetingForm | None:
        """Show the dialog for a new (``None``) or existing meeting; the saved form or None."""
        form = MeetingForm() if meeting_id is None else meeting_editing.load_form(db, meeting_id)
        dialog = cls(db, form, parent)
        dialog.exec()
        return dialog.saved
