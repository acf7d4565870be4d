"""The headless commands of the CLI (``demo``, ``check``, ``backup``, ``restore``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

import app.demo.loader as demo_service
from app.services import workspace
from app.services.problems import NotSaved
from app.services.workspace import (
    BackupError,
    BackupRefused,
    Database,
    DatabaseDamaged,
    DatabaseInUse,
    DatabaseRefused,
    HealthReport,
    Refusal,
)
from app.texts.database import backup_refused_text, details_text, refusal_text, refused_text
from app.texts.failures import failure_text
from app.texts.files import backup_failure_text, write_failure_text
from app.texts.i18n import translate

EXIT_OK, EXIT_FAILED, EXIT_IN_USE, EXIT_DAMAGED = 0, 1, 3, 4


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def with_database(target: str, work: Callable[[Database], int], **options: bool) -> int:
    """Open the database (never creating it: see :func:`create_if_missing`), run ``work``
    and close it; a refusal is said in the UI language, with what to do, and an exit code."""
    try:
        db = workspace.open_database(target, **{"create": False, **options})
    except DatabaseInUse as error:
        _err(_in_use_text(error))
        return EXIT_IN_USE
    except DatabaseRefused as error:
        _err(refusal_lines(error))
        return EXIT_DAMAGED if isinstance(error, DatabaseDamaged) else EXIT_FAILED
    except BackupError as error:  # today's or the pre-migration backup: nothing changed
        _err(backup_failure_text(error))
        return EXIT_FAILED
    except OSError as error:  # the lock or the file could not be written (a full disk …)
        _err(translate("cli", "The database could not be opened.") + "\n" + failure_text(error))
        return EXIT_FAILED
    try:
        return work(db)
    except NotSaved as error:  # a full disk, a read-only file …: said, never a traceback
        _err(translate("cli", "Nothing was saved.") + "\n" + failure_text(error))
        return EXIT_FAILED
    except OSError as error:  # a file the command writes (disk full, read-only …)
        _err(write_failure_text(error))
        return EXIT_FAILED
    finally:
        db.close()


def create_if_missing(target: str) -> int:
    """A new database where nothing is (for the commands that fill one); else nothing."""
    if workspace.path_problem(target) is not Refusal.MISSING:
        return EXIT_OK
    return with_database(target, lambda _db: EXIT_OK, create=True, daily_backup=False)


def _in_use_text(error: DatabaseInUse) -> str:
    owner = error.owner.describe() if error.owner else translate("cli", "another process")
    return translate("cli", "The database is in use by %1.").replace("%1", owner)


def refusal_lines(error: DatabaseRefused) -> str:
    """What was found, SQLite's details, and what to do about it."""
    lines = [refused_text(error)]
    if error.details:
        lines.append(details_text(error.details))
    if isinstance(error, DatabaseDamaged):
        lines += _restore_advice(error.location, error.newest_backup)
    elif error.reason is Refusal.MISSING:
        lines.append(
            translate(
                "cli",
                "Check the path given with --db. Only demo, members import, data import "
                "and restore make a new database.",
            )
        )
    elif error.reason is Refusal.READ_ONLY:
        lines.append(
            translate(
                "cli",
                "Copy it to a folder you can write to, or open it read-only in the window.",
            )
        )
    return "\n".join(lines)


def _restore_advice(location: str, newest: workspace.BackupInfo | None) -> list[str]:
    if newest is None:
        return [translate("cli", "No good backup was found.")]
    return [
        translate("cli", "Newest good backup: %1").replace("%1", str(newest.path)),
        translate("cli", "To restore it: jimukyoku --db %1 restore %2")
        .replace("%1", location)
        .replace("%2", str(newest.path)),
    ]


def demo(target: str, _args: argparse.Namespace) -> int:
    def work(db: Database) -> int:
        try:
            summary = demo_service.load_demo(db)
        except demo_service.DatabaseNotEmpty:
            _err(
                translate(
                    "cli",
                    "The database is not empty; sample data is only loaded into an empty one.",
                )
            )
            return EXIT_FAILED
        workspace.backup_on_close(db)  # sample data is worth a backup like a day's work
        print(
            translate(
                "cli",
                "Sample data loaded: %1 members, %2 meetings, %3 remarks, %4 visits, %5 events, "
                "%6 letters.",
            )
            .replace("%1", str(summary.members))
            .replace("%2", str(summary.meetings))
            .replace("%3", str(summary.remarks))
            .replace("%4", str(summary.visits))
            .replace("%5", str(summary.events))
            .replace("%6", str(summary.letters))
        )
        return EXIT_OK

    return with_database(target, work)


def check(target: str, _args: argparse.Namespace) -> int:
    """Check without writing a byte of the file; exit code 0 only when healthy."""
    report = workspace.check_database(target)
    print(translate("cli", "Database: %1").replace("%1", report.location))
    if report.revision is not None:
        print(
            translate("cli", "Schema revision: %1 (current: %2)")
            .replace("%1", report.revision)
            .replace("%2", report.head)
        )
    for line in _verdict_lines(report):
        print(line)
    for name, value in report.pragmas.items():
        print(f"  {name} = {value}")
    is_file = not report.location.startswith(("postgresql", "mysql"))
    if is_file and report.integrity_ok and report.reason is None:
        if report.newest_backup is not None:
            print(
                translate("cli", "Newest good backup: %1").replace(
                    "%1", str(report.newest_backup.path)
                )
            )
        else:
            print(translate("cli", "No good backup was found."))
    elif is_file and not report.integrity_ok:
        for line in _restore_advice(report.location, report.newest_backup):
            print(line)
    if report.reason is None and report.revision != report.head:
        print(translate("cli", "The schema is not current; start the app once to update it."))
    return EXIT_OK if report.healthy else EXIT_FAILED


def _verdict_lines(report: HealthReport) -> list[str]:
    if report.reason is None:
        return [translate("cli", "Integrity: ok")]
    lines = [] if report.integrity_ok else [translate("cli", "Integrity: DAMAGED")]
    lines.append(refusal_text(report.reason, report.location, report.written_by))
    lines += [f"  {problem}" for problem in report.problems[:10]]
    return lines


def backup(target: str, args: argparse.Namespace) -> int:
    def work(db: Database) -> int:
        try:
            made = workspace.backup_database(db, args.to)
        except BackupError as error:
            _err(backup_failure_text(error))
            return EXIT_FAILED
        except workspace.NotSupportedHere as error:
            _err(failure_text(error))
            return EXIT_FAILED
        print(translate("cli", "Backup saved and verified: %1").replace("%1", str(made)))
        return EXIT_OK

    # A backup reads only: it works while the GUI has the database open, and on a file
    # that cannot be written.
    return with_database(
        target, work, read_only=True, take_lock=False, run_migrations=False, daily_backup=False
    )


def restore(target: str, args: argparse.Namespace) -> int:
    try:
        kept = workspace.restore_database(target, args.file)
    except DatabaseInUse as error:
        _err(_in_use_text(error))
        return EXIT_IN_USE
    except BackupRefused as error:
        _err(backup_refused_text(error))
        if error.details:
            _err(details_text(error.details))
        return EXIT_FAILED
    except (BackupError, workspace.NotSupportedHere, OSError) as error:
        _err(failure_text(error))
        return EXIT_FAILED
    print(translate("cli", "Restored from %1.").replace("%1", str(args.file)))
    if kept is not None:
        print(translate("cli", "The previous data is kept in %1").replace("%1", str(kept)))
    return EXIT_OK
