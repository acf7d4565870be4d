"""ファイル › 復元: choose a verified backup and put it in place of the current data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import workspace
from app.services.workspace import BackupInfo, BackupRefused, Database
from app.texts.database import backup_refused_text
from app.texts.failures import failure_text
from app.ui import error_reporting


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "Choose the backup to restore. The current data is backed up first, "
                "so this step can be undone by restoring that backup."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backups")
        for info in backups:
            reason = self._reason_label(info.reason)
            size = f"{info.size_bytes / 1024:,.0f} KB"
            item = QListWidgetItem(f"{info.created:%Y/%m/%d %H:%M:%S}   {reason}   {size}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        other = QPushButton(self.tr("Other File…"), self)
        other.clicked.connect(self._on_other_clicked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _reason_label(self, reason: str) -> str:
        labels = {
            "daily": self.tr("Daily"),
            "session": self.tr("End of session"),
            "manual": self.tr("Manual"),
            "pre-migration": self.tr("Before update"),
            "before-restore": self.tr("Before restore"),
        }
        return labels.get(reason, reason)

    def _on_other_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Backup File"), "", self.tr("Database files (*.sqlite3 *.db)")
        )
        if name:
            self.chosen = Path(name)
            self.accept()

    def accept(self) -> None:
        if self.chosen is None:
            item = self.list.currentItem()
            if item is None:
                return
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        super().accept()

    @classmethod
    def run(cls, parent: QWidget, db: Database) -> Path | None:
        """Ask which backup, confirm, restore. Returns the backup now in place of the
        data, or None when nothing was replaced."""
        dialog = cls(workspace.list_backups(db), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return None
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("RestoreDialog", "Restore from Backup"),
            QCoreApplication.translate(
                "RestoreDialog", "Replace the current data with the backup of %1?"
            ).replace("%1", dialog.chosen.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            kept = workspace.restore_open_database(db, dialog.chosen)
        except BackupRefused as refused:  # damaged, empty, another program's, newer …
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("RestoreDialog", "Restore failed"),
                backup_refused_text(refused),
            )
            return None
        except Exception as exc:  # said below in the UI language; the log keeps its words
            error_reporting.log_handled(exc, "restore failed")
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("RestoreDialog", "Restore failed"),
                QCoreApplication.translate(
                    "RestoreDialog", "The backup was not restored; your data is unchanged.\n\n%1"
                ).replace("%1", failure_text(exc)),
            )
            return None
        message = QCoreApplication.translate("RestoreDialog", "The backup was restored.")
        if kept is not None:
            message += "\n" + QCoreApplication.translate(
                "RestoreDialog", "The data as it was before is kept in %1"
            ).replace("%1", str(kept))
        QMessageBox.information(
            parent, QCoreApplication.translate("RestoreDialog", "Restore from Backup"), message
        )
        return dialog.chosen
