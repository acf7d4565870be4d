"""議題: the agenda of one meeting. Reorder by drag and drop or Alt+↑/↓; labels follow
the chosen style (①, (1), 1). Below, what carries over from earlier meetings of the body:
前回からの継続事項 (open action items) and 前回意見への対応 (remarks awaiting a response)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.codes import AgendaKind
from app.services.meetings import agenda
from app.services.meetings.agenda import LabelStyle
from app.services.meetings.rows import AgendaEntry
from app.services.problems import MeetingLocked, NotSaved
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.capture.display import carried_action_text
from app.ui.dialogs.conflict_dialog import Settled, over, save_settling_conflicts
from app.ui.key_guide import KeyGuide, keys_text
from app.ui.widgets.save_failed import show_not_done, show_not_saved

T = TypeVar("T")


class AgendaEditor(QWidget):
    changed = Signal()
    messageRequested = Signal(str)

    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.entries: list[AgendaEntry] = []
        self.list = QListWidget(self)
        self.list.setObjectName("agenda_items")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.list.currentRowChanged.connect(self._show_entry)
        self.list.installEventFilter(self)
        self.style_choice = QComboBox(self)
        self.style_choice.setObjectName("label_style")
        for style, text in (
            (LabelStyle.CIRCLED, "① ② ③"),
            (LabelStyle.PARENTHESIZED, "(1) (2) (3)"),
            (LabelStyle.PLAIN, "1 2 3"),
        ):
            self.style_choice.addItem(text, style)
        self.style_choice.activated.connect(self._on_style_chosen)
        new_button = QPushButton(self.tr("New Item"), self)
        new_button.setObjectName("new_item")
        new_button.clicked.connect(self.new_item)
        delete_button = QPushButton(self.tr("Delete"), self)
        delete_button.clicked.connect(self.delete_item)

        self.label_edit = QLineEdit(self)
        self.label_edit.setMaximumWidth(80)
        self.title = QLineEdit(self)
        self.title.setObjectName("item_title")
        self.kind = QComboBox(self)
        for kind in AgendaKind:
            self.kind.addItem(label(kind), kind)
        self.presenter = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("item_description")
        self.result = QComboBox(self)
        self.result.setEditable(True)
        self.result.addItems(
            ["", "承認", "原案どおり承認", "継続審議", "報告了承", "修正のうえ承認"]
        )
        self.resolution = QPlainTextEdit(self)
        self.resolution.setObjectName("item_resolution")
        save_button = QPushButton(self.tr("Save Item (Ctrl+S)"), self)
        save_button.setObjectName("save_item")
        save_button.clicked.connect(self.save_item)
        self._make_keys()

        form = QFormLayout()
        heading = QHBoxLayout()
        heading.addWidget(self.label_edit)
        heading.addWidget(self.title, 1)
        form.addRow(self.tr("Item"), heading)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Presenter"), self.presenter)
        form.addRow(self.tr("Proposal"), self.description)
        form.addRow(self.tr("Result"), self.result)
        form.addRow(self.tr("Decisions (→)"), self.resolution)
        form.addRow("", save_button)

        self.carried = QListWidget(self)
        self.carried.setObjectName("carried_over")
        self.carried.setWordWrap(True)
        carried_box = QGroupBox(self.tr("Carried over from earlier meetings"), self)
        QVBoxLayout(carried_box).addWidget(self.carried)

        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.style_choice)
        buttons.addStretch(1)
        buttons.addWidget(new_button)
        buttons.addWidget(delete_button)
        left_column.addLayout(buttons)
        right = QWidget(self)
        right.setLayout(form)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 3)
        layout.addWidget(carried_box, 1)
        self.reload()

    def _make_keys(self) -> None:
        """Ctrl+S and Ctrl+N, and Alt+↑/↓ in the list, named in the shortcut sheet."""
        guide = self.key_guide = KeyGuide(self, self.tr("Agenda"))
        for name, key, slot in (
            (self.tr("Save Item"), [QKeySequence("Ctrl+S")], self.save_item),
            (self.tr("New Item"), [QKeySequence("Ctrl+N")], self.new_item),
        ):
            action = QAction(name, self)
            action.setShortcuts(key)
            action.triggered.connect(slot)
            self.addAction(action)  # in the window, while the agenda is shown
            guide.add_action(action)
        guide.add_keys(
            self.tr("Move the Item Up / Down (in the List)"), *keys_text("Alt+Up", "Alt+Down")
        )

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.list.currentRow()
        self.entries = agenda.items(self.db, self.meeting_id)
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            row = QListWidgetItem(f"{entry.label} {entry.title}".strip())
            row.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(row)
        self.list.blockSignals(False)
        if self.entries:
            style = agenda.style_of(self.entries[0].label)
            self.style_choice.setCurrentIndex(max(self.style_choice.findData(style), 0))
            self.list.setCurrentRow(max(0, min(current, len(self.entries) - 1)))
        else:
            self._show_entry(-1)
        self.refresh_carried_over()

    def refresh_carried_over(self) -> None:
        """Read again what earlier meetings and visits left open (the item being edited
        above stays as it is)."""
        carried = agenda.carried_over(self.db, self.meeting_id)
        self.carried.clear()
        for action in carried.actions:
            self.carried.addItem(self.tr("Continuing: ") + carried_action_text(action))
        for remark in carried.pending_remarks:
            self.carried.addItem(
                self.tr("Response due: ") + f"{remark.speaker_name}「{remark.text}」"
            )
        if not self.carried.count():
            self.carried.addItem(self.tr("Nothing open from earlier meetings."))

    def _show_entry(self, row: int) -> None:
        entry = (
            self.entries[row]
            if 0 <= row < len(self.entries)
            else AgendaEntry(0, 0, "", "", AgendaKind.DELIBERATION)
        )
        self.label_edit.setText(entry.label)
        self.title.setText(entry.title)
        self.kind.setCurrentIndex(max(self.kind.findData(entry.kind), 0))
        self.presenter.setText(entry.presenter_name)
        self.description.setPlainText(entry.description)
        self.result.setCurrentText(entry.result)
        self.resolution.setPlainText(entry.resolution)

    def _current(self) -> AgendaEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def new_item(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._show_entry(-1)
        self.title.setFocus()

    def save_item(self) -> None:
        current = self._current()
        keep_presenter = current is not None and current.presenter_name == self.presenter.text()
        entry = AgendaEntry(
            id=current.id if current else 0,
            position=current.position if current else 0,
            label=self.label_edit.text(),
            title=self.title.text(),
            kind=AgendaKind(self.kind.currentData()),
            description=self.description.toPlainText(),
            presenter_member_id=current.presenter_member_id if current and keep_presenter else None,
            presenter_name=self.presenter.text(),
            result=self.result.currentText(),
            resolution=self.resolution.toPlainText(),
            version=current.version if current else 0,
        )
        if not entry.title.strip():
            self.messageRequested.emit(self.tr("An agenda item needs a title."))
            self.title.setFocus()
            return
        try:
            settled = save_settling_conflicts(
                self, lambda theirs: agenda.save_item(self.db, self.meeting_id, over(entry, theirs))
            )
        except MeetingLocked:
            self.messageRequested.emit(self.tr("Approved: the minutes are locked."))
            return
        except NotSaved as error:  # the form keeps what was typed
            show_not_saved(self, self.tr("the agenda item"), error)
            return
        if settled.cancelled:
            return  # back to the item as typed: nothing saved, nothing lost
        saved = settled.now_saved
        ids = [e.id for e in agenda.items(self.db, self.meeting_id)]
        self.reload(select=ids.index(saved.id) if saved is not None else None)
        if settled.saved is not None:
            self.messageRequested.emit(self.tr("Agenda item saved."))
        self.changed.emit()

    def delete_item(self) -> None:
        current = self._current()
        if current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete Agenda Item"),
            self.tr("Delete “%1” and every remark recorded under it?").replace("%1", current.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            save_settling_conflicts(
                self, lambda theirs: agenda.delete_item(self.db, theirs or current)
            )
        except MeetingLocked:
            return
        except NotSaved as error:
            show_not_done(self, self.tr("Deleting the agenda item"), error)
            return
        self.reload()
        self.changed.emit()

    def move_current(self, step: int) -> None:
        current = self._current()
        if current is None:
            return
        try:
            settled = self._arrange(
                lambda shown: agenda.move_item(
                    self.db, self.meeting_id, current.id, self.list.currentRow() + step, shown=shown
                )
            )
        except MeetingLocked:
            return
        except NotSaved as error:
            show_not_done(self, self.tr("Moving the agenda item"), error)
            return
        self.reload(select=settled.saved)
        self.changed.emit()

    def _arrange(self, change: Callable[[Sequence[AgendaEntry]], T]) -> Settled[T]:
        """Reorder or renumber the agenda shown; on a conflict, the user chooses (saving
        mine over theirs checks the agenda as the conflict dialog showed it)."""
        shown = self.entries
        return save_settling_conflicts(
            self, lambda theirs: change(theirs.entries if theirs is not None else shown)
        )

    def _on_rows_moved(self, *_args: object) -> None:
        """Drag and drop: store the order the list now shows (one item moved)."""
        shown = [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]
        stored = [entry.id for entry in self.entries]
        moved = next(
            (
                item_id
                for item_id in stored
                if [i for i in shown if i != item_id] == [i for i in stored if i != item_id]
            ),
            None,
        )
        if moved is not None and shown != stored:
            try:
                self._arrange(
                    lambda entries: agenda.move_item(
                        self.db, self.meeting_id, moved, shown.index(moved), shown=entries
                    )
                )
            except NotSaved as error:  # the list goes back to the stored order
                show_not_done(self, self.tr("Moving the agenda item"), error)
                self.reload()
                return
        self.reload(select=shown.index(moved) if moved is not None else None)
        self.changed.emit()

    def _on_style_chosen(self) -> None:
        style = LabelStyle(self.style_choice.currentData())
        try:
            self._arrange(
                lambda entries: agenda.relabel(self.db, self.meeting_id, style, shown=entries)
            )
        except NotSaved as error:  # reloading shows the style still stored
            show_not_done(self, self.tr("Renumbering the agenda"), error)
            self.reload()
            return
        self.reload()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moving = (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        )
        if moving:
            assert isinstance(event, QKeyEvent)
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
        return moving
