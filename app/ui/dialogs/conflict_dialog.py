"""Someone else saved the record while you were working on it: both versions side by
side, field by field, and the choice of which to keep.

Every edit path of the app opens this one dialog on an :class:`EditConflict`. Nothing
has been written when it opens; keeping theirs reloads, saving mine over theirs saves
again against the version shown here, so that a third save in between is again a
conflict (and this dialog again).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.problems import EditConflict
from app.texts.conflicts import ConflictRow, conflict_rows, record_name
from app.ui.widgets.window_size import resize_within_screen

DIFFERS = "background-color: #fff3c4; padding: 2px;"
SAME = "padding: 2px;"
SavedT = TypeVar("SavedT")


class ConflictChoice(Enum):
    KEEP_THEIRS = "keep_theirs"  # nothing of mine is saved; show what is saved now
    SAVE_MINE = "save_mine"  # save (or delete) again over the version shown


class ConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: ConflictChoice | None = None
        self.rows: list[ConflictRow] = conflict_rows(conflict)
        self.setWindowTitle(self.tr("Changed by Someone Else"))
        name = record_name(conflict.record)
        if conflict.theirs is None:
            text = self.tr(
                "Someone else deleted this %1 while you were working on it. "
                "Nothing of yours was saved."
            )
        elif conflict.mine is None:
            text = self.tr(
                "Someone else changed this %1 after it was shown to you. "
                "It has not been deleted: compare, then choose."
            )
        else:
            text = self.tr(
                "Someone else saved this %1 while you were working on it. "
                "Nothing has been overwritten: compare the two versions, then choose "
                "which to keep."
            )
        heading = QLabel(text.replace("%1", name), self)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        differing = sum(row.differs for row in self.rows)
        summary = QLabel(
            self.tr("Fields that differ (highlighted): %1").replace("%1", str(differing)), self
        )
        summary.setObjectName("summary")
        summary.setVisible(conflict.theirs is not None and conflict.mine is not None)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        comparison, grid = self._comparison()
        layout.addWidget(comparison, 1)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(720)
        wanted = grid.sizeHint().height() + 140  # and the heading and buttons
        resize_within_screen(self, 820, max(320, min(wanted, 680)))

    def _comparison(self) -> tuple[QScrollArea, QWidget]:
        grid_widget = QWidget(self)
        grid_widget.setObjectName("comparison")
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        deleting, deleted = self.conflict.mine is None, self.conflict.theirs is None
        theirs_title = (
            self.tr("Deleted by someone else") if deleted else self.tr("Saved now (someone else's)")
        )
        mine_title = self.tr("Yours: delete it") if deleting else self.tr("Yours (not saved)")
        for column, title in enumerate(("", theirs_title, mine_title)):
            header = QLabel(f"<b>{title}</b>", grid_widget)
            header.setAlignment(Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(header, 0, column)
        for number, row in enumerate(self.rows, start=1):
            caption = QLabel(f"<b>{row.caption}</b>" if row.differs else row.caption, grid_widget)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(caption, number, 0)
            for column, value in ((1, row.theirs), (2, row.mine)):
                cell = QLabel(value, grid_widget)
                cell.setObjectName(f"{'theirs' if column == 1 else 'mine'}_{number - 1}")
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                cell.setStyleSheet(DIFFERS if row.differs else SAME)
                grid.addWidget(cell, number, column)
        grid.setRowStretch(len(self.rows) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        return scroll, grid_widget

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        keep_text = (
            self.tr("Accept the Deletion (Reload)")
            if self.conflict.theirs is None
            else self.tr("Keep Theirs (Reload)")
        )
        self.keep_button = QPushButton(keep_text, self)
        self.keep_button.setObjectName("keep_theirs")
        self.keep_button.setDefault(True)  # the safe choice: Enter overwrites nothing
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_THEIRS))
        mine_text = (
            self.tr("Delete Anyway")
            if self.conflict.mine is None
            else self.tr("Save Mine over Theirs")
        )
        self.save_button = QPushButton(mine_text, self)
        self.save_button.setObjectName("save_mine")
        self.save_button.setAutoDefault(False)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.save_button.clicked.connect(lambda: self._choose(ConflictChoice.SAVE_MINE))
        # A deleted record cannot be saved over: only reloading is left.
        self.save_button.setVisible(self.conflict.theirs is not None)
        buttons.rejected.connect(self.reject)
        return buttons

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def run(cls, parent: QWidget | None, conflict: EditConflict) -> ConflictChoice | None:
        """Show both versions; the user's choice, or None when they cancelled (back to
        what they were doing, nothing saved)."""
        dialog = cls(conflict, parent)
        dialog.exec()
        return dialog.choice


@dataclass(frozen=True, slots=True)
class Settled(Generic[SavedT]):
    """How a save went: ``saved`` what the save returned (None: nothing of mine was
    saved); ``choice`` what the user chose in the conflict dialog, if it was shown;
    ``theirs`` the record as saved by someone else, when they chose to keep it."""

    saved: SavedT | None
    choice: ConflictChoice | None = None
    theirs: Any | None = None

    @property
    def cancelled(self) -> bool:
        """The user closed the conflict dialog: back to what they were doing."""
        return self.saved is None and self.choice is None

    @property
    def now_saved(self) -> Any | None:
        """The record as it is saved now: mine, or theirs if kept (None: deleted)."""
        return self.saved if self.saved is not None else self.theirs


def save_settling_conflicts(
    parent: QWidget | None, save: Callable[[Any | None], SavedT]
) -> Settled[SavedT]:
    """Save, and on a conflict let the user choose in the conflict dialog.

    ``save(None)`` saves against the version the user was shown; ``save(theirs)`` saves
    the same values against ``theirs`` (the record as the dialog showed it), which is
    how "save mine over theirs" stays checked: a third save in between is a new conflict.
    Other exceptions (``Invalid``, ``MeetingLocked`` …) go to the caller.
    """
    against: Any | None = None
    while True:
        try:
            return Settled(save(against))
        except EditConflict as conflict:
            choice = ConflictDialog.run(parent, conflict)
            if choice is ConflictChoice.SAVE_MINE and conflict.theirs is not None:
                against = conflict.theirs
                continue
            return Settled(None, choice, conflict.theirs)


FormT = TypeVar("FormT")


def over(form: FormT, theirs: Any | None) -> FormT:
    """``form`` as the save to make: against its own version, or against ``theirs``'s."""
    if theirs is None:
        return form
    return replace(form, version=theirs.version)  # type: ignore[type-var]
