"""Letters the app sends for a meeting, and the roster: the 開催通知 takes the next number
of the outgoing register (文書発送簿) for its fiscal year and is recorded there, in one
transaction, so a number is never given twice."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.documents.inputs import NoticeInput, RosterInput, RosterRow
from app.japanese.kana import reading_sort_key
from app.japanese.text import addressee
from app.japanese.wareki import format_date
from app.models import Council, Meeting, Member
from app.models.enums import CorrespondenceDirection, CouncilRole
from app.services import register
from app.services.document_data import meeting_header
from app.services.roster_export import ROLE_LABELS_JA
from app.storage.database import Database


def _term(member: Member) -> str:
    if member.term_start is None and member.term_end is None:
        return ""
    start = format_date(member.term_start, weekday=False) if member.term_start else ""
    end = format_date(member.term_end, weekday=False) if member.term_end else ""
    return f"{start}～\n{end}"  # two lines: the column stays narrow


def roster_input(db: Database, as_of: date, *, with_contact: bool = False) -> RosterInput:
    """Active members in 五十音順; e-mail and phone only when asked for (privacy)."""
    with db.session() as session:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        members = session.scalars(
            select(Member)
            .options(joinedload(Member.organization))
            .where(Member.archived_at.is_(None))
        ).all()
        rows = tuple(
            RosterRow(
                m.full_name,
                m.full_reading,
                m.organization.name if m.organization else "",
                m.position_title,
                ROLE_LABELS_JA[m.council_role],
                _term(m),
                m.email if with_contact else "",
                m.phone if with_contact else "",
            )
            for m in sorted(members, key=lambda m: reading_sort_key(m.full_reading))
        )
    return RosterInput(council.name if council else "", as_of, rows, with_contact)


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
