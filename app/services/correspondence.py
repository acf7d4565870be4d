"""The correspondence register (文書): listing (editing comes with the correspondence work)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, tuple_

from app.japanese.wareki import format_fiscal_year
from app.models import Correspondence, Meeting, Organization, Visit
from app.models.enums import CorrespondenceStatus
from app.services.rows import CorrespondenceRow
from app.storage.database import Database

PAGE_SIZE = 500  # letters per page: what a list shows first and adds as it scrolls

_NEWEST_FIRST = (Correspondence.dated_on.desc(), Correspondence.id.desc())
_ROW = (
    select(
        Correspondence.id,
        Correspondence.uuid,
        Correspondence.direction,
        Correspondence.fiscal_year,
        Correspondence.serial_number,
        Correspondence.document_number,
        Correspondence.their_number,
        Correspondence.dated_on,
        func.coalesce(Organization.name, Correspondence.counterparty_name).label("counterparty"),
        Correspondence.subject,
        Correspondence.status,
        Correspondence.reply_due,
        func.coalesce(Meeting.title, Visit.title, "").label("related"),
    )
    .outerjoin(Organization, Correspondence.counterparty_organization_id == Organization.id)
    .outerjoin(Meeting, Correspondence.meeting_id == Meeting.id)
    .outerjoin(Visit, Correspondence.visit_id == Visit.id)
)


def list_correspondence(db: Database) -> list[CorrespondenceRow]:
    """Every letter in and out, newest first."""
    return _letters(db, None, None)


def correspondence_page(
    db: Database, after: CorrespondenceRow | None = None
) -> list[CorrespondenceRow]:
    """The :data:`PAGE_SIZE` letters that follow ``after`` (the newest when None)."""
    return _letters(db, after, PAGE_SIZE)


def _letters(
    db: Database, after: CorrespondenceRow | None, limit: int | None
) -> list[CorrespondenceRow]:
    newest = select(Correspondence.id)  # the page's ids first: the sort reads an index only
    if after is not None:
        newest = newest.where(
            tuple_(Correspondence.dated_on, Correspondence.id) < (after.dated_on, after.id)
        )
    newest = newest.order_by(*_NEWEST_FIRST).limit(limit)
    query = _ROW.where(Correspondence.id.in_(newest.scalar_subquery())).order_by(*_NEWEST_FIRST)
    with db.session() as session:  # columns straight into the rows, no ORM objects
        return [CorrespondenceRow(**row) for row in session.execute(query).mappings()]


def count_correspondence(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Correspondence)) or 0


def fiscal_years(db: Database) -> list[int]:
    """The fiscal years that have letters, newest first."""
    year = Correspondence.fiscal_year
    query = select(year).distinct().order_by(year.desc())
    with db.session() as session:
        return list(session.scalars(query))


def set_status(db: Database, correspondence_id: int, status: CorrespondenceStatus) -> None:
    """未処理 → 回答済 → 完了 (欠番 only through :func:`app.services.register.void`)."""
    with db.transaction() as session:
        session.get_one(Correspondence, correspondence_id).status = status


def is_overdue(row: CorrespondenceRow, today: date) -> bool:
    """A reply is due, not yet given, and the day has passed."""
    return (
        row.reply_due is not None
        and row.status is CorrespondenceStatus.OPEN
        and row.reply_due < today
    )


def fiscal_year_label(fiscal_year: int) -> str:
    """令和8年度: how the register names its years."""
    return format_fiscal_year(fiscal_year)


def link_choices(db: Database) -> list[tuple[str, int, str]]:
    """What a letter can belong to: ("meeting" | "visit", id, title), newest first."""
    with db.session() as session:
        meetings = session.scalars(select(Meeting).order_by(Meeting.held_on.desc())).all()
        visits = session.scalars(select(Visit).order_by(Visit.start_on.desc())).all()
        return [("meeting", m.id, m.title) for m in meetings] + [
            ("visit", v.id, v.title) for v in visits
        ]
