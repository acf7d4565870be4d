"""``jimukyoku events import|participants``: applications from a form's file, and the
list of an event's participants.

``import`` writes nothing while a row has errors unless ``--skip-invalid`` is given
(exit code 1); every row's problem is said with its row number, as for the roster.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.row_imports import add_reject_options
from app.texts.i18n import translate

if TYPE_CHECKING:
    from app.services.events.applications.rows import ImportResult
    from app.services.workspace import Database

EXIT_OK, EXIT_FAILED = 0, 1


def add_parsers(actions: argparse._SubParsersAction) -> None:
    importing = actions.add_parser(
        "import", help=translate("cli", "import applications from a form's .csv or .xlsx file")
    )
    importing.add_argument("event_id", type=int, metavar="EVENT_ID")
    importing.add_argument("file", type=Path, metavar="FILE")
    add_reject_options(importing)
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=translate(
            "cli", "read a column as a field, e.g. 御社名=organization_name (repeatable)"
        ),
    )
    listing = actions.add_parser(
        "participants", help=translate("cli", "list an event's participants")
    )
    listing.add_argument("event_id", type=int, metavar="EVENT_ID")
    listing.add_argument(
        "--csv", type=Path, metavar="OUT.csv", help=translate("cli", "write them to a file")
    )
    listing.add_argument(
        "--with-contact",
        action="store_true",
        help=translate("cli", "include e-mail, phone and address (personal information)"),
    )


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _no_event(event_id: int) -> int:
    _err(translate("cli", "There is no event %1.").replace("%1", str(event_id)))
    return EXIT_FAILED


def _mapping(texts: list[str], headers: tuple[str, ...]) -> dict[str, str] | None:
    """COLUMN=FIELD options as column → field (a field by its name or a usual header)."""
    from app.services.events.applications.fields import FIELDS, field_for_header

    chosen: dict[str, str] = {}
    for text in texts:
        column, equals, field_text = text.partition("=")
        column, field_text = column.strip(), field_text.strip()
        field = field_text if field_text in FIELDS else field_for_header(field_text)
        if not equals or column not in headers or (field is None and field_text not in ("", "-")):
            _err(
                translate(
                    "cli",
                    "Cannot read --map %1: write COLUMN=FIELD with a column of the file (%2)"
                    " and a field (%3), or COLUMN=- to leave the column out.",
                )
                .replace("%1", text)
                .replace("%2", ", ".join(headers))
                .replace("%3", ", ".join(FIELDS))
            )
            return None
        chosen[column] = field or ""
    return chosen


def import_applications(db: Database, args: argparse.Namespace) -> int:
    from app.services.events.applications import fields, rejects
    from app.services.events.applications.importing import import_applications
    from app.services.events.applications.preview import (
        preview_applications,
        read_application_file,
        remembered_mapping,
    )
    from app.services.members.roster_file import RosterFileError
    from app.texts.problems import (
        problem_descriptions,
        read_error_text,
        roster_file_error_text,
        row_error_text,
    )

    try:
        remembered = remembered_mapping(db, args.event_id)
    except LookupError:
        return _no_event(args.event_id)
    try:
        file = read_application_file(args.file)
    except (RosterFileError, OSError) as error:
        reason = (
            roster_file_error_text(error)
            if isinstance(error, RosterFileError)
            else read_error_text(error)
        )
        _err(
            translate("cli", "Cannot read %1: %2")
            .replace("%1", str(args.file))
            .replace("%2", reason)
        )
        return EXIT_FAILED
    overrides = _mapping(args.map, file.headers)
    if overrides is None:
        return EXIT_FAILED
    mapping = {**fields.guess_mapping(file.headers, remembered), **overrides}
    preview = preview_applications(db, args.event_id, file, mapping)
    for row_error in preview.errors:
        _err(row_error_text(row_error))
    if args.rejects is not None and preview.errors:
        rejects.write_rejects(preview, args.rejects, problem_descriptions())
    if preview.errors and not args.skip_invalid:
        _err(
            translate("cli", "Nothing was imported: %1 rows have errors (see above).").replace(
                "%1", str(sum(1 for row in preview.rows if row.errors))
            )
        )
        return EXIT_FAILED
    _print_result(import_applications(db, preview, skip_invalid=args.skip_invalid))
    return EXIT_OK


def _print_result(result: ImportResult) -> None:
    print(
        translate("cli", "Accepted %1, waitlisted %2, merged %3, rejected %4.")
        .replace("%1", str(len(result.accepted)))
        .replace("%2", str(len(result.waitlisted)))
        .replace("%3", str(len(result.merged)))
        .replace("%4", str(len(result.rejected_lines)))
    )
    for row in result.waitlisted:
        print(
            translate("cli", "row %1: %2 is number %3 on the waitlist")
            .replace("%1", str(row.line))
            .replace("%2", row.name)
            .replace("%3", str(row.waitlist_number))
        )
    for merged in result.merged:
        into = (
            translate("cli", "row %1").replace("%1", str(merged.into_line))
            if merged.into_line is not None
            else translate("cli", "participant no. %1").replace("%1", str(merged.into_number))
        )
        print(
            translate("cli", "row %1: %2 applied again: merged into %3")
            .replace("%1", str(merged.line))
            .replace("%2", merged.name)
            .replace("%3", into)
        )
    if result.rejected_lines:
        print(
            translate("cli", "Not imported (errors): rows %1").replace(
                "%1", ", ".join(map(str, result.rejected_lines))
            )
        )
    if result.linked:
        print(
            translate("cli", "%1 applicants linked to the roster.").replace(
                "%1", str(result.linked)
            )
        )


def list_participants(db: Database, args: argparse.Namespace) -> int:
    from app.services.events import participant_list

    if args.csv is not None:
        if args.csv.suffix.casefold() not in (".csv", ".xlsx"):
            _err(
                translate("cli", "Cannot write %1: use a .csv or .xlsx file name.").replace(
                    "%1", str(args.csv)
                )
            )
            return EXIT_FAILED
        try:
            count = participant_list.export_participants(
                db, args.event_id, args.csv, with_contact=args.with_contact
            )
        except LookupError:
            return _no_event(args.event_id)
        print(
            translate("cli", "Wrote %1 participants to %2.")
            .replace("%1", str(count))
            .replace("%2", str(args.csv))
        )
        return EXIT_OK
    try:
        table = participant_list.participant_table(
            db, args.event_id, with_contact=args.with_contact
        )
    except LookupError:
        return _no_event(args.event_id)
    for row in table[1:]:
        print("\t".join(row).rstrip())
    return EXIT_OK
