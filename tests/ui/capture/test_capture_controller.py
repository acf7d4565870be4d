"""The capture controller driven without its view: what is typed goes in through its
setters, what it does comes out through its signals and the data, all via the source."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.capture.rows import Draft, RemarkInput
from app.services.capture.sources import CaptureSource, MeetingSource, VisitSource
from app.services.codes import RemarkKind
from app.services.meetings import agenda
from app.services.visits import editing as visit_editing
from app.services.visits.editing import VisitForm
from app.storage.database import Database
from app.ui.capture.capture_controller import DRAFT_DELAY_MS, CaptureController
from app.ui.capture.capture_state import ItemPage, Typing
from tests.meeting_room import Room, advance


@dataclass
class Recording:
    """A source that notes the name of every call before passing it on."""

    source: CaptureSource
    calls: list[str] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.source, name)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            return value(*args, **kwargs)

        return call


def _controller(qtbot: QtBot, source: CaptureSource | Recording) -> CaptureController:
    del qtbot  # for the QApplication
    controller = CaptureController(source)  # type: ignore[arg-type]  # Recording passes through
    controller.reload()
    return controller


def _say(controller: CaptureController, speaker: str, text: str) -> None:
    controller.set_speaker_text(speaker)
    controller.accept_speaker()
    controller.set_text(text)
    controller.commit()


def _texts(db: Database, room: Room) -> list[str]:
    return [r.text for r in capture.remarks(db, room.item_ids[0])]


def test_commit_records_the_remark_and_clears_the_input(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    controller = _controller(qtbot, MeetingSource(db, room.meeting_id))
    pages: list[ItemPage] = []
    messages: list[str] = []
    controller.itemChanged.connect(pages.append)
    controller.messageRequested.connect(messages.append)
    with qtbot.waitSignals([controller.inputCleared, controller.speakerFocusRequested]):
        controller.set_speaker_text("たか")
        controller.set_kind(RemarkKind.QUESTION)
        controller.set_text("訪問はいつ頃か。")
        controller.commit()
    stored = capture.remarks(db, room.item_ids[0])
    assert [(r.speaker_name, r.kind, r.text) for r in stored] == [
        ("髙橋 太郎", RemarkKind.QUESTION, "訪問はいつ頃か。")
    ]
    assert messages == ["Recorded: 髙橋 太郎"]
    assert [r.text for r in pages[-1].remarks] == ["訪問はいつ頃か。"]
    assert (controller.text, controller.kind) == ("", RemarkKind.OPINION)
    speaker = controller.pick()  # the speaker stays for the next remark
    assert speaker is not None and speaker.name == "髙橋 太郎"
    assert capture.load_draft(db, room.meeting_id) is None


def test_commit_without_a_speaker_asks_for_one(qtbot: QtBot, db: Database, room: Room) -> None:
    controller = _controller(qtbot, MeetingSource(db, room.meeting_id))
    with qtbot.waitSignal(controller.speakerFocusRequested):
        controller.set_text("誰の発言か")
        controller.commit()
    assert _texts(db, room) == []
    assert controller.text == "誰の発言か"  # nothing typed is thrown away


def test_undo_of_an_edit_goes_through_the_source(qtbot: QtBot, db: Database, room: Room) -> None:
    source = Recording(MeetingSource(db, room.meeting_id))
    controller = _controller(qtbot, source)
    _say(controller, "さい", "A")
    with qtbot.waitSignal(controller.editStarted) as started:
        controller.edit_remark(0)
    assert started.args == [Typing("A", RemarkKind.OPINION, controller.pick())]
    controller.set_text("A(訂正)")
    controller.commit()
    assert _texts(db, room) == ["A(訂正)"] and controller.editing is None
    controller.undo_stack.undo()
    assert _texts(db, room) == ["A"]
    controller.undo_stack.redo()
    assert _texts(db, room) == ["A(訂正)"]
    assert source.calls.count("update_remark") == 3


def test_delete_move_and_their_undo(qtbot: QtBot, db: Database, room: Room) -> None:
    controller = _controller(qtbot, MeetingSource(db, room.meeting_id))
    for text in ("A", "B", "C"):
        _say(controller, "こん", text)
    with qtbot.waitSignal(controller.remarkSelectionRequested) as selected:
        controller.move_remark(2, -1)
    assert _texts(db, room) == ["A", "C", "B"] and selected.args == [1]
    controller.delete_remark(0)
    assert _texts(db, room) == ["C", "B"]
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert _texts(db, room) == ["A", "B", "C"]
    controller.undo_stack.undo()  # the last remark recorded
    assert _texts(db, room) == ["A", "B"]


def test_typing_is_saved_as_a_draft_after_a_pause(qtbot: QtBot, db: Database, room: Room) -> None:
    controller = _controller(qtbot, MeetingSource(db, room.meeting_id))
    controller.step_item(1)
    controller.set_speaker_text("のぐち")
    controller.set_text("途中まで")
    assert capture.load_draft(db, room.meeting_id) is None  # not on every keystroke
    qtbot.waitUntil(
        lambda: capture.load_draft(db, room.meeting_id) is not None, timeout=DRAFT_DELAY_MS * 5
    )
    assert capture.load_draft(db, room.meeting_id) == Draft(
        "途中まで", room.item_ids[1], room.members["野口"], "", RemarkKind.OPINION
    )
    controller.set_kind(RemarkKind.PROPOSAL)  # a change of kind is saved at once
    draft = capture.load_draft(db, room.meeting_id)
    assert draft is not None and draft.kind is RemarkKind.PROPOSAL


def test_reload_restores_the_draft(qtbot: QtBot, db: Database, room: Room) -> None:
    capture.save_draft(
        db,
        room.meeting_id,
        Draft("続きから", room.item_ids[2], room.members["今"], "", RemarkKind.REPORT),
    )
    controller = CaptureController(MeetingSource(db, room.meeting_id))
    with qtbot.waitSignal(controller.draftRestored) as restored:
        controller.reload()
    typing = restored.args[0]
    assert (typing.text, typing.kind, typing.speaker.name) == (
        "続きから",
        RemarkKind.REPORT,
        "今 太郎",
    )
    assert controller.current_item is not None and controller.current_item.id == room.item_ids[2]
    assert controller.draft() == capture.load_draft(db, room.meeting_id)


def test_a_decision_is_recorded_and_undone(qtbot: QtBot, db: Database, room: Room) -> None:
    controller = _controller(qtbot, MeetingSource(db, room.meeting_id))
    controller.set_text("7月末に訪問する。")
    controller.save_draft_now()
    controller.record_decision()
    assert agenda.items(db, room.meeting_id)[0].resolution == "7月末に訪問する。"
    assert capture.load_draft(db, room.meeting_id) is None and controller.text == ""
    controller.undo_stack.undo()
    assert agenda.items(db, room.meeting_id)[0].resolution == ""


def test_no_decision_or_action_while_a_remark_is_corrected(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    """Taking the corrected text for a decision or 宿題 left the correction open: the next
    remark typed then overwrote the one being corrected."""
    controller = _controller(qtbot, MeetingSource(db, room.meeting_id))
    messages: list[str] = []
    controller.messageRequested.connect(messages.append)
    _say(controller, "さい", "A")
    controller.edit_remark(0)
    controller.set_text("A(訂正)")
    controller.record_decision()
    assert not controller.can_record_action()
    assert len(messages) == 3 and messages[1] == messages[2]
    assert messages[-1].startswith("You are correcting a recorded remark")
    assert agenda.items(db, room.meeting_id)[0].resolution == ""
    assert agenda.actions(db, room.item_ids[0]) == []
    controller.commit()  # the correction is saved as such
    _say(controller, "たか", "B")
    assert _texts(db, room) == ["A(訂正)", "B"]


def test_a_locked_meeting_refuses_loudly(qtbot: QtBot, db: Database, room: Room) -> None:
    capture.add_remark(db, room.item_ids[0], RemarkInput("承認前", room.members["今"]))
    controller = _controller(qtbot, MeetingSource(db, room.meeting_id))
    while advance(db, room.meeting_id).value != "approved":
        pass
    messages: list[str] = []
    controller.messageRequested.connect(messages.append)
    _say(controller, "さい", "承認後")  # approved in another window since the last reload
    assert messages == ["Approved: the minutes are locked."]
    assert controller.text == "承認後"  # still in the text box, not cleared as if saved
    controller.reload()
    assert not controller.input_enabled
    controller.delete_remark(0)
    assert _texts(db, room) == ["承認前"]


def test_a_visit_records_follow_ups_not_decisions(qtbot: QtBot, db: Database, room: Room) -> None:
    saved = visit_editing.save(
        db, VisitForm(title="A地域視察", start_on="2022-07-28", member_ids=(room.members["今"],))
    )
    assert saved.id is not None
    controller = _controller(qtbot, VisitSource(db, saved.id))
    assert controller.kind is RemarkKind.IMPRESSION
    _say(controller, "こん", "学ぶ点が多かった。")
    messages: list[str] = []
    controller.messageRequested.connect(messages.append)
    controller.set_text("決定ではない")
    controller.record_decision()
    assert messages == ["Use Ctrl+T for a follow-up action."]
    controller.delete_remark(0)
    assert capture.visit_remarks(db, saved.id) == []
    controller.undo_stack.undo()
    assert [r.text for r in capture.visit_remarks(db, saved.id)] == ["学ぶ点が多かった。"]
