"""The two versions of a record in an edit conflict, field by field, in the UI language.

A conflict carries two frozen dataclasses of the same kind (``theirs``: as saved now;
``mine``: what the user tried to save). Only the fields named here are shown, in the
order the dataclass declares them: ids, versions and bookkeeping never are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.japanese.timezone import japan_time
from app.services.problems import EditConflict, Record
from app.texts.i18n import translate
from app.texts.labels import label

_CONTEXT = "conflicts"

_RECORDS: dict[Record, object] = {
    Record.MEMBER: QT_TRANSLATE_NOOP("conflicts", "member"),
    Record.ORGANIZATION: QT_TRANSLATE_NOOP("conflicts", "organization"),
    Record.MEETING: QT_TRANSLATE_NOOP("conflicts", "meeting"),
    Record.AGENDA: QT_TRANSLATE_NOOP("conflicts", "agenda"),
    Record.AGENDA_ITEM: QT_TRANSLATE_NOOP("conflicts", "agenda item"),
    Record.REMARK: QT_TRANSLATE_NOOP("conflicts", "remark"),
    Record.ACTION_ITEM: QT_TRANSLATE_NOOP("conflicts", "action item"),
    Record.ATTENDANCE: QT_TRANSLATE_NOOP("conflicts", "attendance record"),
    Record.GUEST: QT_TRANSLATE_NOOP("conflicts", "attendee"),
    Record.VISIT: QT_TRANSLATE_NOOP("conflicts", "visit"),
    Record.EVENT: QT_TRANSLATE_NOOP("conflicts", "event"),
    Record.PARTICIPANT: QT_TRANSLATE_NOOP("conflicts", "participant"),
    Record.LETTER: QT_TRANSLATE_NOOP("conflicts", "letter"),
    Record.COUNCIL: QT_TRANSLATE_NOOP("conflicts", "council settings"),
}

# The captions of the fields shown, by field name; a few names mean another thing in
# another record (the text of a remark is what was said, that of an action item the task).
_FIELDS: dict[str, object] = {
    "family_name": QT_TRANSLATE_NOOP("conflicts", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("conflicts", "Given name"),
    "reading": QT_TRANSLATE_NOOP("conflicts", "Reading"),
    "organization": QT_TRANSLATE_NOOP("conflicts", "Organization"),
    "position_title": QT_TRANSLATE_NOOP("conflicts", "Position"),
    "council_role": QT_TRANSLATE_NOOP("conflicts", "Role"),
    "term_start": QT_TRANSLATE_NOOP("conflicts", "Term starts"),
    "term_end": QT_TRANSLATE_NOOP("conflicts", "Term ends"),
    "email": QT_TRANSLATE_NOOP("conflicts", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("conflicts", "Phone"),
    "address": QT_TRANSLATE_NOOP("conflicts", "Address"),
    "postal_code": QT_TRANSLATE_NOOP("conflicts", "Postal code"),
    "region": QT_TRANSLATE_NOOP("conflicts", "Region"),
    "notes": QT_TRANSLATE_NOOP("conflicts", "Notes"),
    "name": QT_TRANSLATE_NOOP("conflicts", "Name"),
    "kind": QT_TRANSLATE_NOOP("conflicts", "Kind"),
    "body_id": QT_TRANSLATE_NOOP("conflicts", "Body"),
    "sequence_number": QT_TRANSLATE_NOOP("conflicts", "Number"),
    "document_number": QT_TRANSLATE_NOOP("conflicts", "Number"),
    "label": QT_TRANSLATE_NOOP("conflicts", "Number"),
    "title": QT_TRANSLATE_NOOP("conflicts", "Title"),
    "held_on": QT_TRANSLATE_NOOP("conflicts", "Date"),
    "dated_on": QT_TRANSLATE_NOOP("conflicts", "Date"),
    "start_time": QT_TRANSLATE_NOOP("conflicts", "Starts"),
    "end_time": QT_TRANSLATE_NOOP("conflicts", "Ends"),
    "place": QT_TRANSLATE_NOOP("conflicts", "Place"),
    "recorder_name": QT_TRANSLATE_NOOP("conflicts", "Recorder"),
    "is_public": QT_TRANSLATE_NOOP("conflicts", "Open to the public"),
    "next_meeting_note": QT_TRANSLATE_NOOP("conflicts", "Next meeting"),
    "status": QT_TRANSLATE_NOOP("conflicts", "Status"),
    "chair_id": QT_TRANSLATE_NOOP("conflicts", "Chair"),
    "signer_ids": QT_TRANSLATE_NOOP("conflicts", "Minute signers"),
    "items": QT_TRANSLATE_NOOP("conflicts", "Agenda"),
    "description": QT_TRANSLATE_NOOP("conflicts", "Proposal"),
    "presenter_name": QT_TRANSLATE_NOOP("conflicts", "Presenter"),
    "result": QT_TRANSLATE_NOOP("conflicts", "Result"),
    "resolution": QT_TRANSLATE_NOOP("conflicts", "Decisions"),
    "position": QT_TRANSLATE_NOOP("conflicts", "Place in the list"),
    "speaker_name": QT_TRANSLATE_NOOP("conflicts", "Speaker"),
    "text": QT_TRANSLATE_NOOP("conflicts", "Remark"),
    "response_status": QT_TRANSLATE_NOOP("conflicts", "Response status"),
    "response_text": QT_TRANSLATE_NOOP("conflicts", "Response"),
    "owner": QT_TRANSLATE_NOOP("conflicts", "Owner"),
    "due_on": QT_TRANSLATE_NOOP("conflicts", "Due"),
    "proxy_name": QT_TRANSLATE_NOOP("conflicts", "Proxy"),
    "absence_notified": QT_TRANSLATE_NOOP("conflicts", "Notice of absence given"),
    "time_note": QT_TRANSLATE_NOOP("conflicts", "Time"),
    "affiliation": QT_TRANSLATE_NOOP("conflicts", "Affiliation"),
    "category": QT_TRANSLATE_NOOP("conflicts", "Attends as"),
    "direction": QT_TRANSLATE_NOOP("conflicts", "Visit or hosting"),
    "start_on": QT_TRANSLATE_NOOP("conflicts", "From"),
    "end_on": QT_TRANSLATE_NOOP("conflicts", "To"),
    "purpose": QT_TRANSLATE_NOOP("conflicts", "Purpose"),
    "findings": QT_TRANSLATE_NOOP("conflicts", "Findings"),
    "outcomes": QT_TRANSLATE_NOOP("conflicts", "Outcomes"),
    "organizations": QT_TRANSLATE_NOOP("conflicts", "Organizations"),
    "member_ids": QT_TRANSLATE_NOOP("conflicts", "Members"),
    "staff": QT_TRANSLATE_NOOP("conflicts", "Staff and others"),
    "hosts": QT_TRANSLATE_NOOP("conflicts", "Host attendees"),
    "itinerary": QT_TRANSLATE_NOOP("conflicts", "Itinerary"),
    "figures": QT_TRANSLATE_NOOP("conflicts", "Figures"),
    "follow_ups": QT_TRANSLATE_NOOP("conflicts", "Follow-up"),
    "counterparty": QT_TRANSLATE_NOOP("conflicts", "Correspondent"),
    "subject": QT_TRANSLATE_NOOP("conflicts", "Subject"),
    "medium": QT_TRANSLATE_NOOP("conflicts", "Medium"),
    "summary": QT_TRANSLATE_NOOP("conflicts", "Summary"),
    "their_number": QT_TRANSLATE_NOOP("conflicts", "Their number"),
    "reply_due": QT_TRANSLATE_NOOP("conflicts", "Reply due"),
    "meeting_id": QT_TRANSLATE_NOOP("conflicts", "Meeting"),
    "visit_id": QT_TRANSLATE_NOOP("conflicts", "Visit"),
    "short_name": QT_TRANSLATE_NOOP("conflicts", "Short name"),
    "secretariat_name": QT_TRANSLATE_NOOP("conflicts", "Secretariat"),
    "secretariat_phone": QT_TRANSLATE_NOOP("conflicts", "Phone"),
    "secretariat_email": QT_TRANSLATE_NOOP("conflicts", "E-mail"),
    "secretariat_person": QT_TRANSLATE_NOOP("conflicts", "Person in charge"),
    "seal_omitted": QT_TRANSLATE_NOOP("conflicts", "公印省略"),
    "notice_lead_days": QT_TRANSLATE_NOOP("conflicts", "Notice sent (days before)"),
    "chair_title": QT_TRANSLATE_NOOP("conflicts", "Title of the chair"),
    "minutes_title": QT_TRANSLATE_NOOP("conflicts", "Title of the minutes"),
    "attendee_order": QT_TRANSLATE_NOOP("conflicts", "Order of attendees"),
    "wave_dash": QT_TRANSLATE_NOOP("conflicts", "Wave dash"),
    "bodies": QT_TRANSLATE_NOOP("conflicts", "Minutes style of the bodies"),
    # events and their participants
    "theme": QT_TRANSLATE_NOOP("conflicts", "Theme"),
    "organiser": QT_TRANSLATE_NOOP("conflicts", "Organiser"),
    "open_time": QT_TRANSLATE_NOOP("conflicts", "Doors open"),
    "venue_name": QT_TRANSLATE_NOOP("conflicts", "Venue"),
    "venue_address": QT_TRANSLATE_NOOP("conflicts", "Venue address"),
    "venue_room": QT_TRANSLATE_NOOP("conflicts", "Room"),
    "venue_access": QT_TRANSLATE_NOOP("conflicts", "Access"),
    "capacity": QT_TRANSLATE_NOOP("conflicts", "Capacity"),
    "application_deadline": QT_TRANSLATE_NOOP("conflicts", "Application deadline"),
    "contact_person": QT_TRANSLATE_NOOP("conflicts", "Contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("conflicts", "Contact phone"),
    "contact_fax": QT_TRANSLATE_NOOP("conflicts", "Contact fax"),
    "contact_email": QT_TRANSLATE_NOOP("conflicts", "Contact e-mail"),
    "activity_id": QT_TRANSLATE_NOOP("conflicts", "Activity"),
    "pillar_id": QT_TRANSLATE_NOOP("conflicts", "Pillar"),
    "fees": QT_TRANSLATE_NOOP("conflicts", "Fees"),
    "timetable": QT_TRANSLATE_NOOP("conflicts", "Timetable"),
    "organization_name": QT_TRANSLATE_NOOP("conflicts", "Organization"),
    "organization_reading": QT_TRANSLATE_NOOP("conflicts", "Organization reading"),
    "member_id": QT_TRANSLATE_NOOP("conflicts", "Roster member"),
    "role": QT_TRANSLATE_NOOP("conflicts", "Role"),
    "fee_category": QT_TRANSLATE_NOOP("conflicts", "Fee category"),
    "payment": QT_TRANSLATE_NOOP("conflicts", "Payment"),
    "paid_on": QT_TRANSLATE_NOOP("conflicts", "Paid on"),
    "paid_amount": QT_TRANSLATE_NOOP("conflicts", "Amount paid"),
    "payment_method": QT_TRANSLATE_NOOP("conflicts", "Paid by"),
    "source": QT_TRANSLATE_NOOP("conflicts", "Applied by"),
    "joins_reception": QT_TRANSLATE_NOOP("conflicts", "Joins the reception"),
    "applied_at": QT_TRANSLATE_NOOP("conflicts", "Applied"),
}
_FIELDS_OF: dict[tuple[Record, str], object] = {
    (Record.ACTION_ITEM, "text"): QT_TRANSLATE_NOOP("conflicts", "Action"),
    (Record.ATTENDANCE, "name"): QT_TRANSLATE_NOOP("conflicts", "Member"),
    (Record.ATTENDANCE, "status"): QT_TRANSLATE_NOOP("conflicts", "Attendance"),
    (Record.LETTER, "direction"): QT_TRANSLATE_NOOP("conflicts", "Received or sent"),
    (Record.PARTICIPANT, "name"): QT_TRANSLATE_NOOP("conflicts", "Full name"),
    (Record.PARTICIPANT, "title"): QT_TRANSLATE_NOOP("conflicts", "Position"),
}
# Fields of a row that only say who it is about: the member's name is enough.
_HIDDEN: dict[Record, frozenset[str]] = {
    Record.ATTENDANCE: frozenset({"reading", "organization"}),
    Record.REMARK: frozenset({"visit_id"}),  # where it was said does not change
}


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One field: its caption and the two values as text (``differs``: not the same)."""

    caption: str
    theirs: str
    mine: str
    differs: bool


def record_name(record: Record) -> str:
    """What the record is called in a sentence: 委員, 発言, 議題 …"""
    return translate(_CONTEXT, str(_RECORDS[record]))


def _caption(record: Record, field: str) -> str | None:
    source = _FIELDS_OF.get((record, field), _FIELDS.get(field))
    if source is None or field in _HIDDEN.get(record, frozenset()):
        return None
    return translate(_CONTEXT, str(source))


def value_text(value: Any, field: str = "", names: Mapping[int, str] | None = None) -> str:
    """A value as the user reads it: labels for codes, names for ids, one line per row."""
    if names is not None and isinstance(value, int) and not isinstance(value, bool):
        return names.get(value, str(value))
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return translate("conflicts", "Yes") if value else translate("conflicts", "No")
    if isinstance(value, StrEnum):
        return label(value)
    if field == "position" and isinstance(value, int):
        return str(value + 1)  # counted from 1, as the list shows it
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, datetime):  # when it was applied: Japan's time, to the minute
        return japan_time(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        # a row of a table (an event's fee, a line of its timetable): its cells
        return " / ".join(
            text for part in fields(value) if (text := value_text(getattr(value, part.name))) != "—"
        )
    if isinstance(value, tuple):
        # a table's rows (a visit's itinerary …) one a line, their cells side by side
        return "\n".join(
            " / ".join(str(cell) for cell in part if str(cell).strip())
            if isinstance(part, tuple)
            else value_text(part, field, names)
            for part in value
        )
    return str(value)


def conflict_rows(conflict: EditConflict) -> list[ConflictRow]:
    """The fields to compare, in the record's own order, each with both values (empty on
    the side that is not there: a record deleted, or being deleted)."""
    shown = conflict.theirs if conflict.theirs is not None else conflict.mine
    if shown is None:
        return []
    rows = []
    for field in fields(shown):
        caption = _caption(conflict.record, field.name)
        if caption is None:
            continue
        names = conflict.references.get(field.name)
        # A side that is not there (deleted, or being deleted) has no values to compare.
        theirs = mine = ""
        if conflict.theirs is not None:
            theirs = value_text(getattr(conflict.theirs, field.name), field.name, names)
        if conflict.mine is not None:
            mine = value_text(getattr(conflict.mine, field.name), field.name, names)
        both = conflict.theirs is not None and conflict.mine is not None
        rows.append(ConflictRow(caption, theirs, mine, both and theirs != mine))
    return rows
