"""The events area declares itself. Its tables stay in their database for now: events
join the data package, search, the calendar and the documents in the later steps of
issue 18 (the field-laptop round trip of check-ins and walk-ins needs its own merge
rules), and until then a package neither carries nor expects them."""

from app.services.areas import (
    QT_TRANSLATE_NOOP,
    Area,
    DocumentOption,
    DocumentSpec,
    LocalTable,
    Subject,
)

_DOCUMENTS = "app.services.events.documents"
_CONTACT = frozenset({DocumentOption.CONTACT})
_GAPS = "app.services.events.gaps:document_gaps"
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
            "event-notice",
            QT_TRANSLATE_NOOP("DocumentDialog", "Event notice with FAX application form"),
            Subject.EVENT,
            rank=200,
            make=f"{_DOCUMENTS}:notice",
            gaps=_GAPS,
        ),
        DocumentSpec(
            "reception-list",
            QT_TRANSLATE_NOOP("DocumentDialog", "Reception list"),
            Subject.EVENT,
            rank=210,
            make=f"{_DOCUMENTS}:reception_list",
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
    ),
)
