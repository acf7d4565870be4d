"""文書を作成: choose the document and its options, write PDF and/or Word off the UI
thread, then preview, print or open the folder. Characters the fonts cannot print are
named, never dropped without a word."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.areas import DocumentOption, DocumentSpec, Subject
from app.services.documents import export as exports
from app.services.documents.export import DocumentRequest, ExportResult
from app.services.documents.request import DateStyle, LabelStyle, MinutesOptions
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.texts.areas import document_title
from app.texts.failures import failure_text
from app.ui import error_reporting
from app.ui.widgets.save_failed import show_not_done, show_not_saved
from app.ui.worker import run_in_background


@dataclass(frozen=True, slots=True)
class Created:
    """What the dialog made before it was closed."""

    files: tuple[Path, ...]
    letters_registered: bool  # a letter took the next number and is in the register


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "JimukyokuDesk"


class DocumentDialog(QDialog):
    def __init__(
        self,
        db: Database,
        meeting_id: int | None,
        parent: QWidget | None = None,
        *,
        visit_id: int | None = None,
        fiscal_year: int | None = None,
    ) -> None:
        """A meeting's documents (and the roster); with ``visit_id``, the visit's documents;
        with neither, the roster alone."""
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.visit_id = visit_id
        self.results: list[ExportResult] = []
        self.written: list[Path] = []  # by every Create, not only the last
        self.letters_registered = False
        self._job: object | None = None
        self.setWindowTitle(self.tr("Create Document"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        if fiscal_year is not None:
            subjects = {Subject.FISCAL_YEAR}
        elif visit_id is not None:
            subjects = {Subject.VISIT}
        else:
            subjects = {Subject.COUNCIL} | ({Subject.MEETING} if meeting_id is not None else set())
        for spec in exports.kinds():
            # a numbered letter takes its number in the register: not while read-only
            if spec.subject in subjects and not (spec.numbered and db.read_only):
                self.kind.addItem(document_title(spec.kind), spec.kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._on_kind_changed())
        self.fiscal_year = QSpinBox(self)
        self.fiscal_year.setObjectName("fiscal_year")
        self.fiscal_year.setRange(1990, 2100)
        self.fiscal_year.setValue(fiscal_year or 2000)
        self.fiscal_year.setSuffix(self.tr(" (fiscal year)"))
        self.show_speakers = QCheckBox(self.tr("Show speaker names with opinions"), self)
        self.show_speakers.setObjectName("show_speakers")
        self.signature = QCheckBox(self.tr("Signature lines for the minute signers"), self)
        self.signature.setChecked(True)
        self.labels = QComboBox(self)
        self.labels.setObjectName("labels")
        for style, text in (
            (LabelStyle.AS_ENTERED, self.tr("Agenda labels as entered")),
            (LabelStyle.CIRCLED, "① ② ③"),
            (LabelStyle.PARENTHESIZED, "(1) (2) (3)"),
            (LabelStyle.PLAIN, "1 2 3"),
        ):
            self.labels.addItem(text, style)
        self.western = QCheckBox(self.tr("Western years (2026年) instead of 令和"), self)
        self.full_width = QCheckBox(self.tr("Full-width digits (１２３)"), self)
        self.with_contact = QCheckBox(
            self.tr("Include e-mail and phone (personal information)"), self
        )
        self.with_contact.setObjectName("with_contact")
        self.kind_note = QLabel(self)
        self.kind_note.setWordWrap(True)
        self.kind_note.setStyleSheet("color: #9a4d00;")
        self.pdf = QCheckBox(self.tr("PDF (to print and archive)"), self)
        self.pdf.setChecked(True)
        self.docx = QCheckBox(self.tr("Word (.docx, to edit)"), self)
        self.docx.setChecked(True)
        exports.remove_leftovers(default_folder())  # what a killed export left there
        self.folder = QLineEdit(str(default_folder()), self)
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the renderers report no steps
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        form = self.form = QFormLayout()
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Fiscal year"), self.fiscal_year)
        form.addRow("", self.show_speakers)
        form.addRow("", self.signature)
        form.addRow(self.tr("Agenda labels"), self.labels)
        form.addRow(self.tr("Dates"), self.western)
        form.addRow("", self.full_width)
        form.addRow("", self.with_contact)
        form.addRow("", self.kind_note)
        form.addRow(self.tr("Formats"), self.pdf)
        form.addRow("", self.docx)
        form.addRow(self.tr("Folder"), folder_row)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.preview_button = self.buttons.addButton(
            self.tr("Preview && Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.view_button = self.buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("Open Folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.create_button.clicked.connect(self.create_documents)
        self.preview_button.clicked.connect(self.preview)
        self.open_button.clicked.connect(self.open_folder)
        self.view_button.clicked.connect(self.open_file)
        self.buttons.rejected.connect(self.reject)
        for button in (self.preview_button, self.view_button, self.open_button):
            button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._on_kind_changed()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current_spec(self) -> DocumentSpec:
        return exports.spec(self.current_kind())

    def _on_kind_changed(self) -> None:
        spec = self.current_spec()
        for widget in (self.show_speakers, self.signature, self.labels):
            self.form.setRowVisible(widget, DocumentOption.MINUTES_LAYOUT in spec.options)
        self.form.setRowVisible(self.with_contact, DocumentOption.CONTACT in spec.options)
        self.form.setRowVisible(self.fiscal_year, spec.subject is Subject.FISCAL_YEAR)
        self.form.setRowVisible(self.kind_note, spec.numbered)
        self.kind_note.setText(
            self.tr(
                "Creating this letter takes the next outgoing document number of this fiscal "
                "year and records it in the register."
            )
        )

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def create_documents(self) -> None:
        """Lay the document out now (a short read), write the files in the background."""
        suffixes = [s for s, box in ((".pdf", self.pdf), (".docx", self.docx)) if box.isChecked()]
        if not suffixes:
            self.status.setText(self.tr("Choose PDF, Word or both."))
            return
        options = MinutesOptions(
            show_speakers=self.show_speakers.isChecked(),
            signature_block=self.signature.isChecked(),
            labels=LabelStyle(self.labels.currentData()),
            dates=DateStyle(
                western=self.western.isChecked(), full_width=self.full_width.isChecked()
            ),
        )
        request = DocumentRequest(
            meeting_id=self.meeting_id,
            visit_id=self.visit_id,
            fiscal_year=self.fiscal_year.value(),
            with_contact=self.with_contact.isChecked(),
            options=options,
        )
        try:  # a notice takes its letter number here
            document = exports.build(self.db, self.current_kind(), request)
        except NotSaved as error:
            show_not_done(self, self.tr("Creating the document"), error)
            return
        self.letters_registered |= self.current_spec().numbered
        folder = Path(self.folder.text()).expanduser()
        paths = [folder / f"{exports.file_stem(document)}{suffix}" for suffix in suffixes]

        def work() -> list[ExportResult]:  # write makes a missing folder (owner-only)
            return [exports.write(document, path) for path in paths]

        self.create_button.setEnabled(False)
        self.status.setText(self.tr("Creating…"))
        self.progress.show()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._job = run_in_background(work, self._on_done, self._on_failed)

    def _finish(self) -> None:
        self.progress.hide()
        QGuiApplication.restoreOverrideCursor()
        self.create_button.setEnabled(True)
        self._job = None

    def _on_done(self, results: object) -> None:
        self._finish()
        assert isinstance(results, list)
        self.results = results
        self.written += [result.path for result in results]
        lines = [self.tr("Created:")] + [f"  {result.path}" for result in results]
        missing = sorted({c for result in results for c in result.unprintable})
        if missing:
            lines.append(
                self.tr(
                    "Warning: the document fonts have no glyph for %1 — these characters are "
                    "missing from the PDF. Replace them (e.g. 𠮷 → 吉) and create it again."
                ).replace("%1", "「" + "」「".join(missing) + "」")
            )
        self.status.setText("\n".join(lines))
        self.preview_button.setEnabled(any(r.path.suffix == ".pdf" for r in results))
        self.open_button.setEnabled(bool(results))
        self.view_button.setEnabled(bool(results))

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        self.status.setText(
            self.tr("The document could not be written: %1").replace("%1", failure_text(error))
        )
        if isinstance(error, OSError):  # the dialog keeps its choices: create it again
            show_not_saved(self, self.tr("the document file"), error)
        else:  # a bug in laying out or rendering: the error report, with its traceback
            error_reporting.report(error)

    def pdf_path(self) -> Path | None:
        return next((r.path for r in self.results if r.path.suffix == ".pdf"), None)

    def preview(self) -> None:
        pdf = self.pdf_path()
        if pdf is not None:
            from app.ui.dialogs.print_preview import PdfPreviewDialog  # lazy: pdfium, printing

            PdfPreviewDialog.run(self, pdf)

    def open_file(self) -> None:
        """Open the PDF (else the Word file) in the system's viewer."""
        path = self.pdf_path() or (self.results[0].path if self.results else None)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_folder(self) -> None:
        if self.results:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.results[0].path.parent)))

    @classmethod
    def run(
        cls,
        parent: QWidget,
        db: Database,
        meeting_id: int | None = None,
        *,
        visit_id: int | None = None,
        fiscal_year: int | None = None,
    ) -> Created | None:
        """Offer the documents of a meeting, a visit or a fiscal year (see the constructor)
        until the user closes the dialog; returns what was made, or None when nothing was."""
        dialog = cls(db, meeting_id, parent, visit_id=visit_id, fiscal_year=fiscal_year)
        dialog.exec()
        if not dialog.written and not dialog.letters_registered:
            return None
        return Created(tuple(dialog.written), dialog.letters_registered)
