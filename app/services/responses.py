"""The 意見 → 対応 ledger: what members asked for, and what was done about it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select, tuple_

from app.models import AgendaItem, Meeting, Member, Remark
from app.models.base import utcnow
from app.models.enums import ResponseStatus
from app.services import audit_trail
from app.services.capture import remark_entry
from app.services.capture_rows import RemarkEntry
from app.storage.database import Database

assert audit_trail  # the approval lock and audit hook guard every write here

OPEN = (ResponseStatus.PENDING, ResponseStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class LedgerRow:
    remark: RemarkEntry
    meeting_id: int
    meeting_title: str
    held_on: date
    agenda_title: str


PAGE_SIZE = 200  # remarks per page (whole meetings: a page may hold a few more)
_REMARKS_PER_MEETING = 32  # a guess for the first meetings read for a page (then measured)

_OLDEST_FIRST = (
    Meeting.held_on,
    Meeting.id,
    AgendaItem.position,
    AgendaItem.id,
    Remark.position,
    Remark.id,
)
_LEDGER = (
    select(
        Remark.id,
        Remark.uuid,
        Remark.agenda_item_id,
        Remark.position,
        Remark.speaker_member_id,
        Member.family_name,
        Member.given_name,
        Remark.speaker_name,
        Remark.kind,
        Remark.text,
        Remark.captured_at,
        Remark.response_status,
        Remark.response_text,
        Remark.visit_id,
        Meeting.id,
        Meeting.title,
        Meeting.held_on,
        AgendaItem.title,
    )
    .join(AgendaItem, Remark.agenda_item_id == AgendaItem.id)
    .join(Meeting, AgendaItem.meeting_id == Meeting.id)
    .outerjoin(Member, Remark.speaker_member_id == Member.id)  # the speaker, in the same query
)


def _waiting(open_only: bool) -> ColumnElement[bool]:
    if open_only:
        return Remark.response_status.in_(OPEN)
    return Remark.response_status != ResponseStatus.NOT_NEEDED


def _row(row: Sequence[Any]) -> LedgerRow:
    (id_, uuid, item_id, position, member_id, family, given, speaker, kind, text) = row[:10]
    (captured_at, status, response, visit_id, meeting_id, meeting, held_on, agenda) = row[10:]
    return LedgerRow(
        RemarkEntry(
            id=id_,
            uuid=uuid,
            agenda_item_id=item_id or 0,
            position=position,
            speaker_member_id=member_id,
            # Member.full_name, read as columns: no Member object per remark
            speaker_name=f"{family} {given}".strip() if family is not None else speaker,
            is_member=family is not None,
            kind=kind,
            text=text,
            captured_at=captured_at,
            response_status=status,
            response_text=response,
            visit_id=visit_id,
        ),
        meeting_id,
        meeting,
        held_on,
        agenda,
    )


def ledger(db: Database, *, open_only: bool = True) -> list[LedgerRow]:
    """Remarks that wait (or waited) for a response, across all meetings, oldest first."""
    query = _LEDGER.where(_waiting(open_only)).order_by(*_OLDEST_FIRST)
    with db.session() as session:
        return [_row(row) for row in session.execute(query)]


def ledger_page(
    db: Database,
    *,
    open_only: bool = True,
    after: LedgerRow | None = None,
) -> list[LedgerRow]:
    """The ledger a page at a time, oldest first: :data:`PAGE_SIZE` remarks or more (all
    that remain at the end) of the meetings held after ``after``'s meeting.

    Pages end with a whole meeting, so ``after`` is the last row of the previous page.
    Meetings are read in order by their date index and their remarks through the agenda
    and remark indexes: no page sorts or scans every remark.
    """
    rows: list[LedgerRow] = []
    start: tuple[date, int] | None = None if after is None else (after.held_on, after.meeting_id)
    size = PAGE_SIZE
    fewest = meetings_to_read = max(size // _REMARKS_PER_MEETING, 1)
    with db.session() as session:
        while len(rows) < size:
            meetings = select(Meeting.held_on, Meeting.id).order_by(Meeting.held_on, Meeting.id)
            if start is not None:
                meetings = meetings.where(tuple_(Meeting.held_on, Meeting.id) > start)
            keys = session.execute(meetings.limit(meetings_to_read)).all()
            if not keys:
                break
            query = (
                _LEDGER.where(AgendaItem.meeting_id.in_([key[1] for key in keys]))
                .where(_waiting(open_only))
                .order_by(*_OLDEST_FIRST)
            )
            read = [_row(row) for row in session.execute(query)]
            rows += read
            start = (keys[-1][0], keys[-1][1])
            # As many meetings as should fill the page, judging by the ones just read
            # (at most twice as many as last time: remarks are not spread evenly).
            per_meeting = max(len(read) / len(keys), 0.25)
            wanted = math.ceil((size - len(rows)) / per_meeting)
            meetings_to_read = max(min(wanted, 2 * len(keys)), fewest)
    return rows


def count_ledger(db: Database, *, open_only: bool = True) -> int:
    """How many remarks :func:`ledger` lists."""
    query = (
        select(func.count())
        .select_from(Remark)
        .where(Remark.agenda_item_id.is_not(None), _waiting(open_only))
    )
    with db.session() as session:
        return session.scalar(query) or 0


def set_response(db: Database, uuid: str, status: ResponseStatus, text: str) -> RemarkEntry:
    """Record what was done about a remark (対応状況 and 対応内容)."""
    with db.transaction() as session:
        remark = session.scalars(select(Remark).where(Remark.uuid == uuid)).one()
        remark.response_status = status
        remark.response_text = text.strip()
        if status is ResponseStatus.DONE and remark.responded_at is None:
            remark.responded_at = utcnow()
        elif status is not ResponseStatus.DONE:
            remark.responded_at = None
        session.flush()
        return remark_entry(remark)
