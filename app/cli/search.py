"""``jimukyoku search QUERY [--kind …] [--fiscal-year …]``: the search box, on the command line."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from app.services import areas
from app.texts.areas import search_kind_title
from app.texts.i18n import translate

if TYPE_CHECKING:
    from app.services.search.rows import SearchResult
    from app.services.workspace import Database

EXIT_OK, EXIT_NOTHING = 0, 1


def add_parser(commands: argparse._SubParsersAction) -> None:
    kinds = [declared.kind for declared in areas.search_kinds()]  # no SQLAlchemy: --help
    search = commands.add_parser(
        "search",
        help=translate(
            "cli", "search remarks, agenda items, actions, visits, letters, members, events"
        ),
    )
    search.add_argument("query", metavar="QUERY", help=translate("cli", "words to find"))
    search.add_argument(
        "--kind", action="append", choices=kinds, metavar="KIND", help=", ".join(kinds)
    )
    search.add_argument("--fiscal-year", type=int, metavar="YYYY")
    search.add_argument("--from", dest="date_from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    search.add_argument("--to", dest="date_to", type=date.fromisoformat, metavar="YYYY-MM-DD")
    search.add_argument(
        "--limit", type=int, default=20, metavar="N", help=translate("cli", "hits shown per kind")
    )


def _marked(snippet: str, highlights: tuple[tuple[int, int], ...]) -> str:
    """The snippet with each match in 【】, as a terminal cannot show a highlight."""
    out, last = [], 0
    for start, stop in highlights:
        if start < last:
            continue
        out += [snippet[last:start], "【", snippet[start:stop], "】"]
        last = stop
    out.append(snippet[last:])
    return "".join(out)


def format_result(result: SearchResult) -> str:
    lines: list[str] = []
    for group in result.groups:
        count = translate("cli", "%1 found").replace("%1", str(group.total))
        lines.append(f"{search_kind_title(group.kind)} ({count})")
        for hit in group.hits:
            day = hit.happened_on.isoformat() if hit.happened_on else " " * 10
            where = "  ".join(part for part in (hit.context, hit.person) if part)
            lines.append(f"  {day}  {where}")
            lines.append(f"      {_marked(hit.snippet, hit.highlights)}")
        if group.total > len(group.hits):
            more = translate("cli", "… and %1 more").replace(
                "%1", str(group.total - len(group.hits))
            )
            lines.append(f"  {more}")
        lines.append("")
    return "\n".join(lines)


def run(target: str, args: argparse.Namespace) -> int:
    from app.cli.database import with_database

    def work(db: Database) -> int:
        from app.services.search import query as search
        from app.services.search.rows import SearchFilters

        filters = SearchFilters(
            kinds=frozenset(args.kind or ()),
            fiscal_year=args.fiscal_year,
            date_from=args.date_from,
            date_to=args.date_to,
        )
        result = search.search(db, args.query, filters, per_kind=max(1, args.limit))
        if not result.groups:
            print(translate("cli", "Nothing found for “%1”.").replace("%1", args.query))
            return EXIT_NOTHING
        print(format_result(result), end="")
        return EXIT_OK

    return with_database(target, work)
