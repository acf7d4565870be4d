"""Adding and editing a visit (視察・訪問) with everything that hangs from it, in one
transaction: organizations, participants, host attendees, itinerary, outcome figures and
follow-up action items (the same ActionItem as meetings: open ones carry forward)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.japanese.date_input import parse_date
from app.japanese.wareki import fiscal_year_of
from app.models import (
    ActionItem,
    Council,
    ItineraryItem,
    Member,
    Organization,
    Visit,
    VisitHostAttendee,
    VisitOrganization,
    VisitOutcomeFigure,
    VisitParticipant,
)
from app.models.base import utcnow
from app.models.enums import ActionStatus, VisitDirection, VisitOrganizationRole
from app.services.dates import date_problem
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.services.versions import expect, guarded_write
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class VisitForm:
    title: str = ""
    direction: VisitDirection = VisitDirection.OUTGOING
    region: str = ""
    start_on: str = ""
    end_on: str = ""
    purpose: str = ""
    findings: str = ""
    outcomes: str = ""
    organizations: tuple[str, ...] = ()  # destinations (訪問) or hosts (受入), by name
    member_ids: tuple[int, ...] = ()  # participants from the roster
    staff: tuple[tuple[str, str], ...] = ()  # (name, affiliation) of non-members
    hosts: tuple[tuple[str, str, str], ...] = ()  # host attendees: (name, affiliation, title)
    itinerary: tuple[tuple[str, str, str, str], ...] = ()  # (day, time, place, content)
    figures: tuple[tuple[str, str, str], ...] = ()  # (label, value, unit)
    follow_ups: tuple[tuple[str, str, str], ...] = ()  # (text, owner, due)
    id: int | None = None
    version: int | None = None


_LARGEST_FIGURE = 2**31 - 1  # an INTEGER column on PostgreSQL


def _date(text: str) -> date | None:
    """The date typed, or None for an empty field (validate() has refused any other)."""
    return parse_date(text) if text.strip() else None


def _figure(text: str) -> int:
    """A figure's value as typed, 7,000 included; ValueError if it is not a whole number."""
    return int(text.strip().replace(",", ""))


def _figure_problem(text: str) -> Problem | None:
    try:
        value = _figure(text)
    except ValueError:
        return Problem.NOT_A_NUMBER
    return Problem.NUMBER_TOO_LARGE if abs(value) > _LARGEST_FIGURE else None


def _first(problems: Iterable[Problem | None]) -> Problem | None:
    return next((problem for problem in problems if problem), None)


def _row_dates(texts: Iterable[str]) -> Problem | None:
    """The first problem among the dates typed in a table's rows (empty ones are fine)."""
    return _first(date_problem(text) for text in texts if text.strip())


def validate(form: VisitForm) -> dict[str, Problem]:
    """Problems by field (empty when the form can be saved)."""
    problems: dict[str, Problem] = {}
    if not form.title.strip():
        problems["title"] = Problem.MISSING
    start = None
    if not form.start_on.strip():
        problems["start_on"] = Problem.MISSING
    elif start_problem := date_problem(form.start_on):
        problems["start_on"] = start_problem
    else:
        start = parse_date(form.start_on)
    if form.end_on.strip():
        if end_problem := date_problem(form.end_on):
            problems["end_on"] = end_problem
        elif start is not None and parse_date(form.end_on) < start:
            problems["end_on"] = Problem.ENDS_BEFORE_START
    if itinerary := _row_dates(day for day, *_rest in form.itinerary):
        problems["itinerary"] = itinerary
    if figures := _first(_figure_problem(value) for _label, value, _unit in form.figures):
        problems["figures"] = figures
    if follow_ups := _row_dates(due for _text, _owner, due in form.follow_ups):
        problems["follow_ups"] = follow_ups
    return problems


def load_form(db: Database, visit_id: int) -> VisitForm:
    """The visit as saved now, with the version its next save will check."""
    saved = _saved_form(db, visit_id)
    if saved is None:
        raise LookupError(f"no visit {visit_id}")
    return saved


def _saved_form(db: Database, visit_id: int) -> VisitForm | None:
    with db.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            return None
        actions = session.scalars(
            select(ActionItem)
            .where(ActionItem.visit_id == visit_id, ActionItem.status != ActionStatus.DONE)
            .order_by(ActionItem.position)
        ).all()  # finished follow-ups are kept as they are, not edited here
        return VisitForm(
            title=visit.title,
            direction=visit.direction,
            region=visit.region,
            start_on=visit.start_on.isoformat(),
            end_on=visit.end_on.isoformat() if visit.end_on else "",
            purpose=visit.purpose,
            findings=visit.findings,
            outcomes=visit.outcomes,
            organizations=tuple(link.organization.name for link in visit.organizations),
            member_ids=tuple(p.member_id for p in visit.participants if p.member_id),
            staff=tuple((p.name, p.affiliation) for p in visit.participants if not p.member_id),
            hosts=tuple((h.name, h.affiliation, h.title) for h in visit.host_attendees),
            itinerary=tuple(
                (i.day.isoformat() if i.day else "", i.time_text, i.place, i.content)
                for i in visit.itinerary
            ),
            figures=tuple((f.label, str(f.value), f.unit) for f in visit.outcome_figures),
            follow_ups=tuple(
                (
                    a.text,
                    a.owner.full_name if a.owner else a.owner_name,
                    a.due_on.isoformat() if a.due_on else "",
                )
                for a in actions
            ),
            id=visit.id,
            version=visit.version,
        )


def save(db: Database, form: VisitForm) -> VisitForm:
    """Validate and save the visit and all its rows; returns the saved form.

    Raises :class:`Invalid` with every problem, or :class:`EditConflict` when the visit
    changed since ``form.version``.
    """
    problems = validate(form)
    if problems:
        raise Invalid(problems)
    start = _date(form.start_on)
    assert start is not None
    visit_id = form.id

    def conflict() -> EditConflict:
        assert visit_id is not None
        theirs = _saved_form(db, visit_id)
        wanted = {*form.member_ids, *(theirs.member_ids if theirs else ())}
        with db.session() as session:
            members = session.scalars(select(Member).where(Member.id.in_(wanted)))
            people = {member.id: member.full_name for member in members}
        return EditConflict(Record.VISIT, theirs, form, {"member_ids": people})

    with guarded_write(db, conflict) as session, session.no_autoflush:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        start_month = council.fiscal_year_start_month if council else 4
        if form.id is None:
            visit = Visit(title=form.title.strip(), start_on=start, fiscal_year=0)
            session.add(visit)
        else:
            visit = expect(session.get(Visit, form.id), form.version or 0)
        visit.title = form.title.strip()
        visit.updated_at = utcnow()  # any edit, even of its rows only, makes a new version
        visit.direction = form.direction
        visit.region = form.region.strip()
        visit.start_on = start
        visit.end_on = _date(form.end_on)
        visit.fiscal_year = fiscal_year_of(start, start_month)
        visit.purpose = form.purpose.strip()
        visit.findings = form.findings.strip()
        visit.outcomes = form.outcomes.strip()
        role = (
            VisitOrganizationRole.DESTINATION
            if form.direction is VisitDirection.OUTGOING
            else VisitOrganizationRole.HOST
        )
        visit.organizations.clear()
        visit.participants.clear()
        visit.host_attendees.clear()
        visit.itinerary.clear()
        visit.outcome_figures.clear()
        session.flush()  # the unique (visit, organization, role) must not see old rows
        for name in dict.fromkeys(n.strip() for n in form.organizations if n.strip()):
            organization = session.scalars(
                select(Organization).where(Organization.name == name)
            ).first() or Organization(name=name)
            visit.organizations.append(VisitOrganization(organization=organization, role=role))
        members = {
            m.id: m for m in session.scalars(select(Member).where(Member.id.in_(form.member_ids)))
        }
        visit.participants.extend(
            VisitParticipant(member=members[mid]) for mid in form.member_ids if mid in members
        )
        visit.participants.extend(
            VisitParticipant(name=name.strip(), affiliation=affiliation.strip())
            for name, affiliation in form.staff
            if name.strip()
        )
        visit.host_attendees.extend(
            VisitHostAttendee(name=n.strip(), affiliation=a.strip(), title=t.strip())
            for n, a, t in form.hosts
            if n.strip()
        )
        visit.itinerary.extend(
            ItineraryItem(day=_date(d), time_text=t.strip(), place=p.strip(), content=c.strip())
            for d, t, p, c in form.itinerary
            if (t + p + c).strip()
        )
        visit.outcome_figures.extend(
            VisitOutcomeFigure(label=label.strip(), value=_figure(value), unit=unit.strip())
            for label, value, unit in form.figures
            if label.strip()
        )
        session.flush()
        _save_follow_ups(session, visit, form.follow_ups)
        session.flush()
        return replace(form, id=visit.id, version=visit.version)


def _save_follow_ups(
    session: Session, visit: Visit, rows: tuple[tuple[str, str, str], ...]
) -> None:
    """Replace the open follow-ups; finished ones stay as the record of what was done."""
    existing = session.scalars(select(ActionItem).where(ActionItem.visit_id == visit.id)).all()
    for action in existing:
        if action.status is not ActionStatus.DONE:
            session.delete(action)
    session.flush()
    for position, (text, owner, due) in enumerate(rows):
        if text.strip():
            session.add(
                ActionItem(
                    visit_id=visit.id,
                    position=position,
                    text=text.strip(),
                    owner_name=owner.strip(),
                    due_on=_date(due),
                )
            )
