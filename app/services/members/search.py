"""Members in the search: name, reading, organization, position and notes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from app.models import Member, Organization
from app.services.search.sources import (
    Follows,
    SearchSource,
    SourceDoc,
    joined,
    person_name,
)

if TYPE_CHECKING:
    from app.services.search.sources import AnySelect


@cache
def _members() -> AnySelect:
    query = select(
        Member.id,
        Member.family_name,
        Member.given_name,
        Member.family_name_reading,
        Member.given_name_reading,
        Member.position_title,
        Member.notes,
        Organization.name,
        Member.archived_at,
        Member.council_role,
    ).outerjoin(Organization, Organization.id == Member.organization_id)
    return query


def _member_doc(row: Sequence[Any]) -> SourceDoc:
    (mid, family, given, family_reading, given_reading, position, notes, organization) = row[:8]
    name = person_name(family, given)
    return SourceDoc(
        kind="member",
        owner_id=mid,
        text=joined(
            name, person_name(family_reading, given_reading), organization, position, notes
        ),
        happened_on=None,
        fiscal_year=None,
        body_id=None,
        person_id=mid,
        status="archived" if row[8] is not None else "active",
        context=organization or "",
        person=name,
        meeting_id=None,
        visit_id=None,
    )


def _members_of_organizations(conn: Connection, organization_ids: set[int]) -> Iterable[int]:
    return conn.scalars(select(Member.id).where(Member.organization_id.in_(organization_ids)))


MEMBERS = SearchSource(
    model=Member,
    owner_column="member_id",
    query=_members,
    id_column=Member.id,
    document=_member_doc,
    follows=(Follows(Organization, ("name",), _members_of_organizations),),
)
