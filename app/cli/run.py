"""The command line: ``jimukyoku [--db X] [--lang ja|en] [COMMAND]``; the GUI by default.

Help and messages are in the UI language (``--lang``, else the setting, else the
system locale), translated through Qt Linguist like the GUI.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.settings import Settings
from app.texts import i18n
from app.texts.i18n import translate

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse asks for "" when it builds a subcommand's prog: no "usage: " there, or
        # `jimukyoku data export --help` would say "usage: usage: usage: jimukyoku data …"
        if prefix is None:
            prefix = translate("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with its own headings and errors in the UI language."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("cli", "commands")
        self._optionals.title = translate("cli", "options")
        self.add_argument(
            "-h", "--help", action="help", help=translate("cli", "show this help and exit")
        )

    def _parse_optional(self, arg_string: str):
        # Every option is ASCII: "-委員" is a word (a search for it), not an unknown option.
        if len(arg_string) > 1 and arg_string[0] == "-" and not arg_string[1].isascii():
            return None
        return super()._parse_optional(arg_string)

    def error(self, message: str) -> None:  # type: ignore[override]
        from app.cli.usage import usage_error_text

        self.print_usage(sys.stderr)
        label = translate("cli", "error")
        self.exit(EXIT_USAGE, f"{self.prog}: {label}: {usage_error_text(message, self.prog)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jimukyoku",
        description=translate(
            "cli", "Jimukyoku Desk: the desktop office of a council secretariat."
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=translate(
            "cli",
            "database file or SQLAlchemy URL (default: $JIMUKYOKU_DATABASE_URL, "
            "else the file in the user data folder)",
        ),
    )
    parser.add_argument(
        "--lang", choices=("ja", "en"), help=translate("cli", "language of the interface")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"jimukyoku {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help=translate("cli", "open the window (the default)"))
    gui.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help=translate("cli", "save a picture of the main window to FILE.png and exit"),
    )
    gui.add_argument(
        "--tab",
        metavar="TAB",
        help=translate("cli", "tab to show: home, members, meetings, visits, correspondence …"),
    )

    commands.add_parser(
        "demo", help=translate("cli", "fill an empty database with fictional sample data")
    )
    commands.add_parser(
        "check", help=translate("cli", "check the database; exit code 0 only when healthy")
    )
    backup = commands.add_parser("backup", help=translate("cli", "make a verified backup"))
    backup.add_argument(
        "--to", type=Path, metavar="FILE", help=translate("cli", "write the backup to FILE")
    )
    restore = commands.add_parser(
        "restore", help=translate("cli", "replace the database by a backup")
    )
    restore.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "backup file"))

    from app.cli import documents as cli_documents
    from app.cli import events as cli_events
    from app.cli import interchange as cli_interchange
    from app.cli import members as cli_members
    from app.cli import search as cli_search

    cli_members.add_parser(commands)
    cli_documents.add_parsers(commands)
    cli_search.add_parser(commands)
    cli_interchange.add_parser(commands)
    cli_events.add_parser(commands)
    return parser


def _early_language(argv: Sequence[str], settings: Settings) -> str:
    """The UI language, known before the parser is built (its help is translated)."""
    requested = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            requested = argv[index + 1]
        elif arg.startswith("--lang="):
            requested = arg.split("=", 1)[1]
    return i18n.choose_language(requested, settings.language)


def _fills(command: str, args: argparse.Namespace) -> bool:
    """The commands that put data into a database: only they make one where none is
    (``restore`` makes its file from the backup). Every other command refuses a missing
    database rather than leave an empty file behind a typing mistake."""
    if command == "demo":
        return True
    if command == "members":
        return bool(args.members_command == "import")
    if command == "data":
        return bool(args.data_command == "import" and not args.dry_run)
    return False


def main(argv: Sequence[str] | None = None, settings: Settings | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    settings = settings or Settings()
    i18n.load(_early_language(args_list, settings))
    args = build_parser().parse_args(args_list)

    from app.services import workspace  # after parsing: --help stays fast

    target = workspace.resolve_target(args.db, os.environ.get("JIMUKYOKU_DATABASE_URL"))
    command = args.command or "gui"
    if command == "gui":
        from app.ui.app import run_gui

        return run_gui(
            target,
            settings,
            screenshot=getattr(args, "screenshot", None),
            tab=getattr(args, "tab", None),
        )
    from app.cli import database as cli_commands
    from app.cli import documents as cli_documents
    from app.cli import events as cli_events
    from app.cli import interchange as cli_interchange
    from app.cli import members as cli_members
    from app.cli import search as cli_search

    if _fills(command, args):
        made = cli_commands.create_if_missing(target)
        if made != cli_commands.EXIT_OK:
            return made
    handlers = {
        "search": cli_search.run,
        "members": cli_members.run,
        "meetings": cli_documents.run_meetings,
        "visits": cli_documents.run_visits,
        "calendar": cli_documents.run_calendar,
        "export": cli_documents.run_export,
        "data": cli_interchange.run,
        "events": cli_events.run,
        "demo": cli_commands.demo,
        "check": cli_commands.check,
        "backup": cli_commands.backup,
        "restore": cli_commands.restore,
    }
    return handlers[command](target, args)


if __name__ == "__main__":
    sys.exit(main())
