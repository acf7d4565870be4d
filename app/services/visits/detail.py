"""One visit as the visits list's detail pane shows it: dates and itinerary, the
organizations, the participants and the letters linked to it (one short read)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.models import (
    ItineraryItem,
    Member,
    Organization,
    Visit,
    VisitHostAttendee,
    VisitOrganization,
    VisitParticipant,
)
from app.models.enums import VisitDirection, VisitOrganizationRole
from app.services.correspondence.detail import LinkedLetter, linked_letters
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class ItineraryLine:
    day: date | None
    time_text: str
    place: str
    content: str


@dataclass(frozen=True, slots=True)
class VisitDetail:
    id: int
    direction: VisitDirection
    title: str
    region: str
    start_on: date
    end_on: date | None
    purpose: str
    destinations: tuple[str, ...]  # 訪問先
    hosts_organizations: tuple[str, ...]  # 受入側・主催
    itinerary: tuple[ItineraryLine, ...]  # in order
    participants: tuple[str, ...]  # 「name（affiliation）」, in order
    hosts: tuple[str, ...]  # the host side's attendees, 「name（affiliation title）」
    letters: tuple[LinkedLetter, ...]


def _person(name: str, affiliation: str) -> str:
    return f"{name}（{affiliation}）" if affiliation else name


def visit_detail(db: Database, visit_id: int) -> VisitDetail | None:
    """The visit's details, or None when it no longer exists."""
    with db.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            return None
        organizations = session.execute(
            select(VisitOrganization.role, Organization.name)
            .join(Organization, VisitOrganization.organization_id == Organization.id)
            .where(VisitOrganization.visit_id == visit_id)
            .order_by(VisitOrganization.role, Organization.reading, Organization.id)
        ).all()
        itinerary = session.execute(
            select(ItineraryItem.day, ItineraryItem.time_text, ItineraryItem.place)
            .add_columns(ItineraryItem.content)
            .where(ItineraryItem.visit_id == visit_id)
            .order_by(ItineraryItem.position, ItineraryItem.id)
        ).all()
        participants = session.execute(
            select(VisitParticipant.name, VisitParticipant.affiliation, Member)
            .outerjoin(Member, VisitParticipant.member_id == Member.id)
            .where(VisitParticipant.visit_id == visit_id)
            .order_by(VisitParticipant.position, VisitParticipant.id)
        ).all()
        hosts = session.execute(
            select(VisitHostAttendee.name, VisitHostAttendee.affiliation, VisitHostAttendee.title)
            .where(VisitHostAttendee.visit_id == visit_id)
            .order_by(VisitHostAttendee.position, VisitHostAttendee.id)
        ).all()
        return VisitDetail(
            id=visit.id,
            direction=visit.direction,
            title=visit.title,
            region=visit.region,
            start_on=visit.start_on,
            end_on=visit.end_on,
            purpose=visit.purpose,
            destinations=tuple(
                name for role, name in organizations if role is VisitOrganizationRole.DESTINATION
            ),
            hosts_organizations=tuple(
                name for role, name in organizations if role is VisitOrganizationRole.HOST
            ),
            itinerary=tuple(ItineraryLine(*row) for row in itinerary),
            participants=tuple(
                _person(member.full_name, affiliation or _organization(member))
                if member is not None
                else _person(name, affiliation)
                for name, affiliation, member in participants
            ),
            hosts=tuple(
                _person(name, " ".join(part for part in (affiliation, title) if part))
                for name, affiliation, title in hosts
            ),
            letters=linked_letters(session, visit_id=visit_id),
        )


def _organization(member: Member) -> str:
    return member.organization.name if member.organization else ""
