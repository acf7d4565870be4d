"""The preview of an application file: every row checked as a participant of the
event, linked to the roster where the applicant is a member, and the applications
of someone who already applied (in the file or among the participants) marked.

Nothing is written here; :mod:`importing` writes what the clerk confirms.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.models import Event, EventParticipant, Member
from app.models.event_enums import ApplicationSource, ParticipationState
from app.services.events import participants, places
from app.services.events.applications import fields, values
from app.services.events.applications.rows import ApplicationPreview, ApplicationRow, Duplicate
from app.services.events.rows import PERSON_TEXTS, ParticipantForm
from app.services.members.roster_file import RosterFile, read_columns_file
from app.services.problems import Problem, RowError
from app.storage.database import Database

_FORM_TEXTS = (*PERSON_TEXTS, "notes")


@dataclass(frozen=True, slots=True)
class ApplicationFile:
    """A file read, before its columns are mapped."""

    source: Path
    table: RosterFile

    @property
    def headers(self) -> tuple[str, ...]:
        return self.table.keys


def read_application_file(path: Path) -> ApplicationFile:
    """Read ``.csv`` (UTF-8, BOM, CP932) or ``.xlsx``; raises ``RosterFileError``."""
    return ApplicationFile(path, read_columns_file(path))


def remembered_mapping(db: Database, event_id: int) -> dict[str, str]:
    """The mapping the event's last import used (column → field)."""
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise LookupError(f"no event {event_id}")
        return fields.parse_mapping(event.import_mapping)


def preview_applications(
    db: Database,
    event_id: int,
    file: ApplicationFile,
    mapping: Mapping[str, str] | None = None,
) -> ApplicationPreview:
    """Check every row with ``mapping`` (column → field; None: the remembered one, with
    the usual headers for the columns it does not name). Nothing is written."""
    headers = file.headers
    if mapping is None:
        mapping = fields.guess_mapping(headers, remembered_mapping(db, event_id))
    mapping = {header: mapping.get(header, "") for header in headers}
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise LookupError(f"no event {event_id}")
        checker = _Checker(session, event)
        rows = tuple(
            checker.row(raw.line, raw.values, _mapped(raw.values, mapping))
            for raw in file.table.rows
        )
        waiting = sum(1 for p in event.participants if p.state is ParticipationState.WAITLISTED)
        free = (
            None
            if event.capacity is None
            else max(0, event.capacity - places.seats_taken(event) - waiting)
        )
    return ApplicationPreview(
        event_id, file.source, file.table.encoding, headers, mapping, rows, free, waiting
    )


def _mapped(cells: Mapping[str, str], mapping: Mapping[str, str]) -> dict[str, str]:
    mapped: dict[str, str] = {}
    for header, text in cells.items():
        field = mapping.get(header, "")
        if field:  # a name or an e-mail address is one line
            mapped[field] = text if field in fields.MULTILINE_FIELDS else " ".join(text.split())
    return mapped


class _Checker:
    """Checks rows in file order, remembering who applied (participants, earlier rows)."""

    def __init__(self, session: Session, event: Event) -> None:
        self.session, self.event = session, event
        self.categories = [fee.category for fee in event.fees]
        self.by_email: dict[str, Duplicate] = {}
        self.by_person: dict[str, Duplicate] = {}
        for p in event.participants:
            if p.state is not ParticipationState.CANCELLED:
                self._remember(p.email, p.name, p.organization_name, _of_participant(p))
        self.members_by_email: dict[str, Member] = {}
        self.members_by_person: dict[str, Member] = {}
        query = select(Member).options(joinedload(Member.organization))
        for member in session.scalars(query.where(Member.archived_at.is_(None))):
            organization = member.organization.name if member.organization else ""
            if member.email:
                self.members_by_email.setdefault(values.email_key(member.email), member)
            if organization:
                key = values.person_key(member.family_name + member.given_name, organization)
                self.members_by_person.setdefault(key, member)

    # The same e-mail address, or the same name at the same organisation: a name alone
    # (田中 一郎, no organisation given) is too common to say it is the same person.

    def _remember(self, email: str, name: str, organization: str, earlier: Duplicate) -> None:
        if email.strip():
            self.by_email.setdefault(values.email_key(email), earlier)
        if organization.strip():
            self.by_person.setdefault(values.person_key(name, organization), earlier)

    def _earlier(self, form: ParticipantForm) -> Duplicate | None:
        if form.email.strip() and (found := self.by_email.get(values.email_key(form.email))):
            return found
        if not form.organization_name:
            return None
        return self.by_person.get(values.person_key(form.name, form.organization_name))

    def _member(self, form: ParticipantForm) -> Member | None:
        if form.email.strip() and (
            found := self.members_by_email.get(values.email_key(form.email))
        ):
            return found
        if not form.organization_name:
            return None
        return self.members_by_person.get(values.person_key(form.name, form.organization_name))

    def row(self, line: int, cells: dict[str, str], mapped: dict[str, str]) -> ApplicationRow:
        errors: list[RowError] = []

        def fail(field: str, problem: Problem) -> None:
            errors.append(RowError(line, field, problem, mapped.get(field, "")))

        applied_at = None
        stamp = mapped.get("applied_at", "")
        if stamp and (applied_at := values.time_stamp(stamp)) is None:
            fail("applied_at", Problem.BAD_DATETIME)
        joins = values.yes_no(mapped.get("joins_reception", ""))
        if joins is None:
            fail("joins_reception", Problem.NOT_YES_NO)
        category = mapped.get("fee_category", "").strip()
        if category and self.categories:
            category = values.fee_category(category, self.categories) or category
        text = {field: mapped.get(field, "").strip() for field in _FORM_TEXTS}
        form = ParticipantForm(
            name=text["name"],
            reading=text["reading"],
            organization_name=text["organization_name"],
            organization_reading=text["organization_reading"],
            title=text["title"],
            email=text["email"],
            phone=text["phone"],
            postal_code=text["postal_code"],
            address=text["address"],
            notes=text["notes"],
            fee_category=category,
            source=ApplicationSource.WEB_FORM,
            joins_reception=bool(joins),
            applied_at=applied_at,
        )
        for field, problem in participants.form_problems(self.session, self.event, form).items():
            fail(field, problem)
        if errors:
            return ApplicationRow(line, cells, mapped, None, tuple(errors))
        member = self._member(form)
        if member is not None:
            form = replace(form, member_id=member.id)
        duplicate = self._earlier(form)
        if duplicate is None:
            self._remember(
                form.email, form.name, form.organization_name, Duplicate(form.name, line)
            )
        return ApplicationRow(
            line, cells, mapped, form, (), member.full_name if member else "", duplicate
        )


def _of_participant(p: EventParticipant) -> Duplicate:
    return Duplicate(p.name, participant_id=p.id, participant_number=p.number)
