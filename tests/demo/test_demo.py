"""The sample council: loads once into an empty database, completely and identically."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.demo.data import DEMO_AS_OF
from app.demo.loader import TOKYO, DatabaseNotEmpty, DemoSummary, is_empty, load_demo
from app.models import (
    ActionItem,
    Activity,
    AgendaItem,
    Attendance,
    Body,
    Correspondence,
    Council,
    Event,
    EventFee,
    EventParticipant,
    ItineraryItem,
    Meeting,
    MeetingGuest,
    MeetingMaterial,
    Member,
    MinuteSigner,
    Organization,
    Pillar,
    Remark,
    TimetableEntry,
    Visit,
    VisitHostAttendee,
    VisitOrganization,
    VisitOutcomeFigure,
    VisitParticipant,
)
from app.models.enums import (
    ActionStatus,
    AttendanceStatus,
    CorrespondenceDirection,
    CorrespondenceStatus,
    CouncilRole,
    MeetingStatus,
    RemarkKind,
    ResponseStatus,
    VisitDirection,
)
from app.services.workspace import Database, open_database

HIRAGANA = re.compile(r"^[ぁ-ゖー]+$")
_NOT_DUMPED = {"uuid", "created_at", "updated_at"}
_DUMPED_MODELS: tuple[type[Any], ...] = (
    Council,
    Pillar,
    Body,
    Organization,
    Member,
    Meeting,
    AgendaItem,
    Attendance,
    MeetingGuest,
    MeetingMaterial,
    MinuteSigner,
    Remark,
    ActionItem,
    Visit,
    VisitOrganization,
    VisitParticipant,
    VisitHostAttendee,
    ItineraryItem,
    VisitOutcomeFigure,
    Correspondence,
    Activity,
    Event,
    EventFee,
    TimetableEntry,
    EventParticipant,
)


def _count(session: Session, model: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _dump(db: Database) -> list[tuple[Any, ...]]:
    """Every column of every row in insertion order, without uuids and creation times."""
    rows: list[tuple[Any, ...]] = []
    with db.session() as session:
        for model in _DUMPED_MODELS:
            columns = [c.key for c in model.__table__.columns if c.key not in _NOT_DUMPED]
            for row in session.scalars(select(model).order_by(model.id)):
                rows.append((model.__name__, *(getattr(row, key) for key in columns)))
    return rows


def test_empty_database_gets_the_whole_sample(db: Database) -> None:
    assert is_empty(db)
    summary = load_demo(db, today=DEMO_AS_OF)
    assert not is_empty(db)
    assert summary.members >= 14
    assert summary.meetings >= 10
    assert summary.remarks > 50
    assert summary.visits == 2
    assert summary.letters >= 12
    assert summary.events == 3  # a seminar, an exchange salon and a 商談会
    with db.session() as session:
        assert _count(session, Council) == 1
        assert _count(session, Body) == 2
        assert summary == DemoSummary(
            members=_count(session, Member),
            organizations=_count(session, Organization),
            meetings=_count(session, Meeting),
            agenda_items=_count(session, AgendaItem),
            remarks=_count(session, Remark),
            attendances=_count(session, Attendance),
            action_items=_count(session, ActionItem),
            visits=_count(session, Visit),
            letters=_count(session, Correspondence),
            activities=_count(session, Activity),
            events=_count(session, Event),
        )
        years = set(session.scalars(select(Activity.fiscal_year)))
        assert years == {2024, 2025, 2026}
        roles = Counter(session.scalars(select(Member.council_role)))
        assert roles[CouncilRole.CHAIR] == 1
        assert roles[CouncilRole.SECRETARIAT] == 2


def test_second_load_is_refused_and_changes_nothing(db: Database) -> None:
    load_demo(db, today=DEMO_AS_OF)
    before = _dump(db)
    with pytest.raises(DatabaseNotEmpty):
        load_demo(db, today=DEMO_AS_OF)
    assert _dump(db) == before


def test_database_with_any_record_is_refused(db: Database) -> None:
    with db.transaction() as session:
        session.add(Organization(name="株式会社テスト工業"))
    assert not is_empty(db)
    with pytest.raises(DatabaseNotEmpty):
        load_demo(db, today=DEMO_AS_OF)
    with db.session() as session:
        assert _count(session, Organization) == 1
        assert _count(session, Meeting) == 0


def test_two_fresh_databases_get_identical_data(db: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "other.sqlite3", daily_backup=False)
    try:
        assert load_demo(db, today=DEMO_AS_OF) == load_demo(other, today=DEMO_AS_OF)
        assert _dump(db) == _dump(other)
    finally:
        other.close()


def test_attendance_is_one_row_per_member_and_meeting(db: Database) -> None:
    load_demo(db, today=DEMO_AS_OF)
    with db.session() as session:
        pairs = session.execute(select(Attendance.meeting_id, Attendance.member_id)).all()
        assert len(pairs) == len(set(pairs))
        planned = select(Meeting.id).where(Meeting.status == MeetingStatus.PLANNED)
        assert _count(session, Attendance) > 0
        assert not session.scalars(
            select(Attendance).where(Attendance.meeting_id.in_(planned))
        ).all()
        statuses = set(session.scalars(select(Attendance.status)))
        assert statuses == set(AttendanceStatus)


def test_archived_member_stays_in_early_attendance(db: Database) -> None:
    load_demo(db, today=DEMO_AS_OF)
    with db.session() as session:
        archived = session.scalars(select(Member).where(Member.archived_at.is_not(None))).one()
        assert archived.left_on is not None
        attended = session.scalars(
            select(Meeting.held_on)
            .join(Attendance, Attendance.meeting_id == Meeting.id)
            .where(Attendance.member_id == archived.id)
        ).all()
        assert attended
        assert all(day <= archived.left_on for day in attended)


def test_outgoing_serials_are_unique_per_fiscal_year_with_a_void_gap(db: Database) -> None:
    load_demo(db, today=DEMO_AS_OF)
    with db.session() as session:
        outgoing = session.scalars(
            select(Correspondence).where(
                Correspondence.direction == CorrespondenceDirection.OUTGOING
            )
        ).all()
        keys = [(letter.fiscal_year, letter.serial_number) for letter in outgoing]
        assert len(keys) == len(set(keys))
        for letter in outgoing:
            assert letter.document_number == f"みなイノ第{letter.serial_number}号"
        assert any(letter.status is CorrespondenceStatus.VOID for letter in outgoing)
        incoming = session.scalars(
            select(Correspondence).where(
                Correspondence.direction == CorrespondenceDirection.INCOMING
            )
        ).all()
        assert incoming
        assert all(letter.their_number or letter.medium for letter in incoming)


def test_meetings_are_numbered_per_body_and_fiscal_year(db: Database) -> None:
    load_demo(db, today=DEMO_AS_OF)
    with db.session() as session:
        meetings = session.scalars(select(Meeting)).all()
        keys = [(m.body_id, m.fiscal_year, m.sequence_number) for m in meetings]
        assert len(keys) == len(set(keys))
        for meeting in meetings:
            assert meeting.held_on.weekday() < 5
            is_future = meeting.held_on > DEMO_AS_OF
            assert is_future == (meeting.status is MeetingStatus.PLANNED)


def test_remarks_fall_within_their_meeting_and_speakers_were_there(db: Database) -> None:
    load_demo(db, today=DEMO_AS_OF)
    with db.session() as session:
        remarks = session.scalars(select(Remark).where(Remark.agenda_item_id.is_not(None))).all()
        for remark in remarks:
            assert remark.agenda_item is not None
            meeting = remark.agenda_item.meeting
            local = remark.captured_at.astimezone(TOKYO)
            assert local.date() == meeting.held_on
            assert meeting.start_time is not None and meeting.end_time is not None
            assert meeting.start_time <= local.time() <= meeting.end_time
            if remark.speaker and remark.speaker.council_role is not CouncilRole.SECRETARIAT:
                status = session.scalar(
                    select(Attendance.status).where(
                        Attendance.meeting_id == meeting.id,
                        Attendance.member_id == remark.speaker.id,
                    )
                )
                assert status not in (None, AttendanceStatus.ABSENT, AttendanceStatus.PROXY)
        responses = {remark.response_status for remark in remarks}
        assert {
            ResponseStatus.PENDING,
            ResponseStatus.IN_PROGRESS,
            ResponseStatus.DONE,
        } <= responses


def test_open_action_items_carry_forward_and_done_ones_are_closed(db: Database) -> None:
    load_demo(db, today=DEMO_AS_OF)
    with db.session() as session:
        actions = session.scalars(select(ActionItem)).all()
        assert {a.status for a in actions} == set(ActionStatus)
        for action in actions:
            assert (action.closed_at is not None) == (action.status is ActionStatus.DONE)
            assert action.owner is not None or action.owner_name


def test_visits_have_people_itinerary_and_impressions(db: Database) -> None:
    load_demo(db, today=DEMO_AS_OF)
    with db.session() as session:
        visits = {v.direction: v for v in session.scalars(select(Visit))}
        assert set(visits) == {VisitDirection.OUTGOING, VisitDirection.INCOMING}
        outgoing = visits[VisitDirection.OUTGOING]
        assert outgoing.end_on is not None and (outgoing.end_on - outgoing.start_on).days == 1
        assert outgoing.fiscal_year == 2025
        for visit in visits.values():
            assert visit.organizations and visit.participants and visit.itinerary
            assert visit.host_attendees and visit.outcome_figures
            impressions = session.scalars(select(Remark).where(Remark.visit_id == visit.id)).all()
            assert impressions
            assert all(r.kind is RemarkKind.IMPRESSION for r in impressions)


def test_members_have_hiragana_readings(db: Database) -> None:
    load_demo(db, today=DEMO_AS_OF)
    with db.session() as session:
        for member in session.scalars(select(Member)):
            assert HIRAGANA.match(member.family_name_reading), member.full_name
            assert HIRAGANA.match(member.given_name_reading), member.full_name


def test_bodies_and_pillars_set_up_beforehand_are_reused(db: Database) -> None:
    with db.transaction() as session:
        session.add_all([Body(name="定例会"), Pillar(code="【1】", name="新たな価値の創造")])
    assert is_empty(db)
    load_demo(db, today=DEMO_AS_OF)
    with db.session() as session:
        assert _count(session, Body) == 2
        assert _count(session, Pillar) == 3
