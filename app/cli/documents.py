"""``jimukyoku meetings list`` and ``jimukyoku export KIND --meeting ID -o FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.services import areas
from app.texts.i18n import translate

if TYPE_CHECKING:
    from app.services.workspace import Database

EXIT_OK, EXIT_FAILED = 0, 1


def add_parsers(commands: argparse._SubParsersAction) -> None:
    meetings = commands.add_parser("meetings", help=translate("cli", "the meetings"))
    actions = meetings.add_subparsers(dest="meetings_command", metavar="ACTION", required=True)
    actions.add_parser("list", help=translate("cli", "list meetings: id, date, body, title"))
    visits = commands.add_parser("visits", help=translate("cli", "the visits"))
    visit_actions = visits.add_subparsers(dest="visits_command", metavar="ACTION", required=True)
    visit_actions.add_parser("list", help=translate("cli", "list visits: id, dates, region, title"))
    calendar = commands.add_parser(
        "calendar",
        help=translate("cli", "meetings, visits and events as an iCalendar (.ics) file"),
    )
    calendar_actions = calendar.add_subparsers(
        dest="calendar_command", metavar="ACTION", required=True
    )
    calendar_export = calendar_actions.add_parser(
        "export", help=translate("cli", "write FILE.ics (re-importing updates, never doubles)")
    )
    calendar_export.add_argument("file", type=Path, metavar="FILE.ics")
    calendar_export.add_argument("--fiscal-year", type=int, metavar="YYYY")
    export = commands.add_parser(
        "export",
        help=translate(
            "cli", "write a document of a meeting, visit, event or fiscal year (.pdf or .docx)"
        ),
    )
    kinds = [declared.kind for declared in areas.document_kinds()]
    export.add_argument("kind", choices=kinds, metavar="KIND", help=", ".join(kinds))
    export.add_argument("--meeting", type=int, metavar="ID")
    export.add_argument("--visit", type=int, metavar="ID")
    export.add_argument("--event", type=int, metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--fiscal-year",
        type=int,
        metavar="YYYY",
        help=translate("cli", "reports and registers: the Western year in which the FY starts"),
    )
    export.add_argument(
        "--style",
        choices=("summary", "verbatim", "brief"),
        help=translate(
            "cli",
            "minutes: summary (要点筆記), verbatim (発言順) or brief (簡易); default: the body's",
        ),
    )
    export.add_argument(
        "--badge-sheet",
        metavar="N",
        help=translate(
            "cli", "badges: the label sheet, 10 or 12 to a sheet; default: as set in the window"
        ),
    )
    export.add_argument(
        "--with-contact",
        action="store_true",
        help=translate(
            "cli",
            "roster and participants: include e-mail and phone (personal information)",
        ),
    )


def run_meetings(target: str, args: argparse.Namespace) -> int:
    from app.cli.database import with_database

    return with_database(target, _list)


def _list(db: Database) -> int:
    from app.services.meetings import listing as meetings

    for row in sorted(meetings.list_meetings(db), key=lambda r: (r.held_on, r.id)):
        print(f"{row.id}\t{row.held_on.isoformat()}\t{row.body_name}\t{row.title}")
    return EXIT_OK


def run_visits(target: str, args: argparse.Namespace) -> int:
    from app.cli.database import with_database

    return with_database(target, _list_visits)


def _list_visits(db: Database) -> int:
    from app.services.visits import listing as visits

    for row in sorted(visits.list_visits(db), key=lambda r: (r.start_on, r.id)):
        days = row.start_on.isoformat() + (f"/{row.end_on.isoformat()}" if row.end_on else "")
        print(f"{row.id}\t{days}\t{row.region}\t{row.title}")
    return EXIT_OK


def run_calendar(target: str, args: argparse.Namespace) -> int:
    from app.cli.database import with_database

    def write(db: Database) -> int:
        from app.services.calendar import export as calendar_export

        count = calendar_export.export(db, args.file, fiscal_year=args.fiscal_year)
        print(
            translate("cli", "Wrote %1 events to %2.")
            .replace("%1", str(count))
            .replace("%2", str(args.file))
        )
        return EXIT_OK

    return with_database(target, write)


def run_export(target: str, args: argparse.Namespace) -> int:
    from app.cli.database import with_database

    return with_database(target, lambda db: _export(db, args))


def _missing_subject(db: Database, subject: object, args: argparse.Namespace) -> str | None:
    """「There is no visit 99.」 when the visit or event asked for is not in the database."""
    from app.services.areas import Subject
    from app.services.events import listing as events
    from app.services.visits import listing as visits

    if subject is Subject.VISIT and args.visit not in {row.id for row in visits.list_visits(db)}:
        return translate("cli", "There is no visit %1.").replace("%1", str(args.visit))
    if subject is Subject.EVENT and args.event not in {row.id for row in events.list_events(db)}:
        return translate("cli", "There is no event %1.").replace("%1", str(args.event))
    return None


def _export(db: Database, args: argparse.Namespace) -> int:
    from app.services.areas import Subject
    from app.services.documents import export as exports
    from app.services.documents.request import MinutesOptions, MinutesStyle
    from app.services.events.documents import label_sheets
    from app.services.meetings import listing as meetings
    from app.settings import Settings

    subject = exports.spec(args.kind).subject
    if subject is Subject.VISIT and args.visit is None:
        print(translate("cli", "Say which visit: --visit ID (see: visits list)."), file=sys.stderr)
        return EXIT_FAILED
    if subject is Subject.EVENT and args.event is None:
        print(translate("cli", "Say which event: --event ID (see: events list)."), file=sys.stderr)
        return EXIT_FAILED
    if subject is Subject.FISCAL_YEAR and args.fiscal_year is None:
        print(translate("cli", "Say which fiscal year: --fiscal-year YYYY."), file=sys.stderr)
        return EXIT_FAILED
    if subject is Subject.MEETING and args.meeting is None:
        print(
            translate("cli", "Say which meeting: --meeting ID (see: meetings list)."),
            file=sys.stderr,
        )
        return EXIT_FAILED
    if subject is Subject.MEETING and args.meeting not in {
        row.id for row in meetings.list_meetings(db)
    }:
        print(
            translate("cli", "There is no meeting %1.").replace("%1", str(args.meeting)),
            file=sys.stderr,
        )
        return EXIT_FAILED
    if (missing := _missing_subject(db, subject, args)) is not None:
        print(missing, file=sys.stderr)
        return EXIT_FAILED
    sheets = {sheet.key for sheet in label_sheets()}
    if args.badge_sheet is not None and args.badge_sheet not in sheets:
        print(
            translate("cli", "There is no label sheet %1: choose %2.")
            .replace("%1", args.badge_sheet)
            .replace("%2", ", ".join(sorted(sheets))),
            file=sys.stderr,
        )
        return EXIT_FAILED
    request = exports.DocumentRequest(
        badge_sheet=args.badge_sheet or Settings().badge_sheet,
        meeting_id=args.meeting,
        visit_id=args.visit,
        event_id=args.event,
        fiscal_year=args.fiscal_year,
        with_contact=args.with_contact,
        options=MinutesOptions(style=MinutesStyle(args.style) if args.style else None),
    )
    try:
        result = exports.export(db, args.kind, request, args.output)
    except exports.UnsupportedFormat:
        print(translate("cli", "Write a .pdf or .docx file."), file=sys.stderr)
        return EXIT_FAILED
    print(translate("cli", "Wrote %1.").replace("%1", str(result.path)))
    if result.unprintable:
        print(
            translate(
                "cli", "These characters cannot be printed with the document fonts: %1"
            ).replace("%1", "「" + "」「".join(result.unprintable) + "」"),
            file=sys.stderr,
        )
    return EXIT_OK
