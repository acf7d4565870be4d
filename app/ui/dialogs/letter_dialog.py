"""A letter received (収受) or sent (発送): it takes the next number of its fiscal year."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit, QWidget

from app.services.codes import CorrespondenceDirection, Medium
from app.services.correspondence import letter_form, register
from app.services.correspondence import listing as correspondence
from app.services.correspondence.letter_form import LetterForm
from app.services.correspondence.register import Registered
from app.services.correspondence.rows import LetterRecord
from app.services.problems import Invalid, NotSaved
from app.services.workspace import Database
from app.texts.labels import label
from app.texts.problems import problem_texts
from app.ui.dialogs.conflict_dialog import save_settling_conflicts
from app.ui.widgets.date_fields import DateField
from app.ui.widgets.error_form import form_dialog
from app.ui.widgets.save_failed import show_not_saved


class LetterDialog(QDialog):
    def __init__(
        self,
        db: Database,
        direction: CorrespondenceDirection,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        correspondence_id: int | None = None,
    ) -> None:
        """A new letter (it takes the next number), or with ``correspondence_id`` a
        correction of a registered one (its number stays)."""
        super().__init__(parent)
        self.db = db
        self.direction = direction
        self.saved: Registered | None = None
        incoming = direction is CorrespondenceDirection.INCOMING
        self.setWindowTitle(self.tr("Letter Received") if incoming else self.tr("Letter Sent"))
        self.dated_on = DateField(self, default=today)
        self.dated_on.setObjectName("dated_on")
        self.counterparty = QLineEdit(self)
        self.counterparty.setObjectName("counterparty")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        # Only a letter received has the sender's number (a sent one carries ours).
        self.their_number = QLineEdit(self) if incoming else None
        if self.their_number is not None:
            self.their_number.setObjectName("their_number")
        self.medium = QComboBox(self)
        for medium in Medium:
            self.medium.addItem(label(medium), medium)
        self.summary = QPlainTextEdit(self)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.related = QComboBox(self)
        self.related.setObjectName("related")
        self.related.addItem(self.tr("(none)"), None)
        for kind, item_id, title in correspondence.link_choices(db):
            prefix = self.tr("Meeting: ") if kind == "meeting" else self.tr("Visit: ")
            self.related.addItem(prefix + title, f"{kind}:{item_id}")
        self.reply_due = DateField(self, optional=True, default=today)
        self.reply_due.setObjectName("reply_due")
        rows: list[tuple[str, str, QWidget]] = [
            ("dated_on", self.tr("Date *"), self.dated_on),
            ("counterparty", self.tr("From") if incoming else self.tr("To"), self.counterparty),
            ("subject", self.tr("Subject *"), self.subject),
        ]
        if self.their_number is not None:
            rows.append(("their_number", self.tr("Their number"), self.their_number))
        rows += [
            ("medium", self.tr("Medium"), self.medium),
            ("summary", self.tr("Summary"), self.summary),
            ("reply_due", self.tr("Reply due"), self.reply_due),
            ("related", self.tr("Belongs to"), self.related),
        ]
        self.fields = form_dialog(self, rows, 520)
        self.correspondence_id = correspondence_id
        self.shown: LetterRecord | None = None  # the letter as loaded: its version is checked
        if correspondence_id is not None:
            letter = self.shown = register.load(db, correspondence_id)
            self.dated_on.set_value(letter.dated_on)
            self.counterparty.setText(letter.counterparty)
            self.subject.setText(letter.subject)
            if self.their_number is not None:
                self.their_number.setText(letter.their_number)
            self.medium.setCurrentIndex(max(self.medium.findData(letter.medium), 0))
            self.summary.setPlainText(letter.summary)
            self.reply_due.set_value(letter.reply_due)
            link = (
                f"meeting:{letter.meeting_id}"
                if letter.meeting_id
                else (f"visit:{letter.visit_id}" if letter.visit_id else None)
            )
            self.related.setCurrentIndex(max(self.related.findData(link), 0) if link else 0)

    def _link(self, kind: str) -> int | None:
        data = self.related.currentData()
        if not data:
            return None
        linked_kind, _, item_id = str(data).partition(":")
        return int(item_id) if linked_kind == kind else None

    def accept(self) -> None:
        form = LetterForm(
            dated_on=self.dated_on.text(),
            counterparty=self.counterparty.text(),
            subject=self.subject.text(),
            medium=Medium(self.medium.currentData()),
            summary=self.summary.toPlainText(),
            their_number=self.their_number.text() if self.their_number is not None else "",
            reply_due=self.reply_due.text(),
            meeting_id=self._link("meeting"),
            visit_id=self._link("visit"),
        )
        try:
            letter = letter_form.read(form)
            if self.correspondence_id is None or self.shown is None:
                self.saved = register.record(self.db, self.direction, letter)
            else:
                shown, letter_id = self.shown, self.correspondence_id
                settled = save_settling_conflicts(
                    self,
                    lambda theirs: register.update(
                        self.db, letter_id, letter, version=(theirs or shown).version
                    ),
                )
                if settled.cancelled:
                    return  # back to the form: nothing saved, nothing lost
        except Invalid as invalid:
            self.fields.show_problems(problem_texts(invalid.problems))
            return
        except NotSaved as error:
            show_not_saved(self, self.tr("the letter"), error)
            return
        super().accept()

    @classmethod
    def run(
        cls,
        parent: QWidget,
        db: Database,
        direction: CorrespondenceDirection,
        *,
        correspondence_id: int | None = None,
    ) -> Registered | None:
        """Register a new letter or, with ``correspondence_id``, correct a registered one;
        returns the letter's place in the register, or None when the user cancelled."""
        dialog = cls(db, direction, parent, correspondence_id=correspondence_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.saved is not None or correspondence_id is None:
            return dialog.saved
        [row] = correspondence.letters(db, [correspondence_id])  # a correction keeps its number
        return Registered(row.id, row.fiscal_year, row.serial_number, row.document_number)
