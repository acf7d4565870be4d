"""The 視察報告書 of a visit (its letters are :mod:`app.services.visits.letters`)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from app.documents.builders import visit_report as visit_report_builder
from app.documents.inputs import ItineraryDay, VisitReportInput
from app.documents.model import Document
from app.japanese.wareki import format_date
from app.models import ActionItem, Council, ItineraryItem, Member, Remark, Visit
from app.models.enums import (
    VisitDirection,
)
from app.services.documents.request import DocumentRequest
from app.storage.database import Database


def dates_of(visit: Visit) -> str:
    """令和7年7月24日(木)～令和7年7月25日(金), or the one day."""
    start = format_date(visit.start_on)
    if visit.end_on and visit.end_on != visit.start_on:
        return f"{start}～{format_date(visit.end_on)}"
    return start


def _person(member: Member | None, name: str, affiliation: str) -> str:
    if member is not None:
        organization = member.organization.name if member.organization else ""
        return f"{member.full_name}({organization})" if organization else member.full_name
    return f"{name}({affiliation})" if affiliation else name


def itinerary_days(stops: Iterable[ItineraryItem]) -> tuple[ItineraryDay, ...]:
    """The 行程 grouped by day, in the order entered; stops with no day join the day before."""
    days: list[tuple[str, list[tuple[str, str, str]]]] = []
    for stop in stops:
        day = format_date(stop.day) if stop.day else ""
        if not days or (day and day != days[-1][0]):
            days.append((day, []))
        days[-1][1].append((stop.time_text, stop.place, stop.content))
    return tuple(ItineraryDay(day, tuple(rows)) for day, rows in days)


def report_input(db: Database, visit_id: int) -> VisitReportInput:
    with db.session() as session:
        visit = session.get_one(Visit, visit_id)
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        remarks = session.scalars(
            select(Remark).where(Remark.visit_id == visit_id).order_by(Remark.position)
        ).all()
        actions = session.scalars(
            select(ActionItem).where(ActionItem.visit_id == visit_id).order_by(ActionItem.position)
        ).all()
        return VisitReportInput(
            council_name=council.name if council else "",
            title=visit.title,
            incoming=visit.direction is VisitDirection.INCOMING,
            dates=dates_of(visit),
            region=visit.region,
            organizations=tuple(link.organization.name for link in visit.organizations),
            purpose=visit.purpose,
            participants=tuple(
                _person(p.member, p.name, p.affiliation) for p in visit.participants
            ),
            host_attendees=tuple(
                " ".join(part for part in (h.affiliation, h.title, h.name) if part)
                for h in visit.host_attendees
            ),
            itinerary=itinerary_days(visit.itinerary),
            findings=visit.findings,
            impressions=tuple(
                (r.speaker.family_name if r.speaker else r.speaker_name, r.text) for r in remarks
            ),
            outcomes=visit.outcomes,
            figures=tuple(f"{f.label}: {f.value:,}{f.unit}" for f in visit.outcome_figures),
            next_steps=tuple(a.text for a in actions),
        )


def report(db: Database, request: DocumentRequest) -> Document:
    """視察報告書."""
    return visit_report_builder.build(report_input(db, request.require_visit()))
