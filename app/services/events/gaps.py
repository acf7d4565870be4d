"""What an event's documents would leave out if made now: the document dialog lists
these before it creates anything (a document never prints an unknown as a fact)."""

from __future__ import annotations

from app.models.event import Event
from app.models.event_enums import ParticipationState
from app.services.documents.gaps import Gap
from app.services.documents.request import DocumentRequest
from app.services.events.receipts import receipted
from app.storage.database import Database


def document_gaps(db: Database, kind: str, request: DocumentRequest) -> tuple[Gap, ...]:
    """The notice without a place, a time or a way to apply; lists and badges with nobody
    on them; receipts with nobody who paid."""
    with db.session() as session:
        event = session.get_one(Event, request.require_event())
        if kind == "event-notice":
            found = [] if event.venue_name else [Gap.NO_PLACE]
            if event.start_time is None:
                found.append(Gap.NO_START_TIME)
            if not (event.contact_phone or event.contact_fax or event.contact_email):
                found.append(Gap.NO_CONTACT)
            return tuple(found)
        if kind == "receipts":
            return () if receipted(event) else (Gap.NO_PAID,)
        if kind == "participant-list":
            return () if event.participants else (Gap.NO_PARTICIPANTS,)
        attending = [p for p in event.participants if p.state is ParticipationState.ATTENDING]
        return () if attending else (Gap.NO_PARTICIPANTS,)
