"""The popup under a speaker box: who the characters typed may stand for, each with the
name, the reading and the role, so the clerk sees who Enter will pick before pressing it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView

from app.services.meetings.rows import Speaker
from app.texts.labels import label

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # what a chosen row puts in the box: the name


def choice_text(speaker: Speaker) -> str:
    """「松村 太郎　まつむら たろう　事務局・綾瀬精工」: name, reading, role and organization."""
    role = label(speaker.role) if speaker.role is not None else ""
    details = [role] if role and role != speaker.name else []  # not 「事務局　事務局」
    if speaker.organization:
        details.append(speaker.organization)
    parts = [speaker.name]
    if speaker.reading and speaker.reading != speaker.name:
        parts.append(speaker.reading)
    if details:
        parts.append("・".join(details))
    return "　".join(parts)


class SpeakerPopup(QObject):
    """A completer whose rows are set from outside (``offer``): the matching is the app's
    (readings, kana, 事務局), not Qt's prefix filter."""

    def __init__(self, box: QLineEdit) -> None:
        super().__init__(box)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setMaxVisibleItems(8)
        self.completer.setWidget(box)
        self.list = QListView(box)
        self.list.setObjectName("speaker_popup")
        self.completer.setPopup(self.list)

    def offer(self, speakers: list[Speaker]) -> None:
        """The rows, the one Enter picks first; none closes the popup."""
        self.model.clear()
        for speaker in speakers:
            row = QStandardItem(choice_text(speaker))
            row.setData(speaker.name, NAME_ROLE)
            row.setEditable(False)
            self.model.appendRow(row)
        if not speakers:
            self.close()
            return
        # as readable as the box, and wide enough for a row (name, reading, role)
        box = self.completer.widget()
        if box is not None:
            self.list.setFont(box.font())
            width = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 24
            self.list.setMinimumWidth(max(width, box.width()))

    def rows(self) -> list[str]:
        """What the popup lists now, top to bottom."""
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def is_open(self) -> bool:
        return self.list.isVisible()

    def close(self) -> None:
        self.list.hide()
