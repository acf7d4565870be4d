"""Letters in the search: subject, summary, numbers and counterparty."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from app.models import Correspondence, Organization
from app.services.search.sources import (
    Follows,
    SearchSource,
    SourceDoc,
    joined,
)

if TYPE_CHECKING:
    from app.services.search.sources import AnySelect


@cache
def _letters() -> AnySelect:
    query = select(
        Correspondence.id,
        Correspondence.subject,
        Correspondence.summary,
        Correspondence.document_number,
        Correspondence.their_number,
        Correspondence.counterparty_name,
        Organization.name,
        Correspondence.dated_on,
        Correspondence.fiscal_year,
        Correspondence.status,
        Correspondence.direction,
    ).outerjoin(Organization, Organization.id == Correspondence.counterparty_organization_id)
    return query


def _letter_doc(row: Sequence[Any]) -> SourceDoc:
    (lid, subject, summary, number, their_number, counterparty, organization) = row[:7]
    (dated_on, fiscal_year, status, _direction) = row[7:]
    party = counterparty or organization or ""
    return SourceDoc(
        kind="letter",
        owner_id=lid,
        text=joined(subject, summary, number, their_number, party),
        happened_on=dated_on,
        fiscal_year=fiscal_year,
        body_id=None,
        person_id=None,
        status=str(status),
        context=number or their_number or "",
        person=party,
        meeting_id=None,
        visit_id=None,
    )


def _letters_of_organizations(conn: Connection, organization_ids: set[int]) -> Iterable[int]:
    return conn.scalars(
        select(Correspondence.id).where(
            Correspondence.counterparty_organization_id.in_(organization_ids)
        )
    )


LETTERS = SearchSource(
    model=Correspondence,
    owner_column="correspondence_id",
    query=_letters,
    id_column=Correspondence.id,
    document=_letter_doc,
    follows=(Follows(Organization, ("name",), _letters_of_organizations),),
)
