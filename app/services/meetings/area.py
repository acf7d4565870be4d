"""The meetings area declares itself: agenda items and action items are searchable;
meetings travel in a data package with everything that belongs to them; and the
meeting's documents (議事録, 会議次第, 出席者名簿, 出欠表, 開催通知)."""

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

_DOCUMENTS = "app.services.meetings.documents"
_GAPS = "app.services.meetings.gaps:meeting_gaps"

AREA = Area(
    name="meetings",
    search=(
        SearchKind(
            "agenda",
            QT_TRANSLATE_NOOP("search", "Agenda items and resolutions"),
            rank=20,
            source="app.services.meetings.search:AGENDA",
        ),
        SearchKind(
            "action",
            QT_TRANSLATE_NOOP("search", "Action items"),
            rank=30,
            source="app.services.meetings.search:ACTIONS",
        ),
    ),
    carried=(
        CarriedTable("meeting", QT_TRANSLATE_NOOP("interchange", "Meetings")),
        CarriedTable("agenda_item", QT_TRANSLATE_NOOP("interchange", "Agenda items")),
        CarriedTable("attendance", QT_TRANSLATE_NOOP("interchange", "Attendance")),
        CarriedTable("meeting_guest", QT_TRANSLATE_NOOP("interchange", "Guests")),
        CarriedTable("meeting_material", QT_TRANSLATE_NOOP("interchange", "Handouts")),
        CarriedTable("minute_signer", QT_TRANSLATE_NOOP("interchange", "Minute signers")),
        CarriedTable("action_item", QT_TRANSLATE_NOOP("interchange", "Action items")),
    ),
    scope=Scope("meetings", ("meeting",), QT_TRANSLATE_NOOP("interchange", "Meetings"), rank=30),
    documents=(
        DocumentSpec(
            "minutes",
            QT_TRANSLATE_NOOP("DocumentDialog", "Minutes"),
            Subject.MEETING,
            rank=10,
            make="app.services.meetings.minutes:minutes",
            gaps=_GAPS,
            options=frozenset({DocumentOption.MINUTES_LAYOUT}),
        ),
        DocumentSpec(
            "agenda",
            QT_TRANSLATE_NOOP("DocumentDialog", "Agenda handout (with carried-over items)"),
            Subject.MEETING,
            rank=20,
            make=f"{_DOCUMENTS}:agenda",
            gaps=_GAPS,
        ),
        DocumentSpec(
            "attendance-sheet",
            QT_TRANSLATE_NOOP("DocumentDialog", "Attendance sheet for reception (sign column)"),
            Subject.MEETING,
            rank=30,
            make=f"{_DOCUMENTS}:attendance_sheet",
            gaps=_GAPS,
        ),
        DocumentSpec(
            "attendance",
            QT_TRANSLATE_NOOP("DocumentDialog", "Attendance as recorded"),
            Subject.MEETING,
            rank=40,
            make=f"{_DOCUMENTS}:attendance",
            gaps=_GAPS,
        ),
        DocumentSpec(
            "notice",
            QT_TRANSLATE_NOOP("DocumentDialog", "Meeting notice (letter with document number)"),
            Subject.MEETING,
            rank=50,
            make="app.services.meetings.notice:notice",
            letter_date="app.services.meetings.notice:letter_date",
            gaps=_GAPS,
            numbered=True,
        ),
    ),
)
