"""What an event may be linked to: a meeting of a body, a visit, an activity (実施事業)
or a pillar (方針), each as (id, text) for the event form's choices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.models import Activity, Body, Meeting, Pillar, Visit
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class LinkChoices:
    meetings: tuple[tuple[int, str], ...]  # newest first
    visits: tuple[tuple[int, str], ...]  # newest first
    activities: tuple[tuple[int, str], ...]  # latest fiscal year first
    pillars: tuple[tuple[int, str], ...]  # in their order


def meeting_text(body: str, title: str, held_on: date) -> str:
    """A meeting as a choice: 2025-06-12 定例会 第2回定例会."""
    return " ".join(part for part in (held_on.isoformat(), body, title) if part)


def link_choices(db: Database) -> LinkChoices:
    """Every meeting, visit, activity and pillar (an event keeps a link to one that was
    later archived)."""
    with db.session() as session:
        meetings = session.execute(
            select(Meeting.id, Body.name, Meeting.title, Meeting.held_on)
            .join(Body, Meeting.body_id == Body.id)
            .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        ).all()
        visits = session.execute(
            select(Visit.id, Visit.title, Visit.start_on).order_by(
                Visit.start_on.desc(), Visit.id.desc()
            )
        ).all()
        activities = session.execute(
            select(Activity.id, Activity.title, Activity.fiscal_year).order_by(
                Activity.fiscal_year.desc(), Activity.id
            )
        ).all()
        pillars = session.execute(
            select(Pillar.id, Pillar.code, Pillar.name).order_by(Pillar.position, Pillar.id)
        ).all()
    return LinkChoices(
        meetings=tuple((m.id, meeting_text(m.name, m.title, m.held_on)) for m in meetings),
        visits=tuple((v.id, f"{v.start_on.isoformat()} {v.title}") for v in visits),
        activities=tuple((a.id, a.title) for a in activities),
        pillars=tuple((p.id, f"{p.code}{p.name}") for p in pillars),
    )
