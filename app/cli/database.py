"""The headless commands of the CLI (``demo``, ``check``, ``backup``, ``restore``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

import app.demo.loader as demo_service
from app.services import workspace
from app.services.workspace import BackupError, Database, DatabaseDamaged, DatabaseInUse
from app.texts.files import backup_failure_text, write_failure_text
from app.texts.i18n import translate

EXIT_OK, EXIT_FAILED, EXIT_IN_USE, EXIT_DAMAGED = 0, 1, 3, 4


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def with_database(target: str, work: Callable[[Database], int], **options: bool) -> int:
    try:
        db = workspace.open_database(target, **options)
    except FileNotFoundError:
        _err(translate("cli", "There is no database at %1.").replace("%1", target))
        return EXIT_FAILED
    except DatabaseInUse as error:
        owner = error.owner.describe() if error.owner else translate("cli", "another process")
        _err(translate("cli", "The database is in use by %1.").replace("%1", owner))
        return EXIT_IN_USE
    except DatabaseDamaged as error:
        _err(_damaged_text(error))
        return EXIT_DAMAGED
    except BackupError as error:  # today's or the pre-migration backup: nothing changed
        _err(backup_failure_text(error))
        return EXIT_FAILED
    try:
        return work(db)
    except OSError as error:  # a file the command writes (disk full, read-only …)
        _err(write_failure_text(error))
        return EXIT_FAILED
    finally:
        db.close()


def _damaged_text(error: DatabaseDamaged) -> str:
    lines = [
        translate("cli", "The database file is damaged: %1").replace("%1", str(error.path)),
        translate("cli", "Problem: %1").replace("%1", "; ".join(error.problems[:5])),
    ]
    if error.newest_backup is not None:
        lines.append(
            translate("cli", "Newest good backup: %1").replace("%1", str(error.newest_backup.path))
        )
        lines.append(
            translate("cli", "To restore it: jimukyoku --db %1 restore %2")
            .replace("%1", str(error.path))
            .replace("%2", str(error.newest_backup.path))
        )
    else:
        lines.append(translate("cli", "No good backup was found."))
    return "\n".join(lines)


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
                "Sample data loaded: %1 members, %2 meetings, %3 remarks, %4 visits, %5 letters.",
            )
            .replace("%1", str(summary.members))
            .replace("%2", str(summary.meetings))
            .replace("%3", str(summary.remarks))
            .replace("%4", str(summary.visits))
            .replace("%5", str(summary.letters))
        )
        return EXIT_OK

    return with_database(target, work)


def check(target: str, _args: argparse.Namespace) -> int:
    report = workspace.check_database(target)
    print(translate("cli", "Database: %1").replace("%1", report.location))
    print(
        translate("cli", "Schema revision: %1 (current: %2)")
        .replace("%1", report.revision or "-")
        .replace("%2", report.head)
    )
    if report.integrity_ok:
        print(translate("cli", "Integrity: ok"))
    else:
        print(translate("cli", "Integrity: DAMAGED"))
        for problem in report.problems[:10]:
            print(f"  {problem}")
    for name, value in report.pragmas.items():
        print(f"  {name} = {value}")
    if report.newest_backup is not None:
        print(
            translate("cli", "Newest good backup: %1").replace("%1", str(report.newest_backup.path))
        )
    elif report.location and not report.location.startswith(("postgresql", "mysql")):
        print(translate("cli", "No good backup was found."))
    if not report.integrity_ok and report.newest_backup is not None:
        print(
            translate("cli", "To restore it: jimukyoku --db %1 restore %2")
            .replace("%1", report.location)
            .replace("%2", str(report.newest_backup.path))
        )
    if report.integrity_ok and report.revision != report.head:
        print(translate("cli", "The schema is not current; start the app once to update it."))
    return EXIT_OK if report.healthy else EXIT_FAILED


def backup(target: str, args: argparse.Namespace) -> int:
    def work(db: Database) -> int:
        try:
            made = workspace.backup_database(db, args.to)
        except BackupError as error:
            _err(backup_failure_text(error))
            return EXIT_FAILED
        except workspace.NotSupportedHere as error:
            _err(str(error))
            return EXIT_FAILED
        print(translate("cli", "Backup saved and verified: %1").replace("%1", str(made)))
        return EXIT_OK

    # A backup reads only: it works while the GUI has the database open.
    return with_database(
        target, work, take_lock=False, run_migrations=False, daily_backup=False, must_exist=True
    )


def restore(target: str, args: argparse.Namespace) -> int:
    try:
        kept = workspace.restore_database(target, args.file)
    except DatabaseInUse as error:
        owner = error.owner.describe() if error.owner else translate("cli", "another process")
        _err(translate("cli", "The database is in use by %1.").replace("%1", owner))
        return EXIT_IN_USE
    except (BackupError, workspace.NotSupportedHere, OSError) as error:
        _err(str(error))
        return EXIT_FAILED
    print(translate("cli", "Restored from %1.").replace("%1", str(args.file)))
    if kept is not None:
        print(translate("cli", "The previous data is kept in %1").replace("%1", str(kept)))
    return EXIT_OK
