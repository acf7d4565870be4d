"""Letters waiting for a reply, terms of office ending, and the visits ahead."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select

from app.models import Correspondence, Member, Organization, Visit
from app.models.enums import CorrespondenceDirection, CorrespondenceStatus
from app.services.desk.reading import read_section
from app.services.desk.rows import (
    SECTION_LIMIT,
    LetterAwaitingReply,
    Section,
    TermEnding,
    UpcomingVisit,
)
from app.storage.database import Database

TERM_WARNING = timedelta(days=92)  # terms ending within three months show


def letters_awaiting_reply(
    db: Database, today: date, *, limit: int = SECTION_LIMIT
) -> Section[LetterAwaitingReply]:
    """Open letters marked 要返信 (or with a reply-by date), the earliest reply-by first."""
    query = (
        select(
            Correspondence.id,
            Correspondence.direction,
            Correspondence.subject,
            func.coalesce(Organization.name, Correspondence.counterparty_name),
            Correspondence.dated_on,
            Correspondence.reply_due,
        )
        .outerjoin(Organization, Correspondence.counterparty_organization_id == Organization.id)
        .where(
            Correspondence.status == CorrespondenceStatus.OPEN,
            or_(Correspondence.reply_needed, Correspondence.reply_due.is_not(None)),
        )
        .order_by(
            case((Correspondence.reply_due.is_(None), 1), else_=0),
            Correspondence.reply_due,
            Correspondence.dated_on,
            Correspondence.id,
        )
    )

    def make(row: Sequence[Any]) -> LetterAwaitingReply:
        (id_, direction, subject, counterparty, dated_on, reply_due) = row
        return LetterAwaitingReply(
            id=id_,
            direction=CorrespondenceDirection(direction),
            subject=subject,
            counterparty=counterparty or "",
            dated_on=dated_on,
            reply_due=reply_due,
            overdue=reply_due is not None and reply_due < today,
        )

    return read_section(db, query, make, limit)


def terms_ending(db: Database, today: date, *, limit: int = SECTION_LIMIT) -> Section[TermEnding]:
    """Active members whose term ends within three months or has ended, earliest first."""
    query = (
        select(
            Member.id,
            Member.family_name,
            Member.given_name,
            func.coalesce(Organization.name, ""),
            Member.term_end,
        )
        .outerjoin(Organization, Member.organization_id == Organization.id)
        .where(
            Member.archived_at.is_(None),
            or_(Member.left_on.is_(None), Member.left_on > today),
            Member.term_end.is_not(None),
            Member.term_end <= today + TERM_WARNING,
        )
        .order_by(Member.term_end, Member.family_name_reading, Member.id)
    )

    def make(row: Sequence[Any]) -> TermEnding:
        (id_, family, given, organization, term_end) = row
        return TermEnding(
            member_id=id_,
            name=f"{family} {given}".strip(),
            organization=organization,
            term_end=term_end,
            ended=term_end < today,
        )

    return read_section(db, query, make, limit)


def upcoming_visits(
    db: Database, today: date, *, limit: int = SECTION_LIMIT
) -> Section[UpcomingVisit]:
    """Visits not over yet (under way or ahead), the nearest first."""
    query = (
        select(Visit.id, Visit.title, Visit.region, Visit.start_on, Visit.end_on)
        .where(func.coalesce(Visit.end_on, Visit.start_on) >= today)
        .order_by(Visit.start_on, Visit.id)
    )

    def make(row: Sequence[Any]) -> UpcomingVisit:
        (id_, title, region, start_on, end_on) = row
        return UpcomingVisit(id=id_, title=title, region=region, start_on=start_on, end_on=end_on)

    return read_section(db, query, make, limit)
