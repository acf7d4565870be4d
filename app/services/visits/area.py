"""The visits area declares itself: visits are searchable and travel in a data package
with everything that hangs from them; its documents are the 視察報告書, 依頼状 and 礼状."""

from app.services.areas import (
    QT_TRANSLATE_NOOP,
    Area,
    CarriedTable,
    DocumentSpec,
    Scope,
    SearchKind,
    Subject,
)

_DOCUMENTS = "app.services.visits.documents"

AREA = Area(
    name="visits",
    search=(
        SearchKind(
            "visit",
            QT_TRANSLATE_NOOP("search", "Visits"),
            rank=40,
            source="app.services.visits.search:VISITS",
        ),
    ),
    carried=(
        CarriedTable("visit", QT_TRANSLATE_NOOP("interchange", "Visits")),
        CarriedTable(
            "visit_organization", QT_TRANSLATE_NOOP("interchange", "Visited organizations")
        ),
        CarriedTable("visit_participant", QT_TRANSLATE_NOOP("interchange", "Visit participants")),
        CarriedTable("visit_host_attendee", QT_TRANSLATE_NOOP("interchange", "Host attendees")),
        CarriedTable("itinerary_item", QT_TRANSLATE_NOOP("interchange", "Itinerary")),
        CarriedTable("visit_outcome_figure", QT_TRANSLATE_NOOP("interchange", "Outcome figures")),
    ),
    scope=Scope("visits", ("visit",), QT_TRANSLATE_NOOP("interchange", "Visits"), rank=40),
    documents=(
        DocumentSpec(
            "visit-report",
            QT_TRANSLATE_NOOP("DocumentDialog", "Visit report"),
            Subject.VISIT,
            rank=70,
            make=f"{_DOCUMENTS}:report",
        ),
        DocumentSpec(
            "request-letter",
            QT_TRANSLATE_NOOP("DocumentDialog", "Request letter (with document number)"),
            Subject.VISIT,
            rank=80,
            make="app.services.visits.letters:request_letter",
            gaps="app.services.visits.gaps:letter_gaps",
            numbered=True,
        ),
        DocumentSpec(
            "thank-you-letter",
            QT_TRANSLATE_NOOP("DocumentDialog", "Thank-you letter (with document number)"),
            Subject.VISIT,
            rank=90,
            make="app.services.visits.letters:thank_you_letter",
            gaps="app.services.visits.gaps:letter_gaps",
            numbered=True,
        ),
    ),
)
