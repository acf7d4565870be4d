"""Visits in the search: title, region, purpose, findings, outcomes and notes."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.models import Visit
from app.services.search.sources import (
    SearchSource,
    SourceDoc,
    joined,
)

if TYPE_CHECKING:
    from app.services.search.sources import AnySelect


@cache
def _visits() -> AnySelect:
    query = select(
        Visit.id,
        Visit.title,
        Visit.region,
        Visit.purpose,
        Visit.findings,
        Visit.outcomes,
        Visit.notes,
        Visit.start_on,
        Visit.fiscal_year,
        Visit.direction,
    )
    return query


def _visit_doc(row: Sequence[Any]) -> SourceDoc:
    (vid, title, region, purpose, findings, outcomes, notes, start_on, fiscal_year) = row[:9]
    return SourceDoc(
        kind="visit",
        owner_id=vid,
        text=joined(title, region, purpose, findings, outcomes, notes),
        happened_on=start_on,
        fiscal_year=fiscal_year,
        body_id=None,
        person_id=None,
        status=str(row[9]),
        context=title,
        person=region or "",
        meeting_id=None,
        visit_id=vid,
    )


VISITS = SearchSource(
    model=Visit,
    owner_column="visit_id",
    query=_visits,
    id_column=Visit.id,
    document=_visit_doc,
)
