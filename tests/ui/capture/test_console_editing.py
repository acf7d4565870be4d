"""Editing in the capture console: undo/redo (each durable), edit, move, delete, drafts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.capture.rows import Draft, RemarkInput
from app.services.codes import RemarkKind
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.capture.capture_console import CaptureConsole
from tests.meeting_room import Room, advance
from tests.ui.keyboard import focused, press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _console(qtbot: QtBot, db: Database, room: Room) -> CaptureConsole:
    make_application()
    console = CaptureConsole(db, room.meeting_id)
    show_active(qtbot, console)
    console.focus_speaker()
    return console


def _say(qtbot: QtBot, speaker: str, text: str) -> None:
    press(qtbot, Qt.Key.Key_F2)
    type_text(speaker)
    press(qtbot, Qt.Key.Key_Return)
    type_text(text)
    press(qtbot, Qt.Key.Key_Return)


def _texts(db: Database, room: Room) -> list[str]:
    return [r.text for r in capture.remarks(db, room.item_ids[0])]


def test_undo_and_redo_are_stored_at_once(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room)
    _say(qtbot, "さい", "一つ目")
    _say(qtbot, "こん", "二つ目")
    assert _texts(db, room) == ["一つ目", "二つ目"]
    press(qtbot, Qt.Key.Key_Z, CTRL)  # from the speaker box: undoes the last remark
    assert _texts(db, room) == ["一つ目"]
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert _texts(db, room) == ["一つ目", "二つ目"]
    assert console.view.remark_list.count() == 2


def test_ctrl_z_in_the_text_box_undoes_typing_first(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room)
    _say(qtbot, "さい", "記録済み")
    press(qtbot, Qt.Key.Key_Return)  # same speaker
    type_text("途中")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert console.editor.toPlainText() == ""
    assert _texts(db, room) == ["記録済み"]


def test_edit_move_and_delete_from_the_list(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room)
    for text in ("A", "B", "C"):
        _say(qtbot, "たか", text)
    press(qtbot, Qt.Key.Key_F6)  # to the list: the last remark is current
    assert focused() is console.view.remark_list
    press(qtbot, Qt.Key.Key_Up, ALT)
    assert _texts(db, room) == ["A", "C", "B"]
    press(qtbot, Qt.Key.Key_Return)  # edit "C"
    assert focused() is console.editor and console.editor.toPlainText() == "C"
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text("C(訂正)")
    press(qtbot, Qt.Key.Key_2, CTRL)  # a question
    press(qtbot, Qt.Key.Key_Return)
    stored = capture.remarks(db, room.item_ids[0])
    assert [(r.text, r.kind) for r in stored][1] == ("C(訂正)", RemarkKind.QUESTION)
    press(qtbot, Qt.Key.Key_F6)
    console.view.remark_list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    assert _texts(db, room) == ["C(訂正)", "B"]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _texts(db, room) == ["A", "C(訂正)", "B"]


def test_typing_is_saved_as_a_draft_and_restored(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # the second item
    press(qtbot, Qt.Key.Key_F2)
    type_text("のぐち")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_4, CTRL)
    type_text("途中まで入力した発言")
    qtbot.waitUntil(lambda: capture.load_draft(db, room.meeting_id) is not None, timeout=1000)
    assert capture.load_draft(db, room.meeting_id) == Draft(
        "途中まで入力した発言",
        room.item_ids[1],
        room.members["野口"],
        "",
        RemarkKind.PROPOSAL,
    )
    reopened = CaptureConsole(db, room.meeting_id)
    qtbot.addWidget(reopened)
    assert (
        reopened.controller.current_item is not None
        and reopened.controller.current_item.id == room.item_ids[1]
    )
    assert reopened.editor.toPlainText() == "途中まで入力した発言"
    assert reopened.speaker.text() == "野口 太郎"
    assert reopened.view.current_kind() is RemarkKind.PROPOSAL
    del console


def test_an_approved_meeting_is_read_only(qtbot: QtBot, db: Database, room: Room) -> None:
    capture.add_remark(db, room.item_ids[0], RemarkInput("承認前", room.members["今"]))
    while advance(db, room.meeting_id).value != "approved":
        pass
    console = _console(qtbot, db, room)
    assert not console.editor.isEnabled() and not console.speaker.isEnabled()
    assert console.view.mode.isVisible()
    console.view.remark_list.setFocus()
    console.view.remark_list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    assert _texts(db, room) == ["承認前"]
