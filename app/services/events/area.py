"""The events area declares itself: events travel in a data package with their fees,
timetable and participants (the field-laptop round trip of reception: check-ins,
payments at the door and walk-ins merge back by the rules of ``exchange.py``); its
documents are made from one event."""

from app.services.areas import (
    QT_TRANSLATE_NOOP,
    Area,
    CarriedTable,
    DocumentSpec,
    Scope,
    SearchKind,
    Subject,
)

AREA = Area(
    name="events",
    search=(
        SearchKind(
            "event",
            QT_TRANSLATE_NOOP("search", "Events"),
            rank=45,
            source="app.services.events.search:EVENTS",
        ),
        SearchKind(
            "participant",
            QT_TRANSLATE_NOOP("search", "Event participants"),
            rank=46,
            source="app.services.events.search:PARTICIPANTS",
        ),
    ),
    carried=(
        CarriedTable(
            "event",
            QT_TRANSLATE_NOOP("interchange", "Events"),
            rules="app.services.events.exchange:EVENT_RULES",
        ),
        CarriedTable("event_fee", QT_TRANSLATE_NOOP("interchange", "Event fees")),
        CarriedTable("timetable_entry", QT_TRANSLATE_NOOP("interchange", "Event timetables")),
        CarriedTable(
            "event_participant",
            QT_TRANSLATE_NOOP("interchange", "Event participants"),
            rules="app.services.events.exchange:PARTICIPANT_RULES",
        ),
    ),
    scope=Scope(
        "events", ("event",), QT_TRANSLATE_NOOP("interchange", "Events and participants"), rank=70
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
