"""``jimukyoku data export FILE`` and ``jimukyoku data import FILE`` (持ち出し・持ち帰り)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.services import areas
from app.texts.i18n import translate

if TYPE_CHECKING:
    from app.services.interchange.api import ImportPlan
    from app.services.workspace import Database

EXIT_OK, EXIT_FAILED, EXIT_CONFLICTS = 0, 1, 5


def add_parser(commands: argparse._SubParsersAction) -> None:
    scopes = [scope.key for scope in areas.scopes()]
    data = commands.add_parser(
        "data", help=translate("cli", "data package for the field laptop (export, import)")
    )
    actions = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help=translate("cli", "write FILE.json, or FILE.zip with the attached files"),
    )
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument(
        "--since",
        metavar="DATE",
        help=translate("cli", "only records changed on or after DATE (and what they refer to)"),
    )
    export.add_argument(
        "--only",
        action="append",
        choices=scopes,
        metavar="SCOPE",
        help=translate("cli", "only this part (repeatable): %1").replace("%1", ", ".join(scopes)),
    )
    import_ = actions.add_parser(
        "import",
        help=translate("cli", "merge FILE in; conflicts are listed and left unchanged"),
    )
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "show what would change, change nothing"),
    )


def run(target: str, args: argparse.Namespace) -> int:
    from app.cli.database import with_database

    if args.data_command == "export":
        return with_database(target, lambda db: _export(db, args))
    return with_database(target, lambda db: _import(db, args))


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _export(db: Database, args: argparse.Namespace) -> int:
    from app.services.dates import parse_date
    from app.services.interchange import api as interchange
    from app.texts.interchange import personal_information_text

    since = None
    if args.since:
        try:
            since = parse_date(args.since)
        except ValueError:
            _err(
                translate("cli", "Not a date: %1 (write e.g. 2025-06-01).").replace(
                    "%1", args.since
                )
            )
            return EXIT_FAILED
    result = interchange.export_package(db, args.file, since=since, only=args.only)
    print(
        translate("cli", "Wrote %1 records to %2.")
        .replace("%1", str(result.records))
        .replace("%2", str(args.file))
    )
    print(personal_information_text())
    if result.files:
        print(translate("cli", "Attached files: %1").replace("%1", str(result.files)))
    if result.missing_files:
        _err(
            translate("cli", "Attached files missing from the data folder: %1").replace(
                "%1", str(result.missing_files)
            )
        )
    return EXIT_OK


def _import(db: Database, args: argparse.Namespace) -> int:
    from app.services.interchange import api as interchange
    from app.texts.interchange import package_error_text

    try:
        package = interchange.read_package(args.file)
        if args.dry_run:
            plan = interchange.plan_import(db, package)
        else:
            plan = interchange.apply_import(db, package)
    except interchange.PackageError as error:
        _err(package_error_text(error))
        return EXIT_FAILED
    _print_plan(plan)
    if args.dry_run:
        print(translate("cli", "Dry run: nothing was changed."))
    else:
        print(translate("cli", "Imported."))
        if plan.undecided:
            print(translate("cli", "The conflicts were left as they are here."))
    return EXIT_CONFLICTS if plan.undecided else EXIT_OK


def _print_plan(plan: ImportPlan) -> None:
    from app.texts.areas import table_label
    from app.texts.interchange import adjustment_texts, field_label, filled_texts

    print(
        translate("cli", "Package of %1, exported %2")
        .replace("%1", plan.council_name or "-")
        .replace("%2", plan.exported_at)
    )
    for table in plan.tables:
        print(
            translate("cli", "%1: added %2, updated %3, unchanged %4, kept ours %5, conflicts %6")
            .replace("%1", table_label(table.table))
            .replace("%2", str(table.added))
            .replace("%3", str(table.updated))
            .replace("%4", str(table.unchanged))
            .replace("%5", str(table.kept))
            .replace("%6", str(table.conflicts))
            + (
                translate("cli", ", not imported %1").replace("%1", str(table.skipped))
                if table.skipped
                else ""
            )
        )
    if plan.undecided:
        print(translate("cli", "Conflicts (changed on both sides; choose in the app):"))
    for conflict in plan.undecided:
        print(f"  {table_label(conflict.table)} {conflict.label} [{conflict.uuid}]")
        if not conflict.differences:
            print("    " + translate("cli", "deleted here, changed there"))
        for difference in conflict.differences:
            print(
                translate("cli", "    %1: here %2 / package %3")
                .replace("%1", field_label(difference.field))
                .replace("%2", repr(difference.ours))
                .replace("%3", repr(difference.theirs))
            )
    for skipped in plan.skipped:
        print(
            translate("cli", "Not imported: %1 %2 (deleted here, or what it belongs to is)")
            .replace("%1", table_label(skipped.table))
            .replace("%2", skipped.label)
        )
    if plan.files_missing:
        print(
            translate("cli", "Attachments without their file (use a .zip package): %1").replace(
                "%1", str(plan.files_missing)
            )
        )
    for line in filled_texts(plan) + adjustment_texts(plan.adjusted):
        print(line)
