"""実施事業: activities per organization, fiscal year and pillar (the annual report is
:mod:`app.services.activities.report`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.japanese.wareki import fiscal_year_of
from app.models import (
    Activity,
    Council,
    Organization,
    Pillar,
)
from app.services.activities.rows import ActivityInput, ActivityRow
from app.services.problems import Invalid, Problem
from app.storage.database import Database


def ensure_pillars(db: Database, pillars: list[tuple[str, str]]) -> None:
    """The council's pillars (方針), e.g. ("【1】", "新たな価値の創造"), in order."""
    with db.transaction() as session:
        known = {p.code: p for p in session.scalars(select(Pillar))}
        listed = {code for code, _name in pillars}
        for position, (code, name) in enumerate(pillars):
            pillar = known.get(code) or Pillar(code=code)
            pillar.name, pillar.position, pillar.active = name, position, True
            session.add(pillar)
        for code, pillar in known.items():  # kept for old records, no longer offered
            if code not in listed:
                pillar.active = False


def add(db: Database, activity: ActivityInput) -> int:
    """Record an activity; the organization is found by name (created when new).

    Raises :class:`Invalid` (``title``) when there is no title.
    """
    if not activity.title.strip():
        raise Invalid({"title": Problem.MISSING})
    with db.transaction() as session:
        organization = None
        if activity.organization:
            organization = session.scalars(
                select(Organization).where(Organization.name == activity.organization)
            ).first() or Organization(name=activity.organization)
        pillar = None
        if activity.pillar_code:
            pillar = session.scalars(
                select(Pillar).where(Pillar.code == activity.pillar_code)
            ).one()
        count = session.scalar(select(func.count(Activity.id))) or 0
        row = Activity(
            organization=organization,
            fiscal_year=activity.fiscal_year,
            pillar=pillar,
            state=activity.state,
            title=activity.title.strip(),
            description=activity.description.strip(),
            position=count,
        )
        session.add(row)
        session.flush()
        return row.id


def list_for_year(db: Database, fiscal_year: int) -> list[ActivityRow]:
    """This year's activities and next year's plans, in the order they were entered."""
    with db.session() as session:
        rows = session.scalars(
            select(Activity)
            .where(Activity.fiscal_year.in_([fiscal_year, fiscal_year + 1]))
            .order_by(Activity.fiscal_year, Activity.position, Activity.id)
        ).all()
        return [
            ActivityRow(
                a.id,
                a.organization.name if a.organization else "",
                a.fiscal_year,
                a.pillar.code if a.pillar else "",
                a.state,
                a.title,
                a.description,
            )
            for a in rows
        ]


def pillar_choices(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        return [
            (p.code, p.name)
            for p in session.scalars(
                select(Pillar).where(Pillar.active.is_(True)).order_by(Pillar.position, Pillar.id)
            )
        ]


def remove(db: Database, activity_id: int) -> None:
    with db.transaction() as session:
        session.delete(session.get_one(Activity, activity_id))


def current_fiscal_year(db: Database, today: date | None = None) -> int:
    """The fiscal year today falls in, by the council's start month."""
    with db.session() as session:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
    return fiscal_year_of(today or date.today(), council.fiscal_year_start_month if council else 4)
