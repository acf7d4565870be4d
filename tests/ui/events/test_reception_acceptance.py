"""Issue 18's acceptance: at the door of an event with 45 attending, 40 people are
checked in by keyboard alone (38 found by kana, katakana or their number, 2 walk-ins
through Ctrl+N and its form), some paying at the door; the counts shown and the
service's counts agree: 40 checked in, 47 attending, the yen received."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.events import checkin, editing, participants
from app.services.events.codes import ApplicationSource, ParticipationState, PaymentState
from app.services.events.listing import event_counts
from app.services.events.reception_search import reception_entries
from app.services.events.rows import EventForm, FeeInput, ParticipantForm
from app.storage.database import Database
from app.ui.events.reception import ReceptionWindow
from app.ui.events.walk_in_dialog import WalkInDialog
from app.ui.tablemodels.reception_model import COL_NAME
from tests.ui.keyboard import in_next_dialog, press, show_active, type_text

FAMILIES = [
    ("青木", "あおき"),
    ("井上", "いのうえ"),
    ("上田", "うえだ"),
    ("遠藤", "えんどう"),
    ("大野", "おおの"),
    ("加藤", "かとう"),
    ("木村", "きむら"),
    ("工藤", "くどう"),
    ("剣持", "けんもち"),
]
GIVEN = [
    ("太郎", "たろう"),
    ("花子", "はなこ"),
    ("健二", "けんじ"),
    ("美咲", "みさき"),
    ("翔", "しょう"),
]
START = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)
HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}


def seminar(db: Database) -> int:
    """A seminar for 45 with 45 applications: every third 一般 (1,000円), the rest 会員."""
    saved = editing.save(
        db,
        EventForm(
            title="ものづくりDXセミナー",
            held_on="2025-10-24",
            capacity="45",
            fees=(FeeInput("会員", "0"), FeeInput("一般", "1000")),
        ),
    )
    assert saved.id is not None
    index = 0
    for family, family_reading in FAMILIES:
        for given, given_reading in GIVEN:
            participants.add_participant(
                db,
                saved.id,
                ParticipantForm(
                    name=f"{family} {given}",
                    reading=f"{family_reading} {given_reading}",
                    organization_name=f"{family}製作所",
                    fee_category="一般" if index % 3 == 0 else "会員",
                    applied_at=START + timedelta(minutes=index),
                ),
            )
            index += 1
    return saved.id


def _window(qtbot: QtBot, db: Database, event_id: int) -> ReceptionWindow:
    window = ReceptionWindow(db, event_id)
    show_active(qtbot, window)
    assert QApplication.focusWidget() is window.search
    return window


def _find(qtbot: QtBot, window: ReceptionWindow, way: int, person: object) -> None:
    """Find ``person`` one of four ways, by keyboard, leaving them highlighted."""
    name, reading, number = person  # type: ignore[misc]
    if way == 0:
        qtbot.keyClicks(window.search, str(number))  # the 受付番号
    elif way == 1:
        type_text(reading.replace(" ", "").translate(HIRAGANA_TO_KATAKANA))  # katakana
    elif way == 2:
        type_text(reading)  # hiragana, with the space
    else:  # the family name, then Down to the person among the family
        type_text(reading.split()[0])
        names = [window.model.index(row, COL_NAME).data() for row in range(window.model.rowCount())]
        for _ in range(names.index(name)):
            press(qtbot, Qt.Key.Key_Down)
    chosen = window.chosen()
    assert chosen is not None and chosen.name == name


def _walk_in(qtbot: QtBot, window: ReceptionWindow, name: str, reading: str, paying: bool) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WalkInDialog)
        type_text(name)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(reading)
        press(qtbot, Qt.Key.Key_Tab)
        type_text("当日商事")
        press(qtbot, Qt.Key.Key_Tab)
        if paying:
            press(qtbot, Qt.Key.Key_Down)  # 会員 → 一般
        press(qtbot, Qt.Key.Key_Tab)  # the fee: received in cash
        press(qtbot, Qt.Key.Key_Return)

    in_next_dialog(fill)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_forty_check_ins_by_keyboard_two_of_them_walk_ins(qtbot: QtBot, db: Database) -> None:
    event_id = seminar(db)
    window = _window(qtbot, db, event_id)
    entries = reception_entries(db, event_id)
    people = [(e.name, e.reading, e.number) for e in entries]
    assert len(people) == 45
    paying = [index for index, e in enumerate(entries[:38]) if e.fee_due]
    assert len(paying) == 13
    waive, later = paying[1], paying[2]
    expected_yen = 0
    for index, person in enumerate(people[:38]):
        _find(qtbot, window, index % 4, person)
        chosen = window.chosen()
        assert chosen is not None
        if index == waive:
            press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # 免除
        elif index == later:
            press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # pay later
        else:
            expected_yen += chosen.fee_due
            press(qtbot, Qt.Key.Key_Return)
        assert window.search.text() == ""  # cleared for the next person
        assert QApplication.focusWidget() is window.search
    _walk_in(qtbot, window, "当日 一郎", "とうじつ いちろう", paying=True)
    _walk_in(qtbot, window, "当日 花子", "とうじつ はなこ", paying=False)
    expected_yen += 1000
    # 11 of the 13 一般 pay at the door (one waived, one pays later), and one walk-in
    assert expected_yen == 12_000

    counts = checkin.reception_counts(db, event_id)
    assert (counts.checked_in, counts.attending, counts.capacity) == (40, 47, 45)
    assert counts.received_today == expected_yen
    assert event_counts(db, event_id).checked_in == 40
    shown = window.counts
    assert shown.checked_in.value.text() == "40"
    assert shown.attending.value.text() == "47"
    assert shown.capacity.value.text() == "45"
    assert shown.received.value.text() == "¥12,000"
    rows = participants.list_participants(db, event_id)
    walk_ins = [p for p in rows if p.source is ApplicationSource.WALK_IN]
    assert [p.name for p in walk_ins] == ["当日 一郎", "当日 花子"]
    assert all(p.state is ParticipationState.ATTENDING and p.checked_in_at for p in walk_ins)
    waived = [p for p in rows if p.payment is PaymentState.WAIVED]
    assert [p.name for p in waived] == [people[waive][0]]
    assert {p.name: p.payment for p in rows}[people[later][0]] is PaymentState.UNPAID
