"""The options of 文書を作成 that depend on the document chosen: the fiscal year, the
minutes' layout (style, speakers, signature lines, agenda labels), how dates are written,
whether contact details are printed, the label sheet for name badges, and a numbered
letter's date (and whether it is issued again with a new number).

Their texts keep the context "DocumentDialog": they are the dialog's words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from app.services.areas import DocumentOption, DocumentSpec, Subject
from app.services.codes import MinutesStyle as BodyMinutesStyle
from app.services.correspondence.issuing import IssuedLetter
from app.services.dates import era_date, parse_date
from app.services.documents.export import DocumentRequest
from app.services.documents.gaps import default_letter_date, issued_before
from app.services.documents.request import DateStyle, LabelStyle, MinutesOptions, MinutesStyle
from app.services.workspace import Database
from app.settings import Settings
from app.texts.labels import label
from app.ui.widgets.label_sheet_combo import label_sheet_combo


class DocumentOptions(QObject):
    """The option fields, made on ``parent`` (in this order: the dialog's Tab order) and
    laid out as rows of ``form``; :meth:`show_for` shows those the chosen document has.
    :attr:`changed` tells of any option changed (the label sheet's once it is kept as
    the setting)."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        form: QFormLayout,
        db: Database,
        settings: Settings,
        fiscal_year: int | None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.db = db
        self.settings = settings
        self.issued: IssuedLetter | None = None  # the numbered letter, issued before
        self.fiscal_year = QSpinBox(parent)
        self.fiscal_year.setObjectName("fiscal_year")
        self.fiscal_year.setRange(1990, 2100)
        self.fiscal_year.setValue(fiscal_year or 2000)
        self.fiscal_year.setSuffix(QCoreApplication.translate("DocumentDialog", " (fiscal year)"))
        self.minutes_style = QComboBox(parent)
        self.minutes_style.setObjectName("minutes_style")
        self.minutes_style.addItem(
            QCoreApplication.translate("DocumentDialog", "As set for the body"), None
        )
        for body_style in BodyMinutesStyle:
            self.minutes_style.addItem(label(body_style), body_style.value)
        self.show_speakers = QCheckBox(
            QCoreApplication.translate("DocumentDialog", "Show the names of who spoke"), parent
        )
        self.show_speakers.setObjectName("show_speakers")
        self.signature = QCheckBox(
            QCoreApplication.translate("DocumentDialog", "Signature lines for the minute signers"),
            parent,
        )
        self.signature.setChecked(True)
        self.labels = QComboBox(parent)
        self.labels.setObjectName("labels")
        for style, text in (
            (
                LabelStyle.AS_ENTERED,
                QCoreApplication.translate("DocumentDialog", "Agenda labels as entered"),
            ),
            (LabelStyle.CIRCLED, "① ② ③"),
            (LabelStyle.PARENTHESIZED, "(1) (2) (3)"),
            (LabelStyle.PLAIN, "1 2 3"),
        ):
            self.labels.addItem(text, style)
        self.western = QCheckBox(
            QCoreApplication.translate("DocumentDialog", "Western years (2026年) instead of 令和"),
            parent,
        )
        self.full_width = QCheckBox(
            QCoreApplication.translate("DocumentDialog", "Full-width digits (１２３)"), parent
        )
        self.with_contact = QCheckBox(
            QCoreApplication.translate(
                "DocumentDialog", "Include e-mail and phone (personal information)"
            ),
            parent,
        )
        self.with_contact.setObjectName("with_contact")
        self.label_sheet = label_sheet_combo(parent, self.settings.badge_sheet)
        self.label_sheet.currentIndexChanged.connect(self._on_label_sheet_changed)
        self.letter_date = QLineEdit(parent)
        self.letter_date.setObjectName("letter_date")
        self.reissue = QCheckBox(
            QCoreApplication.translate("DocumentDialog", "Issue again with a new number"), parent
        )
        self.reissue.setObjectName("reissue")
        for box in (self.show_speakers, self.signature, self.western, self.full_width):
            box.toggled.connect(self.changed)
        for combo in (self.minutes_style, self.labels):
            combo.currentIndexChanged.connect(self.changed)
        self.with_contact.toggled.connect(self.changed)
        self._add_rows()

    def _add_rows(self) -> None:
        form = self.form
        form.addRow(QCoreApplication.translate("DocumentDialog", "Fiscal year"), self.fiscal_year)
        form.addRow(
            QCoreApplication.translate("DocumentDialog", "Minutes style"), self.minutes_style
        )
        form.addRow("", self.show_speakers)
        form.addRow("", self.signature)
        form.addRow(QCoreApplication.translate("DocumentDialog", "Agenda labels"), self.labels)
        form.addRow(QCoreApplication.translate("DocumentDialog", "Dates"), self.western)
        form.addRow("", self.full_width)
        form.addRow("", self.with_contact)
        form.addRow(QCoreApplication.translate("DocumentDialog", "Label sheet"), self.label_sheet)
        form.addRow(QCoreApplication.translate("DocumentDialog", "Letter date"), self.letter_date)
        form.addRow("", self.reissue)

    def show_for(self, spec: DocumentSpec, request: Callable[[], DocumentRequest]) -> None:
        """Show the rows of the options ``spec`` has, hide the others. A numbered letter
        shows the date it was issued with (kept, unless issued again), else the date it
        would take; ``request`` is what it is of, as the dialog stands."""
        for widget in (self.minutes_style, self.show_speakers, self.signature, self.labels):
            self.form.setRowVisible(widget, DocumentOption.MINUTES_LAYOUT in spec.options)
        self.form.setRowVisible(self.with_contact, DocumentOption.CONTACT in spec.options)
        self.form.setRowVisible(self.label_sheet, DocumentOption.LABEL_SHEET in spec.options)
        self.form.setRowVisible(self.fiscal_year, spec.subject is Subject.FISCAL_YEAR)
        self.form.setRowVisible(self.letter_date, spec.numbered)
        self.issued = None
        if spec.numbered:
            base = replace(request(), dated_on=None)
            self.issued = (
                None if self.reissue.isChecked() else issued_before(self.db, spec.kind, base)
            )
            shown = (
                self.issued.dated_on
                if self.issued
                else default_letter_date(self.db, spec.kind, base)
            )
            self.letter_date.setText(era_date(shown))
            self.letter_date.setEnabled(self.issued is None)
        self.form.setRowVisible(
            self.reissue, spec.numbered and (self.issued is not None or self.reissue.isChecked())
        )

    def letter_note(self, spec: DocumentSpec) -> list[str]:
        """For a numbered letter, the number it keeps or takes (else nothing)."""
        if spec.numbered and self.issued is not None:
            return [
                QCoreApplication.translate(
                    "DocumentDialog",
                    "This letter was issued as %1: making it again keeps its number and date.",
                ).replace("%1", self.issued.document_number)
            ]
        if spec.numbered:
            return [
                QCoreApplication.translate(
                    "DocumentDialog",
                    "Creating this letter takes the next outgoing document number of this "
                    "fiscal year and records it in the register.",
                )
            ]
        return []

    def letter_dated_on(self, numbered: bool) -> date | None:
        """The date typed for a numbered letter (ValueError: not a date), else None."""
        letter_date = self.letter_date.text().strip()
        return parse_date(letter_date) if numbered and letter_date else None

    def minutes_options(self) -> MinutesOptions:
        """The layout chosen (of minutes) and how dates are written (of every document)."""
        chosen_style = self.minutes_style.currentData()
        return MinutesOptions(
            style=MinutesStyle(chosen_style) if chosen_style else None,
            show_speakers=self.show_speakers.isChecked(),
            signature_block=self.signature.isChecked(),
            labels=LabelStyle(self.labels.currentData()),
            dates=DateStyle(
                western=self.western.isChecked(), full_width=self.full_width.isChecked()
            ),
        )

    def badge_sheet(self) -> str:
        return str(self.label_sheet.currentData())

    def _on_label_sheet_changed(self) -> None:
        """The sheet chosen is the setting from now on (the labels the office buys)."""
        self.settings.badge_sheet = self.badge_sheet()
        self.changed.emit()
