"""``jimukyoku members import|export|list``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.row_imports import add_reject_options
from app.texts.i18n import translate

if TYPE_CHECKING:
    from app.services.workspace import Database

EXIT_OK, EXIT_FAILED = 0, 1


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("members", help=translate("cli", "the member roster"))
    actions = parser.add_subparsers(dest="members_command", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import", help=translate("cli", "import members from a .csv or .xlsx file")
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    add_reject_options(importing)
    exporting = actions.add_parser(
        "export", help=translate("cli", "write the roster to a .csv or .xlsx file")
    )
    exporting.add_argument("file", type=Path, metavar="FILE")
    exporting.add_argument(
        "--with-contact",
        action="store_true",
        help=translate("cli", "include e-mail, phone and address (personal information)"),
    )
    actions.add_parser("list", help=translate("cli", "list the members in 50-sound order"))


def run(target: str, args: argparse.Namespace) -> int:
    from app.cli.database import with_database  # the data layer loads only for a command

    handlers = {"import": _import, "export": _export, "list": _list}
    handler = handlers[args.members_command]
    return with_database(target, lambda db: handler(db, args))


def _import(db: Database, args: argparse.Namespace) -> int:
    from app.services.members import roster_export, roster_import
    from app.services.members.roster_file import RosterFileError
    from app.texts.problems import (
        problem_descriptions,
        read_error_text,
        roster_file_error_text,
        row_error_text,
    )

    try:
        preview = roster_import.preview_import(db, args.file)
    except (RosterFileError, OSError) as error:
        reason = (
            roster_file_error_text(error)
            if isinstance(error, RosterFileError)
            else read_error_text(error)
        )
        print(
            translate("cli", "Cannot read %1: %2")
            .replace("%1", str(args.file))
            .replace("%2", reason),
            file=sys.stderr,
        )
        return EXIT_FAILED
    for row_error in preview.errors:
        print(row_error_text(row_error), file=sys.stderr)
    if args.rejects is not None and preview.errors:
        roster_export.write_rejects(preview, args.rejects, problem_descriptions())
    if preview.errors and not args.skip_invalid:
        print(
            translate("cli", "Nothing was imported: %1 rows have errors (see above).").replace(
                "%1", str(sum(1 for row in preview.rows if row.errors))
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED
    added = roster_import.apply_import(db, preview, skip_invalid=args.skip_invalid)
    print(translate("cli", "Imported %1 members.").replace("%1", str(added)))
    return EXIT_OK


def _export(db: Database, args: argparse.Namespace) -> int:
    from app.services.members import roster_export

    if args.file.suffix.casefold() not in (".csv", ".xlsx"):
        print(
            translate("cli", "Cannot write %1: use a .csv or .xlsx file name.").replace(
                "%1", str(args.file)
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED
    try:
        count = roster_export.export_roster(db, args.file, with_contact=args.with_contact)
    except OSError as error:
        from app.texts.files import write_failure_text

        print(write_failure_text(error), file=sys.stderr)
        return EXIT_FAILED
    contents = (
        translate("cli", "with contact details")
        if args.with_contact
        else translate("cli", "without contact details")
    )
    print(
        translate("cli", "Wrote %1 members to %2 (%3).")
        .replace("%1", str(count))
        .replace("%2", str(args.file))
        .replace("%3", contents)
    )
    return EXIT_OK


def _list(db: Database, _args: argparse.Namespace) -> int:
    from app.services.members import listing as members_service

    for row in members_service.list_members(db, include_archived=False):
        print("\t".join((row.full_name, row.reading, row.organization_name, row.position_title)))
    return EXIT_OK
