"""Alt+Q on a 回答 in the remark list: choose the question it answers. The first choice
is the default pairing, the nearest question before the answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.capture.rows import RemarkEntry
from app.ui.capture.display import remark_text

_NEAREST = -1  # the list row's data for "the nearest question before it"


class QuestionPicker(QDialog):
    def __init__(
        self, answer: RemarkEntry, questions: list[RemarkEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answers Which Question"))
        self.resize(560, 380)
        caption = QLabel(self.tr("This answer:\n%1").replace("%1", remark_text(answer)), self)
        caption.setWordWrap(True)
        self.choices = QListWidget(self)
        self.choices.setObjectName("questions")
        self.choices.setWordWrap(True)
        self.choices.setAlternatingRowColors(True)
        self._add(self.tr("The nearest question before it (default)"), _NEAREST)
        for question in questions:
            self._add(remark_text(question), question.id)
        chosen = answer.answers if answer.answers is not None else _NEAREST
        for row in range(self.choices.count()):
            if self.choices.item(row).data(Qt.ItemDataRole.UserRole) == chosen:
                self.choices.setCurrentRow(row)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(QLabel(self.tr("Answers (Enter chooses):"), self))
        layout.addWidget(self.choices, 1)
        layout.addWidget(buttons)
        self._questions = {question.id: question for question in questions}

    def _add(self, text: str, data: int) -> None:
        row = QListWidgetItem(text)
        row.setData(Qt.ItemDataRole.UserRole, data)
        self.choices.addItem(row)

    def chosen(self) -> RemarkEntry | None:
        """The question chosen (None: the nearest before the answer)."""
        item = self.choices.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else _NEAREST
        return self._questions.get(data)

    @classmethod
    def run(
        cls, parent: QWidget, answer: RemarkEntry, questions: list[RemarkEntry]
    ) -> tuple[bool, RemarkEntry | None]:
        """(whether the user chose, the question chosen or None for the default)."""
        dialog = cls(answer, questions, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, None
        return True, dialog.chosen()
