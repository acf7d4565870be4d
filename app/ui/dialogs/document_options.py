"""The options of 文書を作成 that depend on the document chosen: the fiscal year, the
minutes' layout (style, speakers, signature lines, agenda labels), how dates are written,
whether contact details are printed, and the label sheet for name badges.

Their texts keep the context "DocumentDialog": they are the dialog's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QSpinBox, QWidget

from app.services.areas import DocumentOption, DocumentSpec, Subject
from app.services.codes import MinutesStyle as BodyMinutesStyle
from app.services.documents.request import DateStyle, LabelStyle, MinutesOptions, MinutesStyle
from app.services.events.documents import label_sheets
from app.settings import Settings
from app.texts.labels import label


class DocumentOptions(QObject):
    """The option fields, made on ``parent`` (in this order: the dialog's Tab order) and
    laid out as rows of ``form``; :meth:`show_for` shows those the chosen document has.
    :attr:`changed` tells of any option changed (the label sheet's once it is kept as
    the setting)."""

    changed = Signal()

    def __init__(
        self, parent: QWidget, form: QFormLayout, settings: Settings, fiscal_year: int | None
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.settings = settings
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
        self.label_sheet = QComboBox(parent)
        self.label_sheet.setObjectName("label_sheet")
        for sheet in label_sheets():
            text = QCoreApplication.translate("DocumentDialog", "%1 to a sheet (%2 × %3 mm)")
            for number, value in enumerate((sheet.count, sheet.width, sheet.height), 1):
                text = text.replace(f"%{number}", f"{value:g}")
            self.label_sheet.addItem(text, sheet.key)
        chosen = self.label_sheet.findData(self.settings.badge_sheet)
        self.label_sheet.setCurrentIndex(max(chosen, 0))
        self.label_sheet.currentIndexChanged.connect(self._on_label_sheet_changed)
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

    def show_for(self, spec: DocumentSpec) -> None:
        """Show the rows of the options ``spec`` has, hide the others."""
        for widget in (self.minutes_style, self.show_speakers, self.signature, self.labels):
            self.form.setRowVisible(widget, DocumentOption.MINUTES_LAYOUT in spec.options)
        self.form.setRowVisible(self.with_contact, DocumentOption.CONTACT in spec.options)
        self.form.setRowVisible(self.label_sheet, DocumentOption.LABEL_SHEET in spec.options)
        self.form.setRowVisible(self.fiscal_year, spec.subject is Subject.FISCAL_YEAR)

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
