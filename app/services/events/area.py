"""The events area declares itself. Its tables stay in their database for now: events
join the data package, search, the calendar and the documents in the later steps of
issue 18 (the field-laptop round trip of check-ins and walk-ins needs its own merge
rules), and until then a package neither carries nor expects them."""

from app.services.areas import QT_TRANSLATE_NOOP, Area, DocumentSpec, LocalTable, Subject

_NOT_YET = "not in the data package yet: issue 18 adds events with the check-in round trip"

AREA = Area(
    name="events",
    local=(
        LocalTable("event", _NOT_YET),
        LocalTable("event_fee", _NOT_YET),
        LocalTable("timetable_entry", _NOT_YET),
        LocalTable("event_participant", _NOT_YET),
    ),
    documents=(
        DocumentSpec(
            "event-report",
            QT_TRANSLATE_NOOP("DocumentDialog", "Event report"),
            Subject.EVENT,
            rank=98,
            make="app.services.events.report:event_report",
        ),
    ),
)
