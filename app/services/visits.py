"""Visits (視察・訪問): listing (the editor comes with the visits work)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import Visit, VisitParticipant
from app.services.rows import VisitRow
from app.storage.database import Database


def list_visits(db: Database) -> list[VisitRow]:
    """All visits, newest first, with their number of participants."""
    participants = (
        select(VisitParticipant.visit_id, func.count().label("n"))
        .group_by(VisitParticipant.visit_id)
        .subquery()
    )
    query = (
        select(Visit, func.coalesce(participants.c.n, 0))
        .outerjoin(participants, participants.c.visit_id == Visit.id)
        .order_by(Visit.start_on.desc(), Visit.id.desc())
    )
    with db.session() as session:
        return [
            VisitRow(
                id=visit.id,
                uuid=visit.uuid,
                direction=visit.direction,
                title=visit.title,
                region=visit.region,
                start_on=visit.start_on,
                end_on=visit.end_on,
                fiscal_year=visit.fiscal_year,
                participant_count=int(count),
            )
            for visit, count in session.execute(query)
        ]
