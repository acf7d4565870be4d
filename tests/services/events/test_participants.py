"""Participants of an event: places up to the capacity, a numbered waitlist in the
order of application, and a cancellation that moves the first waiting up to be told."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.models import EventParticipant, Member, Organization
from app.services.events import editing, participants
from app.services.events.codes import (
    ApplicationSource,
    ParticipantRole,
    ParticipationState,
    PaymentState,
)
from app.services.events.listing import event_counts, list_events
from app.services.events.participant_list import participant_table
from app.services.events.rows import EventForm, FeeInput, ParticipantForm
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.storage.database import Database

START = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)


def _event(db: Database, capacity: str = "3") -> int:
    form = EventForm(
        title="ものづくりDXセミナー",
        held_on="2025-10-24",
        capacity=capacity,
        fees=(FeeInput("会員", "0"), FeeInput("一般", "1000")),
    )
    saved = editing.save(db, form)
    assert saved.id is not None
    return saved.id


def _apply(db: Database, event_id: int, name: str, minute: int, **more: object):  # type: ignore[no-untyped-def]
    values = {"fee_category": "一般", **more}
    form = ParticipantForm(
        name=name,
        organization_name=f"{name}工業",
        applied_at=START + timedelta(minutes=minute),
        **values,  # type: ignore[arg-type]
    )
    return participants.add_participant(db, event_id, form)


def _states(db: Database, event_id: int) -> list[tuple[str, ParticipationState, int | None]]:
    return [
        (p.name, p.state, p.waitlist_number) for p in participants.list_participants(db, event_id)
    ]


A, W, C = (
    ParticipationState.ATTENDING,
    ParticipationState.WAITLISTED,
    ParticipationState.CANCELLED,
)


def test_beyond_the_capacity_applications_wait_in_application_order(db: Database) -> None:
    event = _event(db)
    for minute, name in enumerate(["青木", "井上", "上田", "江藤"]):
        _apply(db, event, name, minute)
    _apply(db, event, "大野", 10)
    _apply(db, event, "加藤", 5)  # typed in later, but applied (by FAX) before 大野
    assert _states(db, event) == [
        ("青木", A, None),
        ("井上", A, None),
        ("上田", A, None),
        ("江藤", W, 1),
        ("加藤", W, 2),
        ("大野", W, 3),
    ]
    (row,) = list_events(db)
    assert (row.attending, row.waitlisted) == (3, 3)


def test_a_cancellation_moves_the_first_waiting_up_and_marks_them_to_be_told(
    db: Database,
) -> None:
    event = _event(db)
    people = {name: _apply(db, event, name, n) for n, name in enumerate("青井上江大")}
    assert not any(p.must_notify for p in participants.list_participants(db, event))
    done = participants.cancel_participant(db, people["井"].id, people["井"].version)
    assert done.participant.state is C
    assert [(p.name, p.must_notify) for p in done.moved_up] == [("江", True)]
    assert _states(db, event) == [
        ("青", A, None),
        ("上", A, None),
        ("江", A, None),
        ("大", W, 1),
        ("井", C, None),
    ]
    moved = next(p for p in participants.list_participants(db, event) if p.name == "江")
    told = participants.mark_notified(db, moved.id, moved.version)
    assert not told.must_notify


def test_cancelling_a_waiting_application_renumbers_the_waitlist(db: Database) -> None:
    event = _event(db, capacity="1")
    people = {name: _apply(db, event, name, n) for n, name in enumerate("青井上江")}
    done = participants.cancel_participant(db, people["井"].id, people["井"].version)
    assert done.moved_up == ()
    assert _states(db, event)[:3] == [("青", A, None), ("上", W, 1), ("江", W, 2)]


def test_speakers_guests_and_staff_take_no_place(db: Database) -> None:
    event = _event(db, capacity="2")
    _apply(db, event, "佐藤", 0, role=ParticipantRole.SPEAKER)
    _apply(db, event, "市長", 1, role=ParticipantRole.GUEST)
    _apply(db, event, "青木", 2)
    _apply(db, event, "井上", 3)
    _apply(db, event, "上田", 4)
    counts = event_counts(db, event)
    assert (counts.attending, counts.seats_taken, counts.waitlisted) == (4, 2, 1)
    assert counts.by_role == (
        (ParticipantRole.PARTICIPANT, 2),
        (ParticipantRole.SPEAKER, 1),
        (ParticipantRole.GUEST, 1),
    )


def test_raising_the_capacity_moves_the_waiting_up(db: Database) -> None:
    event = _event(db, capacity="1")
    for n, name in enumerate("青井上"):
        _apply(db, event, name, n)
    form = editing.load_form(db, event)
    editing.save(db, replace(form, capacity="2"))
    assert _states(db, event) == [("青", A, None), ("井", A, None), ("上", W, 1)]
    moved = next(p for p in participants.list_participants(db, event) if p.name == "井")
    assert moved.must_notify
    editing.save(db, replace(editing.load_form(db, event), capacity="1"))  # nobody loses a place
    assert _states(db, event) == [("青", A, None), ("井", A, None), ("上", W, 1)]


def test_without_a_capacity_everyone_has_a_place(db: Database) -> None:
    event = _event(db, capacity="")
    for n in range(30):
        _apply(db, event, f"参加者{n}", n)
    assert event_counts(db, event).attending == 30


def test_the_counts_by_role_fee_and_check_in(db: Database) -> None:
    event = _event(db, capacity="3")
    first = _apply(db, event, "青木", 0, fee_category="会員", payment=PaymentState.WAIVED)
    _apply(db, event, "井上", 1, source=ApplicationSource.FAX)
    _apply(db, event, "上田", 2, joins_reception=True)
    waiting = _apply(db, event, "江藤", 3)
    participants.cancel_participant(db, waiting.id, waiting.version)
    _apply(db, event, "大野", 4)
    with db.transaction() as session:  # the reception's check-in comes with its own step
        session.get_one(EventParticipant, first.id).checked_in_at = START + timedelta(days=23)
    counts = event_counts(db, event)
    assert (counts.capacity, counts.applied, counts.attending, counts.waitlisted) == (3, 4, 3, 1)
    assert (counts.cancelled, counts.checked_in) == (1, 1)
    assert counts.by_fee_category == (("会員", 1), ("一般", 2))


def test_a_member_of_the_roster_can_be_linked(db: Database) -> None:
    with db.transaction() as session:
        member = Member(family_name="今", given_name="太郎", family_name_reading="こん")
        session.add(member)
    event = _event(db)
    row = _apply(db, event, "今 太郎", 0, member_id=member.id, reading="こん たろう")
    assert row.member_id == member.id


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"name": " "}, "name", Problem.MISSING_NAME),
        ({"reading": "Kon"}, "reading", Problem.READING_NOT_KANA),
        ({"email": "kon@"}, "email", Problem.BAD_EMAIL),
        ({"phone": "電話なし"}, "phone", Problem.BAD_PHONE),
        ({"fee_category": "学生"}, "fee_category", Problem.UNKNOWN_CATEGORY),
        ({"paid_on": "2025-13-01"}, "paid_on", Problem.BAD_DATE),
        ({"paid_amount": "-500"}, "paid_amount", Problem.NEGATIVE),
        ({"member_id": 999}, "member_id", Problem.NOT_CHOSEN),
        ({"organization_name": "社" * 201}, "organization_name", Problem.TOO_LONG),
    ],
)
def test_a_bad_application_is_refused_by_field_and_nothing_is_written(
    db: Database, change: dict[str, object], field: str, problem: Problem
) -> None:
    event = _event(db)
    form = replace(ParticipantForm(name="今 太郎", fee_category="会員"), **change)  # type: ignore[arg-type]
    with pytest.raises(Invalid) as invalid:
        participants.add_participant(db, event, form)
    assert invalid.value.problems[field] is problem
    assert participants.list_participants(db, event) == []


def test_an_edit_keeps_the_place_and_checks_the_version(db: Database) -> None:
    event = _event(db, capacity="1")
    first = _apply(db, event, "青木", 0)
    _apply(db, event, "井上", 1)
    form = participants.load_participant(db, first.id)
    edited = participants.update_participant(db, replace(form, title="代表取締役"))
    assert (edited.title, edited.state) == ("代表取締役", A)
    with pytest.raises(EditConflict) as conflict:
        participants.update_participant(db, replace(form, title="部長"))
    assert conflict.value.record is Record.PARTICIPANT
    assert conflict.value.theirs.title == "代表取締役"
    with pytest.raises(EditConflict):
        participants.cancel_participant(db, first.id, first.version)
    assert _states(db, event)[0] == ("青木", A, None)
    # a speaker's role frees the place for the first waiting
    participants.update_participant(
        db, replace(participants.load_participant(db, first.id), role=ParticipantRole.SPEAKER)
    )
    assert _states(db, event) == [("青木", A, None), ("井上", A, None)]


def test_a_speaker_who_becomes_a_participant_of_a_full_event_waits(db: Database) -> None:
    event = _event(db, capacity="1")
    speaker = _apply(db, event, "佐藤", 0, role=ParticipantRole.SPEAKER)
    _apply(db, event, "青木", 1)
    _apply(db, event, "井上", 2)
    form = participants.load_participant(db, speaker.id)
    moved = participants.update_participant(db, replace(form, role=ParticipantRole.PARTICIPANT))
    assert (moved.state, moved.waitlist_number, moved.must_notify) == (W, 1, False)
    assert _states(db, event) == [("青木", A, None), ("佐藤", W, 1), ("井上", W, 2)]


def test_the_participant_list_gives_the_reading_of_each_organisation(db: Database) -> None:
    """Typed with the application, else the roster's, else the name's own kana."""
    with db.transaction() as session:
        session.add(Organization(name="東和精機株式会社", reading="とうわせいき"))
    saved = editing.save(db, EventForm(title="交流会", held_on="2026-11-20"))
    assert saved.id is not None
    for name, company, reading in (
        ("青木 一郎", "株式会社浜田精機", "カブシキガイシャ ハマダセイキ"),
        ("井上 二郎", "東和精機株式会社", ""),
        ("上田 三郎", "株式会社ケイエスピー", ""),
        ("江藤 四郎", "株式会社相沢精機", ""),
    ):
        participants.add_participant(
            db,
            saved.id,
            ParticipantForm(name=name, organization_name=company, organization_reading=reading),
        )
    table = participant_table(db, saved.id)
    column = table[0].index("所属ふりがな")
    readings = [row[column] for row in table[1:]]
    assert readings == ["はまだせいき", "とうわせいき", "けいえすぴー", ""]
