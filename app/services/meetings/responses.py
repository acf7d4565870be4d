"""The 意見 → 対応 ledger: what members asked for, and what was done about it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, tuple_

from app.models import AgendaItem, Meeting, Member, Remark
from app.models.base import utcnow
from app.models.enums import ResponseStatus
from app.services.capture.remarks import as_shown, remark_entry, saved_remark
from app.services.capture.rows import RemarkEntry
from app.services.problems import EditConflict, Record
from app.services.versions import guarded_write
from app.storage.database import Database

OPEN = (ResponseStatus.PENDING, ResponseStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class LedgerRow:
    remark: RemarkEntry
    meeting_id: int
    meeting_title: str
    held_on: date
    agenda_title: str
    agenda_position: int = 0


PAGE_SIZE = 200  # remarks per page
_REMARKS_PER_MEETING = 32.0  # a first guess, to choose how many meetings to read for a page

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
        Remark.version,
        Meeting.id,
        Meeting.title,
        Meeting.held_on,
        AgendaItem.title,
        AgendaItem.position,
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
    (captured_at, status, response, visit_id, version) = row[10:15]
    (meeting_id, meeting, held_on, agenda, agenda_position) = row[15:20]
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
            version=version,
        ),
        meeting_id,
        meeting,
        held_on,
        agenda,
        agenda_position,
    )


def ledger(db: Database, *, open_only: bool = True) -> list[LedgerRow]:
    """Remarks that wait (or waited) for a response, across all meetings, oldest first."""
    query = _LEDGER.where(_waiting(open_only)).order_by(*_OLDEST_FIRST)
    with db.session() as session:
        return [_row(row) for row in session.execute(query)]


class LedgerPages:
    """The ledger of :func:`ledger` read :data:`PAGE_SIZE` remarks at a time.

    The meetings' order is read once (from the date index); a page reads the remarks of
    the next meetings through the agenda and remark indexes, so no page sorts or scans
    every remark. How many meetings to read is judged by the remarks per meeting found
    so far (open remarks are few in old meetings, many in recent ones).
    """

    def __init__(self, db: Database, *, open_only: bool = True) -> None:
        self._db = db
        self._open_only = open_only
        with db.session() as session:
            order = select(Meeting.id).order_by(Meeting.held_on, Meeting.id)
            self._meetings = list(session.scalars(order))
        self._per_meeting = _REMARKS_PER_MEETING

    def first(self) -> list[LedgerRow]:
        return self._read(0, None)

    def after(self, last: LedgerRow) -> list[LedgerRow]:
        """The page that follows ``last`` (the last row of the previous page)."""
        return self._read(self._meetings.index(last.meeting_id), last)

    def _read(self, start: int, last: LedgerRow | None) -> list[LedgerRow]:
        rows: list[LedgerRow] = []
        waiting = _waiting(self._open_only)
        with self._db.session() as session:
            while len(rows) < PAGE_SIZE and start < len(self._meetings):
                wanted = math.ceil((PAGE_SIZE - len(rows)) / self._per_meeting)
                meetings = self._meetings[start : start + wanted]
                query = _LEDGER.where(AgendaItem.meeting_id.in_(meetings), waiting)
                if last is not None:
                    query, last = query.where(_following(last)), None
                query = query.order_by(*_OLDEST_FIRST).limit(PAGE_SIZE - len(rows))
                read = [_row(row) for row in session.execute(query)]
                rows += read
                start += len(meetings)
                # Judged by these meetings, but at most twice as many meetings next time.
                self._per_meeting = max(len(read) / len(meetings), self._per_meeting / 2, 0.25)
        return rows


def _following(last: LedgerRow) -> ColumnElement[bool]:
    """The rest of ``last``'s meeting, and the other meetings."""
    entry = last.remark
    return or_(
        AgendaItem.meeting_id != last.meeting_id,
        tuple_(AgendaItem.position, AgendaItem.id, Remark.position, Remark.id)
        > (last.agenda_position, entry.agenda_item_id, entry.position, entry.id),
    )


def count_ledger(db: Database, *, open_only: bool = True) -> int:
    """How many remarks :func:`ledger` lists."""
    query = (
        select(func.count())
        .select_from(Remark)
        .where(Remark.agenda_item_id.is_not(None), _waiting(open_only))
    )
    with db.session() as session:
        return session.scalar(query) or 0


def set_response(
    db: Database, shown: RemarkEntry, status: ResponseStatus, text: str
) -> RemarkEntry:
    """Record what was done about the remark shown (対応状況 and 対応内容).

    :class:`EditConflict` if it no longer says what was shown (someone else answered it,
    or corrected it, meanwhile).
    """

    def conflict() -> EditConflict:
        theirs = saved_remark(db, shown.uuid)
        mine = replace(theirs or shown, response_status=status, response_text=text.strip())
        return EditConflict(Record.REMARK, theirs, mine)

    with guarded_write(db, conflict) as session:
        remark = as_shown(session, shown)
        remark.response_status = status
        remark.response_text = text.strip()
        if status is ResponseStatus.DONE and remark.responded_at is None:
            remark.responded_at = utcnow()
        elif status is not ResponseStatus.DONE:
            remark.responded_at = None
        session.flush()
        return remark_entry(remark)
