"""The correspondence register (文書収受簿・文書発送簿): numbers that are never given twice.

Outgoing letters take the next number of their fiscal year in the council's format
(「綾イノ第12号」); incoming ones a 収受番号. A voided number (欠番) stays in the register
as voided and is never given again, because the next number is always the highest ever
given plus one. On PostgreSQL the council row is locked (``FOR UPDATE``) while a number
is taken, so two sessions cannot take the same one; the unique (direction, fiscal year,
serial) constraint backs this up. SQLite has one writer (the instance lock).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.documents.inputs import RegisterInput
from app.japanese.wareki import fiscal_year_of, format_date, format_fiscal_year
from app.models import Correspondence, Council, Meeting, Visit
from app.models.enums import CorrespondenceDirection, CorrespondenceStatus, Medium
from app.services.correspondence.rows import LetterRecord
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.services.versions import expect, guarded_write
from app.storage.database import Database

_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class LetterInput:
    dated_on: date
    counterparty: str
    subject: str
    medium: Medium = Medium.POST
    summary: str = ""
    their_number: str = ""  # incoming: the sender's document number
    reply_due: date | None = None
    meeting_id: int | None = None
    visit_id: int | None = None


@dataclass(frozen=True, slots=True)
class Registered:
    id: int
    fiscal_year: int
    serial_number: int
    document_number: str  # outgoing: 綾イノ第12号; incoming: 受第3号


def _council(session: Session) -> Council:
    """The council row, locked for the rest of the transaction on PostgreSQL."""
    return session.scalars(select(Council).order_by(Council.id).limit(1).with_for_update()).one()


def next_serial(session: Session, direction: CorrespondenceDirection, fiscal_year: int) -> int:
    latest = session.scalar(
        select(func.max(Correspondence.serial_number)).where(
            Correspondence.direction == direction, Correspondence.fiscal_year == fiscal_year
        )
    )
    return (latest or 0) + 1


def register(
    session: Session, direction: CorrespondenceDirection, letter: LetterInput
) -> Correspondence:
    """Take the next number and add the letter, inside the caller's transaction."""
    council = _council(session)
    fiscal_year = fiscal_year_of(letter.dated_on, council.fiscal_year_start_month)
    serial = next_serial(session, direction, fiscal_year)
    if direction is CorrespondenceDirection.OUTGOING:
        number = council.document_number_format.format(short=council.short_name, n=serial)
    else:
        number = f"受第{serial}号"
    row = Correspondence(
        direction=direction,
        fiscal_year=fiscal_year,
        serial_number=serial,
        document_number=number,
        their_number=letter.their_number.strip(),
        dated_on=letter.dated_on,
        counterparty_name=letter.counterparty.strip(),
        subject=letter.subject.strip(),
        medium=letter.medium,
        summary=letter.summary.strip(),
        reply_needed=letter.reply_due is not None,
        reply_due=letter.reply_due,
        meeting_id=letter.meeting_id,
        visit_id=letter.visit_id,
    )
    session.add(row)
    session.flush()
    return row


def record(db: Database, direction: CorrespondenceDirection, letter: LetterInput) -> Registered:
    """Record a letter in its own transaction; returns the number it was given.

    Should another writer have taken the same number first (SQLite reads before it
    locks), the unique constraint refuses ours and the number is taken again.
    """
    for attempt in range(_ATTEMPTS):
        try:
            with db.transaction() as session:
                row = register(session, direction, letter)
                return Registered(row.id, row.fiscal_year, row.serial_number, row.document_number)
        except IntegrityError:
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def void(db: Database, correspondence_id: int, *, version: int) -> LetterRecord:
    """欠番: the letter stays in the register, marked void; its number is never reused.

    ``version``: the letter's as shown (:class:`EditConflict` if it has changed since).
    """
    return set_status(db, correspondence_id, CorrespondenceStatus.VOID, version=version)


def set_status(
    db: Database, correspondence_id: int, status: CorrespondenceStatus, *, version: int
) -> LetterRecord:
    """未処理 → 回答済 → 完了, or 欠番 (:func:`void`); returns the letter as saved.

    ``version``: the letter's as shown (:class:`EditConflict` if it has changed since).
    """

    def conflict() -> EditConflict:
        theirs = _saved(db, correspondence_id)
        mine = replace(theirs, status=status) if theirs is not None else None
        return _conflict(db, theirs, mine)

    with guarded_write(db, conflict) as session:
        row = expect(session.get(Correspondence, correspondence_id), version)
        row.status = status
        session.flush()
        return _record(row)


_STATUS_JA = {
    CorrespondenceStatus.OPEN: "未処理",
    CorrespondenceStatus.REPLIED: "回答済",
    CorrespondenceStatus.DONE: "完了",
    CorrespondenceStatus.VOID: "欠番",
}
_MEDIUM_JA = {
    Medium.POST: "郵送",
    Medium.FAX: "FAX",
    Medium.EMAIL: "メール",
    Medium.HAND: "持参",
    Medium.PHONE: "電話",
    Medium.OTHER: "その他",
}


def register_input(db: Database, fiscal_year: int, direction: str) -> RegisterInput:
    """The register of one fiscal year in number order ("in": 収受簿, "out": 発送簿)."""
    incoming = direction == "in"
    wanted = CorrespondenceDirection.INCOMING if incoming else CorrespondenceDirection.OUTGOING
    with db.session() as session:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        start_month = council.fiscal_year_start_month if council else 4
        letters = session.scalars(
            select(Correspondence)
            .where(Correspondence.fiscal_year == fiscal_year, Correspondence.direction == wanted)
            .order_by(Correspondence.serial_number)
        ).all()
        rows = tuple(
            (
                letter.document_number or f"{letter.serial_number}",
                format_date(letter.dated_on, weekday=False),
                letter.their_number if incoming else _MEDIUM_JA[letter.medium],
                letter.counterparty_organization.name
                if letter.counterparty_organization
                else letter.counterparty_name,
                letter.subject,
                _STATUS_JA[letter.status],
            )
            for letter in letters
        )
    return RegisterInput(
        council_name=council.name if council else "",
        year_label=format_fiscal_year(fiscal_year, start_month),
        incoming=incoming,
        rows=rows,
    )


def load(db: Database, correspondence_id: int) -> LetterRecord:
    """The letter as saved now, with the version its correction will check."""
    saved = _saved(db, correspondence_id)
    if saved is None:
        raise LookupError(f"no letter {correspondence_id}")
    return saved


def _saved(db: Database, correspondence_id: int) -> LetterRecord | None:
    with db.session() as session:
        row = session.get(Correspondence, correspondence_id)
        return _record(row) if row is not None else None


def _record(row: Correspondence) -> LetterRecord:
    return LetterRecord(
        id=row.id,
        direction=row.direction,
        document_number=row.document_number,
        dated_on=row.dated_on,
        counterparty=row.counterparty_organization.name
        if row.counterparty_organization
        else row.counterparty_name,
        subject=row.subject,
        medium=row.medium,
        summary=row.summary,
        their_number=row.their_number,
        reply_due=row.reply_due,
        status=row.status,
        meeting_id=row.meeting_id,
        visit_id=row.visit_id,
        version=row.version,
    )


def _conflict(db: Database, theirs: LetterRecord | None, mine: LetterRecord | None) -> EditConflict:
    """Both versions, with the titles of the meetings and visits they belong to."""
    records = [record for record in (theirs, mine) if record is not None]
    with db.session() as session:
        meetings = {r.meeting_id for r in records if r.meeting_id}
        visits = {r.visit_id for r in records if r.visit_id}
        titles = (
            select(Meeting.id, Meeting.title).where(Meeting.id.in_(meetings)),
            select(Visit.id, Visit.title).where(Visit.id.in_(visits)),
        )
        references = {
            field: {row_id: title for row_id, title in session.execute(query)}
            for field, query in zip(("meeting_id", "visit_id"), titles, strict=True)
        }
    return EditConflict(Record.LETTER, theirs, mine, references)


def update(
    db: Database, correspondence_id: int, letter: LetterInput, *, version: int
) -> LetterRecord:
    """Correct a registered letter (returned as saved); its number, and so its fiscal
    year, never changes.

    A date in another fiscal year raises :class:`Invalid` (``dated_on``) and changes
    nothing; :class:`EditConflict` if the letter has changed since ``version`` was shown.
    """

    def conflict() -> EditConflict:
        theirs = _saved(db, correspondence_id)
        mine = None
        if theirs is not None:
            mine = replace(
                theirs,
                dated_on=letter.dated_on,
                counterparty=letter.counterparty.strip(),
                subject=letter.subject.strip(),
                medium=letter.medium,
                summary=letter.summary.strip(),
                their_number=letter.their_number.strip(),
                reply_due=letter.reply_due,
                meeting_id=letter.meeting_id,
                visit_id=letter.visit_id,
                version=version,
            )
        return _conflict(db, theirs, mine)

    with guarded_write(db, conflict) as session:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).one()
        row = expect(session.get(Correspondence, correspondence_id), version)
        if fiscal_year_of(letter.dated_on, council.fiscal_year_start_month) != row.fiscal_year:
            raise Invalid({"dated_on": Problem.FISCAL_YEAR_FIXED})
        row.dated_on = letter.dated_on
        row.counterparty_name = letter.counterparty.strip()
        row.counterparty_organization_id = None
        row.subject = letter.subject.strip()
        row.medium = letter.medium
        row.summary = letter.summary.strip()
        row.their_number = letter.their_number.strip()
        row.reply_needed = letter.reply_due is not None
        row.reply_due = letter.reply_due
        row.meeting_id = letter.meeting_id
        row.visit_id = letter.visit_id
        session.flush()
        return _record(row)
