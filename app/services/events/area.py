"""The events area declares itself: events travel in a data package with their fees,
timetable and participants (the field-laptop round trip of reception: check-ins,
payments at the door and walk-ins merge back by the rules of ``exchange.py``); its
documents are made from one event."""

from app.services.areas import (
    QT_TRANSLATE_NOOP,
    Area,
    CarriedTable,
    DocumentOption,
    DocumentSpec,
    Scope,
    SearchKind,
    Subject,
)

_DOCUMENTS = "app.services.events.documents"
_CONTACT = frozenset({DocumentOption.CONTACT})
_GAPS = "app.services.events.gaps:document_gaps"

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
            "event-notice",
            QT_TRANSLATE_NOOP("DocumentDialog", "Event notice with FAX application form"),
            Subject.EVENT,
            rank=200,
            make=f"{_DOCUMENTS}:notice",
            gaps=_GAPS,
        ),
        DocumentSpec(
            "reception-list",
            QT_TRANSLATE_NOOP("DocumentDialog", "Reception list (by name)"),
            Subject.EVENT,
            rank=210,
            make=f"{_DOCUMENTS}:reception_list",
            gaps=_GAPS,
            options=_CONTACT,
        ),
        DocumentSpec(
            "reception-list-by-organization",
            QT_TRANSLATE_NOOP("DocumentDialog", "Reception list (by organization)"),
            Subject.EVENT,
            rank=215,
            make=f"{_DOCUMENTS}:reception_list_by_organization",
            gaps=_GAPS,
            options=_CONTACT,
        ),
        DocumentSpec(
            "badges",
            QT_TRANSLATE_NOOP("DocumentDialog", "Name badges (label sheet)"),
            Subject.EVENT,
            rank=220,
            make=f"{_DOCUMENTS}:badges",
            gaps=_GAPS,
            options=frozenset({DocumentOption.LABEL_SHEET}),
        ),
        DocumentSpec(
            "receipts",
            QT_TRANSLATE_NOOP("DocumentDialog", "Receipts (numbered per fiscal year)"),
            Subject.EVENT,
            rank=230,
            make="app.services.events.receipts:receipts",
            gaps=_GAPS,
            writes=True,
        ),
        DocumentSpec(
            "participant-list",
            QT_TRANSLATE_NOOP("DocumentDialog", "Participant list"),
            Subject.EVENT,
            rank=240,
            make=f"{_DOCUMENTS}:participant_list",
            gaps=_GAPS,
            options=_CONTACT,
        ),
        DocumentSpec(
            "event-report",
            QT_TRANSLATE_NOOP("DocumentDialog", "Event report"),
            Subject.EVENT,
            rank=250,
            make="app.services.events.report:event_report",
        ),
    ),
)
