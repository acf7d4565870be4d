"""The acceptance test of the capture console: a whole meeting typed with the keyboard only."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import ActionItem, Remark
from app.services.capture import remarks as capture
from app.services.codes import AttendanceStatus, GuestCategory, RemarkKind
from app.services.meetings import agenda, attendance
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.meeting.meeting_window import TAB_CAPTURE, MeetingWindow
from tests.meeting_room import Room
from tests.ui.keyboard import focused, in_next_dialog, press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
KIND_KEYS = {
    RemarkKind.OPINION: Qt.Key.Key_1,
    RemarkKind.QUESTION: Qt.Key.Key_2,
    RemarkKind.ANSWER: Qt.Key.Key_3,
    RemarkKind.PROPOSAL: Qt.Key.Key_4,
    RemarkKind.REPORT: Qt.Key.Key_5,
}

# (how the speaker is picked, who that is, kind, text); "alt1" means Alt+1
SCRIPT: list[list[tuple[str, str, RemarkKind, str]]] = [
    [
        ("さい", "斉藤 太郎", RemarkKind.REPORT, "A地域の経済団体と意見交換を進めている。"),
        ("たか", "髙橋 太郎", RemarkKind.OPINION, "アッセンブリを行う企業は多くないイメージ"),
        ("2", "今 太郎", RemarkKind.OPINION, "遠方かつ競合が無く、双方営業の余地がある。"),
        ("のぐち", "野口 太郎", RemarkKind.QUESTION, "訪問はいつ頃を予定しているか。"),
        ("alt1", "斉藤 太郎", RemarkKind.ANSWER, "7月末を予定している。"),
        ("山田", "山田 一郎", RemarkKind.OPINION, "市としても交流を支援したい。"),
        (
            "コン",
            "今 太郎",
            RemarkKind.PROPOSAL,
            "【学ぶ】視点で交流したらどうか。\nBCPや社員研修の視点も。",
        ),
        ("髙橋", "髙橋 太郎", RemarkKind.OPINION, "お互い異なることで良いアイデアが生まれる。"),
    ],
    [
        ("alt1", "斉藤 太郎", RemarkKind.REPORT, "スマートナビの状況を報告する。"),
        ("3", "髙橋 太郎", RemarkKind.QUESTION, "委員会アカウントは誰が管理するのか。"),
        ("さいとう", "斉藤 太郎", RemarkKind.ANSWER, "事務局で管理する。"),
        ("野口", "野口 太郎", RemarkKind.OPINION, "BLOG機能で会議内容を公開してはどうか。"),
        ("5", "山田 一郎", RemarkKind.OPINION, "市のホームページからもリンクする。"),
        ("こ", "今 太郎", RemarkKind.OPINION, "プッシュ型通知も検討したい。"),
        ("alt4", "野口 太郎", RemarkKind.QUESTION, "通知の費用はどの程度か。"),
    ],
    [
        ("alt2", "今 太郎", RemarkKind.PROPOSAL, "次回は工場見学を兼ねて開催したい。"),
        ("たかはし", "髙橋 太郎", RemarkKind.OPINION, "賛成。会場を提供できる。"),
        ("1", "斉藤 太郎", RemarkKind.OPINION, "では髙橋委員の工場で開催する。"),
        ("山", "山田 一郎", RemarkKind.REPORT, "市の補助制度が来月から始まる。"),
        ("のぐ", "野口 太郎", RemarkKind.OPINION, "補助制度の説明会を開いてほしい。"),
    ],
]


def _window(qtbot: QtBot, db: Database, meeting_id: int) -> MeetingWindow:
    make_application()
    window = MeetingWindow(db, meeting_id)
    show_active(qtbot, window)
    return window


def _take_attendance(qtbot: QtBot, window: MeetingWindow) -> None:
    window.attendance.view.setFocus()
    # rows: 斉藤 (chair), 今 (vice chair), 髙橋, 野口, 松村 (secretariat)
    press(qtbot, Qt.Key.Key_1)  # 斉藤 present
    press(qtbot, Qt.Key.Key_1)  # 今 present
    in_next_dialog(lambda: (type_text("髙橋 花子"), press(qtbot, Qt.Key.Key_Return)))
    press(qtbot, Qt.Key.Key_3)  # 髙橋: proxy
    in_next_dialog(
        lambda: (
            press(qtbot, Qt.Key.Key_A, CTRL),
            type_text("19:20"),
            press(qtbot, Qt.Key.Key_Return),
        )
    )
    press(qtbot, Qt.Key.Key_5)  # 野口: late
    press(qtbot, Qt.Key.Key_7)  # 松村: absent, notice given
    in_next_dialog(
        lambda: (
            type_text("山田 一郎"),
            press(qtbot, Qt.Key.Key_Tab),
            type_text("綾瀬市 工業振興課"),
            press(qtbot, Qt.Key.Key_Return),
        )
    )
    press(qtbot, Qt.Key.Key_G, CTRL)  # a guest


def _pick_speaker(qtbot: QtBot, how: str) -> None:
    if how.startswith("alt"):
        press(qtbot, getattr(Qt.Key, f"Key_{how[3:]}"), ALT)
        return
    press(qtbot, Qt.Key.Key_F2)
    type_text(how)
    press(qtbot, Qt.Key.Key_Return)


def _type_remark(qtbot: QtBot, kind: RemarkKind, text: str) -> None:
    if kind is not RemarkKind.OPINION:
        press(qtbot, KIND_KEYS[kind], CTRL)
    for number, line in enumerate(text.split("\n")):
        if number:
            press(qtbot, Qt.Key.Key_Return, SHIFT)
        type_text(line)
    press(qtbot, Qt.Key.Key_Return)


def _action_item(qtbot: QtBot, text: str, owner: str, due: str) -> None:
    in_next_dialog(
        lambda: (
            type_text(text),
            press(qtbot, Qt.Key.Key_Tab),
            type_text(owner),
            press(qtbot, Qt.Key.Key_Tab),
            type_text(due),
            press(qtbot, Qt.Key.Key_Return),
        )
    )
    press(qtbot, Qt.Key.Key_T, CTRL)


def test_a_whole_meeting_typed_with_the_keyboard_only(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    window = _window(qtbot, db, room.meeting_id)
    _take_attendance(qtbot, window)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)  # the Record tab
    assert window.tabs.currentIndex() == TAB_CAPTURE
    assert focused() is window.console.speaker

    for number, remarks in enumerate(SCRIPT):
        if number:
            press(qtbot, Qt.Key.Key_PageDown, CTRL)
        assert window.console.view.item_caption.text().startswith("①②③"[number])
        for how, _who, kind, text in remarks:
            _pick_speaker(qtbot, how)
            assert focused() is window.console.editor
            _type_remark(qtbot, kind, text)
        if number == 0:
            press(qtbot, Qt.Key.Key_F2)
            press(qtbot, Qt.Key.Key_Return)  # same speaker: Enter keeps them
            type_text("7月末にA地域を委員数名で訪問する。")
            press(qtbot, Qt.Key.Key_D, CTRL)
        if number == 1:
            _action_item(qtbot, "委員会アカウントを作成する", "事務局", "2022/7/20")
        if number == 2:
            _action_item(qtbot, "補助制度の説明会を企画する", "山田", "2022/8/31")

    # what is stored is exactly what was typed
    for item_id, remarks in zip(room.item_ids, SCRIPT, strict=True):
        stored = capture.remarks(db, item_id)
        assert [(r.speaker_name, r.kind, r.text) for r in stored] == [
            (who, kind, text) for _how, who, kind, text in remarks
        ]
        assert [r.is_member for r in stored] == [who != "山田 一郎" for _h, who, _k, _t in remarks]
    assert sum(len(remarks) for remarks in SCRIPT) == 20
    items = agenda.items(db, room.meeting_id)
    assert items[0].resolution == "7月末にA地域を委員数名で訪問する。"
    actions = [(a.text, a.owner, a.due_on) for i in room.item_ids for a in agenda.actions(db, i)]
    assert actions == [
        ("委員会アカウントを作成する", "事務局", date(2022, 7, 20)),
        ("補助制度の説明会を企画する", "山田 一郎", date(2022, 8, 31)),
    ]
    grid = {e.name: e for e in attendance.grid(db, room.meeting_id)}
    assert grid["斉藤 太郎"].status is AttendanceStatus.PRESENT
    assert grid["今 太郎"].status is AttendanceStatus.PRESENT
    assert (grid["髙橋 太郎"].status, grid["髙橋 太郎"].proxy_name) == (
        AttendanceStatus.PROXY,
        "髙橋 花子",
    )
    assert (grid["野口 太郎"].status, grid["野口 太郎"].time_note) == (
        AttendanceStatus.LATE,
        time(19, 20).strftime("%H:%M"),
    )
    assert (
        grid["松村 太郎"].status is AttendanceStatus.ABSENT and grid["松村 太郎"].absence_notified
    )
    guests = attendance.guests(db, room.meeting_id)
    assert [(g.name, g.affiliation, g.category) for g in guests] == [
        ("山田 一郎", "綾瀬市 工業振興課", GuestCategory.GUEST)
    ]
    assert capture.load_draft(db, room.meeting_id) is None
    with db.session() as session:
        assert len(session.scalars(select(Remark)).all()) == 20
        assert len(session.scalars(select(ActionItem)).all()) == 2
