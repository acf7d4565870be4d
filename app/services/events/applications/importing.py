"""Importing the checked applications in one transaction (all of them or nothing).

The rows join the event in the order they were made (``applied_at``; rows without a
time stamp after those with one, in file order), each through the same place and
waitlist rules as one participant added by hand. A repeated application merged into
the earlier one only fills what the earlier one left empty.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.models import Event, EventParticipant
from app.models.event_enums import ParticipationState
from app.services.events import participants
from app.services.events.applications import fields
from app.services.events.applications.rows import (
    ApplicationPreview,
    Choice,
    ImportedRow,
    ImportRefused,
    ImportResult,
    MergedRow,
    application_order,
)
from app.services.events.rows import ParticipantForm
from app.storage.database import Database

_FILLED_WHEN_EMPTY = (
    "reading",
    "organization_name",
    "organization_reading",
    "title",
    "email",
    "phone",
    "postal_code",
    "address",
    "fee_category",
)


def _complete(participant: EventParticipant, form: ParticipantForm) -> None:
    for field in _FILLED_WHEN_EMPTY:
        if not getattr(participant, field) and getattr(form, field):
            setattr(participant, field, getattr(form, field))
    if participant.member_id is None and form.member_id is not None:
        participant.member_id = form.member_id
    if form.joins_reception and not participant.joins_reception:
        participant.joins_reception = True
    if form.notes and form.notes not in participant.notes:
        participant.notes = "\n".join(filter(None, (participant.notes, form.notes)))


def import_applications(
    db: Database,
    preview: ApplicationPreview,
    choices: Mapping[int, Choice] | None = None,
    *,
    skip_invalid: bool = False,
) -> ImportResult:
    """Import the preview's valid rows, merging repeated applications unless
    ``choices`` (row → choice) says new; the mapping is remembered for the event.

    Raises :class:`ImportRefused` (writing nothing) while any row has errors, unless
    ``skip_invalid`` is given; ``NotSaved`` when the database does not take it.
    """
    if preview.errors and not skip_invalid:
        raise ImportRefused(f"{len(preview.errors)} errors in {preview.source.name}")
    choices = choices or {}
    with db.transaction() as session, session.no_autoflush:
        event: Event = participants.locked_event(session, preview.event_id)
        event.import_mapping = fields.dump_mapping(preview.mapping)
        by_line: dict[int, EventParticipant] = {}
        merging = []
        for row in sorted(preview.valid_rows, key=application_order):
            assert row.form is not None
            if row.duplicate is not None and choices.get(row.line, Choice.MERGE) is Choice.MERGE:
                merging.append(row)  # after the earlier application is in, wherever it is
            else:
                by_line[row.line] = participants.add_to_event(event, row.form)
        merged: list[MergedRow] = []
        for row in merging:
            assert row.form is not None and row.duplicate is not None
            earlier = row.duplicate
            target = (
                by_line.get(earlier.line)
                if earlier.line is not None
                else session.get(EventParticipant, earlier.participant_id)
            )
            if target is None or target.event_id not in (None, event.id):  # gone since
                by_line[row.line] = participants.add_to_event(event, row.form)
                continue
            _complete(target, row.form)
            merged.append(MergedRow(row.line, row.form.name, earlier.line, target.number))
        session.flush()
        accepted: list[ImportedRow] = []
        waitlisted: list[ImportedRow] = []
        for line, p in sorted(by_line.items()):
            done = ImportedRow(line, p.name, p.number or 0, p.waitlist_number, p.member_id)
            (waitlisted if p.state is ParticipationState.WAITLISTED else accepted).append(done)
        waitlisted.sort(key=lambda r: r.waitlist_number or 0)
        rejected = tuple(error for row in preview.rows for error in row.errors)
        return ImportResult(
            tuple(accepted),
            tuple(waitlisted),
            tuple(sorted(merged, key=lambda m: m.line)),
            rejected,
        )
