"""Letters the app issues (開催通知, 依頼状, 礼状): a letter is issued once. The first issue
takes the next outgoing number and is recorded in the 文書発送簿; every later PDF or Word
export of the same letter reuses that number and date, unless a new issue is asked for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models import Correspondence, Council, Member
from app.models.enums import CorrespondenceDirection, CorrespondenceStatus, CouncilRole
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class IssuedLetter:
    """A letter the app issued before: later exports reuse its number and date."""

    document_number: str
    dated_on: date


def _issued_query(
    document_kind: str, meeting_id: int | None, visit_id: int | None
) -> Select[Correspondence]:
    return (
        select(Correspondence)
        .where(
            Correspondence.direction == CorrespondenceDirection.OUTGOING,
            Correspondence.document_kind == document_kind,
            Correspondence.status != CorrespondenceStatus.VOID,
            Correspondence.meeting_id.is_(None)
            if meeting_id is None
            else Correspondence.meeting_id == meeting_id,
            Correspondence.visit_id.is_(None)
            if visit_id is None
            else Correspondence.visit_id == visit_id,
        )
        .order_by(Correspondence.id.desc())
        .limit(1)
    )


def issued(
    db: Database, document_kind: str, *, meeting_id: int | None = None, visit_id: int | None = None
) -> IssuedLetter | None:
    """The letter ``document_kind`` issued for this meeting or visit, if any (not voided)."""
    with db.session() as session:
        row = session.scalars(_issued_query(document_kind, meeting_id, visit_id)).first()
        return IssuedLetter(row.document_number, row.dated_on) if row is not None else None


def issue_once(
    session: Session, document_kind: str, letter: LetterInput, *, reissue: bool = False
) -> Correspondence:
    """The outgoing letter ``document_kind`` of the letter's meeting or visit: the one
    issued before (not voided), or a new one with the next number (``reissue``: always)."""
    if not reissue:
        query = _issued_query(document_kind, letter.meeting_id, letter.visit_id)
        before = session.scalars(query).first()
        if before is not None:
            return before
    row = register.register(session, CorrespondenceDirection.OUTGOING, letter)
    row.document_kind = document_kind
    return row


def sender_lines(session: Session, council: Council) -> tuple[str, ...]:
    """The council's name, then its chair: 「委員長　浜田 隆之」."""
    chair = session.scalars(
        select(Member).where(Member.council_role == CouncilRole.CHAIR, Member.archived_at.is_(None))
    ).first()
    lines = [council.name]
    if chair is not None:
        lines.append(f"{council.chair_title}\u3000{chair.full_name}")
    return tuple(lines)


def contact_lines(council: Council) -> tuple[str, ...]:
    """担当 (the section and the person), phone and e-mail, as far as they are known."""
    person = " ".join(p for p in (council.secretariat_name, council.secretariat_person) if p)
    lines = [f"担当: {person}"] if person else []
    if council.secretariat_phone:
        lines.append(f"電話: {council.secretariat_phone}")
    if council.secretariat_email:
        lines.append(f"メール: {council.secretariat_email}")
    return tuple(lines)
