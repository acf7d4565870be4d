"""Creating and editing an event (行事) with its fees and timetable, in one transaction.

A save names the version it was shown; a save over someone else's raises
:class:`EditConflict` and writes nothing. Raising the capacity moves people up from the
waitlist at once (:func:`app.services.events.places.fill_places`).
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date, time

from sqlalchemy import select

from app.japanese.wareki import fiscal_year_of
from app.models import (
    Activity,
    Body,
    Council,
    Event,
    EventFee,
    Meeting,
    Pillar,
    TimetableEntry,
    Visit,
)
from app.models.base import utcnow
from app.services import lengths
from app.services.dates import date_problem, parse_date
from app.services.events import checks
from app.services.events.places import fill_places
from app.services.events.rows import EventForm, FeeInput, TimetableInput
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.services.versions import expect, guarded_write
from app.storage.database import Database

_EVENT_TEXTS = (
    "title",
    "organiser",
    "venue_name",
    "venue_address",
    "venue_room",
    "contact_person",
    "contact_phone",
    "contact_fax",
    "contact_email",
)


def validate(form: EventForm) -> dict[str, Problem]:
    """Problems by field, in the order of the form (empty when the event can be saved)."""
    problems: dict[str, Problem] = {}
    if not form.title.strip():
        problems["title"] = Problem.MISSING
    if not form.held_on.strip():
        problems["held_on"] = Problem.MISSING
    elif held := date_problem(form.held_on):
        problems["held_on"] = held
    for field in ("open_time", "start_time", "end_time"):
        if wrong := checks.optional_time_problem(getattr(form, field)):
            problems[field] = wrong
    if not {"start_time", "end_time"} & problems.keys():
        start, end = checks.optional_time(form.start_time), checks.optional_time(form.end_time)
        if start and end and end < start:
            problems["end_time"] = Problem.ENDS_BEFORE_START
    if form.capacity.strip() and (wrong := checks.number_problem(form.capacity, least=1)):
        problems["capacity"] = wrong
    if wrong := checks.optional_date_problem(form.application_deadline):
        problems["application_deadline"] = wrong
    if wrong := checks.phone_problem(form.contact_phone):
        problems["contact_phone"] = wrong
    if wrong := checks.phone_problem(form.contact_fax):
        problems["contact_fax"] = wrong
    if wrong := checks.email_problem(form.contact_email):
        problems["contact_email"] = wrong
    if wrong := _fees_problem(form.fees):
        problems["fees"] = wrong
    if wrong := _timetable_problem(form.timetable):
        problems["timetable"] = wrong
    texts = {field: getattr(form, field).strip() for field in _EVENT_TEXTS}
    for field, problem in lengths.too_long(Event, texts).items():
        problems.setdefault(field, problem)
    return problems


def _fees_problem(fees: tuple[FeeInput, ...]) -> Problem | None:
    """The first problem among the fee rows (a row with neither category nor amount is
    left out)."""
    seen: set[str] = set()
    for fee in fees:
        category = fee.category.strip()
        if not category and not fee.amount.strip():
            continue
        if not category:
            return Problem.MISSING
        if lengths.too_long(EventFee, {"category": category}):
            return Problem.TOO_LONG
        if category in seen:
            return Problem.DUPLICATE_CATEGORY
        seen.add(category)
        if wrong := checks.number_problem(fee.amount or "0", least=0):
            return wrong
    return None


def _timetable_problem(rows: tuple[TimetableInput, ...]) -> Problem | None:
    for row in rows:
        if lengths.too_long(TimetableEntry, asdict(row)):
            return Problem.TOO_LONG
    return None


def load_form(db: Database, event_id: int) -> EventForm:
    """The event as saved now, with the version its next save will check."""
    saved = _saved_form(db, event_id)
    if saved is None:
        raise LookupError(f"no event {event_id}")
    return saved


def _text(value: object) -> str:
    """A saved value as the form shows it: 13:30 (not 13:30:00), 2025-10-24, 40."""
    if value is None:
        return ""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _saved_form(db: Database, event_id: int) -> EventForm | None:
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            return None
        return EventForm(
            title=event.title,
            kind=event.kind,
            held_on=event.held_on.isoformat(),
            theme=event.theme,
            organiser=event.organiser,
            body_id=event.body_id,
            open_time=_text(event.open_time),
            start_time=_text(event.start_time),
            end_time=_text(event.end_time),
            venue_name=event.venue_name,
            venue_address=event.venue_address,
            venue_room=event.venue_room,
            venue_access=event.venue_access,
            capacity=_text(event.capacity),
            application_deadline=_text(event.application_deadline),
            contact_person=event.contact_person,
            contact_phone=event.contact_phone,
            contact_fax=event.contact_fax,
            contact_email=event.contact_email,
            status=event.status,
            meeting_id=event.meeting_id,
            visit_id=event.visit_id,
            activity_id=event.activity_id,
            pillar_id=event.pillar_id,
            notes=event.notes,
            fees=tuple(FeeInput(f.category, str(f.amount), f.timing) for f in event.fees),
            timetable=tuple(
                TimetableInput(t.time_text, t.title, t.speaker, t.speaker_affiliation)
                for t in event.timetable
            ),
            id=event.id,
            version=event.version,
        )


_LINKS = {  # the fields that hold ids, and what names the record each points to
    "body_id": (Body.id, Body.name),
    "meeting_id": (Meeting.id, Meeting.title),
    "visit_id": (Visit.id, Visit.title),
    "activity_id": (Activity.id, Activity.title),
    "pillar_id": (Pillar.id, Pillar.name),
}


def _conflict(db: Database, event_id: int, mine: EventForm) -> EditConflict:
    """The event as saved now beside ``mine``, with the names of what each links to."""
    theirs = _saved_form(db, event_id)
    forms = [f for f in (theirs, mine) if f is not None]
    references: dict[str, dict[int, str]] = {}
    with db.session() as session:
        for field, (key, name) in _LINKS.items():
            ids = {i for f in forms if (i := getattr(f, field)) is not None}
            if ids:
                found = session.execute(select(key, name).where(key.in_(ids)))
                references[field] = {row_id: text for row_id, text in found}
    return EditConflict(Record.EVENT, theirs, mine, references)


def save(db: Database, form: EventForm) -> EventForm:
    """Validate and save the event with its fees and timetable; returns the saved form.

    Raises :class:`Invalid` with every problem, or :class:`EditConflict` when the event
    changed since ``form.version``. Nothing is written in either case.
    """
    if problems := validate(form):
        raise Invalid(problems)
    held_on = parse_date(form.held_on)
    event_id = form.id

    def conflict() -> EditConflict:
        assert event_id is not None
        return _conflict(db, event_id, form)

    with guarded_write(db, conflict) as session, session.no_autoflush:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        start_month = council.fiscal_year_start_month if council else 4
        if form.id is None:
            event = Event(title=form.title.strip(), held_on=held_on, fiscal_year=0)
            session.add(event)
        else:
            event = expect(session.get(Event, form.id), form.version or 0)
        event.updated_at = utcnow()  # any edit, even of its fees only, makes a new version
        event.kind = form.kind
        for field in _EVENT_TEXTS:
            setattr(event, field, getattr(form, field).strip())
        event.theme = form.theme.strip()
        event.venue_access = form.venue_access.strip()
        event.notes = form.notes.strip()
        event.held_on = held_on
        event.fiscal_year = fiscal_year_of(held_on, start_month)
        event.open_time = checks.optional_time(form.open_time)
        event.start_time = checks.optional_time(form.start_time)
        event.end_time = checks.optional_time(form.end_time)
        event.capacity = checks.whole_number(form.capacity) if form.capacity.strip() else None
        event.application_deadline = checks.optional_date(form.application_deadline)
        event.status = form.status
        event.body_id = form.body_id
        event.meeting_id = form.meeting_id
        event.visit_id = form.visit_id
        event.activity_id = form.activity_id
        event.pillar_id = form.pillar_id
        event.fees.clear()
        event.timetable.clear()
        session.flush()  # the unique (event, category) must not see the old fees
        event.fees.extend(
            EventFee(
                category=fee.category.strip(),
                amount=checks.whole_number(fee.amount or "0"),
                timing=fee.timing,
            )
            for fee in form.fees
            if fee.category.strip()
        )
        event.timetable.extend(
            TimetableEntry(
                time_text=row.time_text.strip(),
                title=row.title.strip(),
                speaker=row.speaker.strip(),
                speaker_affiliation=row.speaker_affiliation.strip(),
            )
            for row in form.timetable
            if (row.time_text + row.title + row.speaker).strip()
        )
        session.flush()
        fill_places(event)
        session.flush()
        return replace(form, id=event.id, version=event.version)
