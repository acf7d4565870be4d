"""文書: the selected letter's details and its attachments; Enter or a double click on
an attachment opens a copy of it in the system's viewer."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMessageBox, QWidget

from app.services.codes import CorrespondenceDirection
from app.services.correspondence import attachments
from app.services.correspondence.attachments import AttachmentDamaged
from app.services.correspondence.detail import LetterDetail, letter_detail
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.details import rich_text
from app.ui.details.detail_pane import DetailPane
from app.ui.formatting import short_date
from app.ui.signal_hub import RecordKind, SignalHub
from app.ui.widgets.save_failed import show_not_done

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AttachmentList(QListWidget):
    """Enter opens the attachment here, before the tab's Enter shortcut (edit the letter)."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and self.currentItem() is not None
        ):
            event.accept()
            return True
        return super().event(event)


class LetterDetailPane(DetailPane):
    NEWS: ClassVar[Mapping[str, bool]] = {
        RecordKind.LETTER: True,
        RecordKind.ATTACHMENT: True,  # ids: letters
        RecordKind.MEETING: False,  # the related meeting's title
        RecordKind.VISIT: False,
        RecordKind.ORGANIZATION: False,  # the counterparty's name
    }
    SHARE = 30  # a letter says little; the register has many columns

    def __init__(self, db: Database, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(db, hub, parent)
        self.attachments_label = QLabel(self.tr("Attachments"), self.content)
        self.attachments_label.setStyleSheet("font-weight: bold;")
        self.attachments = AttachmentList(self.content)
        self.attachments.setObjectName("detail_attachments")
        self.attachments.setMaximumHeight(110)
        self.attachments.itemActivated.connect(self._on_attachments_item_activated)
        self.attachments_label.setBuddy(self.attachments)
        self.content_layout.addWidget(self.attachments_label)
        self.content_layout.addWidget(self.attachments)

    def read(self, record_id: int) -> LetterDetail | None:
        return letter_detail(self.db, record_id)

    def show_detail(self, detail: Any) -> None:
        super().show_detail(detail)
        letter: LetterDetail = detail
        self.attachments.clear()
        for row in letter.attachments:
            item = QListWidgetItem(f"{row.original_name}　({_size(row.size_bytes)})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.attachments.addItem(item)
        count = len(letter.attachments)
        self.attachments_label.setText(
            self.tr("Attachments (%1)").replace("%1", str(count))
            if count
            else self.tr("No attachments")
        )
        self.attachments.setVisible(bool(letter.attachments))

    def describe(self, detail: Any) -> str:
        letter: LetterDetail = detail
        incoming = letter.direction is CorrespondenceDirection.INCOMING
        reply = ""
        if letter.reply_needed or letter.reply_due:
            reply = self.tr("needed, by %1").replace("%1", short_date(letter.reply_due))
            reply = reply if letter.reply_due else self.tr("needed")
        return "".join(
            [
                rich_text.heading(
                    letter.subject,
                    "　".join(
                        part for part in (label(letter.direction), letter.document_number) if part
                    ),
                ),
                rich_text.fields(
                    [
                        (self.tr("Date"), short_date(letter.dated_on)),
                        (self.tr("From") if incoming else self.tr("To"), letter.counterparty),
                        (self.tr("Their number"), letter.their_number),
                        (self.tr("Medium"), label(letter.medium)),
                        (self.tr("Status"), label(letter.status)),
                        (self.tr("Reply"), reply),
                        (self.tr("Related to"), letter.related),
                    ]
                ),
                rich_text.text_section(self.tr("Summary"), letter.summary),
            ]
        )

    def open_attachment(self, item: QListWidgetItem) -> Path | None:
        """Open a copy of the attachment (the stored file is never handed out)."""
        try:
            copy = attachments.copy_for_opening(self.db, item.data(Qt.ItemDataRole.UserRole))
        except AttachmentDamaged:
            QMessageBox.warning(
                self,
                self.tr("Attachments"),
                self.tr("This file was changed outside the app; restore it from a backup."),
            )
            return None
        except OSError as error:
            show_not_done(self, self.tr("Opening %1").replace("%1", item.text()), error)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def _on_attachments_item_activated(self, item: QListWidgetItem) -> None:
        self.open_attachment(item)


def _size(size_bytes: int) -> str:
    if size_bytes < 1024:
        return f"{size_bytes} B"
    if size_bytes < 1024 * 1024:
        return f"{size_bytes / 1024:.0f} KB"
    return f"{size_bytes / 1024 / 1024:.1f} MB"
