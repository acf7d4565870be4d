"""The capture console when another secretary changed the same remark (or decisions, or
action item): correcting, moving, deleting and undoing open the conflict dialog instead
of writing over it, and words typed that were not saved go back to the input; one
secretary's own undo chain never conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.meetings import agenda
from app.services.problems import EditConflict, Record
from app.ui.app import make_application
from app.ui.capture.capture_console import CaptureConsole
from app.ui.capture.speaker_picker import Pick
from app.ui.dialogs.conflict_dialog import ConflictChoice
from tests.meeting_room import Room
from tests.two_users import Users
from tests.ui.conflicts import answer_conflicts
from tests.ui.keyboard import press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
KEEP, MINE = ConflictChoice.KEEP_THEIRS, ConflictChoice.SAVE_MINE


def _console(qtbot: QtBot, users: Users, room: Room, *texts: str) -> CaptureConsole:
    """A's console on the first item, with ``texts`` recorded (by A, before B comes in)."""
    for text in texts:
        capture.add_remark(users.a, room.item_ids[0], RemarkInput(text, room.members["今"]))
    make_application()
    console = CaptureConsole(users.a, room.meeting_id)
    show_active(qtbot, console)
    console.focus_speaker()
    return console


def _texts(users: Users, room: Room) -> list[str]:
    return [r.text for r in capture.remarks(users.b, room.item_ids[0])]


def _b_corrects(users: Users, room: Room, row: int, text: str) -> None:
    shown = capture.remarks(users.b, room.item_ids[0])[row]
    capture.update_remark(users.b, shown, RemarkInput(text, room.members["今"]))


def _settled(qtbot: QtBot, shown: list[EditConflict], count: int) -> None:
    """The console asks once the undo stack has finished the step (see conflicts.py)."""
    qtbot.waitUntil(lambda: len(shown) == count, timeout=2000)


def test_a_correction_of_a_remark_changed_since_asks_and_keeps_theirs(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = _console(qtbot, users, room, "原文")
    _b_corrects(users, room, 0, "B の訂正")
    shown = answer_conflicts(monkeypatch, KEEP)
    messages: list[str] = []
    console.messageRequested.connect(messages.append)
    press(qtbot, Qt.Key.Key_F6)
    press(qtbot, Qt.Key.Key_Return)  # edit the remark as A's list shows it
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text("A の訂正")
    press(qtbot, Qt.Key.Key_Return)
    _settled(qtbot, shown, 1)
    assert shown[0].record is Record.REMARK
    assert (shown[0].theirs.text, shown[0].mine.text) == ("B の訂正", "A の訂正")
    assert _texts(users, room) == ["B の訂正"]
    qtbot.waitUntil(lambda: console.view.remark_list.count() == 1)
    assert "B の訂正" in console.view.remark_list.item(0).text()  # shown again, as saved
    assert not console.controller.undo_stack.canUndo()  # the step did not happen
    assert any("nothing of yours was saved" in message for message in messages)
    # The correction typed is not lost: it waits in the input, against the remark as saved.
    assert console.editor.toPlainText() == "A の訂正"
    assert console.controller.editing is not None
    assert console.controller.editing.text == "B の訂正"
    press(qtbot, Qt.Key.Key_Escape)  # dropped, deliberately
    assert console.editor.toPlainText() == "" and console.controller.editing is None
    assert _texts(users, room) == ["B の訂正"]


def test_a_correction_given_back_saves_over_theirs_with_enter(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = _console(qtbot, users, room, "原文")
    _b_corrects(users, room, 0, "B の訂正")
    shown = answer_conflicts(monkeypatch, None)  # closed: keeps theirs, gives mine back
    controller = console.controller
    controller.edit_remark(0)
    controller.set_text("A の訂正")
    controller.commit()
    _settled(qtbot, shown, 1)
    qtbot.waitUntil(lambda: console.editor.toPlainText() == "A の訂正")
    console.editor.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # checked against B's version: no new conflict
    assert _texts(users, room) == ["A の訂正"]
    assert controller.editing is None and console.editor.toPlainText() == ""


def test_a_correction_of_a_remark_deleted_since_comes_back_as_a_new_remark(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = _console(qtbot, users, room, "原文")
    [b_sees] = capture.remarks(users.b, room.item_ids[0])
    capture.delete_remark(users.b, b_sees)
    shown = answer_conflicts(monkeypatch, KEEP)
    controller = console.controller
    controller.edit_remark(0)
    controller.set_text("A の訂正")
    controller.commit()
    _settled(qtbot, shown, 1)
    assert shown[0].theirs is None
    qtbot.waitUntil(lambda: console.editor.toPlainText() == "A の訂正")
    assert controller.editing is None
    draft = capture.load_draft(users.a, room.meeting_id)
    assert draft is not None and draft.text == "A の訂正"  # kept as the draft: survives a crash
    controller.commit()
    assert _texts(users, room) == ["A の訂正"]


def test_save_mine_over_theirs_is_itself_undoable(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = _console(qtbot, users, room, "原文")
    _b_corrects(users, room, 0, "B の訂正")
    shown = answer_conflicts(monkeypatch, MINE)
    controller = console.controller
    controller.edit_remark(0)
    controller.set_text("A の訂正")
    controller.commit()
    _settled(qtbot, shown, 1)
    qtbot.waitUntil(lambda: _texts(users, room) == ["A の訂正"])
    controller.undo_stack.undo()  # back to theirs: what it said when A saved over it
    assert _texts(users, room) == ["B の訂正"]


def test_moving_and_deleting_a_remark_changed_since_ask_first(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = _console(qtbot, users, room, "一", "二")
    _b_corrects(users, room, 1, "二(B)")
    shown = answer_conflicts(monkeypatch, KEEP, MINE)
    press(qtbot, Qt.Key.Key_F6)  # the last remark: 二, as A last saw it
    press(qtbot, Qt.Key.Key_Up, ALT)
    _settled(qtbot, shown, 1)
    assert _texts(users, room) == ["一", "二(B)"]  # kept theirs: not moved
    console.view.remark_list.setFocus()
    console.view.remark_list.setCurrentRow(0)
    _b_corrects(users, room, 0, "一(B)")
    press(qtbot, Qt.Key.Key_Delete)
    _settled(qtbot, shown, 2)
    assert shown[1].mine is None and shown[1].theirs.text == "一(B)"
    qtbot.waitUntil(lambda: _texts(users, room) == ["二(B)"])  # deleted anyway, as chosen


def test_an_undo_over_someone_elses_change_asks_first(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = _console(qtbot, users, room, "原文")
    controller = console.controller
    controller.edit_remark(0)
    controller.set_text("A の訂正")
    controller.commit()
    assert _texts(users, room) == ["A の訂正"]
    _b_corrects(users, room, 0, "B の訂正")
    shown = answer_conflicts(monkeypatch, KEEP)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    _settled(qtbot, shown, 1)
    assert (shown[0].theirs.text, shown[0].mine.text) == ("B の訂正", "原文")
    assert _texts(users, room) == ["B の訂正"]
    assert not controller.undo_stack.canRedo() and not controller.undo_stack.canUndo()


def test_a_decision_on_an_item_decided_since_asks_first(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = _console(qtbot, users, room)
    controller = console.controller
    agenda.set_resolution(users.b, agenda.items(users.b, room.meeting_id)[0], "B の決定")
    shown = answer_conflicts(monkeypatch, MINE)
    controller.set_text("A の決定")
    controller.record_decision()
    _settled(qtbot, shown, 1)
    assert shown[0].record is Record.AGENDA_ITEM
    assert (shown[0].theirs.resolution, shown[0].mine.resolution) == ("B の決定", "A の決定")
    qtbot.waitUntil(lambda: agenda.items(users.b, room.meeting_id)[0].resolution == "A の決定")


def test_a_decision_not_saved_over_theirs_goes_back_to_the_input(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = _console(qtbot, users, room)
    agenda.set_resolution(users.b, agenda.items(users.b, room.meeting_id)[0], "B の決定")
    shown = answer_conflicts(monkeypatch, KEEP)
    console.editor.setFocus()
    type_text("A の決定")
    press(qtbot, Qt.Key.Key_D, CTRL)
    _settled(qtbot, shown, 1)
    qtbot.waitUntil(lambda: console.editor.toPlainText() == "A の決定")
    assert agenda.items(users.b, room.meeting_id)[0].resolution == "B の決定"
    draft = capture.load_draft(users.a, room.meeting_id)
    assert draft is not None and draft.text == "A の決定"
    press(qtbot, Qt.Key.Key_D, CTRL)  # again, now adding to the decisions as saved
    assert agenda.items(users.b, room.meeting_id)[0].resolution == "B の決定\nA の決定"


def test_undoing_an_action_item_deleted_since_asks_first(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = _console(qtbot, users, room)
    controller = console.controller
    owner = Pick(None, "事務局")
    controller.set_text("日程照会")
    controller.record_action("日程照会", owner, None)
    [action] = agenda.actions(users.b, room.item_ids[0])
    agenda.delete_action(users.b, action)
    shown = answer_conflicts(monkeypatch, KEEP)
    controller.undo_stack.undo()
    _settled(qtbot, shown, 1)
    assert shown[0].record is Record.ACTION_ITEM and shown[0].theirs is None


def test_ones_own_undo_chain_never_conflicts(
    qtbot: QtBot, users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moves and deletions renumber the neighbours (new versions that say the same):
    undoing and redoing all of it asks nothing and ends where it began."""
    console = _console(qtbot, users, room, "一", "二", "三")
    shown = answer_conflicts(monkeypatch)  # any conflict fails the test
    controller = console.controller
    controller.move_remark(2, -1)
    controller.move_remark(1, -1)
    controller.edit_remark(1)
    controller.set_text("二(訂正)")
    controller.commit()
    controller.delete_remark(0)
    controller.set_text("決定")
    controller.record_decision()
    end = _texts(users, room)
    stack = controller.undo_stack
    while stack.canUndo():
        stack.undo()
    assert _texts(users, room) == ["一", "二", "三"]
    while stack.canRedo():
        stack.redo()
    assert _texts(users, room) == end == ["二(訂正)", "二"]
    qtbot.wait(50)  # a conflict would be asked on the next turn of the event loop
    assert shown == []
