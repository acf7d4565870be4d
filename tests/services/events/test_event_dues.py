"""What a participant owes when the event charges its get-together (懇親会) apart: the
category's fee plus the reception's, at the door, for a walk-in, on the receipt, in the
participants' list and in the report."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.services.events import checkin, editing, participants
from app.services.events import report as event_report
from app.services.events.codes import PaymentState
from app.services.events.dues import (
    amount_due,
    is_reception_fee,
    mentions_reception,
    reception_fee,
)
from app.services.events.participant_list import participant_table
from app.services.events.receipts import issue_receipts
from app.services.events.reception_rows import DoorPayment
from app.services.events.reception_search import reception_entries
from app.services.events.rows import EventForm, FeeInput, ParticipantForm
from app.storage.database import Database

DAY = date(2026, 11, 12)
START = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
SALON = {"会員": 0, "一般": 1000, "懇親会": 3000}


@pytest.mark.parametrize(
    ("category", "joins", "owed"),
    [
        ("一般", False, 1000),
        ("一般", True, 4000),
        ("会員", True, 3000),
        ("会員", False, 0),
        ("懇親会", True, 3000),  # come for the get-together only: owed once
        ("", True, None),  # no category: a speaker or guest, invited to it
        ("", False, None),
        ("学生", False, None),  # a category no fee names
    ],
)
def test_the_reception_fee_is_added_for_those_who_join(
    category: str, joins: bool, owed: int | None
) -> None:
    assert amount_due(SALON, category, joins) == owed


def test_a_fee_included_in_the_participation_fee_adds_nothing() -> None:
    """Seed 004: 「参加費 1,000円 当日支払い(懇親会費を含む)」 has no 懇親会 row."""
    assert amount_due({"一般": 1000}, "一般", True) == 1000


def test_of_several_reception_fees_the_one_naming_the_category_is_taken() -> None:
    fees = {"会員": 0, "一般": 1000, "懇親会（会員）": 2000, "懇親会（一般）": 3000}
    assert reception_fee(fees, "一般") == ("懇親会（一般）", 3000)
    assert reception_fee(fees, "会員") == ("懇親会（会員）", 2000)
    assert reception_fee(fees, "学生") == ("懇親会（会員）", 2000)  # none named: the first
    assert amount_due(fees, "一般", True) == 4000


def _salon(db: Database) -> int:
    saved = editing.save(
        db,
        EventForm(
            title="第5回 ものづくり交流サロン",
            held_on=DAY.isoformat(),
            capacity="30",
            fees=tuple(FeeInput(category, str(amount)) for category, amount in SALON.items()),
        ),
    )
    assert saved.id is not None
    return saved.id


def _apply(db: Database, event: int, name: str, category: str, joins: bool) -> int:
    minute = len(participants.list_participants(db, event))
    row = participants.add_participant(
        db,
        event,
        ParticipantForm(
            name=name,
            organization_name=f"{name}工業株式会社",
            fee_category=category,
            joins_reception=joins,
            applied_at=START + timedelta(minutes=minute),
        ),
    )
    return row.id


def _check_in_all(db: Database, event: int) -> None:
    for entry in reception_entries(db, event):
        checkin.check_in(db, entry.id, entry.version, payment=DoorPayment.RECEIVED, today=DAY)


def test_the_door_takes_the_reception_fee_with_the_category_fee(db: Database) -> None:
    event = _salon(db)
    _apply(db, event, "青木", "一般", True)
    _apply(db, event, "井上", "会員", True)
    _apply(db, event, "上田", "一般", False)
    _apply(db, event, "大野", "会員", False)
    door = {e.name: (e.fee, e.fee_due, e.reception_fee) for e in reception_entries(db, event)}
    assert door == {
        "青木": (4000, 4000, "懇親会"),
        "井上": (3000, 3000, "懇親会"),
        "上田": (1000, 1000, ""),
        "大野": (0, 0, ""),
    }
    _check_in_all(db, event)
    paid = {p.name: p.payment for p in participants.list_participants(db, event)}
    assert paid["大野"] is PaymentState.UNPAID  # nothing was due: nothing recorded
    assert checkin.reception_counts(db, event, today=DAY).received_today == 8000


def test_a_walk_in_who_stays_for_the_reception_pays_both(db: Database) -> None:
    event = _salon(db)
    done = checkin.walk_in(
        db,
        event,
        ParticipantForm(name="木村", fee_category="一般", joins_reception=True),
        today=DAY,
    )
    assert done.received == 4000
    (row,) = participants.list_participants(db, event)
    assert row.joins_reception


def test_receipts_carry_the_whole_amount_and_say_what_for(db: Database) -> None:
    event = _salon(db)
    _apply(db, event, "青木", "一般", True)
    _apply(db, event, "井上", "会員", True)
    _apply(db, event, "上田", "一般", False)
    _check_in_all(db, event)
    receipts = issue_receipts(db, event, DAY).receipts
    assert [(r.addressee, r.amount, r.purpose) for r in receipts] == [
        ("青木工業株式会社", 4000, "第5回 ものづくり交流サロン参加費及び懇親会費として"),
        ("井上工業株式会社", 3000, "第5回 ものづくり交流サロン懇親会費として"),
        ("上田工業株式会社", 1000, "第5回 ものづくり交流サロン参加費として"),
    ]


def test_the_list_and_the_report_count_what_is_owed(db: Database) -> None:
    event = _salon(db)
    _apply(db, event, "青木", "一般", True)
    _apply(db, event, "井上", "会員", True)  # owes the 懇親会 only: still 未収
    _apply(db, event, "大野", "会員", False)  # owes nothing
    table = participant_table(db, event)
    fee_column = table[0].index("参加費")
    assert [row[fee_column] for row in table[1:]] == ["4,000円", "3,000円", "0円"]
    reading = table[0].index("所属ふりがな")  # none typed, none on the roster, in kanji
    assert [row[reading] for row in table[1:]] == ["", "", ""]
    data = event_report.report_input(db, event)
    assert [(f.category, f.people, f.unpaid) for f in data.fees] == [
        ("会員", 2, 0),
        ("一般", 1, 1),
        ("懇親会", 2, 2),  # its own line: 青木 and 井上 owe it
    ]


def test_the_report_splits_what_was_taken_between_the_fees(db: Database) -> None:
    """4,000円 from someone in 一般 who stayed for the 懇親会 is 1,000 + 3,000."""
    event = _salon(db)
    _apply(db, event, "青木", "一般", True)
    _apply(db, event, "井上", "会員", True)
    _apply(db, event, "上田", "一般", False)
    _check_in_all(db, event)
    data = event_report.report_input(db, event)
    assert [(f.category, f.amount, f.people, f.received, f.collected) for f in data.fees] == [
        ("会員", 0, 1, 0, 0),  # 井上 owed nothing as a member: no payment recorded there
        ("一般", 1000, 2, 2, 2000),
        ("懇親会", 3000, 2, 2, 6000),
    ]
    total = data.fees_total
    assert total is not None  # each person once: 井上 is in two lines, counted once
    assert (total.people, total.received, total.unpaid, total.collected) == (3, 3, 0, 8000)


TWO_RECEPTIONS = {"会員": 0, "非会員": 1000, "懇親会（非会員）": 3000, "懇親会（会員）": 2000}


@pytest.mark.parametrize(
    ("fees", "category", "owed"),
    [
        ({"会員": 0, "一般（懇親会費込み）": 5000}, "会員", 0),  # included: not a fee apart
        ({"セミナーのみ": 1000, "セミナー＋懇親会": 4000}, "セミナーのみ", 1000),
        ({"セミナーのみ": 1000, "セミナー＋懇親会": 4000}, "セミナー＋懇親会", 4000),
        (TWO_RECEPTIONS, "会員", 2000),  # 会員 is in 非会員: the note is read whole
        (TWO_RECEPTIONS, "非会員", 4000),
    ],
)
def test_only_a_fee_for_the_get_together_alone_is_added(
    fees: dict[str, int], category: str, owed: int
) -> None:
    assert amount_due(fees, category, True) == owed


def test_the_notice_asks_about_the_get_together_when_a_fee_mentions_it() -> None:
    included = "一般（懇親会費込み）"
    assert mentions_reception(included) and not is_reception_fee(included)
    assert is_reception_fee("懇親会（会員）") and is_reception_fee("交流会費")
