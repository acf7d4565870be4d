"""ファイル › 持ち帰りデータを取り込む: what the package would change, the conflicts side by
side with a choice for each, and nothing changes until 取り込む."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.dates import japan_time
from app.services.interchange import api as interchange
from app.services.interchange.api import Choice, Conflict, ImportPlan, Package
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.texts.areas import table_label
from app.texts.interchange import (
    adjustment_texts,
    field_label,
    filled_texts,
    package_error_text,
)
from app.ui import error_reporting
from app.ui.widgets.save_failed import show_not_done
from app.ui.widgets.window_size import resize_within_screen


def _stamp(moment: datetime | None) -> str:
    return "" if moment is None else f"{japan_time(moment):%Y/%m/%d %H:%M}"


class ImportPackageDialog(QDialog):
    def __init__(
        self, db: Database, package: Package, plan: ImportPlan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.package = package
        self.plan = plan
        self.applied: ImportPlan | None = None
        self.choice_combos: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Import Field Data"))
        exported = _stamp(datetime.fromisoformat(plan.exported_at)) if plan.exported_at else ""
        header = QLabel(
            self.tr("Data of %1, exported %2.")
            .replace("%1", plan.council_name or "-")
            .replace("%2", exported)
            + "\n"
            + self.tr("Nothing changes until you press Import."),
            self,
        )
        header.setWordWrap(True)
        content = QWidget(self)
        body = QVBoxLayout(content)
        if plan.conflicts:  # first: what needs a decision
            body.addWidget(self._conflicts_box())
        body.addWidget(self._summary_box())
        notes = self._notes()
        if notes:
            label = QLabel("\n".join(notes), content)
            label.setObjectName("notes")
            label.setWordWrap(True)
            body.addWidget(label)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 620)

    # ----- construction -------------------------------------------------
    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What will change"), self)
        box.setObjectName("summary")
        grid = QGridLayout(box)
        headings = (
            self.tr("Kind"),
            self.tr("Added"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Office version kept"),
            self.tr("Conflicts"),
        )
        for column, text in enumerate(headings):
            heading = QLabel(f"<b>{text}</b>", box)
            grid.addWidget(
                heading,
                0,
                column,
                Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft,
            )
        changed = [
            t
            for t in self.plan.tables
            if t.added or t.updated or t.kept or t.conflicts or t.skipped
        ]
        for row, table in enumerate(changed, start=1):
            values = (table.added, table.updated, table.unchanged, table.kept, table.conflicts)
            grid.addWidget(QLabel(table_label(table.table), box), row, 0)
            for column, value in enumerate(values, start=1):
                cell = QLabel(str(value) if value else "—", box)
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                if value and column in (1, 2, 5):
                    cell.setText(f"<b>{value}</b>")
                grid.addWidget(cell, row, column)
        unchanged = sum(t.unchanged for t in self.plan.tables if t not in changed)
        if unchanged:
            note = QLabel(
                self.tr("Other records, the same on both sides: %1").replace("%1", str(unchanged)),
                box,
            )
            note.setObjectName("unchanged")
            grid.addWidget(note, len(changed) + 1, 0, 1, len(headings))
        grid.setColumnStretch(0, 1)
        return box

    def _conflicts_box(self) -> QGroupBox:
        box = QGroupBox(
            self.tr("Changed on both sides: choose which version to keep (%1)").replace(
                "%1", str(len(self.plan.conflicts))
            ),
            self,
        )
        box.setObjectName("conflicts")
        layout = QVBoxLayout(box)
        for conflict in self.plan.conflicts:
            layout.addWidget(self._conflict_widget(conflict, box))
        return box

    def _conflict_widget(self, conflict: Conflict, parent: QWidget) -> QWidget:
        frame = QFrame(parent)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        title = QLabel(f"<b>{table_label(conflict.table)}「{conflict.label}」</b>", frame)
        grid.addWidget(title, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Field"), frame), 1, 0)
        ours = self.tr("Office version (updated %1)").replace(
            "%1", _stamp(conflict.ours_updated_at)
        )
        theirs = self.tr("Field version (updated %1)").replace(
            "%1", _stamp(conflict.theirs_updated_at)
        )
        if conflict.kind is interchange.ConflictKind.DELETED_HERE:
            ours = self.tr("Office version: deleted here")
        for column, text in ((1, ours), (2, theirs)):
            heading = QLabel(text, frame)
            heading.setStyleSheet("font-weight: bold")
            grid.addWidget(heading, 1, column)
        for row, difference in enumerate(conflict.differences, start=2):
            grid.addWidget(
                QLabel(field_label(difference.field), frame), row, 0, Qt.AlignmentFlag.AlignTop
            )
            for column, value in ((1, difference.ours), (2, difference.theirs)):
                cell = QLabel(self._value_text(value), frame)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        combo = QComboBox(frame)
        combo.setObjectName(f"choice_{conflict.uuid}")
        combo.addItem(self.tr("Decide later (leave as it is here)"), None)
        combo.addItem(self.tr("Keep the office version"), Choice.OURS.value)
        combo.addItem(self.tr("Take the field version"), Choice.THEIRS.value)
        self.choice_combos[conflict.uuid] = combo
        grid.addWidget(combo, len(conflict.differences) + 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return frame

    def _value_text(self, value: object) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if value is True:
            return self.tr("Yes")
        if value is False:
            return self.tr("No")
        return str(value)

    def _notes(self) -> list[str]:
        notes = []
        for skipped in self.plan.skipped:
            notes.append(
                self.tr("Not imported: %1「%2」 (deleted here, or what it belongs to is)")
                .replace("%1", table_label(skipped.table))
                .replace("%2", skipped.label)
            )
        if self.plan.files_missing:
            notes.append(
                self.tr("%1 attachments arrive without their file (use a .zip package).").replace(
                    "%1", str(self.plan.files_missing)
                )
            )
        notes += filled_texts(self.plan) + adjustment_texts(self.plan.adjusted)
        return notes

    # ----- actions ------------------------------------------------------
    def choices(self) -> dict[str, Choice]:
        return {
            uuid: Choice(combo.currentData())
            for uuid, combo in self.choice_combos.items()
            if combo.currentData() is not None
        }

    def accept(self) -> None:
        try:
            self.applied = interchange.apply_import(self.db, self.package, self.choices())
        except interchange.PackageError as error:
            error_reporting.log_handled(error, "package not imported")
            QMessageBox.critical(self, self.tr("Import Field Data"), package_error_text(error))
            return
        except NotSaved as error:  # one transaction: nothing of the package was imported
            show_not_done(self, self.tr("Importing the package"), error)
            return
        # what only the import itself could find out (those moved up from a waitlist)
        later = [a for a in self.applied.adjusted if a not in self.plan.adjusted]
        if later:
            QMessageBox.information(
                self,
                self.tr("Import Field Data"),
                self.tr("Imported. Please note:") + "\n\n" + "\n".join(adjustment_texts(later)),
            )
        super().accept()

    @classmethod
    def run(cls, parent: QWidget, db: Database, path: Path) -> ImportPlan | None:
        """Read the package, show what it would change, apply it if the user says so."""
        title = QCoreApplication.translate("ImportPackageDialog", "Import Field Data")
        try:
            package = interchange.read_package(path)
            plan = interchange.plan_import(db, package)
        except interchange.PackageError as error:
            error_reporting.log_handled(error, f"package not read: {path}")
            QMessageBox.critical(parent, title, package_error_text(error))
            return None
        dialog = cls(db, package, plan, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.applied
