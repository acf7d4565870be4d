"""The sample's visits (視察・来訪): the organizations, participants, hosts, itinerary and
outcome figures, then the participants' impressions (remarks on the visit) and the
follow-up actions.
"""

from __future__ import annotations

import datetime as dt

from app.demo import data
from app.demo.records import DemoRecords, at
from app.demo.staging import fiscal_year_of
from app.models import (
    ItineraryItem,
    Visit,
    VisitHostAttendee,
    VisitOrganization,
    VisitOutcomeFigure,
    VisitParticipant,
)

_IMPRESSION_INTERVAL = dt.timedelta(minutes=4)


def add_visit(records: DemoRecords, spec: data.VisitSpec) -> None:
    """One visit with everything recorded about it."""
    visit = Visit(
        direction=spec.direction,
        title=spec.title,
        region=spec.region,
        fiscal_year=fiscal_year_of(spec.start_on),
        start_on=spec.start_on,
        end_on=spec.end_on,
        purpose=spec.purpose,
        findings=spec.findings,
        outcomes=spec.outcomes,
        notes=spec.notes,
    )
    visit.organizations = [
        VisitOrganization(organization=records.organizations[key], role=role)
        for key, role in spec.organizations
    ]
    visit.participants = [
        VisitParticipant(member=records.members[key]) for key in spec.participants
    ] + [
        VisitParticipant(name=name, affiliation=affiliation)
        for name, affiliation in spec.staff_participants
    ]
    visit.host_attendees = [
        VisitHostAttendee(name=host.name, affiliation=host.affiliation, title=host.title)
        for host in spec.host_attendees
    ]
    visit.itinerary = [
        ItineraryItem(
            day=spec.start_on + dt.timedelta(days=row.day - 1),
            time_text=row.time_text,
            place=row.place,
            content=row.content,
        )
        for row in spec.itinerary
    ]
    visit.outcome_figures = [
        VisitOutcomeFigure(label=label, value=value, unit=unit)
        for label, value, unit in spec.figures
    ]
    records.session.add(visit)
    records.visits[spec.key] = visit
    records.session.flush()  # remarks and action items refer to the visit by id
    _add_visit_notes(records, spec, visit)


def _add_visit_notes(records: DemoRecords, spec: data.VisitSpec, visit: Visit) -> None:
    """Participants' impressions (remarks on the visit) and the follow-up actions."""
    first = at(spec.end_on, spec.impressions_from)
    impressions = []
    for position, remark_spec in enumerate(spec.impressions):
        if remark_spec.speaker not in spec.participants:
            raise ValueError(f"demo data: {remark_spec.speaker} was not on visit {spec.key}")
        remark = records.remark(remark_spec, position, first + _IMPRESSION_INTERVAL * position)
        remark.visit_id = visit.id
        impressions.append(remark)
    records.session.add_all(impressions)
    records.session.flush()
    for position, action_spec in enumerate(spec.actions):
        action = records.action(action_spec, position, impressions)
        action.visit_id = visit.id
        records.session.add(action)
