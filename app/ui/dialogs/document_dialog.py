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
    QVBoxLayout,
    QWidget,
)

from app.services.areas import DocumentSpec, Subject
from app.services.documents import export as exports
from app.services.documents.export import DocumentRequest, ExportResult
from app.services.documents.gaps import SERIOUS, Gap, gaps
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.settings import Settings
from app.texts.areas import document_title
from app.texts.failures import failure_text
from app.texts.gaps import gap_text
from app.ui import error_reporting
from app.ui.dialogs.document_options import DocumentOptions
from app.ui.dialogs.gap_confirm_dialog import GapConfirmDialog
from app.ui.dialogs.overwrite_dialog import Overwrite, OverwriteDialog, free_name
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
        event_id: int | None = None,
        fiscal_year: int | None = None,
        settings: Settings | None = None,
    ) -> None:
        """A meeting's documents (and the roster); with ``visit_id``, the visit's documents;
        with ``event_id``, the event's; with none, the roster alone."""
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.visit_id = visit_id
        self.event_id = event_id
        self.results: list[ExportResult] = []
        self.written: list[Path] = []  # by every Create, not only the last
        self.letters_registered = False
        self._job: object | None = None
        self._gaps: tuple[Gap, ...] = ()
        self.setWindowTitle(self.tr("Create Document"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        if fiscal_year is not None:
            subjects = {Subject.FISCAL_YEAR}
        elif visit_id is not None:
            subjects = {Subject.VISIT}
        elif event_id is not None:
            subjects = {Subject.EVENT}
        else:
            subjects = {Subject.COUNCIL} | ({Subject.MEETING} if meeting_id is not None else set())
        for spec in exports.kinds():
            # a numbered letter takes its number in the register, a receipt its own number:
            # not while read-only
            if spec.subject in subjects and not ((spec.numbered or spec.writes) and db.read_only):
                self.kind.addItem(document_title(spec.kind), spec.kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._on_kind_changed())
        form = self.form = QFormLayout()
        form.addRow(self.tr("Document"), self.kind)
        self.settings = settings if settings is not None else Settings()
        self.options = DocumentOptions(self, form, db, self.settings, fiscal_year)
        self.fiscal_year = self.options.fiscal_year
        self.minutes_style = self.options.minutes_style
        self.show_speakers = self.options.show_speakers
        self.signature = self.options.signature
        self.labels = self.options.labels
        self.western = self.options.western
        self.full_width = self.options.full_width
        self.with_contact = self.options.with_contact
        self.label_sheet = self.options.label_sheet
        self.letter_date = self.options.letter_date
        self.letter_date.editingFinished.connect(self._show_gaps)
        self.reissue = self.options.reissue
        self.reissue.toggled.connect(lambda _on: self._on_kind_changed())
        self.kind_note = QLabel(self)
        self.kind_note.setObjectName("kind_note")
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
        self.create_button.setDefault(True)  # Enter creates, wherever the focus is
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
        self.kind.currentIndexChanged.connect(self._on_options_changed)
        self.options.changed.connect(self._on_options_changed)
        self._on_kind_changed()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current_spec(self) -> DocumentSpec:
        return exports.spec(self.current_kind())

    def _on_kind_changed(self) -> None:
        spec = self.current_spec()
        self.options.show_for(spec, self.request)
        self._show_gaps()

    def _show_gaps(self) -> None:
        """What the document would leave out, and for a letter the number it takes."""
        spec = self.current_spec()
        lines = self.options.letter_note(spec)
        try:
            self._gaps = gaps(self.db, spec.kind, self.request())
        except ValueError:  # the letter's date cannot be read yet: said when creating
            self._gaps = ()
        lines += [f"・{gap_text(gap)}" for gap in self._gaps]
        self.kind_note.setText("\n".join(lines))
        self.form.setRowVisible(self.kind_note, bool(lines))

    def _on_options_changed(self) -> None:
        """What was created no longer shows the options chosen: preview the new ones only."""
        if self.results:
            for button in (self.preview_button, self.view_button):
                button.setEnabled(False)
            self.status.setText(self.tr("The options changed: create the documents again."))

    def request(self) -> DocumentRequest:
        """What the document is made of, as the dialog stands (ValueError: a bad date)."""
        options = self.options.minutes_options()
        numbered = self.current_spec().numbered
        return DocumentRequest(
            meeting_id=self.meeting_id,
            visit_id=self.visit_id,
            event_id=self.event_id,
            fiscal_year=self.fiscal_year.value(),
            with_contact=self.with_contact.isChecked(),
            options=options,
            dated_on=self.options.letter_dated_on(numbered),
            reissue=self.reissue.isChecked(),
            badge_sheet=self.options.badge_sheet(),
        )

    def _letter_may_go(self, request: DocumentRequest) -> bool:
        """A letter dated on or after its event, with no place or no addressee, goes out
        only when the user says so."""
        if not self.current_spec().numbered:
            return True
        serious = [g for g in gaps(self.db, self.current_kind(), request) if g in SERIOUS]
        if not serious:
            return True
        return GapConfirmDialog.run(self, self.windowTitle(), [gap_text(gap) for gap in serious])

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
        try:
            request = self.request()
        except ValueError:
            self.status.setText(self.tr("The letter date is not a date: write e.g. 2026-02-03."))
            self.letter_date.setFocus()
            return
        if not self._letter_may_go(request):
            return
        try:  # a notice takes its letter number here
            document = exports.build(self.db, self.current_kind(), request)
        except NotSaved as error:
            show_not_done(self, self.tr("Creating the document"), error)
            return
        self.letters_registered |= self.current_spec().numbered
        folder = Path(self.folder.text()).expanduser()
        paths = [folder / f"{exports.file_stem(document)}{suffix}" for suffix in suffixes]
        existing = [path for path in paths if path.exists()]
        if existing:
            choice = OverwriteDialog.run(self, existing)
            if choice is Overwrite.CANCEL:
                self.status.setText(self.tr("Nothing was written."))
                return
            if choice is Overwrite.KEEP_BOTH:
                paths = [free_name(path) if path.exists() else path for path in paths]
        self._on_kind_changed()  # a letter just issued: its number is shown from now on

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
        event_id: int | None = None,
        fiscal_year: int | None = None,
    ) -> Created | None:
        """Offer the documents of a meeting, a visit or a fiscal year (see the constructor)
        until the user closes the dialog; returns what was made, or None when nothing was."""
        dialog = cls(
            db, meeting_id, parent, visit_id=visit_id, event_id=event_id, fiscal_year=fiscal_year
        )
        dialog.exec()
        if not dialog.written and not dialog.letters_registered:
            return None
        return Created(tuple(dialog.written), dialog.letters_registered)
