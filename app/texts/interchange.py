"""Sentences and labels of the data interchange (持ち出し・持ち帰り), CLI and GUI alike.

Apart from ``app.texts.problems`` so that the interchange services load only when used.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.services.interchange.api import (
    Adjustment,
    Fault,
    Filled,
    ImportPlan,
    PackageError,
    PackageProblem,
    Place,
)
from app.texts.areas import table_label, text
from app.texts.i18n import translate


def field_label(field: str) -> str:
    """The name of a field in a conflict; the stored name when there is no word for it."""
    labels = {
        "title": translate("interchange", "Title"),
        "name": translate("interchange", "Name"),
        "notes": translate("interchange", "Notes"),
        "note": translate("interchange", "Note"),
        "text": translate("interchange", "Text"),
        "purpose": translate("interchange", "Purpose"),
        "findings": translate("interchange", "Findings"),
        "outcomes": translate("interchange", "Outcomes"),
        "region": translate("interchange", "Region"),
        "place": translate("interchange", "Place"),
        "direction": translate("interchange", "Direction"),
        "start_on": translate("interchange", "First day"),
        "end_on": translate("interchange", "Last day"),
        "held_on": translate("interchange", "Date"),
        "dated_on": translate("interchange", "Date"),
        "day": translate("interchange", "Day"),
        "start_time": translate("interchange", "Start"),
        "end_time": translate("interchange", "End"),
        "time_text": translate("interchange", "Time"),
        "content": translate("interchange", "Content"),
        "status": translate("interchange", "Status"),
        "subject": translate("interchange", "Subject"),
        "summary": translate("interchange", "Summary"),
        "description": translate("interchange", "Description"),
        "resolution": translate("interchange", "Resolution"),
        "result": translate("interchange", "Result"),
        "label": translate("interchange", "Label"),
        "position": translate("interchange", "Order"),
        "email": translate("interchange", "E-mail"),
        "phone": translate("interchange", "Phone"),
        "address": translate("interchange", "Address"),
        "postal_code": translate("interchange", "Postal code"),
        "position_title": translate("interchange", "Position"),
        "family_name": translate("interchange", "Family name"),
        "given_name": translate("interchange", "Given name"),
        "affiliation": translate("interchange", "Affiliation"),
        "response_status": translate("interchange", "Response status"),
        "response_text": translate("interchange", "Response"),
        "due_on": translate("interchange", "Due"),
        "value": translate("interchange", "Value"),
        "unit": translate("interchange", "Unit"),
        "organization_uuid": translate("interchange", "Organization"),
        "member_uuid": translate("interchange", "Member"),
        "owner_member_uuid": translate("interchange", "Owner"),
        "speaker_member_uuid": translate("interchange", "Speaker"),
        "chair_uuid": translate("interchange", "Chair"),
        "fiscal_year": translate("interchange", "Fiscal year"),
        "created_at": translate("interchange", "Created"),
        "updated_at": translate("interchange", "Last saved"),
        "captured_at": translate("interchange", "Time recorded"),
        "family_name_reading": translate("interchange", "Reading of the family name"),
        "given_name_reading": translate("interchange", "Reading of the given name"),
        "uuid": translate("interchange", "Record id (uuid)"),
        "sequence_number": translate("interchange", "Number"),
        "body_uuid": translate("interchange", "Body"),
        "meeting_uuid": translate("interchange", "Meeting"),
        "agenda_item_uuid": translate("interchange", "Agenda item"),
        "visit_uuid": translate("interchange", "Visit"),
        "event_uuid": translate("interchange", "Event"),
        "reading": translate("interchange", "Reading"),
        "organization_name": translate("interchange", "Organization"),
        "organization_reading": translate("interchange", "Organization reading"),
        "fee_category": translate("interchange", "Fee category"),
        "role": translate("interchange", "Role"),
        "state": translate("interchange", "Participation"),
        "number": translate("interchange", "Reception number"),
        "waitlist_number": translate("interchange", "Waitlist number"),
        "source": translate("interchange", "Applied by"),
        "applied_at": translate("interchange", "Applied"),
        "joins_reception": translate("interchange", "Reception party"),
        "capacity": translate("interchange", "Capacity"),
        "venue_name": translate("interchange", "Venue"),
        "amount": translate("interchange", "Amount"),
        "category": translate("interchange", "Category"),
        "speaker": translate("interchange", "Speaker"),
    }
    return labels.get(field, field)


def package_error_text(error: PackageError) -> str:
    """Why a package cannot be used, in a sentence. The detail (where, in the reader's
    English) is for the log, never inside the sentence."""
    texts = {
        PackageProblem.UNREADABLE: translate(
            "interchange", "The file cannot be read as a data package."
        ),
        PackageProblem.NOT_JSON: translate(
            "interchange", "The file is damaged: it is not valid JSON."
        ),
        PackageProblem.NOT_A_PACKAGE: translate(
            "interchange", "The file is not a Jimukyoku Desk data package."
        ),
        PackageProblem.NEWER_VERSION: translate(
            "interchange",
            "The package was written by a newer version of the app; update this app first.",
        ),
        PackageProblem.BAD_CONTENT: translate(
            "interchange", "The package contains a record that does not fit."
        ),
        PackageProblem.OTHER_COUNCIL: translate(
            "interchange", "The package holds the data of another council."
        ),
        PackageProblem.ATTACHMENT_DAMAGED: translate(
            "interchange", "An attached file in the package is damaged."
        ),
        PackageProblem.TOO_LARGE: translate(
            "interchange",
            "The package is larger or more deeply nested than a data package can be;"
            " it was not read (it may be damaged, or not a package from this app).",
        ),
        PackageProblem.CLASH: translate(
            "interchange",
            "The records clash with records here (e.g. the same number used on both sides).",
        ),
    }
    sentence = texts[error.problem]
    if error.place is not None:  # where, in words; the English detail is for the log
        sentence += " " + place_text(error.place)
    nothing = translate("interchange", "Nothing was changed.")
    return f"{sentence} {nothing}"


def _fault_text(fault: Fault) -> str:
    texts = {
        Fault.MISSING_FIELD: translate("interchange", "is missing: it is required"),
        Fault.UNKNOWN_FIELD: translate("interchange", "is not a field of this record"),
        Fault.EMPTY: translate("interchange", "is empty (null): a value is required"),
        Fault.NOT_BOOLEAN: translate("interchange", "must be true or false"),
        Fault.NOT_WHOLE_NUMBER: translate("interchange", "must be a whole number"),
        Fault.NOT_TEXT: translate("interchange", "must be text"),
        Fault.NOT_UTC: translate("interchange", "must be a UTC time ending in Z"),
        Fault.INVALID: translate("interchange", "is not a valid value for this field"),
        Fault.TOO_LONG: translate("interchange", "is longer than the field can hold"),
        Fault.NOT_UUID: translate("interchange", "is not a record id (uuid)"),
        Fault.DUPLICATE_UUID: translate("interchange", "is used by two records"),
        Fault.NOT_A_RECORD: translate("interchange", "is not a record (a JSON object)"),
        Fault.BAD_FILE_NAME: translate("interchange", "is not a file name this app makes"),
        Fault.BAD_SIZE: translate("interchange", "is not a file size"),
        Fault.BAD_CHECKSUM: translate("interchange", "is not a SHA-256 checksum"),
    }
    return texts[fault]


def place_text(place: Place) -> str:
    """Which record and field of a package does not fit: table, its name, its id."""
    record = table_label(place.table)
    if place.label:
        record += f"「{place.label}」"
    if place.uuid:
        record += f" ({place.uuid})"
    if not place.field:
        return (
            translate("interchange", "In %1: %2")
            .replace("%1", record)
            .replace("%2", _fault_text(place.fault))
        )
    return (
        translate("interchange", "In %1, the field “%2” %3.")
        .replace("%1", record)
        .replace("%2", field_label(place.field))
        .replace("%3", _fault_text(place.fault))
    )


def filled_texts(plan: ImportPlan) -> list[str]:
    """What the import put in for what the package left out: one line per kind of value,
    naming the tables and how many records of each; provisional readings apart."""
    groups: dict[tuple[str, bool], list[Filled]] = {}
    for filled in plan.filled:
        kind = "stamps" if filled.field in ("created_at", "updated_at") else filled.field
        if kind == "stamps" and filled.field == "updated_at":
            continue  # the same records as created_at: said once
        groups.setdefault((kind, filled.provisional), []).append(filled)
    lines = []
    for (kind, provisional), items in groups.items():
        counts = translate("interchange", ", ").join(
            translate("interchange", "%1 %2")
            .replace("%1", table_label(f.table))
            .replace("%2", str(f.count))
            for f in items
        )
        if provisional:
            text = translate(
                "interchange",
                "No %1 (%2): set to the name as written for now. "
                "Enter the correct reading in the roster.",
            )
        elif kind == "stamps":
            text = translate(
                "interchange", "Filled in when the records were made (the package's date): %2"
            )
        else:
            text = translate("interchange", "Filled in %1: %2")
        lines.append(text.replace("%1", field_label(kind)).replace("%2", counts))
    return lines


def adjustment_texts(adjusted: Iterable[Adjustment]) -> list[str]:
    """What the import changed beyond taking the records as they came (a walk-in's
    受付番号 given again, a participant moved up from the waitlist): one line each."""
    lines = []
    for adjustment in adjusted:
        sentence = text(adjustment.reason)
        for number, value in enumerate(adjustment.values, start=1):
            sentence = sentence.replace(f"%{number}", value)
        lines.append(
            translate("interchange", "%1「%2」: %3")
            .replace("%1", table_label(adjustment.table))
            .replace("%2", adjustment.label)
            .replace("%3", sentence)
        )
    return lines


def personal_information_text() -> str:
    """What an export says about what it holds (個人情報)."""
    return translate(
        "interchange",
        "The file holds personal information (the addresses, phone numbers and e-mail "
        "addresses of members and event participants): keep it safe, and delete it from "
        "the laptop once it is imported back.",
    )
