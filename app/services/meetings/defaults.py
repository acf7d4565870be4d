"""What a new meeting starts with: its body's usual time and place, and a 件名 such as
「令和8年度 第2回定例会」 that the clerk may overwrite."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select

from app.japanese.wareki import fiscal_year_of, format_fiscal_year
from app.models import Body, Meeting
from app.services.meetings.editing import fiscal_year_start_month, next_sequence_number
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class Usual:
    """How a body usually meets (from its most recent meeting); None/"" when unknown."""

    start_time: time | None = None
    end_time: time | None = None
    place: str = ""


def usual(db: Database, body_id: int) -> Usual:
    """The start and end time and the place of the body's most recent meeting."""
    query = (
        select(Meeting.start_time, Meeting.end_time, Meeting.place)
        .where(Meeting.body_id == body_id)
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        .limit(1)
    )
    with db.session() as session:
        row = session.execute(query).first()
    if row is None:
        return Usual()
    return Usual(row.start_time, row.end_time, row.place)


def suggested_title(
    db: Database, body_id: int, held_on: date, sequence_number: int | None = None
) -> str:
    """「令和8年度 第2回定例会」: the 年度 of ``held_on``, the number (the next of the body
    when ``sequence_number`` is None, as saving would give it) and the body's name."""
    start_month = fiscal_year_start_month(db)
    number = sequence_number or next_sequence_number(db, body_id, held_on)
    with db.session() as session:
        body = session.get_one(Body, body_id)
        name = body.name
    year = format_fiscal_year(fiscal_year_of(held_on, start_month), start_month)
    return f"{year} 第{number}回{name}"
