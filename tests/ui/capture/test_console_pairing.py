"""A 回答 is paired with the question it answers: by default the nearest before it; the
clerk re-pairs it from the remark list (Alt+Q), and the minutes follow. Alt+0 records a
point with no speaker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.documents import export as exports
from app.services.documents.request import DocumentRequest, MinutesOptions, MinutesStyle
from app.storage.database import Database
from app.ui.capture.display import remark_text
from app.ui.capture.question_picker import QuestionPicker
from tests.documents.readback import pdf_text
from tests.meeting_room import Room
from tests.ui.capture.test_console_editing import _console
from tests.ui.keyboard import focused, in_next_dialog, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
FIRST_Q = "補助の上限はいくらか。"
SECOND_Q = "申請の締切はいつか。"
ANSWER = "上限は百万円である。"


def _say(qtbot: QtBot, speaker: str, kind_key: Qt.Key, text: str) -> None:
    press(qtbot, Qt.Key.Key_F2)
    type_text(speaker)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, kind_key, CTRL)
    type_text(text)
    press(qtbot, Qt.Key.Key_Return)


def _minutes(db: Database, room: Room, path: Path) -> str:
    options = MinutesOptions(style=MinutesStyle.SUMMARY, show_speakers=True)
    request = DocumentRequest(meeting_id=room.meeting_id, options=options)
    return pdf_text(exports.export(db, "minutes", request, path).path).replace("\n", "")


def _order(text: str, *parts: str) -> list[int]:
    return [text.find(part) for part in parts]


def test_an_answer_is_re_paired_from_the_remark_list(
    qtbot: QtBot, db: Database, room: Room, tmp_path: Path
) -> None:
    console = _console(qtbot, db, room)
    _say(qtbot, "こん", Qt.Key.Key_2, FIRST_Q)
    _say(qtbot, "のぐ", Qt.Key.Key_2, SECOND_Q)
    _say(qtbot, "山田", Qt.Key.Key_3, ANSWER)  # answers the first question, said second
    first, second, answer = capture.remarks(db, room.item_ids[0])
    assert answer.answers is None  # by default: the nearest question before it
    before = _minutes(db, room, tmp_path / "before.pdf")
    assert 0 <= _order(before, SECOND_Q, ANSWER)[0] < _order(before, SECOND_Q, ANSWER)[1]

    press(qtbot, Qt.Key.Key_F6)  # to the list: the answer (the latest) is current
    assert focused() is console.view.remark_list
    chosen: list[str] = []

    def choose_the_first_question() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, QuestionPicker)
        texts = [picker.choices.item(row).text() for row in range(picker.choices.count())]
        chosen.extend(texts)
        picker.choices.setCurrentRow(1)  # row 0 is the default pairing
        press(qtbot, Qt.Key.Key_Return)

    in_next_dialog(choose_the_first_question)
    press(qtbot, Qt.Key.Key_Q, ALT)
    assert len(chosen) == 3 and FIRST_Q in chosen[1] and SECOND_Q in chosen[2]
    stored = capture.remarks(db, room.item_ids[0])[2]
    assert stored.answers == first.id
    shown = console.view.remark_list.item(2).text()  # the list names the question answered
    assert shown == remark_text(stored, capture.remarks(db, room.item_ids[0])[0])
    assert shown != remark_text(stored)

    after = _minutes(db, room, tmp_path / "after.pdf")
    q1, a, q2 = _order(after, FIRST_Q, ANSWER, SECOND_Q)
    assert 0 <= q1 < a < q2  # the answer now follows the question it answers

    press(qtbot, Qt.Key.Key_Z, CTRL)  # undone: paired by default again
    assert capture.remarks(db, room.item_ids[0])[2].answers is None
    assert second.id != first.id


def test_correcting_a_paired_answer_keeps_its_question(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    console = _console(qtbot, db, room)
    _say(qtbot, "こん", Qt.Key.Key_2, FIRST_Q)
    _say(qtbot, "のぐ", Qt.Key.Key_2, SECOND_Q)
    _say(qtbot, "山田", Qt.Key.Key_3, ANSWER)
    first = capture.remarks(db, room.item_ids[0])[0]
    console.controller.pair_answer(2, first)
    press(qtbot, Qt.Key.Key_F6)
    console.view.remark_list.setCurrentRow(2)
    press(qtbot, Qt.Key.Key_Return)  # edit the answer's text
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text("上限は百万円です。")
    press(qtbot, Qt.Key.Key_Return)
    stored = capture.remarks(db, room.item_ids[0])[2]
    assert (stored.text, stored.answers) == ("上限は百万円です。", first.id)


def test_alt_q_on_a_remark_that_is_not_an_answer_says_so(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    console = _console(qtbot, db, room)
    said: list[str] = []
    console.messageRequested.connect(said.append)
    _say(qtbot, "こん", Qt.Key.Key_1, "意見です。")
    press(qtbot, Qt.Key.Key_F6)
    press(qtbot, Qt.Key.Key_Q, ALT)
    assert QApplication.activeModalWidget() is None
    assert said and "Alt+Q" in said[-1]


def test_alt_0_records_a_point_with_no_speaker(qtbot: QtBot, db: Database, room: Room) -> None:
    console = _console(qtbot, db, room)
    press(qtbot, Qt.Key.Key_0, ALT)
    assert focused() is console.editor
    type_text("報告の要点。")
    press(qtbot, Qt.Key.Key_Return)
    stored = capture.remarks(db, room.item_ids[0])
    assert [(r.text, r.speaker_member_id, r.speaker_name) for r in stored] == [
        ("報告の要点。", None, "")
    ]
