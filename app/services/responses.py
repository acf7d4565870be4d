"""The 意見 → 対応 ledger: what members asked for, and what was done about it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.models import AgendaItem, Meeting, Remark
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


def ledger(db: Database, *, open_only: bool = True) -> list[LedgerRow]:
    """Remarks that wait (or waited) for a response, across all meetings, oldest first."""
    query = (
        select(Remark, AgendaItem, Meeting)
        .join(AgendaItem, Remark.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .order_by(Meeting.held_on, AgendaItem.position, Remark.position)
    )
    if open_only:
        query = query.where(Remark.response_status.in_(OPEN))
    else:
        query = query.where(Remark.response_status != ResponseStatus.NOT_NEEDED)
    with db.session() as session:
        return [
            LedgerRow(remark_entry(remark), meeting.id, meeting.title, meeting.held_on, item.title)
            for remark, item, meeting in session.execute(query)
        ]


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
