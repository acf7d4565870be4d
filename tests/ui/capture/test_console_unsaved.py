"""Failures are loud in the capture console: a remark that cannot be written stays in the
box marked 未保存, is tried again and recorded once the cause is gone; a step that cannot
be written (a correction, a delete, a decision, an action item, undo, redo) says so and
leaves the undo stack as it was."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.capture.sources import MeetingSource
from app.services.meetings import agenda
from app.services.meetings.rows import Speaker
from app.storage.database import Database
from app.texts import i18n
from app.ui.app import make_application
from app.ui.capture.capture_console import CaptureConsole
from app.ui.capture.speaker_picker import Pick
from app.ui.capture.unsaved import RETRY_MS
from tests.failing_writes import disk_full, read_only_twin
from tests.meeting_room import Room, approve
from tests.ui.keyboard import press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the error boxes shown (a box would wait for a click)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_a: shown.append(text)
    )
    return shown


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


def _marked(console: CaptureConsole) -> bool:
    view = console.view
    return view.unsaved_badge.isVisible() and view.unsaved_reason.isVisible()


def test_enter_on_a_read_only_database_keeps_the_remark_marked_until_it_is_recorded(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    """The reported failure: a read-only file. Enter raises nothing, the text stays, the
    mark says why; once the file can be written, the retry records it (once)."""
    twin = read_only_twin(db)
    console = _console(qtbot, twin, room)
    try:
        _say(qtbot, "さい", "補助金の申請は来月から。")
        assert console.editor.toPlainText() == "補助金の申請は来月から。"
        assert _marked(console) and console.unsaved
        assert console.view.unsaved_badge.text() == "Not saved"
        reason = console.view.unsaved_reason.text()
        assert "This remark is not recorded." in reason
        assert "cannot be written" in reason  # the read-only file, in words
        assert _texts(db, room) == []
        assert console.controller.undo_stack.count() == 0
        source = console.controller.source
        assert isinstance(source, MeetingSource)
        source.db = db  # the file can be written again
        qtbot.waitUntil(
            lambda: _texts(db, room) == ["補助金の申請は来月から。"], timeout=RETRY_MS * 3
        )
        assert not _marked(console) and not console.unsaved
        assert console.editor.toPlainText() == ""
        assert console.controller.undo_stack.count() == 1
        qtbot.wait(RETRY_MS + 500)
        assert _texts(db, room) == ["補助金の申請は来月から。"]  # recorded once
    finally:
        twin.close()


def test_on_a_full_disk_enter_tries_again(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room)
    with disk_full(db):
        _say(qtbot, "たか", "工場見学を提案したい。")
        assert _marked(console)
        assert "The disk is full." in console.view.unsaved_reason.text()
        press(qtbot, Qt.Key.Key_Return)  # still full: still marked, still there
        assert _marked(console) and _texts(db, room) == []
        assert console.editor.toPlainText() == "工場見学を提案したい。"
    press(qtbot, Qt.Key.Key_Return)
    assert _texts(db, room) == ["工場見学を提案したい。"]
    assert not _marked(console)
    assert capture.load_draft(db, room.meeting_id) is None


def test_in_japanese_the_mark_says_未保存_in_red_and_never_recorded(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    """What the secretary sees: the word 未保存 on red beside the kept text, the cause and
    what to do in Japanese, and no 「記録しました」 anywhere."""
    assert i18n.load("ja")
    try:
        console = _console(qtbot, db, room)
        said: list[str] = []
        console.messageRequested.connect(said.append)
        with disk_full(db):
            _say(qtbot, "こん", "BCPの視点も入れてほしい。")
            badge = console.view.unsaved_badge
            assert badge.isVisible() and badge.text() == "未保存"
            assert "background: #c01c28" in badge.styleSheet()
            assert "#c01c28" in console.view.unsaved_reason.styleSheet()
            reason = console.view.unsaved_reason.text()
            assert reason.startswith("この発言はまだ記録されていません。\nディスクがいっぱいです。")
            assert "disk" not in reason.lower()
            assert console.editor.toPlainText() == "BCPの視点も入れてほしい。"
            assert said == [] and _texts(db, room) == []
        press(qtbot, Qt.Key.Key_Return)
        assert _texts(db, room) == ["BCPの視点も入れてほしい。"] and not _marked(console)
        assert len(said) == 1 and "今" in said[0]  # told only once it is recorded
    finally:
        i18n.load("en")


def test_a_draft_that_cannot_be_kept_is_marked_and_kept_later(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    console = _console(qtbot, db, room)
    with disk_full(db):
        press(qtbot, Qt.Key.Key_F2)
        type_text("こん")
        press(qtbot, Qt.Key.Key_Return)
        type_text("途中まで")
        qtbot.waitUntil(lambda: _marked(console))
        assert "could not be kept as a draft" in console.view.unsaved_reason.text()
    qtbot.waitUntil(lambda: not _marked(console), timeout=RETRY_MS * 3)
    draft = capture.load_draft(db, room.meeting_id)
    assert draft is not None and draft.text == "途中まで"


def test_text_changed_after_a_failure_is_recorded_by_enter_only(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    """The retry never records half of a text being completed: once the user types on,
    only their Enter records it; meanwhile the typing is kept as a draft."""
    console = _console(qtbot, db, room)
    with disk_full(db):
        _say(qtbot, "さい", "前半")
    type_text("と後半")
    qtbot.wait(RETRY_MS + 800)
    assert _texts(db, room) == []
    assert _marked(console)  # still not recorded, and it says so
    draft = capture.load_draft(db, room.meeting_id)
    assert draft is not None and draft.text == "前半と後半"
    press(qtbot, Qt.Key.Key_Return)
    assert _texts(db, room) == ["前半と後半"] and not _marked(console)


def test_emptying_the_box_gives_the_remark_up(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room)
    with disk_full(db):
        _say(qtbot, "さい", "取り消す")
    console.editor.clear()
    qtbot.waitUntil(lambda: not _marked(console), timeout=RETRY_MS * 3)
    assert _texts(db, room) == []


def test_a_failed_correction_stays_in_the_box_and_off_the_undo_stack(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    console = _console(qtbot, db, room)
    controller = console.controller
    _say(qtbot, "さい", "原文")
    controller.edit_remark(0)
    console.editor.setPlainText("訂正文")
    with disk_full(db):
        press(qtbot, Qt.Key.Key_Return)
    assert _texts(db, room) == ["原文"]
    assert controller.undo_stack.count() == 1  # only the recording: no failed edit
    assert controller.editing is not None and console.editor.toPlainText() == "訂正文"
    assert "The correction is not saved." in console.view.unsaved_reason.text()
    press(qtbot, Qt.Key.Key_Return)
    assert _texts(db, room) == ["訂正文"] and controller.editing is None
    assert controller.undo_stack.count() == 2 and not _marked(console)


def test_a_correction_refused_by_the_approval_lock_leaves_no_step_and_no_editing(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    """The reported case: MeetingLocked inside QUndoStack.push left the failed EditRemark
    on the stack and the console in editing mode."""
    console = _console(qtbot, db, room)
    controller = console.controller
    messages: list[str] = []
    console.messageRequested.connect(messages.append)
    _say(qtbot, "さい", "原文")
    controller.edit_remark(0)
    console.editor.setPlainText("訂正文")
    approve(db, room.meeting_id)
    press(qtbot, Qt.Key.Key_Return)
    assert _texts(db, room) == ["原文"]
    assert controller.undo_stack.count() == 1 and controller.undo_stack.index() == 1
    assert controller.editing is None
    assert messages[-1] == "Approved: the minutes are locked."


def test_undo_and_redo_that_cannot_be_written_say_so_and_stay_where_they_were(
    qtbot: QtBot, db: Database, room: Room, boxes: list[str]
) -> None:
    console = _console(qtbot, db, room)
    stack = console.controller.undo_stack
    _say(qtbot, "さい", "一つ目")
    with disk_full(db):
        press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _texts(db, room) == ["一つ目"]
    assert (stack.index(), stack.count()) == (1, 1)  # still done: Ctrl+Z can try again
    assert len(boxes) == 1 and "Undoing “Record remark” could not be done" in boxes[0]
    assert "The disk is full." in boxes[0]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _texts(db, room) == [] and stack.index() == 0
    with disk_full(db):
        press(qtbot, Qt.Key.Key_Y, CTRL)
    assert _texts(db, room) == [] and stack.index() == 0
    assert len(boxes) == 2 and "Redoing “Record remark”" in boxes[1]
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert _texts(db, room) == ["一つ目"] and stack.index() == 1


def test_a_delete_or_a_move_that_cannot_be_written_says_so(
    qtbot: QtBot, db: Database, room: Room, boxes: list[str]
) -> None:
    console = _console(qtbot, db, room)
    controller = console.controller
    _say(qtbot, "さい", "A")
    _say(qtbot, "こん", "B")
    with disk_full(db):
        controller.delete_remark(0)
        controller.move_remark(1, -1)
    assert _texts(db, room) == ["A", "B"]
    assert controller.undo_stack.count() == 2
    assert [box.split(" could not")[0] for box in boxes] == [
        "Deleting the remark",
        "Moving the remark",
    ]


def test_a_decision_that_cannot_be_written_is_marked_and_retried(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    console = _console(qtbot, db, room)
    controller = console.controller
    with disk_full(db):
        press(qtbot, Qt.Key.Key_F2)
        type_text("さい")
        press(qtbot, Qt.Key.Key_Return)
        type_text("原案どおり承認")
        press(qtbot, Qt.Key.Key_D, CTRL)
        assert _marked(console)
        assert "This decision is not recorded." in console.view.unsaved_reason.text()
        assert console.editor.toPlainText() == "原案どおり承認"
        assert controller.undo_stack.count() == 0
    qtbot.waitUntil(lambda: not _marked(console), timeout=RETRY_MS * 3)
    assert agenda.items(db, room.meeting_id)[0].resolution == "原案どおり承認"
    assert console.editor.toPlainText() == "" and controller.undo_stack.count() == 1


def test_an_action_item_that_cannot_be_written_is_marked_and_retried(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    console = _console(qtbot, db, room)
    controller = console.controller
    owner = Pick(Speaker(None, "事務局", "", "", None))
    controller.set_text("資料を送付する")
    with disk_full(db):
        controller.record_action("資料を送付する", owner, date(2026, 7, 20))
        assert _marked(console)
        assert "This action item is not recorded." in console.view.unsaved_reason.text()
        assert agenda.actions(db, room.item_ids[0]) == []
    qtbot.waitUntil(lambda: not _marked(console), timeout=RETRY_MS * 3)
    assert [a.text for a in agenda.actions(db, room.item_ids[0])] == ["資料を送付する"]
    assert controller.undo_stack.count() == 1


def test_the_meeting_window_does_not_close_over_text_that_is_not_saved(
    qtbot: QtBot, db: Database, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.meeting.meeting_window import TAB_CAPTURE, MeetingWindow

    make_application()
    window = MeetingWindow(db, room.meeting_id)
    show_active(qtbot, window)
    window.tabs.setCurrentIndex(TAB_CAPTURE)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", answer)
    with disk_full(db):
        window.console.focus_speaker()
        type_text("さい")
        press(qtbot, Qt.Key.Key_Return)
        type_text("閉じても消えない")
        press(qtbot, Qt.Key.Key_Return)
        assert not window.close()
    assert window.isVisible() and "閉じても消えない" in asked[0]
    press(qtbot, Qt.Key.Key_Return)  # the cause gone: recorded, and the window may close
    assert _texts(db, room) == ["閉じても消えない"]
    assert window.console.may_close() and len(asked) == 1
