"""Visits (視察・訪問): listing (the editor comes with the visits work)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import Visit, VisitParticipant
from app.services.visits.rows import VisitRow
from app.storage.database import Database


def list_visits(db: Database) -> list[VisitRow]:
    """All visits, newest first, with their number of participants."""
    participants = (
        select(VisitParticipant.visit_id, func.count().label("n"))
        .group_by(VisitParticipant.visit_id)
        .subquery()
    )
    query = (
        select(
            Visit.id,
            Visit.uuid,
            Visit.direction,
            Visit.title,
            Visit.region,
            Visit.start_on,
            Visit.end_on,
            Visit.fiscal_year,
            func.coalesce(participants.c.n, 0).label("participant_count"),
        )
        .outerjoin(participants, participants.c.visit_id == Visit.id)
        .order_by(Visit.start_on.desc(), Visit.id.desc())
    )
    with db.session() as session:  # columns straight into the rows, no ORM objects
        return [VisitRow(**row) for row in session.execute(query).mappings()]
