"""Events in the data package: reception on a field laptop (check-ins, fees at the door,
walk-ins) merges back into the office, where applications went on, with no conflicts."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Event, EventParticipant
from app.models.event_enums import ParticipationState, PaymentState
from app.services.events import participants
from app.services.events.listing import event_counts
from app.services.events.rows import ParticipantForm
from app.services.interchange import api as interchange
from app.services.workspace import Database
from tests.services.interchange.event_helpers import (
    APPLIED,
    DOOR,
    check_in,
    issue_receipt,
    participant,
    pay_at_the_door,
    seminar,
    uuid_of,
    walk_in,
)
from tests.services.interchange.interchange_helpers import laptop, records


def _carry(source: Database, target: Database, path: Path) -> interchange.ImportPlan:
    interchange.export_package(source, path)
    return interchange.apply_import(target, interchange.read_package(path))


def _event_on(db: Database) -> int:
    with db.session() as session:
        return session.scalars(select(Event.id)).one()


def _summary(plan: interchange.ImportPlan, table: str) -> interchange.TableSummary:
    return next(t for t in plan.tables if t.table == table)


def _participants(db: Database) -> dict[str, dict[str, object]]:
    """Every participant as the package writes it, but when it was last saved (the same
    check-in arriving on both sides is saved at different moments)."""
    rows = records(db)["event_participant"]
    return {uuid: {k: v for k, v in row.items() if k != "updated_at"} for uuid, row in rows.items()}


@pytest.fixture
def office(db: Database) -> tuple[Database, int]:
    return db, seminar(db)


def test_reception_on_the_laptop_merges_back_with_no_conflicts(
    office: tuple[Database, int], tmp_path: Path
) -> None:
    db, event_id = office
    with laptop(tmp_path) as field:
        _carry(db, field, tmp_path / "out.zip")
        on_laptop = _event_on(field)
        # at the venue: ten people checked in, two walk-ins registered, paid and checked in
        for n in range(10):
            someone = uuid_of(field, on_laptop, f"参加者{n:02d}")
            check_in(field, someone, DOOR + timedelta(minutes=n))
        walk_ins = [
            walk_in(field, on_laptop, "飛込一郎", DOOR + timedelta(minutes=20)),
            walk_in(field, on_laptop, "飛込二郎", DOOR + timedelta(minutes=21)),
        ]
        assert [w.number for w in walk_ins] == [31, 32]
        # meanwhile at the office: one more application, and one of the same people
        # checked in (later than on the laptop)
        late = participants.add_participant(
            db, event_id, ParticipantForm(name="追加申込", fee_category="一般", applied_at=APPLIED)
        )
        assert late.number == 31
        shared = uuid_of(db, event_id, "参加者03")
        check_in(db, shared, DOOR + timedelta(minutes=30))
        # the office also corrects someone's e-mail whom the laptop checked in
        edited = uuid_of(db, event_id, "参加者05")
        form = participants.load_participant(db, participant(db, edited).id)
        participants.update_participant(db, replace(form, email="new@example.jp"))

        plan = _carry(field, db, tmp_path / "back.zip")

        assert plan.conflicts == () and plan.skipped == ()
        summary = _summary(plan, "event_participant")
        assert (summary.added, summary.updated) == (2, 10)
        counts = event_counts(db, event_id)
        assert counts.checked_in == 12  # ten and two walk-ins; the shared one once
        assert counts.applied == 33 and counts.attending == 33
        assert participant(db, shared).checked_in_at == DOOR + timedelta(minutes=3)  # earlier
        assert participant(db, edited).email == "new@example.jp"  # both sides' work kept
        assert participant(db, edited).checked_in_at == DOOR + timedelta(minutes=5)
        arrived = [participant(db, w.uuid) for w in walk_ins]
        assert [(p.name, p.number) for p in arrived] == [("飛込一郎", 32), ("飛込二郎", 33)]
        assert all(p.payment is PaymentState.RECEIVED and p.checked_in_at for p in arrived)
        assert [(a.label, a.values) for a in plan.adjusted] == [
            ("飛込一郎", ("31", "32")),
            ("飛込二郎", ("32", "33")),
        ]
        numbers = [p.number for p in participants.list_participants(db, event_id)]
        assert sorted(numbers) == list(range(1, 34))  # unique, no gap

        # and back to the laptop: the renumbered walk-ins and the office's work arrive
        again = _carry(db, field, tmp_path / "again.zip")
        assert again.conflicts == ()
        assert _participants(field) == _participants(db)
        assert event_counts(field, on_laptop).checked_in == 12


def test_a_check_in_undone_at_the_office_stays_undone(
    office: tuple[Database, int], tmp_path: Path
) -> None:
    db, event_id = office
    someone = uuid_of(db, event_id, "参加者01")
    check_in(db, someone, DOOR)
    with laptop(tmp_path) as field:
        _carry(db, field, tmp_path / "out.json")
        check_in(db, someone, None)  # checked in by mistake: undone at the office
        pay_at_the_door(field, someone)  # the laptop only takes the fee
        plan = _carry(field, db, tmp_path / "back.json")
        assert plan.conflicts == ()
        here = participant(db, someone)
        assert here.checked_in_at is None
        assert here.payment is PaymentState.RECEIVED and here.paid_amount == 1000


def test_a_fee_received_on_both_sides_is_one_payment_the_earlier(
    office: tuple[Database, int], tmp_path: Path
) -> None:
    db, event_id = office
    someone = uuid_of(db, event_id, "参加者02")
    other = uuid_of(db, event_id, "参加者04")
    with laptop(tmp_path) as field:
        _carry(db, field, tmp_path / "out.json")
        pay_at_the_door(field, someone, on="2025-10-24", amount="1000")
        pay_at_the_door(db, someone, on="2025-10-20", amount="1000")  # paid in advance
        pay_at_the_door(field, other)  # received at the door; nothing recorded here
        plan = _carry(field, db, tmp_path / "back.json")
        assert plan.conflicts == ()
        assert str(participant(db, someone).paid_on) == "2025-10-20"
        assert participant(db, other).payment is PaymentState.RECEIVED


def test_an_edit_on_both_sides_is_a_conflict_without_holding_back_the_check_in(
    office: tuple[Database, int], tmp_path: Path
) -> None:
    db, event_id = office
    someone = uuid_of(db, event_id, "参加者06")
    with laptop(tmp_path) as field:
        _carry(db, field, tmp_path / "out.json")
        for side, email in ((db, "office@example.jp"), (field, "field@example.jp")):
            form = participants.load_participant(side, participant(side, someone).id)
            participants.update_participant(side, replace(form, email=email))
        check_in(field, someone, DOOR)
        plan = _carry(field, db, tmp_path / "back.json")
        (conflict,) = plan.conflicts
        assert [d.field for d in conflict.differences] == ["email"]
        assert participant(db, someone).email == "office@example.jp"  # left as it is here
        assert participant(db, someone).checked_in_at == DOOR  # but the check-in is in
        kept = interchange.apply_import(
            db, interchange.read_package(tmp_path / "back.json"), {someone: interchange.Choice.OURS}
        )
        assert kept.undecided == ()
        assert participant(db, someone).email == "office@example.jp"
        assert participant(db, someone).checked_in_at == DOOR


def test_a_receipt_number_issued_on_both_sides_is_kept_here_and_reported(
    office: tuple[Database, int], tmp_path: Path
) -> None:
    db, event_id = office
    here_one, there_one = uuid_of(db, event_id, "参加者07"), uuid_of(db, event_id, "参加者08")
    with laptop(tmp_path) as field:
        _carry(db, field, tmp_path / "out.json")
        issue_receipt(db, here_one, 2025, 1)
        issue_receipt(field, there_one, 2025, 1)  # should not happen: reported, not refused
        plan = _carry(field, db, tmp_path / "back.json")
        assert plan.conflicts == ()
        assert participant(db, here_one).receipt_number == 1
        assert participant(db, there_one).receipt_number is None
        (adjusted,) = plan.adjusted
        assert (adjusted.label, adjusted.values) == ("参加者08", ("2025", "1"))


def test_a_cancellation_on_the_laptop_moves_the_first_waiting_up_at_the_office(
    db: Database, tmp_path: Path
) -> None:
    event_id = seminar(db, applicants=6, capacity="4")
    first_waiting = uuid_of(db, event_id, "参加者04")
    with laptop(tmp_path) as field:
        _carry(db, field, tmp_path / "out.json")
        on_laptop = _event_on(field)
        cancelled = participant(field, uuid_of(field, on_laptop, "参加者00"))
        # cancelled at the door; the laptop's own move-up is undone to see the office's
        with field.transaction() as session:
            record = session.get(EventParticipant, cancelled.id)
            assert record is not None
            record.state, record.cancelled_at = ParticipationState.CANCELLED, DOOR
        plan = _carry(field, db, tmp_path / "back.json")
        assert plan.conflicts == ()
        moved = participant(db, first_waiting)
        assert moved.state is ParticipationState.ATTENDING and moved.must_notify
        assert participant(db, uuid_of(db, event_id, "参加者05")).waitlist_number == 1
        assert [a.label for a in plan.adjusted] == ["参加者04"]


def test_applications_waiting_on_both_sides_are_numbered_again_in_application_order(
    db: Database, tmp_path: Path
) -> None:
    event_id = seminar(db, applicants=5, capacity="4")
    with laptop(tmp_path) as field:
        _carry(db, field, tmp_path / "out.json")
        late = ParticipantForm(name="現地申込", applied_at=APPLIED + timedelta(hours=3))
        there = participants.add_participant(field, _event_on(field), late)
        early = ParticipantForm(name="事務所申込", applied_at=APPLIED + timedelta(hours=2))
        here = participants.add_participant(db, event_id, early)
        assert there.waitlist_number == here.waitlist_number == 2
        plan = _carry(field, db, tmp_path / "back.json")
        assert plan.conflicts == ()
        waiting = [
            (p.name, p.waitlist_number, p.number)
            for p in participants.list_participants(db, event_id)
            if p.state is ParticipationState.WAITLISTED
        ]
        assert waiting == [("参加者04", 1, 5), ("事務所申込", 2, 6), ("現地申込", 3, 7)]


def test_a_capacity_raised_on_the_laptop_gives_places_to_those_waiting_at_the_office(
    db: Database, tmp_path: Path
) -> None:
    event_id = seminar(db, applicants=6, capacity="4")
    with laptop(tmp_path) as field:
        _carry(db, field, tmp_path / "out.json")
        with field.transaction() as session:
            event = session.scalars(select(Event)).one()
            event.capacity = 5  # a larger room at the venue
        plan = _carry(field, db, tmp_path / "back.json")
        assert plan.conflicts == ()
        assert [a.label for a in plan.adjusted] == ["参加者04"]
        assert participant(db, uuid_of(db, event_id, "参加者04")).must_notify
        assert participant(db, uuid_of(db, event_id, "参加者05")).waitlist_number == 1


def test_only_events_carries_the_events_and_what_they_refer_to(
    office: tuple[Database, int], tmp_path: Path
) -> None:
    db, _event_id = office
    result = interchange.export_package(db, tmp_path / "events.json", only=["events"])
    counts = dict(result.counts)
    assert counts["event"] == 1 and counts["event_fee"] == 2
    assert counts["timetable_entry"] == 2 and counts["event_participant"] == 30
    assert counts["meeting"] == 0
    with laptop(tmp_path) as field:
        plan = interchange.apply_import(field, interchange.read_package(tmp_path / "events.json"))
        assert plan.conflicts == () and plan.skipped == ()
        assert event_counts(field, _event_on(field)).applied == 30
