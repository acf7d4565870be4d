"""「発言の種類を次の発言でも保つ」: off (the default), each remark starts as 意見; on, the
kind chosen stays for the next remark until another is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.codes import RemarkKind
from app.settings import Settings
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.capture.capture_console import CaptureConsole
from tests.meeting_room import Room
from tests.ui.keyboard import press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _console(qtbot: QtBot, db: Database, room: Room, settings: Settings) -> CaptureConsole:
    make_application()
    console = CaptureConsole(db, room.meeting_id, settings=settings)
    show_active(qtbot, console)
    console.focus_speaker()
    return console


def _say(qtbot: QtBot, speaker: str, text: str, kind_key: Qt.Key | None = None) -> None:
    press(qtbot, Qt.Key.Key_F2)
    type_text(speaker)
    press(qtbot, Qt.Key.Key_Return)
    if kind_key is not None:
        press(qtbot, kind_key, CTRL)
    type_text(text)
    press(qtbot, Qt.Key.Key_Return)


def _kinds(db: Database, room: Room) -> list[RemarkKind]:
    return [r.kind for r in capture.remarks(db, room.item_ids[0])]


def test_by_default_each_remark_starts_as_an_opinion(
    qtbot: QtBot, db: Database, room: Room, settings: Settings
) -> None:
    assert not settings.keep_remark_kind
    console = _console(qtbot, db, room, settings)
    _say(qtbot, "のぐ", "いつ頃か。", Qt.Key.Key_2)
    assert console.view.current_kind() is RemarkKind.OPINION
    _say(qtbot, "さい", "7月末。")
    assert _kinds(db, room) == [RemarkKind.QUESTION, RemarkKind.OPINION]


def test_the_setting_keeps_the_kind_until_another_is_chosen(
    qtbot: QtBot, db: Database, room: Room, settings: Settings
) -> None:
    console = _console(qtbot, db, room, settings)
    settings.keep_remark_kind = True  # read when a remark is recorded: no reopening
    _say(qtbot, "のぐ", "いつ頃か。", Qt.Key.Key_2)
    assert console.view.current_kind() is RemarkKind.QUESTION
    _say(qtbot, "たか", "費用は。")
    _say(qtbot, "さい", "7月末。", Qt.Key.Key_3)
    _say(qtbot, "さい", "費用は未定。")
    assert _kinds(db, room) == [
        RemarkKind.QUESTION,
        RemarkKind.QUESTION,
        RemarkKind.ANSWER,
        RemarkKind.ANSWER,
    ]
    assert console.controller.draft().kind is RemarkKind.ANSWER  # the draft says so too
