"""The capture console's input, without its widgets: the current agenda item, the speaker,
kind and text being typed, and the draft kept ≤ 300 ms behind the typing. What is typed
and could not be saved stays in the box marked 未保存 and is tried again (``unsaved.py``).

It reaches the data only through a ``CaptureSource``. The view tells it what the user typed
(``set_text``, ``set_speaker_text``, ``set_kind``); it answers with signals saying what to
show. While it puts text into the view itself (a restored draft, a remark to edit, a
cleared input) the echoes of those changes are not taken as typing. What is recorded from
the input is :class:`~app.ui.capture.capture_controller.CaptureController`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QUndoStack

from app.services.capture.rows import Draft, RemarkEntry
from app.services.capture.sources import CaptureSource
from app.services.codes import RemarkKind
from app.services.meetings.rows import AgendaEntry, Speaker
from app.services.problems import NotSaved
from app.ui.capture import undo_commands as undo
from app.ui.capture.capture_state import ItemPage, Typing
from app.ui.capture.speaker_picker import Pick, resolve
from app.ui.capture.unsaved import Held, UnsavedMark

DRAFT_DELAY_MS = 200  # ≤ 300 ms of typing can be lost, with time to spare for the write


class CaptureInput(QObject):
    itemChanged = Signal(object)  # ItemPage
    speakersChanged = Signal(object)  # list[Speaker], numbered from 1 (Alt+number)
    inputEnabledChanged = Signal(bool)
    modeChanged = Signal(str)  # "" when there is nothing special to say
    inputCleared = Signal(object)  # ready for the next remark: no text, this RemarkKind
    draftRestored = Signal(object)  # Typing
    editStarted = Signal(object)  # Typing: a recorded remark is in the text box
    remarkSelectionRequested = Signal(int)  # row in the remark list
    speakerFocusRequested = Signal()
    editorFocusRequested = Signal()
    messageRequested = Signal(str)
    refused = Signal(str)  # the message just requested says why a request did nothing
    recorded = Signal()  # a change reached the data: a capture, its undo or its redo
    speakerRenamed = Signal(object)  # Pick: the speaker picked was renamed elsewhere
    unsavedChanged = Signal(str)  # what is not saved and why, beside the text box; "" none
    actionFailed = Signal(str, object)  # what could not be done (a delete …), NotSaved

    def __init__(self, source: CaptureSource, parent: QObject | None = None) -> None:
        """Nothing is read until ``reload``: connect to the signals first."""
        super().__init__(parent)
        self.source = source
        self.items: list[AgendaEntry] = []
        self.item_index = 0
        self.remarks: list[RemarkEntry] = []
        self.speakers: list[Speaker] = []
        self.day = date.today()  # the meeting's, from ``reload``: due dates count from it
        self.undo_stack = QUndoStack(self)
        # Every change the console makes (remark, decision, action item, their edits and
        # moves, undo and redo) is a step of the undo stack, moved only by writes that
        # went through (the runner).
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.undo_runner = undo.UndoRunner(self.undo_stack)
        self.unsaved = UnsavedMark(self)
        self.unsaved.changed.connect(self.unsavedChanged)
        self.unsaved.retryDue.connect(self._on_unsaved_retry_due)
        self.editing: RemarkEntry | None = None
        self.input_enabled = False
        self.text = ""
        self.speaker_text = ""
        self.kind: RemarkKind = source.kinds[0]
        self.draft_stored = False
        self.keeps_kind: Callable[[], bool] = lambda: False  # the setting, read when asked
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
        self.day = self.source.day()
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
        # Text that could not be saved is only in the box: a stored draft is older.
        if draft is not None and not locked and self.unsaved.clean:
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
        if not text.strip() and self.unsaved.pending is not None and self.editing is None:
            self.unsaved.request_dropped()  # the text it was for was cleared by the user
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

    def refuse(self, reason: str) -> None:
        """Say why what was asked (Enter, Ctrl+D, Ctrl+T …) did nothing."""
        self.messageRequested.emit(reason)
        self.refused.emit(reason)

    def set_mode(self, text: str) -> None:
        self.modeChanged.emit(text)

    def finish_input(self) -> None:
        """Clear the text; the speaker stays (Enter keeps them), and so does the kind if
        the setting 「発言の種類を次の発言でも保つ」 says so (else the first kind)."""
        kind = self.kind if self.keeps_kind() else self.source.kinds[0]
        self._put_input(Typing("", kind), None)
        self._started_at = None
        self.speakerFocusRequested.emit()

    def cancel_edit(self) -> None:
        """Esc while editing: back to the remark that was being typed before."""
        if self.editing is None:
            return
        self.editing = None
        self.unsaved.request_dropped()  # a correction not saved is given up by Esc
        self.set_mode("")
        self.finish_input()
        draft = self.source.load_draft()
        if draft is not None:
            self.restore(draft)

    # ------------------------------------------------------------------ drafts, and 未保存

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
        """Store the remark being typed (nothing to do while editing an old remark). If it
        cannot be stored, the text is marked 未保存 and stored again later."""
        self._draft_timer.stop()
        if self._restoring or self.editing is not None:
            return
        if not self.input_enabled and self.unsaved.draft_error is None:
            return  # a closed input has nothing new to keep
        draft = self.draft()
        if not draft.text and not self.draft_stored:
            return
        self.draft_stored = True  # from now on the stored draft may differ: keep writing
        try:
            self.source.save_draft(draft)
        except NotSaved as error:
            self.unsaved.draft_failed(error)
            return
        self.unsaved.draft_saved()

    def _request_failed(self, retry: Callable[[], None], what: str, error: NotSaved) -> None:
        """A request on the text in the box (Enter, Ctrl+D, Ctrl+T) could not write: the
        text stays, marked 未保存, and the request is made again when the time comes."""
        self.unsaved.request_failed(retry, self._held(), what, error)
        self.save_draft_now()  # at least the text, if the draft can still be written

    def _held(self) -> Held:
        item = self.current_item
        return Held(
            self.text,
            self.speaker_text,
            self.kind.value,
            item.id if item is not None else None,
            self.editing.uuid if self.editing is not None else None,
        )

    def _on_unsaved_retry_due(self) -> None:
        """Every few seconds while something is 未保存: the request again if the text it
        was for is still as it was (never half of a text being corrected), else the draft."""
        pending = self.unsaved.pending
        if pending is not None and self.input_enabled and pending.held == self._held():
            pending.retry()
            return
        self.save_draft_now()

    # ------------------------------------------------------------------ helpers

    def _put_input(self, typing: Typing, shown: SignalInstance | None) -> None:
        """Have the view show ``typing`` (``shown`` None: clear it). The view echoes the
        change back through ``set_text`` and the like: that echo is not typing."""
        restoring, self._restoring = self._restoring, True
        self.text, self.kind = typing.text, typing.kind
        if typing.speaker is not None:
            self.speaker_text = typing.speaker.name
        if shown is None:
            self.inputCleared.emit(typing.kind)
        else:
            shown.emit(typing)
        self._restoring = restoring

    def _speaker(self, member_id: int | None) -> Speaker | None:
        return next((s for s in self.speakers if s.member_id == member_id), None)

    def _offered(self, kind: RemarkKind) -> RemarkKind:
        """``kind`` if this source offers it, else its first kind."""
        return kind if kind in self.source.kinds else self.source.kinds[0]
