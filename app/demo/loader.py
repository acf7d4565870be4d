"""Load the sample council (見本データ) into an empty database.

The sample is a fictional city committee of second-generation manufacturers
(みなと市ものづくりイノベーション推進委員会) with a year of meetings, two visits,
a correspondence register and three years of activities; the data itself lives in
:mod:`app.demo.data`. Loading is all or nothing (one transaction) and is
refused on a database that already holds records, so sample data can never mix
with real minutes.

The sample is dated relative to the day it is loaded (``today``, by default the
clock's): :mod:`app.demo.staging` moves it to the fiscal year around that day, with
held meetings behind and planned ones ahead, running terms and open action items.
Otherwise the output is deterministic: no randomness, so two databases loaded on the
same day hold the same names, texts and times.

This module is the entry point (emptiness check, the order of the steps, the summary);
the steps live beside it: :mod:`app.demo.council` (council, pillars, bodies,
organizations, members), :mod:`app.demo.meetings` (agenda, attendance, minutes and
decisions), :mod:`app.demo.visits`, :mod:`app.demo.register` (letters and activities)
and :mod:`app.demo.events`, sharing the rows written so far through
:class:`app.demo.records.DemoRecords`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.demo.council import add_bodies, add_council, add_members, add_organizations, add_pillars
from app.demo.events import add_events
from app.demo.meetings import add_meeting
from app.demo.records import DemoRecords
from app.demo.register import add_activities, add_correspondence
from app.demo.staging import Sample, sample_as_of
from app.demo.visits import add_visit
from app.japanese.timezone import TOKYO
from app.models import (
    ActionItem,
    Activity,
    AgendaItem,
    Attendance,
    Correspondence,
    Council,
    Event,
    Meeting,
    Member,
    Organization,
    Remark,
    Visit,
)
from app.models.base import Base, Entity
from app.services.audit import trail as audit_trail
from app.storage.database import Database

__all__ = ["TOKYO", "DatabaseNotEmpty", "DemoSummary", "is_empty", "load_demo"]

# Any row in one of these tables means the database is in use.
_CONTENT_MODELS: tuple[type[Entity], ...] = (
    Council,
    Member,
    Meeting,
    Organization,
    Visit,
    Correspondence,
    Event,
)


class DatabaseNotEmpty(Exception):
    """The database already holds records: the sample is only loaded into an empty one."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How many rows :func:`load_demo` wrote, for the confirmation message."""

    members: int
    organizations: int
    meetings: int
    agenda_items: int
    remarks: int
    attendances: int
    action_items: int
    visits: int
    letters: int
    activities: int
    events: int


def is_empty(db: Database) -> bool:
    """True when no council, member, meeting, organization, visit or letter is stored."""
    with db.session() as session:
        return _is_empty(session)


def load_demo(db: Database, *, today: dt.date | None = None) -> DemoSummary:
    """Fill an empty database with the sample council, in one transaction.

    Raises :class:`DatabaseNotEmpty` (and writes nothing) if the database holds any
    records. The sample is dated around ``today`` (default: the clock's day).
    """
    sample = sample_as_of(today or dt.date.today())
    with db.transaction() as session:
        session.info[audit_trail.SEEDING] = True  # history as it stands: approved is approved
        if not _is_empty(session):
            raise DatabaseNotEmpty("the database already holds records; the sample was not loaded")
        _write_sample(session, sample)
        return _summarize(session)


def _write_sample(session: Session, sample: Sample) -> None:
    """Every step in turn: a step refers only to rows written by the steps before it."""
    records = DemoRecords(session, sample)
    council = add_council(records)
    add_pillars(records)
    add_bodies(records)
    add_organizations(records)
    add_members(records)
    for meeting_spec in sample.meetings:
        add_meeting(records, meeting_spec)
    for visit_spec in sample.visits:
        add_visit(records, visit_spec)
    add_correspondence(records, council)
    add_activities(records)
    session.flush()
    add_events(session, sample.today, records.members, records.pillars)
    session.flush()


def _is_empty(session: Session) -> bool:
    return all(session.scalar(select(model.id).limit(1)) is None for model in _CONTENT_MODELS)


def _summarize(session: Session) -> DemoSummary:
    def count(model: type[Base]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return DemoSummary(
        members=count(Member),
        organizations=count(Organization),
        meetings=count(Meeting),
        agenda_items=count(AgendaItem),
        remarks=count(Remark),
        attendances=count(Attendance),
        action_items=count(ActionItem),
        visits=count(Visit),
        letters=count(Correspondence),
        activities=count(Activity),
        events=count(Event),
    )
