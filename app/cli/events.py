"""``jimukyoku events list|create``: the events (行事) from the command line.

``create`` writes nothing unless every value can be saved; each problem is said with
the option's caption, in the UI language, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli import event_applications
from app.texts.i18n import translate

if TYPE_CHECKING:
    from app.services.events.rows import FeeInput
    from app.services.workspace import Database

EXIT_OK, EXIT_FAILED = 0, 1
_KINDS = "セミナー, 勉強会, 交流会, 商談会, 見学会, 研修, 説明会"


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "events", help=translate("cli", "events: seminars, exchange meetings, business fairs")
    )
    actions = parser.add_subparsers(dest="events_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=translate("cli", "list the events, latest first"))
    listing.add_argument(
        "--fiscal-year", type=int, metavar="YYYY", help=translate("cli", "fiscal year, e.g. 2025")
    )
    listing.add_argument("--kind", metavar="KIND", help=_KINDS)
    creating = actions.add_parser(
        "create", help=translate("cli", "create an event and print its id")
    )
    creating.add_argument("--kind", default="セミナー", metavar="KIND", help=_KINDS)
    creating.add_argument("--title", default="", help=translate("cli", "title of the event"))
    creating.add_argument("--theme", default="", help=translate("cli", "theme"))
    creating.add_argument(
        "--date", default="", metavar="YYYY-MM-DD", help=translate("cli", "date of the event")
    )
    creating.add_argument(
        "--open", default="", metavar="HH:MM", help=translate("cli", "doors open")
    )
    creating.add_argument(
        "--start", default="", metavar="HH:MM", help=translate("cli", "starting time")
    )
    creating.add_argument(
        "--end", default="", metavar="HH:MM", help=translate("cli", "ending time")
    )
    creating.add_argument("--venue", default="", help=translate("cli", "venue"))
    creating.add_argument("--address", default="", help=translate("cli", "address of the venue"))
    creating.add_argument("--room", default="", help=translate("cli", "room"))
    creating.add_argument(
        "--capacity", default="", metavar="N", help=translate("cli", "places (none: no limit)")
    )
    creating.add_argument(
        "--deadline",
        default="",
        metavar="YYYY-MM-DD",
        help=translate("cli", "application deadline"),
    )
    creating.add_argument("--organiser", default="", help=translate("cli", "organiser"))
    creating.add_argument(
        "--fee",
        action="append",
        default=[],
        metavar="CATEGORY=YEN",
        help=translate("cli", "a fee, e.g. 会員=0 or 一般=1000 (repeatable)"),
    )
    event_applications.add_parsers(actions)


def run(target: str, args: argparse.Namespace) -> int:
    from app.cli.database import with_database  # the data layer loads only for a command

    handlers = {
        "list": _list,
        "create": _create,
        "import": event_applications.import_applications,
        "participants": event_applications.list_participants,
    }
    handler = handlers[args.events_command]
    return with_database(target, lambda db: handler(db, args))


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _unknown_kind(text: str) -> int:
    _err(
        translate("cli", "Unknown kind of event: %1 (use one of %2).")
        .replace("%1", text)
        .replace("%2", _KINDS)
    )
    return EXIT_FAILED


def _list(db: Database, args: argparse.Namespace) -> int:
    from app.services.events.codes import kind_named
    from app.services.events.listing import list_events
    from app.texts.event_labels import event_label as label

    kind = None
    if args.kind is not None and (kind := kind_named(args.kind)) is None:
        return _unknown_kind(args.kind)
    for row in list_events(db, fiscal_year=args.fiscal_year, kind=kind):
        places = f"{row.attending}/{row.capacity}" if row.capacity else str(row.attending)
        waiting = (
            translate("cli", "%1 waiting").replace("%1", str(row.waitlisted))
            if row.waitlisted
            else ""
        )
        start = row.start_time.strftime("%H:%M") if row.start_time else ""
        fields = (str(row.id), row.held_on.isoformat(), start, label(row.kind), row.title)
        print("\t".join((*fields, row.venue_name, label(row.status), places, waiting)).rstrip())
    return EXIT_OK


def _fees(texts: list[str]) -> tuple[FeeInput, ...] | None:
    from app.services.events.rows import FeeInput

    fees = []
    for text in texts:
        category, equals, amount = text.partition("=")
        if not equals or not category.strip():
            _err(
                translate(
                    "cli", "Cannot read the fee %1: write it as CATEGORY=YEN, e.g. 一般=1000."
                ).replace("%1", text)
            )
            return None
        fees.append(FeeInput(category.strip(), amount.strip() or "0"))
    return tuple(fees)


def _create(db: Database, args: argparse.Namespace) -> int:
    from app.services.events import editing
    from app.services.events.codes import kind_named
    from app.services.events.rows import EventForm
    from app.services.problems import Invalid
    from app.texts.event_labels import field_caption
    from app.texts.problems import problem_text

    kind = kind_named(args.kind)
    if kind is None:
        return _unknown_kind(args.kind)
    fees = _fees(args.fee)
    if fees is None:
        return EXIT_FAILED
    form = EventForm(
        title=args.title,
        kind=kind,
        held_on=args.date,
        theme=args.theme,
        organiser=args.organiser,
        open_time=args.open,
        start_time=args.start,
        end_time=args.end,
        venue_name=args.venue,
        venue_address=args.address,
        venue_room=args.room,
        capacity=args.capacity,
        application_deadline=args.deadline,
        fees=fees,
    )
    try:
        saved = editing.save(db, form)
    except Invalid as invalid:
        for field, problem in invalid.problems.items():
            _err(f"{field_caption(field)}: {problem_text(problem)}")
        _err(translate("cli", "The event was not created."))
        return EXIT_FAILED
    print(saved.id)
    return EXIT_OK
