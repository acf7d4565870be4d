"""The sample council itself and its people: the council, its pillars (施策の柱) and
bodies (委員会・部会), the organizations and the members (委員名簿).

These come first: every meeting, visit and letter of the sample refers to them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.demo import data
from app.demo.records import DemoRecords, at
from app.demo.staging import FISCAL_YEAR_START_MONTH
from app.models import Body, Council, Member, Organization, Pillar

_ARCHIVED_AT = dt.time(9, 0)


def add_council(records: DemoRecords) -> Council:
    """The council with its secretariat and document number format."""
    spec = records.sample.council
    council = Council(
        name=spec.name,
        short_name=spec.short_name,
        secretariat_name=spec.secretariat_name,
        secretariat_phone=spec.secretariat_phone,
        secretariat_email=spec.secretariat_email,
        secretariat_person=spec.secretariat_person,
        seal_omitted=True,
        secretariat_address=spec.secretariat_address,
        founded_on=spec.founded_on,
        purposes=spec.purposes,
        fiscal_year_start_month=FISCAL_YEAR_START_MONTH,
        document_number_format=data.DOCUMENT_NUMBER_FORMAT,
    )
    records.session.add(council)
    return council


def add_pillars(records: DemoRecords) -> None:
    """The pillars, reusing those already set up under the same code."""
    # Pillars and bodies may exist without other records (set up beforehand): reuse them.
    existing = {pillar.code: pillar for pillar in records.session.scalars(select(Pillar))}
    for position, (code, name) in enumerate(data.PILLARS):
        records.pillars[code] = existing.get(code) or Pillar(
            code=code, name=name, position=position
        )
    records.session.add_all(records.pillars.values())


def add_bodies(records: DemoRecords) -> None:
    """The committee and its subcommittee, reusing those already set up under the same name."""
    existing = {body.name: body for body in records.session.scalars(select(Body))}
    for position, spec in enumerate(data.BODIES):
        records.bodies[spec.key] = existing.get(spec.name) or Body(
            name=spec.name, kind=spec.kind, position=position, description=spec.description
        )
    records.session.add_all(records.bodies.values())


def add_organizations(records: DemoRecords) -> None:
    """The companies, bodies and offices the council deals with."""
    for spec in data.ORGANIZATIONS:
        records.organizations[spec.key] = Organization(
            name=spec.name,
            reading=spec.reading,
            kind=spec.kind,
            region=spec.region,
            postal_code=spec.postal_code,
            address=spec.address,
            phone=spec.phone,
            notes=records.sample.timeline.text(spec.notes),  # 「令和8年2月6日に…」
        )
    records.session.add_all(records.organizations.values())


def add_members(records: DemoRecords) -> None:
    """The roster: current members, and those who left (archived)."""
    for spec in records.sample.members:
        records.members[spec.key] = Member(
            family_name=spec.family_name,
            given_name=spec.given_name,
            family_name_reading=spec.family_name_reading,
            given_name_reading=spec.given_name_reading,
            organization=records.organizations[spec.organization],
            position_title=spec.position_title,
            council_role=spec.role,
            term_start=spec.term_start,
            term_end=spec.term_end,
            email=spec.email,
            phone=spec.phone,
            joined_on=spec.joined_on,
            left_on=spec.left_on,
            archived_at=None if spec.archived_on is None else at(spec.archived_on, _ARCHIVED_AT),
            notes=spec.notes,
        )
    records.session.add_all(records.members.values())
