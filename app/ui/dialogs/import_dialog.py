"""委員の取込: every row of the file with its errors, before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.members import roster_export, roster_import
from app.services.members.roster_file import RosterFileError
from app.services.members.roster_import import ImportPreview, PreviewRow
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.texts.problems import (
    problem_descriptions,
    problem_text,
    read_error_text,
    roster_file_error_text,
)
from app.ui import error_reporting
from app.ui.tablemodels.row_model import Column, RowTableModel
from app.ui.widgets.save_failed import show_not_done
from app.ui.widgets.window_size import resize_within_screen


def _name(row: PreviewRow) -> str:
    values = row.values
    return values.get("name") or f"{values.get('family_name', '')} {values.get('given_name', '')}"


def _columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "Row"), lambda r: str(r.line), lambda r: r.line, True),
        Column(QT_TRANSLATE_NOOP("columns", "Name"), _name),
        Column(QT_TRANSLATE_NOOP("columns", "Reading"), lambda r: r.values.get("reading", "")),
        Column(
            QT_TRANSLATE_NOOP("columns", "Organization"), lambda r: r.values.get("organization", "")
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Problems"),
            lambda r: "; ".join(problem_text(e.problem) for e in r.errors),
            stretch=True,
        ),
    ]


class ImportDialog(QDialog):
    def __init__(self, db: Database, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.preview = preview
        self.imported = 0
        self.setWindowTitle(self.tr("Import Members: %1").replace("%1", preview.source.name))
        bad = sum(1 for row in preview.rows if row.errors)
        summary = (
            self.tr("%1 rows: %2 can be imported, %3 have problems (shown in red).")
            .replace("%1", str(len(preview.rows)))
            .replace("%2", str(len(preview.valid_rows)))
            .replace("%3", str(bad))
        )
        if bad:
            summary += "\n" + self.tr(
                "Nothing is imported while problems remain, unless you import only the valid rows."
            )
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.model = RowTableModel(_columns(), self)
        self.model.dimmed = lambda row: False
        self.model.set_rows(preview.rows)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._colour_error_rows()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setEnabled(not bad and bool(preview.rows))
        self.import_valid_button = QPushButton(self.tr("Import Valid Rows, Save the Rest…"), self)
        self.import_valid_button.setVisible(bool(bad) and bool(preview.valid_rows))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.import_valid_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.import_valid_button.clicked.connect(self._on_import_valid_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 860, 480)

    def _colour_error_rows(self) -> None:
        from PySide6.QtGui import QBrush, QColor

        red = QBrush(QColor("#b00020"))
        self.model.foreground = lambda row: red if row.errors else None

    def _on_import_clicked(self) -> None:
        try:
            self.imported = roster_import.apply_import(self.db, self.preview)
        except NotSaved as error:  # one transaction: no member of the file was added
            show_not_done(self, self.tr("Importing the roster"), error)
            return
        self.accept()

    def _on_import_valid_clicked(self) -> None:
        suggested = str(self.preview.source.with_name(self.preview.source.stem + "_rejected.csv"))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Rejected Rows"), suggested, self.tr("CSV files (*.csv)")
        )
        if not name:
            return
        try:
            roster_export.write_rejects(self.preview, Path(name), problem_descriptions())
            self.imported = roster_import.apply_import(self.db, self.preview, skip_invalid=True)
        except (NotSaved, OSError) as error:
            show_not_done(self, self.tr("Importing the roster"), error)
            return
        self.accept()

    @classmethod
    def run(cls, parent: QWidget, db: Database) -> int | None:
        """Choose a file, preview it, import on the user's word; returns how many members
        were added, or None when nothing was imported."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportDialog", "Import Members"),
            "",
            QCoreApplication.translate("ImportDialog", "Rosters (*.csv *.xlsx);;All files (*)"),
        )
        if not name:
            return None
        try:
            preview = roster_import.preview_import(db, Path(name))
        except (RosterFileError, OSError) as error:
            error_reporting.log_handled(error, f"roster not read: {name}")
            reason = (
                roster_file_error_text(error)
                if isinstance(error, RosterFileError)
                else read_error_text(error)
            )
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("ImportDialog", "Import Members"),
                QCoreApplication.translate("ImportDialog", "The file cannot be read: %1").replace(
                    "%1", reason
                ),
            )
            return None
        dialog = cls(db, preview, parent)
        dialog.exec()
        return dialog.imported or None
