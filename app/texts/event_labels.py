"""Display labels of the events area's coded values, and the captions of its fields
(``app.texts.labels.label`` finds these labels as it finds the others)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.events.codes import (
    ApplicationSource,
    EventKind,
    EventStatus,
    FeeTiming,
    ParticipantRole,
    ParticipationState,
    PaymentState,
)
from app.texts.i18n import translate

EVENT_LABELS: dict[tuple[type, str], object] = {
    (EventKind, EventKind.SEMINAR): QT_TRANSLATE_NOOP("labels", "Seminar"),
    (EventKind, EventKind.STUDY_GROUP): QT_TRANSLATE_NOOP("labels", "Study group"),
    (EventKind, EventKind.NETWORKING): QT_TRANSLATE_NOOP("labels", "Networking meeting"),
    (EventKind, EventKind.BUSINESS_MATCHING): QT_TRANSLATE_NOOP("labels", "Business matching"),
    (EventKind, EventKind.SITE_TOUR): QT_TRANSLATE_NOOP("labels", "Site tour"),
    (EventKind, EventKind.TRAINING): QT_TRANSLATE_NOOP("labels", "Training"),
    (EventKind, EventKind.BRIEFING): QT_TRANSLATE_NOOP("labels", "Briefing"),
    (EventStatus, EventStatus.PLANNING): QT_TRANSLATE_NOOP("labels", "Being planned"),
    (EventStatus, EventStatus.RECRUITING): QT_TRANSLATE_NOOP("labels", "Taking applications"),
    (EventStatus, EventStatus.CLOSED): QT_TRANSLATE_NOOP("labels", "Applications closed"),
    (EventStatus, EventStatus.HELD): QT_TRANSLATE_NOOP("labels", "Held"),
    (EventStatus, EventStatus.REPORTED): QT_TRANSLATE_NOOP("labels", "Reported"),
    (FeeTiming, FeeTiming.ON_THE_DAY): QT_TRANSLATE_NOOP("labels", "Paid on the day"),
    (FeeTiming, FeeTiming.IN_ADVANCE): QT_TRANSLATE_NOOP("labels", "Paid in advance"),
    (PaymentState, PaymentState.UNPAID): QT_TRANSLATE_NOOP("labels", "Fee not yet paid"),
    (PaymentState, PaymentState.RECEIVED): QT_TRANSLATE_NOOP("labels", "Fee received"),
    (PaymentState, PaymentState.WAIVED): QT_TRANSLATE_NOOP("labels", "Fee waived"),
    (ApplicationSource, ApplicationSource.FAX): QT_TRANSLATE_NOOP("labels", "Fax"),
    (ApplicationSource, ApplicationSource.EMAIL): QT_TRANSLATE_NOOP("labels", "E-mail"),
    (ApplicationSource, ApplicationSource.WEB_FORM): QT_TRANSLATE_NOOP("labels", "Web form"),
    (ApplicationSource, ApplicationSource.PHONE): QT_TRANSLATE_NOOP("labels", "Phone call"),
    (ApplicationSource, ApplicationSource.WALK_IN): QT_TRANSLATE_NOOP("labels", "On the day"),
    (ParticipantRole, ParticipantRole.PARTICIPANT): QT_TRANSLATE_NOOP("labels", "Participant"),
    (ParticipantRole, ParticipantRole.SPEAKER): QT_TRANSLATE_NOOP("labels", "Speaker"),
    (ParticipantRole, ParticipantRole.GUEST): QT_TRANSLATE_NOOP("labels", "Guest"),
    (ParticipantRole, ParticipantRole.STAFF): QT_TRANSLATE_NOOP("labels", "Staff"),
    (ParticipantRole, ParticipantRole.BUYER): QT_TRANSLATE_NOOP("labels", "Buyer side"),
    (ParticipantRole, ParticipantRole.SUPPLIER): QT_TRANSLATE_NOOP("labels", "Supplier side"),
    (ParticipationState, ParticipationState.ATTENDING): QT_TRANSLATE_NOOP("labels", "Attending"),
    (ParticipationState, ParticipationState.WAITLISTED): QT_TRANSLATE_NOOP(
        "labels", "On the waitlist"
    ),
    (ParticipationState, ParticipationState.CANCELLED): QT_TRANSLATE_NOOP("labels", "Cancelled"),
}

# The captions of an event's fields, for a problem said without its form (the CLI).
_FIELDS: dict[str, object] = {
    "title": QT_TRANSLATE_NOOP("events", "Title"),
    "held_on": QT_TRANSLATE_NOOP("events", "Date"),
    "open_time": QT_TRANSLATE_NOOP("events", "Doors open"),
    "start_time": QT_TRANSLATE_NOOP("events", "Start"),
    "end_time": QT_TRANSLATE_NOOP("events", "End"),
    "capacity": QT_TRANSLATE_NOOP("events", "Capacity"),
    "application_deadline": QT_TRANSLATE_NOOP("events", "Application deadline"),
    "organiser": QT_TRANSLATE_NOOP("events", "Organiser"),
    "venue_name": QT_TRANSLATE_NOOP("events", "Venue"),
    "venue_address": QT_TRANSLATE_NOOP("events", "Venue address"),
    "venue_room": QT_TRANSLATE_NOOP("events", "Room"),
    "contact_person": QT_TRANSLATE_NOOP("events", "Applications to"),
    "contact_phone": QT_TRANSLATE_NOOP("events", "Phone for applications"),
    "contact_fax": QT_TRANSLATE_NOOP("events", "Fax for applications"),
    "contact_email": QT_TRANSLATE_NOOP("events", "E-mail for applications"),
    "fees": QT_TRANSLATE_NOOP("events", "Fees"),
    "timetable": QT_TRANSLATE_NOOP("events", "Timetable"),
}


def field_caption(field: str) -> str:
    """What a field of an event is called (its name if it has no caption)."""
    source = _FIELDS.get(field)
    return translate("events", str(source)) if source else field


def event_label(value: StrEnum) -> str:
    """The label of an events code in the UI language, with or without a QApplication
    (the command line has none: ``labels.label`` needs the installed translator)."""
    source = EVENT_LABELS.get((type(value), value))
    return translate("labels", str(source)) if source is not None else str(value)
