"""What the capture console does, without its widgets: the current agenda item, the speaker,
kind and text being typed, the draft kept ≤ 300 ms behind the typing, committing, editing,
moving and deleting remarks, decisions and action items, and their undo stack.

It reaches the data only through a ``CaptureSource``. The view tells it what the user typed
(``set_text``, ``set_speaker_text``, ``set_kind``) and what they asked for; it answers with
signals saying what to show. While it puts text into the view itself (a restored draft, a
remark to edit, a cleared input) the echoes of those changes are not taken as typing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QUndoStack

from app.services.capture.rows import Draft, RemarkEntry, RemarkInput
from app.services.capture.sources import CaptureSource
from app.services.codes import RemarkKind
from app.services.meetings.rows import AgendaEntry, Speaker
from app.services.problems import EditConflict, MeetingLocked
from app.ui.capture import undo_commands as undo
from app.ui.capture.capture_state import ItemPage, Typing
from app.ui.capture.conflicts import ConflictSettler
from app.ui.capture.speaker_picker import Pick, resolve

DRAFT_DELAY_MS = 200  # ≤ 300 ms of typing can be lost, with time to spare for the write


class CaptureController(QObject):
    itemChanged = Signal(object)  # ItemPage
    speakersChanged = Signal(object)  # list[Speaker], numbered from 1 (Alt+number)
    inputEnabledChanged = Signal(bool)
    modeChanged = Signal(str)  # "" when there is nothing special to say
    inputCleared = Signal()  # ready for the next remark: no text, the first kind
    draftRestored = Signal(object)  # Typing
    editStarted = Signal(object)  # Typing: a recorded remark is in the text box
    remarkSelectionRequested = Signal(int)  # row in the remark list
    speakerFocusRequested = Signal()
    editorFocusRequested = Signal()
    messageRequested = Signal(str)
    recorded = Signal()  # a change reached the data: a capture, its undo or its redo
    speakerRenamed = Signal(object)  # Pick: the speaker picked was renamed elsewhere

    def __init__(self, source: CaptureSource, parent: QObject | None = None) -> None:
        """Nothing is read until ``reload``: connect to the signals first."""
        super().__init__(parent)
        self.source = source
        self.items: list[AgendaEntry] = []
        self.item_index = 0
        self.remarks: list[RemarkEntry] = []
        self.speakers: list[Speaker] = []
        self.undo_stack = QUndoStack(self)
        # Every change the console makes (remark, decision, action item, their edits and
        # moves, undo and redo) is a step of the undo stack.
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.conflicts = ConflictSettler(self.undo_stack, self._show_as_saved, self)
        self.conflicts.settled.connect(self.messageRequested)
        self.editing: RemarkEntry | None = None
        self.input_enabled = False
        self.text = ""
        self.speaker_text = ""
        self.kind: RemarkKind = source.kinds[0]
        self.draft_stored = False
        self._started_at: datetime | None = None
        self._restoring = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)

    # ------------------------------------------------------------------ loading

    @property
    def current_item(self) -> AgendaEntry | None:
        return self.items[self.item_index] if self.items else None

    def reload(self) -> None:
        """Read agenda, attendees and remarks again; restore a stored draft."""
        self.items = self.source.items()
        self.speakers = self.source.speakers()
        self.speakersChanged.emit(self.speakers)
        locked = self.source.locked()
        # set before the view disables its input: the focus leaving it saves no draft then
        self.input_enabled = not locked and bool(self.items)
        self.inputEnabledChanged.emit(self.input_enabled)
        if locked:
            self.set_mode(
                QCoreApplication.translate("CaptureConsole", "Approved: the minutes are locked.")
            )
        elif not self.items:
            self.set_mode(
                QCoreApplication.translate("CaptureConsole", "Add agenda items first (tab Agenda).")
            )
        else:
            self.set_mode("")
        draft = self.source.load_draft()
        if draft is not None and not locked:
            self.restore(draft)
        else:
            self.item_index = min(self.item_index, max(len(self.items) - 1, 0))
            self.show_item()

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self.recorded.emit()

    def reload_people(self) -> None:
        """Who can speak, and whether the record is locked, read again after a change made
        elsewhere. What is being typed, the draft, the item and the focus stay as they are;
        if the minutes were approved meanwhile, the text typed is kept as the draft before
        the input closes. A member picked as the speaker and renamed meanwhile stays the
        speaker, under the new name (the old one would now stand for a non-member)."""
        before = self.pick()
        self.speakers = self.source.speakers()
        self.speakersChanged.emit(self.speakers)
        if before is not None and before.member_id is not None and self.speaker_text == before.name:
            renamed = self._speaker(before.member_id)
            if renamed is not None and renamed.name != before.name:
                self.speakerRenamed.emit(Pick(renamed))
        if self.editing is None:
            self.show_item()  # the remarks recorded, under their speakers' names as they are now
        locked = self.source.locked()
        enabled = not locked and bool(self.items)
        if enabled == self.input_enabled:
            return
        if not enabled:
            self.save_draft_now()
        self.input_enabled = enabled
        self.inputEnabledChanged.emit(enabled)
        if locked:
            self.set_mode(
                QCoreApplication.translate("CaptureConsole", "Approved: the minutes are locked.")
            )
        else:
            self.set_mode("")

    def restore(self, draft: Draft) -> None:
        """Go back to the draft's item and put its speaker, kind and text in the input."""
        self._restoring = True
        ids = [item.id for item in self.items]
        if draft.agenda_item_id in ids:
            self.item_index = ids.index(draft.agenda_item_id)
        self.show_item()
        speaker = self._speaker(draft.speaker_member_id)
        pick = None
        if draft.speaker_member_id is not None and speaker is not None:
            pick = Pick(speaker)
        elif draft.speaker_name:
            pick = Pick(None, draft.speaker_name)
        self._put_input(Typing(draft.text, self._offered(draft.kind), pick), self.draftRestored)
        self.draft_stored = True
        self._restoring = False
        if draft.text:
            self.messageRequested.emit(
                QCoreApplication.translate("CaptureConsole", "The unfinished remark was restored.")
            )

    def show_item(self, item_id: int | None = None) -> None:
        """Show the current agenda item (or ``item_id``) with its remarks and decisions."""
        if item_id is not None:
            self.items = self.source.items()
            ids = [item.id for item in self.items]
            if item_id in ids:
                self.item_index = ids.index(item_id)
        item = self.current_item
        if item is None:
            self.remarks = []
            self.itemChanged.emit(ItemPage(None))
            return
        self.remarks = self.source.remarks(item.id)
        self.itemChanged.emit(
            ItemPage(
                item,
                self.item_index + 1,
                len(self.items),
                len(self.items) > 1 or self.source.supports_decisions,
                tuple(self.remarks),
                tuple(self.source.actions(item.id)),
            )
        )

    def refresh(self, item_id: int) -> None:
        """Show ``item_id`` again after an undoable change to it."""
        self.show_item(item_id)

    def settle_conflict(self, conflict: EditConflict, overwrite: undo.Overwrite) -> None:
        """Someone else changed what a step was about to change: nothing was written; the
        user chooses which version to keep (app/ui/capture/conflicts.py)."""
        self.conflicts.settle(conflict, overwrite)

    # ------------------------------------------------------------------ navigation

    def go_to_item(self, index: int) -> None:
        if not self.items or not 0 <= index < len(self.items):
            return
        self.save_draft_now()
        self.cancel_edit()
        self.item_index = index
        self.show_item()
        self.save_draft_now()

    def step_item(self, step: int) -> None:
        """Ctrl+PgDown (1) / Ctrl+PgUp (-1)."""
        self.go_to_item(self.item_index + step)

    # ------------------------------------------------------------------ what is typed

    def set_text(self, text: str) -> None:
        """The text box changed: time-stamp the remark at its first character and save
        the draft shortly after (not on every keystroke: one write per pause)."""
        self.text = text
        if self._restoring:
            return
        if self._started_at is None and text:
            self._started_at = datetime.now(UTC)
        if self.editing is None and not self._draft_timer.isActive():
            self._draft_timer.start()

    def set_speaker_text(self, text: str) -> None:
        """The speaker box changed; it is resolved to a speaker when needed."""
        self.speaker_text = text

    def set_kind(self, kind: RemarkKind) -> None:
        self.kind = kind
        self.save_draft_now()

    def accept_speaker(self) -> None:
        """Enter in the speaker box (or Alt+number): keep what is typed so far."""
        self.save_draft_now()

    def pick(self) -> Pick | None:
        """The speaker the speaker box stands for, resolved against today's attendees."""
        return resolve(self.speaker_text, self.speakers)

    def set_mode(self, text: str) -> None:
        self.modeChanged.emit(text)

    # ------------------------------------------------------------------ drafts

    def draft(self) -> Draft:
        pick = self.pick()
        item = self.current_item
        return Draft(
            text=self.text,
            agenda_item_id=item.id if item else None,
            speaker_member_id=pick.member_id if pick else None,
            speaker_name=pick.non_member_name if pick else "",
            kind=self.kind,
        )

    def save_draft_now(self) -> None:
        """Store the remark being typed (nothing to do while editing an old remark)."""
        self._draft_timer.stop()
        if self._restoring or self.editing is not None or not self.input_enabled:
            return
        draft = self.draft()
        if not draft.text and not self.draft_stored:
            return
        self.source.save_draft(draft)
        self.draft_stored = True

    # ------------------------------------------------------------------ recording

    def commit(self) -> None:
        """Enter: record the remark (or save the one being edited)."""
        item = self.current_item
        text = self.text.strip()
        pick = self.pick()
        if item is None or not text:
            return
        if pick is None:
            self.messageRequested.emit(
                QCoreApplication.translate(
                    "CaptureConsole", "Who is speaking? Type a name or number (F2)."
                )
            )
            self.speakerFocusRequested.emit()
            return
        remark = RemarkInput(text, pick.member_id, pick.non_member_name, self.kind)
        try:
            if self.editing is not None:
                typed = Typing(text, self.kind, pick)
                self.conflicts.push_typed(
                    undo.EditRemark(self.source, self.editing, remark, self),
                    lambda theirs: self._give_back_correction(typed, theirs),
                )
                self.editing = None
                self.set_mode("")
                self.finish_input()
                return
            self._draft_timer.stop()
            entry = self.source.add_remark(item.id, remark, self._started_at)
        except MeetingLocked:
            self.messageRequested.emit(
                QCoreApplication.translate("CaptureConsole", "Approved: the minutes are locked.")
            )
            return
        self.draft_stored = False
        self.undo_stack.push(undo.AddRemark(self.source, entry, self))
        self.show_item()
        self.finish_input()
        self.messageRequested.emit(
            QCoreApplication.translate("CaptureConsole", "Recorded: %1").replace(
                "%1", entry.speaker_name
            )
        )

    def finish_input(self) -> None:
        """Clear the text and the kind; the speaker stays (Enter keeps them)."""
        self._put_input(Typing("", self.source.kinds[0]), None)
        self._started_at = None
        self.speakerFocusRequested.emit()

    # ------------------------------------------------------------------ recorded remarks

    def remark_at(self, row: int) -> RemarkEntry | None:
        return self.remarks[row] if 0 <= row < len(self.remarks) else None

    def delete_remark(self, row: int) -> None:
        entry = self.remark_at(row)
        if entry is None or not self.input_enabled:
            return
        self.undo_stack.push(undo.DeleteRemark(self.source, entry, self))
        self.remarkSelectionRequested.emit(min(row, len(self.remarks) - 1))
        self.messageRequested.emit(
            QCoreApplication.translate("CaptureConsole", "Remark deleted (Ctrl+Z brings it back).")
        )

    def move_remark(self, row: int, step: int) -> None:
        entry = self.remark_at(row)
        if entry is None or not self.input_enabled:
            return
        target = entry.position + step
        if 0 <= target < len(self.remarks):
            self.undo_stack.push(undo.MoveRemark(self.source, entry, target, self))
            self.remarkSelectionRequested.emit(target)

    def edit_remark(self, row: int) -> None:
        """Load a recorded remark into the text box; Enter saves it, Esc cancels."""
        entry = self.remark_at(row)
        if entry is None or not self.input_enabled:
            return
        self.save_draft_now()
        self.editing = entry
        speaker = self._speaker(entry.speaker_member_id)
        pick = Pick(speaker) if entry.is_member and speaker else Pick(None, entry.speaker_name)
        self._put_input(Typing(entry.text, self._offered(entry.kind), pick), self.editStarted)
        self.set_mode(
            QCoreApplication.translate(
                "CaptureConsole", "Editing a recorded remark: Enter saves, Esc cancels."
            )
        )
        self.editorFocusRequested.emit()

    def cancel_edit(self) -> None:
        """Esc while editing: back to the remark that was being typed before."""
        if self.editing is None:
            return
        self.editing = None
        self.set_mode("")
        self.finish_input()
        draft = self.source.load_draft()
        if draft is not None:
            self.restore(draft)

    # ------------------------------------------------------------------ outcomes

    def record_decision(self) -> None:
        """Ctrl+D: the text typed becomes a decision (→) of the current item."""
        item = self.current_item
        text = self.text.strip()
        if item is None or not text or self._refused_while_editing():
            return
        if not self.source.supports_decisions:  # a visit records follow-ups, not decisions
            self.messageRequested.emit(
                QCoreApplication.translate("CaptureConsole", "Use Ctrl+T for a follow-up action.")
            )
            return
        lines = [line for line in item.resolution.splitlines() if line.strip()]
        after = "\n".join([*lines, text])
        typed = Typing(text, self.kind)
        self.conflicts.push_typed(
            undo.SetResolution(self.source, item, after, self),
            lambda _theirs: self._give_back_decision(typed),
        )
        self._input_recorded()
        self.messageRequested.emit(
            QCoreApplication.translate("CaptureConsole", "Decision recorded.")
        )

    def can_record_action(self) -> bool:
        """Ctrl+T asks for the action item only where it can be stored, and not while a
        recorded remark is being corrected (its text would be taken for the action and the
        correction left open; says why)."""
        if self._refused_while_editing():
            return False
        return self.current_item is not None and self.input_enabled

    def _refused_while_editing(self) -> bool:
        if self.editing is None:
            return False
        self.messageRequested.emit(
            QCoreApplication.translate(
                "CaptureConsole",
                "You are correcting a recorded remark: press Enter to save it or Esc to "
                "cancel first.",
            )
        )
        return True

    def record_action(self, text: str, owner: Pick, due: date | None) -> None:
        """An action item (宿題) of the current item, with its owner and due date."""
        item = self.current_item
        assert item is not None
        entry = self.source.add_action(item.id, text, owner.member_id, owner.non_member_name, due)
        self.undo_stack.push(undo.AddAction(self.source, item.id, entry, owner.member_id, self))
        self.show_item()
        self._input_recorded()
        self.messageRequested.emit(
            QCoreApplication.translate("CaptureConsole", "Action item recorded.")
        )

    def _input_recorded(self) -> None:
        """The text typed became something else than a remark: its draft has served."""
        self.source.discard_draft()
        self.draft_stored = False
        self.finish_input()

    # ------------------------------------------------------------------ after a conflict

    def _show_as_saved(self) -> None:
        """The current item read again, its decisions too (someone else changed them)."""
        item = self.current_item
        self.show_item(item.id if item is not None else None)

    def _give_back_correction(self, typed: Typing, theirs: RemarkEntry | None) -> None:
        """A correction not saved over someone else's change: back in the input, to save
        over the remark as it is now (Enter) or drop (Esc); a new remark if it is gone."""
        if not self.input_enabled:
            return  # locked meanwhile: the dialog showed the words, nothing can be saved
        if theirs is None:
            self.editing = None
            self._put_input(typed, self.draftRestored)
            self.save_draft_now()
            self.set_mode(
                QCoreApplication.translate(
                    "CaptureConsole",
                    "Someone else deleted that remark: your words are back in the input "
                    "(Enter records them as a new remark).",
                )
            )
        else:
            self.editing = theirs
            self._put_input(typed, self.editStarted)
            self.remarkSelectionRequested.emit(theirs.position)
            self.set_mode(
                QCoreApplication.translate(
                    "CaptureConsole",
                    "Your correction was not saved and is still here: Enter saves it over "
                    "the other version, Esc drops it.",
                )
            )
        self.editorFocusRequested.emit()

    def _give_back_decision(self, typed: Typing) -> None:
        """A decision not saved over someone else's: back in the input (Ctrl+D again)."""
        if not self.input_enabled or self.editing is not None:
            return
        self._put_input(typed, self.draftRestored)
        self.save_draft_now()
        self.messageRequested.emit(
            QCoreApplication.translate(
                "CaptureConsole",
                "Your decision was not recorded: it is back in the input (Ctrl+D records it).",
            )
        )
        self.editorFocusRequested.emit()

    # ------------------------------------------------------------------ helpers

    def _put_input(self, typing: Typing, shown: SignalInstance | None) -> None:
        """Have the view show ``typing`` (``shown`` None: clear it). The view echoes the
        change back through ``set_text`` and the like: that echo is not typing."""
        restoring, self._restoring = self._restoring, True
        self.text, self.kind = typing.text, typing.kind
        if typing.speaker is not None:
            self.speaker_text = typing.speaker.name
        if shown is None:
            self.inputCleared.emit()
        else:
            shown.emit(typing)
        self._restoring = restoring

    def _speaker(self, member_id: int | None) -> Speaker | None:
        return next((s for s in self.speakers if s.member_id == member_id), None)

    def _offered(self, kind: RemarkKind) -> RemarkKind:
        """``kind`` if this source offers it, else its first kind."""
        return kind if kind in self.source.kinds else self.source.kinds[0]
