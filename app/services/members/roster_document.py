"""The 委員名簿 document's input: active members in 五十音順, contact details only when asked."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.documents.builders import roster as roster_builder
from app.documents.inputs import RosterInput, RosterRow
from app.documents.model import Document
from app.japanese.kana import reading_sort_key
from app.japanese.wareki import format_date
from app.models import Council, Member
from app.models.enums import CouncilRole
from app.services.documents.request import DocumentRequest
from app.services.members.roster_export import ROLE_LABELS_JA
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
                staff=m.council_role is CouncilRole.SECRETARIAT,
            )
            for m in sorted(members, key=lambda m: reading_sort_key(m.full_reading))
        )
    return RosterInput(council.name if council else "", as_of, rows, with_contact)


def roster(db: Database, request: DocumentRequest) -> Document:
    """委員名簿 as of ``request.today``."""
    data = roster_input(db, request.today, with_contact=request.with_contact)
    return roster_builder.build(data)
