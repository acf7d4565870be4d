"""One letter as the register's detail pane shows it, with its attachments; and the
letters linked to a meeting or a visit (the documents issued for it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Attachment, Correspondence, Meeting, Visit
from app.models.enums import CorrespondenceDirection, CorrespondenceStatus, Medium
from app.services.correspondence.attachments import AttachmentRow
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class LinkedLetter:
    """A letter registered for a meeting or visit (開催通知, 依頼状, 礼状 …)."""

    id: int
    direction: CorrespondenceDirection
    document_number: str
    dated_on: date
    subject: str
    status: CorrespondenceStatus


@dataclass(frozen=True, slots=True)
class LetterDetail:
    id: int
    direction: CorrespondenceDirection
    document_number: str
    their_number: str
    dated_on: date
    counterparty: str
    subject: str
    medium: Medium
    summary: str
    reply_needed: bool
    reply_due: date | None
    status: CorrespondenceStatus
    related: str  # the meeting's or the visit's title
    attachments: tuple[AttachmentRow, ...]


def linked_letters(
    session: Session, *, meeting_id: int | None = None, visit_id: int | None = None
) -> tuple[LinkedLetter, ...]:
    """The letters linked to the meeting (or the visit), oldest first."""
    link = (
        Correspondence.meeting_id == meeting_id
        if meeting_id is not None
        else Correspondence.visit_id == visit_id
    )
    rows = session.execute(
        select(
            Correspondence.id,
            Correspondence.direction,
            Correspondence.document_number,
            Correspondence.dated_on,
            Correspondence.subject,
            Correspondence.status,
        )
        .where(link)
        .order_by(Correspondence.dated_on, Correspondence.id)
    )
    return tuple(LinkedLetter(*row) for row in rows)


def letter_detail(db: Database, correspondence_id: int) -> LetterDetail | None:
    """The letter's details and attachments, or None when it no longer exists."""
    with db.session() as session:
        letter = session.get(Correspondence, correspondence_id)
        if letter is None:
            return None
        organization = letter.counterparty_organization
        related = ""
        if letter.meeting_id is not None:
            related = session.get_one(Meeting, letter.meeting_id).title
        elif letter.visit_id is not None:
            related = session.get_one(Visit, letter.visit_id).title
        attachments = session.scalars(
            select(Attachment)
            .where(Attachment.correspondence_id == correspondence_id)
            .order_by(Attachment.id)
        )
        return LetterDetail(
            id=letter.id,
            direction=letter.direction,
            document_number=letter.document_number,
            their_number=letter.their_number,
            dated_on=letter.dated_on,
            counterparty=organization.name if organization else letter.counterparty_name,
            subject=letter.subject,
            medium=letter.medium,
            summary=letter.summary,
            reply_needed=letter.reply_needed,
            reply_due=letter.reply_due,
            status=letter.status,
            related=related,
            attachments=tuple(
                AttachmentRow(a.id, a.original_name, a.size_bytes, a.media_type)
                for a in attachments
            ),
        )
