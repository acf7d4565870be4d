"""The live capture console (記録): type the minutes as people speak, without the mouse.

Flow: type a few characters of the speaker (or their number) and Enter; type the remark
and Enter to commit it (time-stamped, its own transaction). Shift+Enter is a new line.
The text being typed is saved as a draft at most 200 ms after a keystroke, and at once on
a change of speaker, kind, item or focus; reopening the meeting restores it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.services.capture.rows import Draft, RemarkEntry, RemarkInput
from app.services.capture.sources import CaptureSource, MeetingSource
from app.services.codes import RemarkKind
from app.services.meetings.rows import AgendaEntry
from app.services.problems import MeetingLocked
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.capture import console_layout, console_outcomes, remark_list_ops
from app.ui.capture import undo_commands as undo
from app.ui.capture.remark_editor import RemarkEditor
from app.ui.capture.speaker_picker import Pick, SpeakerPicker
from app.ui.capture.views import action_text, attendee_text, remark_text, speaker_text

DRAFT_DELAY_MS = 200  # ≤ 300 ms of typing can be lost, with time to spare for the write


class CaptureConsole(QWidget):
    messageRequested = Signal(str)

    def __init__(
        self,
        db: Database,
        meeting_id: int | None,
        parent: QWidget | None = None,
        *,
        source: CaptureSource | None = None,
    ) -> None:
        """Capture into a meeting, or into any ``source`` (a visit's impressions)."""
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        if source is None:
            assert meeting_id is not None
            source = MeetingSource(db, meeting_id)
        self.source: CaptureSource = source
        self.items: list[AgendaEntry] = []
        self.item_index = 0
        self.remarks: list[RemarkEntry] = []
        self.undo_stack = QUndoStack(self)
        self.editing: RemarkEntry | None = None
        self._started_at: datetime | None = None
        self.draft_stored = False
        self._restoring = False

        self.item_caption = QLabel(self)
        self.item_caption.setObjectName("item_caption")
        self.item_position = QLabel(self)
        self.item_position.setObjectName("item_position")
        self.resolution = QLabel(self)
        self.resolution.setObjectName("resolution")
        self.resolution.setWordWrap(True)
        self.attendees = QListWidget(self)
        self.attendees.setObjectName("attendees")
        self.attendees.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remark_list = QListWidget(self)
        self.remark_list.setObjectName("remarks")
        self.remark_list.setWordWrap(True)
        self.remark_list.setAlternatingRowColors(True)
        self.remark_list.itemActivated.connect(lambda _item: remark_list_ops.edit_selected(self))
        self.speaker = SpeakerPicker(self)
        self.speaker.setObjectName("speaker")
        self.speaker.matched.connect(self._on_speaker_matched)
        self.speaker.accepted.connect(self._on_speaker_accepted)
        self.speaker.undoRequested.connect(self.undo_stack.undo)
        self.speaker.redoRequested.connect(self.undo_stack.redo)
        self.speaker_match = QLabel(self)
        self.speaker_match.setObjectName("speaker_match")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for number, kind in enumerate(self.source.kinds, start=1):
            self.kind.addItem(f"{label(kind)}  (Ctrl+{number})", kind)
        self.kind.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.kind.currentIndexChanged.connect(lambda _i: self.save_draft_now())
        self.editor = RemarkEditor(self)
        self.editor.setObjectName("editor")
        self.editor.commitRequested.connect(self.commit)
        self.editor.undoBeyondText.connect(self.undo_stack.undo)
        self.editor.redoBeyondText.connect(self.undo_stack.redo)
        self.editor.textChanged.connect(self._on_text_changed)
        self.mode = QLabel(self)
        self.mode.setObjectName("mode")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)
        console_layout.style(self)
        console_layout.lay_out(self)
        self._make_actions()
        self.editor.installEventFilter(self)
        self.speaker.installEventFilter(self)
        self.reload()

    # ------------------------------------------------------------------ layout and keys

    def _make_actions(self) -> None:
        def add(shortcut: str | QKeySequence, slot: object) -> QAction:
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        add("F2", self.focus_speaker)
        add("F6", self._toggle_list_focus)
        add("Ctrl+PgDown", lambda: self.go_to_item(self.item_index + 1))
        add("Ctrl+PgUp", lambda: self.go_to_item(self.item_index - 1))
        add("Ctrl+D", lambda: console_outcomes.record_decision(self))
        add("Ctrl+T", lambda: console_outcomes.record_action(self))
        add("Escape", lambda: remark_list_ops.cancel_edit(self))
        for number in range(1, len(self.source.kinds) + 1):
            add(f"Ctrl+{number}", lambda _checked=False, n=number: self.kind.setCurrentIndex(n - 1))
        for number in range(1, 10):
            add(f"Alt+{number}", lambda _checked=False, n=number: self.pick_speaker_number(n))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.remark_list.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.editor, self.speaker):
            self.save_draft_now()
        if (
            watched is self.remark_list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            return remark_list_ops.remark_list_key(self, event)
        return False

    # ------------------------------------------------------------------ loading

    @property
    def locked(self) -> bool:
        return self.source.locked()

    @property
    def current_item(self) -> AgendaEntry | None:
        return self.items[self.item_index] if self.items else None

    def reload(self) -> None:
        """Read agenda, attendees and remarks again; restore a stored draft."""
        self.items = self.source.items()
        self.speaker.speakers = self.source.speakers()
        self.attendees.clear()
        for number, person in enumerate(self.speaker.speakers, start=1):
            row = QListWidgetItem(attendee_text(number, person))
            row.setToolTip(speaker_text(person))
            self.attendees.addItem(row)
        locked = self.locked
        for widget in (self.editor, self.speaker):
            widget.setEnabled(not locked and bool(self.items))
        if locked:
            self.set_mode(self.tr("Approved: the minutes are locked."))
        elif not self.items:
            self.set_mode(self.tr("Add agenda items first (tab Agenda)."))
        else:
            self.set_mode("")
        draft = self.source.load_draft()
        if draft is not None and not locked:
            self.restore(draft)
        else:
            self.item_index = min(self.item_index, max(len(self.items) - 1, 0))
            self.show_item()

    def restore(self, draft: Draft) -> None:
        self._restoring = True
        ids = [item.id for item in self.items]
        if draft.agenda_item_id in ids:
            self.item_index = ids.index(draft.agenda_item_id)
        self.show_item()
        speaker = next(
            (s for s in self.speaker.speakers if s.member_id == draft.speaker_member_id), None
        )
        if draft.speaker_member_id is not None and speaker is not None:
            self.speaker.show_pick(Pick(speaker))
        elif draft.speaker_name:
            self.speaker.show_pick(Pick(None, draft.speaker_name))
        self.kind.setCurrentIndex(max(self.kind.findData(draft.kind), 0))
        self.editor.setPlainText(draft.text)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.draft_stored = True
        self._restoring = False
        if draft.text:
            self.messageRequested.emit(self.tr("The unfinished remark was restored."))

    def show_item(self, item_id: int | None = None) -> None:
        """Show the current agenda item (or ``item_id``) with its remarks and decisions."""
        if item_id is not None:
            self.items = self.source.items()
            ids = [item.id for item in self.items]
            if item_id in ids:
                self.item_index = ids.index(item_id)
        item = self.current_item
        self.remark_list.clear()
        if item is None:
            self.item_caption.setText(self.tr("No agenda items"))
            self.item_position.setText("")
            self.resolution.setText("")
            return
        self.item_caption.setText(f"{item.label} {item.title}".strip())
        self.item_position.setText(
            self.tr("Item %1 of %2")
            .replace("%1", str(self.item_index + 1))
            .replace("%2", str(len(self.items)))
            if len(self.items) > 1 or self.source.supports_decisions
            else ""
        )
        self.remarks = self.source.remarks(item.id)
        for entry in self.remarks:
            row = QListWidgetItem(remark_text(entry))
            row.setData(Qt.ItemDataRole.UserRole, entry.uuid)
            self.remark_list.addItem(row)
        self.remark_list.scrollToBottom()
        lines = [f"→ {line}" for line in item.resolution.splitlines() if line.strip()]
        lines += [action_text(a) for a in self.source.actions(item.id)]
        self.resolution.setText("\n".join(lines))
        self.resolution.setVisible(bool(lines))

    # ------------------------------------------------------------------ navigation

    def go_to_item(self, index: int) -> None:
        if not self.items or not 0 <= index < len(self.items):
            return
        self.save_draft_now()
        remark_list_ops.cancel_edit(self)
        self.item_index = index
        self.show_item()
        self.save_draft_now()

    def focus_speaker(self) -> None:
        self.speaker.setFocus()
        self.speaker.selectAll()

    def _toggle_list_focus(self) -> None:
        if self.remark_list.hasFocus():
            self.editor.setFocus()
            return
        if not self.remark_list.selectedItems() and self.remark_list.count():
            self.remark_list.setCurrentRow(self.remark_list.count() - 1)  # the latest
        self.remark_list.setFocus()

    def pick_speaker_number(self, number: int) -> None:
        if 1 <= number <= len(self.speaker.speakers):
            pick = Pick(self.speaker.speakers[number - 1])
            self.speaker.show_pick(pick)
            self._on_speaker_accepted(pick)

    def _on_speaker_matched(self, pick: Pick | None) -> None:
        if pick is None:
            self.speaker_match.setText("")
        elif pick.speaker is None:
            self.speaker_match.setText(self.tr("→ %1 (not a member)").replace("%1", pick.free_name))
        else:
            self.speaker_match.setText("→ " + speaker_text(pick.speaker))

    def _on_speaker_accepted(self, _pick: Pick) -> None:
        self.save_draft_now()
        self.editor.setFocus()

    # ------------------------------------------------------------------ drafts

    def _on_text_changed(self) -> None:
        if self._restoring:
            return
        if self._started_at is None and self.editor.toPlainText():
            self._started_at = datetime.now(UTC)
        if self.editing is None and not self._draft_timer.isActive():
            self._draft_timer.start()

    def _draft(self) -> Draft:
        pick = self.speaker.current()
        item = self.current_item
        return Draft(
            text=self.editor.toPlainText(),
            agenda_item_id=item.id if item else None,
            speaker_member_id=pick.member_id if pick else None,
            speaker_name=pick.non_member_name if pick else "",
            kind=self.current_kind(),
        )

    def save_draft_now(self) -> None:
        """Store the remark being typed (nothing to do while editing an old remark)."""
        self._draft_timer.stop()
        if self._restoring or self.editing is not None or self.locked_cached():
            return
        draft = self._draft()
        if not draft.text and not self.draft_stored:
            return
        self.source.save_draft(draft)
        self.draft_stored = True

    def current_kind(self) -> RemarkKind:
        return RemarkKind(self.kind.currentData())

    def set_mode(self, text: str) -> None:
        self.mode.setText(text)
        self.mode.setVisible(bool(text))

    def locked_cached(self) -> bool:
        return not self.editor.isEnabled()

    # ------------------------------------------------------------------ recording

    def refresh(self, item_id: int) -> None:
        self.show_item(item_id)

    def commit(self) -> None:
        """Enter: record the remark (or save the one being edited)."""
        item = self.current_item
        text = self.editor.toPlainText().strip()
        pick = self.speaker.current()
        if item is None or not text:
            return
        if pick is None:
            self.messageRequested.emit(self.tr("Who is speaking? Type a name or number (F2)."))
            self.focus_speaker()
            return
        remark = RemarkInput(text, pick.member_id, pick.non_member_name, self.current_kind())
        try:
            if self.editing is not None:
                self.undo_stack.push(undo.EditRemark(self.db, self.editing, remark, self.refresh))
                self.editing = None
                self.set_mode("")
                self.finish_input()
                return
            self._draft_timer.stop()
            entry = self.source.add_remark(item.id, remark, self._started_at)
        except MeetingLocked:
            self.messageRequested.emit(self.tr("Approved: the minutes are locked."))
            return
        self.draft_stored = False
        self.undo_stack.push(undo.AddRemark(self.db, entry, self.refresh))
        self.show_item()
        self.finish_input()
        self.messageRequested.emit(self.tr("Recorded: %1").replace("%1", entry.speaker_name))

    def finish_input(self) -> None:
        self._restoring = True
        self.editor.clear()
        self._restoring = False
        self._started_at = None
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.kind.blockSignals(False)
        self.focus_speaker()

    # ------------------------------------------------------------------ the remark list
