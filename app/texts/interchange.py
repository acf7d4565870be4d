"""Sentences and labels of the data interchange (持ち出し・持ち帰り), CLI and GUI alike.

Apart from ``app.texts.problems`` so that the interchange services load only when used.
"""

from __future__ import annotations

from app.services.interchange.api import PackageError, PackageProblem
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
        PackageProblem.CLASH: translate(
            "interchange",
            "The records clash with records here (e.g. the same number used on both sides).",
        ),
    }
    sentence = texts[error.problem]
    nothing = translate("interchange", "Nothing was changed.")
    return f"{sentence} {nothing}"
