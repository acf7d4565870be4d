"""The 開催通知 of a meeting: it takes the next number of the outgoing register (文書発送簿)
for its fiscal year and is recorded there, in one transaction, so a number is never given
twice."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.documents.builders import notice as notice_builder
from app.documents.inputs import NoticeInput
from app.documents.model import Document
from app.japanese.text import addressee
from app.models import Council, Meeting
from app.services.correspondence import register
from app.services.correspondence.issuing import contact_lines, issue_once, sender_lines
from app.services.documents.request import DocumentRequest
from app.services.meetings.documents import meeting_header
from app.storage.database import Database

REPLY_DAYS_BEFORE = 7  # the 出欠 reply is asked for a week before the meeting
REPLY_METHOD = "メール又はFAX"


def issue_notice(
    db: Database, meeting_id: int, dated_on: date, *, reissue: bool = False
) -> NoticeInput:
    """The 開催通知: issued once (the next outgoing number, recorded in the register);
    a later export reuses its number and date unless ``reissue``."""
    header = meeting_header(db, meeting_id)
    with db.transaction() as session:
        meeting = session.get_one(Meeting, meeting_id)
        subject = f"{meeting.title}の開催について(通知)"
        letter = issue_once(
            session,
            "notice",
            register.LetterInput(dated_on, "委員各位", subject, meeting_id=meeting.id),
            reissue=reissue,
        )
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).one()
        items = tuple(f"{item.label} {item.title}".strip() for item in meeting.agenda_items)
        reply_by = max(letter.dated_on, meeting.held_on - timedelta(days=REPLY_DAYS_BEFORE))
        return NoticeInput(
            header=header,
            document_number=letter.document_number,
            dated_on=letter.dated_on,
            addressee=addressee("委員各位"),
            sender_lines=sender_lines(session, council),
            items=items,
            contact_lines=contact_lines(council),
            reply_by=reply_by if reply_by < meeting.held_on else None,
            reply_method=REPLY_METHOD,
            seal_omitted=council.seal_omitted,
        )


def default_date(db: Database, meeting_id: int) -> date:
    """A notice goes out the council's lead time (14 days) before the meeting."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        lead = council.notice_lead_days if council is not None else 14
        return meeting.held_on - timedelta(days=lead)


def letter_date(db: Database, request: DocumentRequest) -> date:
    """The notice's default date (the document dialog offers it)."""
    return default_date(db, request.require_meeting())


def notice(db: Database, request: DocumentRequest) -> Document:
    """開催通知: issued once (see :func:`issue_notice`), dated the council's lead time before
    the meeting unless another date was chosen."""
    meeting_id = request.require_meeting()
    dated_on = request.dated_on or default_date(db, meeting_id)
    data = issue_notice(db, meeting_id, dated_on, reissue=request.reissue)
    return notice_builder.build(data, request.dates)
