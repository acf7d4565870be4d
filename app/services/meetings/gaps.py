"""What a meeting's documents would leave out (or state wrongly) if made now."""

from __future__ import annotations

from app.models import Meeting
from app.services.correspondence.issuing import issued
from app.services.documents.gaps import Gap
from app.services.documents.request import DocumentRequest
from app.services.meetings.notice import default_date
from app.storage.database import Database

_LISTS_ATTENDANCE = frozenset({"minutes", "attendance"})
_LISTS_AGENDA = frozenset({"agenda", "notice"})


def meeting_gaps(db: Database, kind: str, request: DocumentRequest) -> tuple[Gap, ...]:
    """Place and start time unknown, attendance not taken, no agenda, a notice dated on or
    after the meeting (the date it was issued with, if it was)."""
    meeting_id = request.require_meeting()
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        found = []
        if not meeting.place.strip():
            found.append(Gap.NO_PLACE)
        if meeting.start_time is None:
            found.append(Gap.NO_START_TIME)
        if kind in _LISTS_ATTENDANCE and not meeting.attendances:
            found.append(Gap.NO_ATTENDANCE)
        if kind in _LISTS_AGENDA and not meeting.agenda_items:
            found.append(Gap.NO_AGENDA)
        held_on = meeting.held_on
    if kind == "notice":
        before = None if request.reissue else issued(db, "notice", meeting_id=meeting_id)
        dated_on = before.dated_on if before else request.dated_on or default_date(db, meeting_id)
        if dated_on >= held_on:
            found.append(Gap.DATED_ON_OR_AFTER_EVENT)
    return tuple(found)
