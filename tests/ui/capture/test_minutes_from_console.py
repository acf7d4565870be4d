"""Issue 15's acceptance: a meeting recorded through the console, with every kind of
remark, a proxy and a point nobody is credited with, comes out of the minutes as it was
captured, in each of the three styles, in PDF and in Word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.capture import remarks as capture
from app.services.codes import RemarkKind
from app.services.documents import export as exports
from app.services.documents.request import DocumentRequest, MinutesOptions, MinutesStyle
from app.storage.database import Database
from tests.documents.readback import docx_text, pdf_text
from tests.meeting_room import Room
from tests.ui.capture.test_capture_console import CTRL, SHIFT, _take_attendance, _window
from tests.ui.keyboard import press, type_text

KEYS = {
    RemarkKind.OPINION: Qt.Key.Key_1,
    RemarkKind.QUESTION: Qt.Key.Key_2,
    RemarkKind.ANSWER: Qt.Key.Key_3,
    RemarkKind.EXPLANATION: Qt.Key.Key_6,
    RemarkKind.PROCEDURE: Qt.Key.Key_7,
}
OPENING = "それでは議題1について事務局から説明をお願いします。"
CLOSING = "他にご意見はありますか。"
EXPLAINED = "市の補助制度が来月から始まることを説明した。"
QUESTION_1 = "補助の上限はいくらか。"
ANSWER_1 = "上限は百万円である。"
QUESTION_2 = "申請の締切はいつか。"
ANSWER_2 = "九月末である。"
BY_PROXY = "申請の手続きを簡単にしてほしい。"
NOBODY = "説明会を平日の夜にも開いてほしい。"
# (how the speaker is typed, kind, text); "0" is no speaker
SCRIPT = [
    ("さい", RemarkKind.PROCEDURE, OPENING),
    ("山田", RemarkKind.EXPLANATION, EXPLAINED),
    ("のぐ", RemarkKind.QUESTION, QUESTION_1),
    ("山田", RemarkKind.ANSWER, ANSWER_1),
    ("こん", RemarkKind.QUESTION, QUESTION_2),
    ("山田", RemarkKind.ANSWER, ANSWER_2),
    ("たか", RemarkKind.OPINION, BY_PROXY),
    ("0", RemarkKind.OPINION, NOBODY),
    ("さい", RemarkKind.PROCEDURE, CLOSING),
]


def _record(qtbot: QtBot, db: Database, room: Room) -> None:
    window = _window(qtbot, db, room.meeting_id)
    _take_attendance(qtbot, window)  # 髙橋 attends by proxy: 髙橋 花子
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    for typed, kind, text in SCRIPT:
        press(qtbot, Qt.Key.Key_F2)
        type_text(typed)
        press(qtbot, Qt.Key.Key_Return)
        if kind is not RemarkKind.OPINION:
            press(qtbot, KEYS[kind], CTRL)
        type_text(text)
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_F2)
    type_text("さい")
    press(qtbot, Qt.Key.Key_Return)
    type_text("補助制度の説明会を平日夜にも開く。")
    press(qtbot, Qt.Key.Key_D, CTRL)
    stored = capture.remarks(db, room.item_ids[0])
    assert [(r.kind, r.text) for r in stored] == [(k, t) for _s, k, t in SCRIPT]
    assert stored[7].speaker_name == "" and stored[7].speaker_member_id is None
    window.close()


def _read(db: Database, room: Room, tmp_path: Path, options: MinutesOptions) -> list[str]:
    request = DocumentRequest(meeting_id=room.meeting_id, options=options)
    style = options.style.value if options.style else "body"
    pdf = exports.export(db, "minutes", request, tmp_path / f"{style}.pdf").path
    docx = exports.export(db, "minutes", request, tmp_path / f"{style}.docx").path
    return [pdf_text(pdf).replace("\n", ""), docx_text(docx).replace("\n", "")]


def _in_order(text: str, *parts: str) -> bool:
    places = [text.find(part) for part in parts]
    return all(place >= 0 for place in places) and places == sorted(places)


@pytest.fixture
def recorded(qtbot: QtBot, db: Database, room: Room) -> Room:
    _record(qtbot, db, room)
    return room


def test_summary_minutes_pair_the_questions_and_leave_out_the_procedure(
    db: Database, recorded: Room, tmp_path: Path
) -> None:
    options = MinutesOptions(style=MinutesStyle.SUMMARY, show_speakers=True)
    for text in _read(db, recorded, tmp_path, options):
        assert _in_order(text, EXPLAINED, "質疑応答", QUESTION_1, ANSWER_1, QUESTION_2, ANSWER_2)
        assert OPENING not in text and CLOSING not in text
        assert _in_order(text, "委員からの意見", BY_PROXY)
        assert _in_order(text, EXPLAINED, NOBODY, "質疑応答")  # a point, after the explanation
        assert "髙橋 花子（髙橋委員代理）" in text  # the proxy, credited as the proxy
        assert f"・{NOBODY}" in text  # nobody credited: a plain bullet
        assert "補助制度の説明会を平日夜にも開く。" in text


def test_verbatim_minutes_keep_every_remark_in_order_with_its_speaker(
    db: Database, recorded: Room, tmp_path: Path
) -> None:
    options = MinutesOptions(style=MinutesStyle.VERBATIM)
    for text in _read(db, recorded, tmp_path, options):
        spoken = [t for _s, _k, t in SCRIPT]
        assert _in_order(text, *spoken)  # near-verbatim: the chair's lines too
        assert "髙橋 花子（髙橋委員代理）" in text
        assert f"・{NOBODY}" in text and f"○{NOBODY}" not in text


def test_brief_minutes_hold_the_decisions_only(
    db: Database, recorded: Room, tmp_path: Path
) -> None:
    options = MinutesOptions(style=MinutesStyle.BRIEF)
    for text in _read(db, recorded, tmp_path, options):
        assert "補助制度の説明会を平日夜にも開く。" in text
        for _s, _k, remark in SCRIPT:
            assert remark not in text
