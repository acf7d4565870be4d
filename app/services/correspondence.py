"""The correspondence register (文書): listing (editing comes with the correspondence work)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.japanese.wareki import format_fiscal_year
from app.models import Correspondence, Meeting, Visit
from app.models.enums import CorrespondenceStatus
from app.services.rows import CorrespondenceRow
from app.storage.database import Database


def list_correspondence(db: Database) -> list[CorrespondenceRow]:
    """Every letter in and out, newest first."""
    query = (
        select(Correspondence)
        .options(
            joinedload(Correspondence.counterparty_organization),
            joinedload(Correspondence.meeting),
            joinedload(Correspondence.visit),
        )
        .order_by(Correspondence.dated_on.desc(), Correspondence.id.desc())
    )
    with db.session() as session:
        return [
            CorrespondenceRow(
                id=letter.id,
                uuid=letter.uuid,
                direction=letter.direction,
                fiscal_year=letter.fiscal_year,
                serial_number=letter.serial_number,
                document_number=letter.document_number,
                their_number=letter.their_number,
                dated_on=letter.dated_on,
                counterparty=(
                    letter.counterparty_organization.name
                    if letter.counterparty_organization
                    else letter.counterparty_name
                ),
                subject=letter.subject,
                status=letter.status,
                reply_due=letter.reply_due,
                related=letter.meeting.title
                if letter.meeting
                else (letter.visit.title if letter.visit else ""),
            )
            for letter in session.scalars(query)
        ]


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
