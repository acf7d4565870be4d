"""The 開催通知 of a meeting: it takes the next number of the outgoing register (文書発送簿)
for its fiscal year and is recorded there, in one transaction, so a number is never given
twice."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.documents.builders import notice as notice_builder
from app.documents.inputs import NoticeInput
from app.documents.model import Document
from app.japanese.text import addressee
from app.models import Council, Meeting, Member
from app.models.enums import CorrespondenceDirection, CouncilRole
from app.services.correspondence import register
from app.services.documents.request import DocumentRequest
from app.services.meetings.documents import meeting_header
from app.storage.database import Database


def issue_notice(db: Database, meeting_id: int, dated_on: date) -> NoticeInput:
    """Take the next outgoing number, record the letter, and return what the letter says."""
    header = meeting_header(db, meeting_id)
    with db.transaction() as session:
        meeting = session.get_one(Meeting, meeting_id)
        subject = f"{meeting.title}の開催について(通知)"
        letter = register.register(
            session,
            CorrespondenceDirection.OUTGOING,
            register.LetterInput(dated_on, "委員各位", subject, meeting_id=meeting.id),
        )
        number = letter.document_number
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).one()
        chair = session.scalars(
            select(Member).where(
                Member.council_role == CouncilRole.CHAIR, Member.archived_at.is_(None)
            )
        ).first()
        sender = [council.name]
        if chair is not None:
            sender.append(f"{council.chair_title}\u3000{chair.full_name}")
        contact = [f"担当: {council.secretariat_name}" if council.secretariat_name else ""]
        if council.secretariat_phone:
            contact.append(f"電話: {council.secretariat_phone}")
        if council.secretariat_email:
            contact.append(f"メール: {council.secretariat_email}")
        items = tuple(f"{item.label} {item.title}".strip() for item in meeting.agenda_items)
    return NoticeInput(
        header=header,
        document_number=number,
        dated_on=dated_on,
        addressee=addressee("委員各位"),
        sender_lines=tuple(sender),
        items=items,
        contact_lines=tuple(line for line in contact if line),
    )


def notice(db: Database, request: DocumentRequest) -> Document:
    """開催通知: takes the next outgoing number (see :func:`issue_notice`)."""
    data = issue_notice(db, request.require_meeting(), request.today)
    return notice_builder.build(data, request.dates)
