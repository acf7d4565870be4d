"""申込みの取り込み: an application file's columns mapped, every row previewed with its
problems and repeated applications, then imported in one transaction on a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.events.applications import rejects
from app.services.events.applications.importing import import_applications
from app.services.events.applications.preview import (
    ApplicationFile,
    preview_applications,
)
from app.services.events.applications.rows import (
    ApplicationPreview,
    ApplicationRow,
    Choice,
    ImportResult,
    Outcome,
)
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.texts.problems import problem_descriptions
from app.ui import error_reporting
from app.ui.events.application_columns import COL_OUTCOME, COL_PROBLEMS, columns
from app.ui.events.application_mapping import ColumnMapping
from app.ui.events.application_messages import choose_file, read_file, result_text
from app.ui.tablemodels.row_model import RowTableModel
from app.ui.widgets.save_failed import show_not_done
from app.ui.widgets.window_size import resize_within_screen
from app.ui.worker import run_in_background

_RED = QBrush(QColor("#b00020"))
_REPEATED = QBrush(QColor("#7a4b00"))


class ImportApplicationsDialog(QDialog):
    def __init__(
        self, db: Database, event_id: int, file: ApplicationFile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.event_id, self.file = db, event_id, file
        self.result_value: ImportResult | None = None
        self.choices: dict[int, Choice] = {}
        self.outcomes: dict[int, Outcome] = {}
        self._job: object | None = None
        self.preview: ApplicationPreview | None = None

        self.file_label = QLabel(self)
        self.choose_button = QPushButton(self.tr("Choose Another File…"), self)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.mapping = ColumnMapping(self)
        self.mapping.mappingChanged.connect(self._refresh)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = RowTableModel(columns(self.outcome_of), self)
        self.model.foreground = self._foreground
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.choice_label = QLabel(self.tr("&Applied before:"), self)
        self.choice_box = QComboBox(self)
        self.choice_box.addItem(self.tr("Merge into the earlier application"), Choice.MERGE)
        self.choice_box.addItem(self.tr("Record as a new participant"), Choice.NEW)
        self.choice_label.setBuddy(self.choice_box)
        self.choice_box.activated.connect(self._on_choice_chosen)
        self.valid_only = QCheckBox(self.tr("Import &valid rows only"), self)
        self.valid_only.toggled.connect(self._update_buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()  # until there is something to say

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.rejects_button = QPushButton(self.tr("Save Rejected Rows…"), self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        buttons.addButton(self.rejects_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.rejects_button.clicked.connect(self._on_rejects_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        file_line = QHBoxLayout()
        file_line.addWidget(self.file_label, 1)
        file_line.addWidget(self.choose_button)
        choice_line = QHBoxLayout()
        choice_line.addWidget(self.choice_label)
        choice_line.addWidget(self.choice_box)
        choice_line.addStretch(1)
        choice_line.addWidget(self.valid_only)
        layout = QVBoxLayout(self)
        layout.addLayout(file_line)
        layout.addWidget(self.mapping)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(choice_line)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Import Applications"))
        self._show_file(file, None)
        resize_within_screen(self, 1200, 720)

    # the file and its preview

    def _show_file(self, file: ApplicationFile, mapping: dict[str, str] | None) -> None:
        self.file = file
        self.file_label.setText(
            self.tr("File: %1 (%2 rows)")
            .replace("%1", file.source.name)
            .replace("%2", str(len(file.table.rows)))
        )
        self.file_label.setToolTip(str(file.source))
        self.choices = {}
        preview = preview_applications(self.db, self.event_id, file, mapping)
        self.mapping.blockSignals(True)
        self.mapping.set_columns(preview.headers, preview.mapping)
        self.mapping.blockSignals(False)
        self._show_preview(preview)

    def _refresh(self) -> None:
        self._show_preview(
            preview_applications(self.db, self.event_id, self.file, self.mapping.mapping())
        )

    def _show_preview(self, preview: ApplicationPreview) -> None:
        self.preview = preview
        repeated = {row.line for row in preview.valid_rows if row.duplicate is not None}
        self.choices = {line: c for line, c in self.choices.items() if line in repeated}
        self.outcomes = preview.outcomes(self.choices)
        self.model.set_rows(preview.rows)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_PROBLEMS, QHeaderView.ResizeMode.Stretch)
        self._on_row_changed()
        self._update_summary()

    def choice_of(self, row: ApplicationRow) -> Choice:
        return self.choices.get(row.line, Choice.MERGE)

    def outcome_of(self, row: ApplicationRow) -> Outcome | None:
        return self.outcomes.get(row.line)

    def _foreground(self, row: ApplicationRow) -> QBrush | None:
        if row.errors:
            return _RED
        return _REPEATED if row.duplicate is not None else None

    def _update_summary(self) -> None:
        preview = self.preview
        assert preview is not None
        expected = preview.expected(self.choices)
        text = (
            self.tr(
                "%1 accepted, %2 waitlisted, %3 not imported because of errors, "
                "%4 merged as repeated applications."
            )
            .replace("%1", str(expected.accepted))
            .replace("%2", str(expected.waitlisted))
            .replace("%3", str(expected.rejected))
            .replace("%4", str(expected.merged))
        )
        members = sum(1 for row in preview.valid_rows if row.form and row.form.member_id)
        if members:
            text += " " + self.tr("%1 of them are on the roster and are linked.").replace(
                "%1", str(members)
            )
        if expected.rejected:
            text += "\n" + self.tr(
                "Nothing is imported while problems remain (in red), unless you import "
                "only the valid rows."
            )
        self.summary.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self.preview
        busy = self._job is not None
        has_errors = bool(preview and preview.errors)
        self.valid_only.setEnabled(has_errors and not busy)
        self.rejects_button.setVisible(has_errors)
        self.import_button.setEnabled(
            not busy
            and preview is not None
            and bool(preview.valid_rows)
            and (not has_errors or self.valid_only.isChecked())
        )

    # repeated applications

    def _current_row(self) -> ApplicationRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_row_changed(self) -> None:
        row = self._current_row()
        repeated = row is not None and row.duplicate is not None and row.form is not None
        self.choice_box.setEnabled(repeated)
        self.choice_label.setEnabled(repeated)
        if row is not None and repeated:
            self.choice_box.setCurrentIndex(self.choice_box.findData(self.choice_of(row)))

    def choose(self, line: int, choice: Choice) -> None:
        """Merge the repeated application of ``line`` or record it as new."""
        assert self.preview is not None
        self.choices[line] = choice
        self.outcomes = self.preview.outcomes(self.choices)  # the waitlist numbers move
        last = self.model.rowCount() - 1
        if last >= 0:
            top, bottom = self.model.index(0, COL_OUTCOME), self.model.index(last, COL_OUTCOME)
            self.model.dataChanged.emit(top, bottom)
        self._update_summary()

    def _on_choice_chosen(self, _index: int) -> None:
        row = self._current_row()
        if row is not None and row.duplicate is not None:
            self.choose(row.line, Choice(self.choice_box.currentData()))

    # actions

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _on_choose_clicked(self) -> None:
        path = choose_file(self)
        if path is not None and (file := read_file(self, path)) is not None:
            self._show_file(file, None)

    def _on_rejects_clicked(self) -> None:
        assert self.preview is not None
        source = self.preview.source
        suggested = str(source.with_name(source.stem + "_rejected.csv"))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Rejected Rows"), suggested, self.tr("CSV files (*.csv)")
        )
        if not name:
            return
        try:
            count = rejects.write_rejects(self.preview, Path(name), problem_descriptions())
        except OSError as error:
            show_not_done(self, self.tr("Saving the rejected rows"), error)
            return
        self.status.setText(
            self.tr("%1 rejected rows saved to %2.").replace("%1", str(count)).replace("%2", name)
        )

    def _on_import_clicked(self) -> None:
        preview, choices = self.preview, dict(self.choices)
        assert preview is not None
        skip_invalid = self.valid_only.isChecked()

        def work() -> ImportResult:
            return import_applications(self.db, preview, choices, skip_invalid=skip_invalid)

        self._say(self.tr("Importing…"))
        self._job = run_in_background(work, self._on_done, self._on_failed)
        for widget in (self.mapping, self.choose_button, self.view, self.choice_box):
            widget.setEnabled(False)
        self._update_buttons()

    def _on_done(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self._job = None
        self.result_value = result
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._job = None
        for widget in (self.mapping, self.choose_button, self.view):
            widget.setEnabled(True)
        self._on_row_changed()
        self._update_buttons()
        self._say(self.tr("Nothing was imported."))
        if isinstance(error, NotSaved):  # one transaction: no application was recorded
            show_not_done(self, self.tr("Importing the applications"), error)
        else:
            error_reporting.report(error)

    def reject(self) -> None:
        if self._job is None:  # an import under way finishes (or fails) as a whole
            super().reject()

    @classmethod
    def run(cls, parent: QWidget, db: Database, event_id: int) -> ImportResult | None:
        """Choose a file, map and preview it, import on the clerk's word; returns what
        the import did, or None when nothing was imported."""
        path = choose_file(parent)
        if path is None or (file := read_file(parent, path)) is None:
            return None
        dialog = cls(db, event_id, file, parent)
        dialog.exec()
        if dialog.result_value is not None:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("ImportApplicationsDialog", "Import Applications"),
                result_text(dialog.result_value),
            )
        return dialog.result_value
