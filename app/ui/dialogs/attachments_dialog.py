"""Files attached to one letter: add by dialog or by dropping files here; open a copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.correspondence import attachments
from app.services.correspondence.attachments import AttachmentDamaged
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.ui.widgets.save_failed import show_not_done


class AttachmentsDialog(QDialog):
    def __init__(self, db: Database, correspondence_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.correspondence_id = correspondence_id
        self.added: list[int] = []
        self.setWindowTitle(self.tr("Attachments"))
        self.setAcceptDrops(True)
        self.list = QListWidget(self)
        self.list.setObjectName("attachments")
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.message = QLabel(self.tr("Drop files here, or use Add."), self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        add = QPushButton(self.tr("Add…"), self)
        add.clicked.connect(self.choose_files)
        open_button = QPushButton(self.tr("Open"), self)
        open_button.clicked.connect(self.open_current)
        buttons.addButton(add, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for row in attachments.list_for(self.db, self.correspondence_id):
            item = QListWidgetItem(f"{row.original_name}　({row.size_bytes:,} B)")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)

    def add_files(self, paths: list[Path]) -> None:
        attached = 0
        for path in paths:
            if not path.is_file():
                continue
            try:
                self.added.append(attachments.add(self.db, self.correspondence_id, path))
            except (NotSaved, OSError) as error:  # the files after it are not tried
                show_not_done(self, self.tr("Attaching %1").replace("%1", path.name), error)
                break
            attached += 1
        self.reload()
        self.message.setText(self.tr("%1 file(s) attached.").replace("%1", str(attached)))

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach Files"))
        if names:
            self.add_files([Path(name) for name in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files(paths)
        event.acceptProposedAction()

    def open_current(self) -> Path | None:
        """Open a copy in the system's viewer (the stored file is never handed out)."""
        item = self.list.currentItem()
        if item is None:
            return None
        try:
            copy = attachments.copy_for_opening(self.db, item.data(Qt.ItemDataRole.UserRole))
        except AttachmentDamaged:
            self.message.setText(
                self.tr("This file was changed outside the app; restore it from a backup.")
            )
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    @classmethod
    def run(cls, parent: QWidget, db: Database, correspondence_id: int) -> tuple[int, ...] | None:
        """Show the letter's attachments until the user closes the dialog; returns the
        ids of the files attached, or None when none was."""
        dialog = cls(db, correspondence_id, parent)
        dialog.exec()
        return tuple(dialog.added) or None
