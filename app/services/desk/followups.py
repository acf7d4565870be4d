"""What was promised and is not done yet: 宿題 due soon or overdue, and remarks waiting
for a response (意見 → 対応)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.models import ActionItem, AgendaItem, Meeting, Member, Remark, Visit
from app.models.enums import ActionStatus, RemarkKind, ResponseStatus
from app.services.desk.reading import read_section
from app.services.desk.rows import (
    SECTION_LIMIT,
    ActionDue,
    RemarkAwaitingResponse,
    Section,
)
from app.storage.database import Database

DUE_SOON = timedelta(days=7)  # a 宿題 shows from a week before it is due
WAITING = (ResponseStatus.PENDING, ResponseStatus.IN_PROGRESS)


def actions_due(db: Database, today: date, *, limit: int = SECTION_LIMIT) -> Section[ActionDue]:
    """Open 宿題 due within a week or overdue, overdue first (the earliest due first)."""
    item = aliased(AgendaItem)  # the agenda item the action was decided under
    said_under = aliased(AgendaItem)  # or the one of the remark it came from
    meeting_id = func.coalesce(item.meeting_id, said_under.meeting_id)
    visit_id = func.coalesce(ActionItem.visit_id, Remark.visit_id)
    query = (
        select(
            ActionItem.id,
            ActionItem.text,
            func.coalesce(Member.family_name + " " + Member.given_name, ActionItem.owner_name),
            ActionItem.due_on,
            meeting_id,
            visit_id,
            func.coalesce(Meeting.title, Visit.title, ""),
        )
        .outerjoin(item, ActionItem.agenda_item_id == item.id)
        .outerjoin(Remark, ActionItem.remark_id == Remark.id)
        .outerjoin(said_under, Remark.agenda_item_id == said_under.id)
        .outerjoin(Meeting, Meeting.id == meeting_id)
        .outerjoin(Visit, Visit.id == visit_id)
        .outerjoin(Member, ActionItem.owner_member_id == Member.id)
        .where(
            ActionItem.status != ActionStatus.DONE,
            ActionItem.due_on.is_not(None),
            ActionItem.due_on <= today + DUE_SOON,
        )
        .order_by(ActionItem.due_on, ActionItem.id)
    )

    def make(row: Sequence[Any]) -> ActionDue:
        (id_, text, owner, due_on, meeting, visit, source) = row
        return ActionDue(
            id=id_,
            text=text,
            owner=(owner or "").strip(),
            due_on=due_on,
            overdue=due_on < today,
            meeting_id=meeting,
            visit_id=None if meeting is not None else visit,
            source_title=source,
        )

    return read_section(db, query, make, limit)


def remarks_awaiting_response(
    db: Database, *, limit: int = SECTION_LIMIT
) -> Section[RemarkAwaitingResponse]:
    """Meeting remarks whose response is 未対応 or 対応中, oldest meeting first."""
    query = (
        select(
            Remark.id,
            Remark.uuid,
            Meeting.id,
            Meeting.title,
            Meeting.held_on,
            func.coalesce(Member.family_name + " " + Member.given_name, Remark.speaker_name),
            Remark.kind,
            Remark.text,
            Remark.response_status,
        )
        .join(AgendaItem, Remark.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .outerjoin(Member, Remark.speaker_member_id == Member.id)
        .where(Remark.response_status.in_(WAITING))
        .order_by(Meeting.held_on, Meeting.id, AgendaItem.position, Remark.position, Remark.id)
    )

    def make(row: Sequence[Any]) -> RemarkAwaitingResponse:
        (id_, uuid, meeting, title, held_on, speaker, kind, text, status) = row
        return RemarkAwaitingResponse(
            id=id_,
            uuid=uuid,
            meeting_id=meeting,
            meeting_title=title,
            held_on=held_on,
            speaker=(speaker or "").strip(),
            kind=RemarkKind(kind),
            text=text,
            status=ResponseStatus(status),
        )

    return read_section(db, query, make, limit)
