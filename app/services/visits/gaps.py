"""What a visit's letters would leave out (or state wrongly) if made now."""

from __future__ import annotations

from app.models import Visit
from app.services.correspondence.issuing import issued
from app.services.documents.gaps import Gap
from app.services.documents.request import DocumentRequest
from app.storage.database import Database


def letter_gaps(db: Database, kind: str, request: DocumentRequest) -> tuple[Gap, ...]:
    """No organization to address; a 依頼状 with no visitors, or dated on or after the
    visit (the date it was issued with, if it was)."""
    visit_id = request.require_visit()
    with db.session() as session:
        visit = session.get_one(Visit, visit_id)
        found = [] if visit.organizations else [Gap.NO_ADDRESSEE]
        if kind == "request-letter":
            if not visit.participants:
                found.append(Gap.NO_VISITORS)
            before = None if request.reissue else issued(db, kind, visit_id=visit_id)
            dated_on = before.dated_on if before else request.dated_on or request.today
            if dated_on >= visit.start_on:
                found.append(Gap.DATED_ON_OR_AFTER_EVENT)
    return tuple(found)
