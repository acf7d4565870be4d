"""The correspondence register (文書): listing (editing comes with the correspondence work)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date

from sqlalchemy import func, select

from app.japanese.wareki import format_fiscal_year
from app.models import Correspondence, Meeting, Organization, Visit
from app.models.enums import CorrespondenceStatus
from app.services.correspondence.rows import CorrespondenceRow
from app.storage.database import Database

PAGE_SIZE = 500  # letters per page of ids: what the list shows first and adds as it scrolls

# As the list's date column sorts (the tab shows the rows in the order they come).
_NEWEST_FIRST = (
    Correspondence.dated_on.desc(),
    Correspondence.serial_number.desc(),
    Correspondence.id.desc(),
)
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
        Correspondence.version,
    )
    .outerjoin(Organization, Correspondence.counterparty_organization_id == Organization.id)
    .outerjoin(Meeting, Correspondence.meeting_id == Meeting.id)
    .outerjoin(Visit, Correspondence.visit_id == Visit.id)
)


assert [column.key for column in _ROW.selected_columns] == [
    field.name for field in fields(CorrespondenceRow)
]  # rows are made from the columns in this order


def list_correspondence(db: Database) -> list[CorrespondenceRow]:
    """Every letter in and out, newest first."""
    with db.session() as session:
        rows = session.execute(_ROW.order_by(*_NEWEST_FIRST))
        return [CorrespondenceRow(*tuple(row)) for row in rows]


def letter_ids(db: Database) -> list[int]:
    """Every letter's id, in the order of :func:`list_correspondence` (to read in pages)."""
    with db.session() as session:
        return list(session.scalars(select(Correspondence.id).order_by(*_NEWEST_FIRST)))


def letters(db: Database, ids: Sequence[int]) -> list[CorrespondenceRow]:
    """The letters with these ids, in the order given (a page of :func:`letter_ids`)."""
    with db.session() as session:  # columns straight into the rows, no ORM objects
        rows = session.execute(_ROW.where(Correspondence.id.in_(ids)))
        found = {row.id: row for row in (CorrespondenceRow(*tuple(row)) for row in rows)}
    return [found[number] for number in ids if number in found]


def fiscal_years(db: Database) -> list[int]:
    """The fiscal years that have letters, newest first."""
    year = Correspondence.fiscal_year
    query = select(year).distinct().order_by(year.desc())
    with db.session() as session:
        return list(session.scalars(query))


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
