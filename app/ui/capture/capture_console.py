"""The live capture console (記録): type the minutes as people speak, without the mouse.

Flow: type a few characters of the speaker (or their number) and Enter; type the remark
and Enter to commit it (time-stamped, its own transaction). Shift+Enter is a new line.
The text being typed is saved as a draft at most 200 ms after a keystroke, and at once on
a change of speaker, kind, item or focus; reopening the meeting restores it.

The console is the widget the meeting window and the visit dialog embed: a view (the
widgets) and a controller (what they do), wired together here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from app.services.capture.sources import CaptureSource, MeetingSource
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.settings import Settings
from app.ui.capture.action_dialog import ActionDialog
from app.ui.capture.capture_controller import CaptureController
from app.ui.capture.capture_view import CaptureView
from app.ui.capture.notice import Tone
from app.ui.capture.question_picker import QuestionPicker
from app.ui.capture.remark_editor import RemarkEditor
from app.ui.capture.speaker_picker import SpeakerPicker
from app.ui.widgets.save_failed import show_not_done


class CaptureConsole(QWidget):
    messageRequested = Signal(str)
    recorded = Signal()  # a capture, its undo or its redo reached the data

    def __init__(
        self,
        db: Database,
        meeting_id: int | None,
        parent: QWidget | None = None,
        *,
        source: CaptureSource | None = None,
        settings: Settings | None = None,
    ) -> None:
        """Capture into a meeting, or into any ``source`` (a visit's impressions);
        ``settings``: the user's (read as they are when a remark is recorded)."""
        super().__init__(parent)
        if source is None:
            assert meeting_id is not None
            source = MeetingSource(db, meeting_id)
        self.settings = settings if settings is not None else Settings()
        self.controller = CaptureController(source, self)
        self.controller.keeps_kind = lambda: self.settings.keep_remark_kind
        self.view = CaptureView(source.kinds, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._connect_view_to_controller()
        self._connect_controller_to_view()
        self.controller.reload()

    def _connect_view_to_controller(self) -> None:
        view, controller = self.view, self.controller
        view.textChanged.connect(controller.set_text)
        view.speakerTextChanged.connect(controller.set_speaker_text)
        view.kindChanged.connect(controller.set_kind)
        view.speakerAccepted.connect(controller.accept_speaker)
        view.inputLeft.connect(controller.save_draft_now)
        view.commitRequested.connect(controller.commit)
        view.itemStepRequested.connect(controller.step_item)
        view.decisionRequested.connect(controller.record_decision)
        view.actionRequested.connect(self._on_view_action_requested)
        view.cancelRequested.connect(controller.cancel_edit)
        view.remark_keys.editRequested.connect(controller.edit_remark)
        view.remark_keys.deleteRequested.connect(controller.delete_remark)
        view.remark_keys.moveRequested.connect(controller.move_remark)
        view.remark_keys.pairRequested.connect(self._on_view_pair_requested)
        view.undoRequested.connect(controller.undo)
        view.redoRequested.connect(controller.redo)

    def _connect_controller_to_view(self) -> None:
        view, controller = self.view, self.controller
        controller.itemChanged.connect(view.show_page)
        controller.speakersChanged.connect(view.show_speakers)
        controller.speakerRenamed.connect(view.speaker.show_pick)
        controller.inputEnabledChanged.connect(view.set_input_enabled)
        controller.modeChanged.connect(view.show_mode)
        controller.inputCleared.connect(view.clear_input)
        controller.draftRestored.connect(view.show_restored)
        controller.editStarted.connect(view.show_editing)
        controller.remarkSelectionRequested.connect(view.select_remark)
        controller.speakerFocusRequested.connect(view.focus_speaker)
        controller.editorFocusRequested.connect(view.focus_editor)
        controller.messageRequested.connect(self.messageRequested)  # the status bar
        controller.messageRequested.connect(view.notice.say)  # beside the text box
        controller.refused.connect(lambda reason: view.notice.say(reason, Tone.REFUSED))
        controller.recorded.connect(self.recorded)
        controller.unsavedChanged.connect(view.show_unsaved)
        controller.actionFailed.connect(self._on_controller_action_failed)

    # the two input widgets, for whoever types into the console (tests, tools/capture_stress)

    @property
    def editor(self) -> RemarkEditor:
        return self.view.editor

    @property
    def speaker(self) -> SpeakerPicker:
        return self.view.speaker

    # what the meeting window and the visit dialog ask of the console

    def reload(self) -> None:
        """Read agenda, attendees and remarks again; restore a stored draft."""
        self.controller.reload()

    def reload_people(self) -> None:
        """Attendees and the lock read again, leaving what is being typed alone."""
        self.controller.reload_people()

    def focus_speaker(self) -> None:
        self.view.focus_speaker()

    def save_draft_now(self) -> None:
        """Store the remark being typed at once (closing, printing)."""
        self.controller.save_draft_now()

    @property
    def unsaved(self) -> bool:
        """Text in the box could not be saved (it is marked 未保存 and being retried)."""
        return not self.controller.unsaved.clean

    def may_close(self) -> bool:
        """Closing: store the draft; if the text typed cannot be saved, ask before it is
        lost (the answer is no unless the user says yes)."""
        self.controller.save_draft_now()
        if self.controller.unsaved.clean:
            return True
        answer = QMessageBox.warning(
            self,
            QCoreApplication.translate("CaptureConsole", "Not saved"),
            QCoreApplication.translate(
                "CaptureConsole",
                "The text in the minutes box could not be saved:\n\n%1\n\n"
                "Close anyway and lose it? (Copy it somewhere first if you can.)",
            ).replace("%1", self.controller.text.strip()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _on_controller_action_failed(self, what: str, error: NotSaved) -> None:
        self.view.notice.say(
            self.tr("Not done: %1. Nothing was changed.").replace("%1", what), Tone.FAILED
        )
        show_not_done(self, what, error)

    def _on_view_action_requested(self) -> None:
        """Ctrl+T: an action item (宿題) with owner and due date, from the text typed."""
        if not self.controller.can_record_action():
            return
        controller = self.controller
        chosen = ActionDialog.run(
            self, controller.text.strip(), controller.pick(), controller.speakers, controller.day
        )
        if chosen is None:
            self.view.focus_editor()
            return
        self.controller.record_action(chosen.text, chosen.owner, chosen.due_on)

    def _refuse(self, reason: str) -> None:
        self.messageRequested.emit(reason)
        self.view.notice.say(reason, Tone.REFUSED)

    def _on_view_pair_requested(self, row: int) -> None:
        """Alt+Q in the remark list: the question the 回答 there answers."""
        answer = self.controller.remark_at(row)
        questions = self.controller.questions_for(row)
        if answer is None or questions is None:
            self._refuse(
                self.tr("Alt+Q pairs an answer (回答) with its question: select an answer first.")
            )
            return
        if not questions:
            self._refuse(self.tr("This item has no question (質問) to pair with."))
            return
        chosen, question = QuestionPicker.run(self, answer, questions)
        if chosen:
            self.controller.pair_answer(row, question)
        self.view.remark_list.setFocus()
