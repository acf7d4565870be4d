"""Opening the database at start-up, and what to ask when it cannot be opened as it is.

Nothing is decided for the user: a damaged file is restored, an empty one replaced, a
changed one used anyway, a missing one created, a busy one opened read-only, only when
they choose it (the default file in the user data folder is created on first start
without asking: there is nothing else it could be).
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.services import workspace
from app.services.workspace import (
    BackupRefused,
    Database,
    DatabaseDamaged,
    DatabaseInUse,
    DatabaseRefused,
    Refusal,
)
from app.texts.database import backup_refused_text
from app.ui.dialogs import startup_messages as messages
from app.ui.dialogs.startup_messages import Choice

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_IN_USE = 3
EXIT_DAMAGED = 4


@dataclass(frozen=True, slots=True)
class OpenRequest:
    """How to open the database; every flag but ``create`` for the default file is the
    user's answer to a question."""

    target: str
    backup_keep: int
    create: bool = False
    read_only: bool = False
    accept_changes: bool = False
    replace_empty: bool = False

    @classmethod
    def first(cls, target: str, backup_keep: int) -> OpenRequest:
        return cls(target, backup_keep, create=workspace.is_default_target(target))


def open_now(request: OpenRequest) -> Database:
    # Today's backup is made once the window is shown (BackupRunner), not before.
    return workspace.open_database(
        request.target,
        create=request.create,
        read_only=request.read_only,
        accept_changes=request.accept_changes,
        replace_empty=request.replace_empty,
        backup_keep=request.backup_keep,
        daily_backup=False,
    )


def start_opening(request: OpenRequest) -> Future[Database]:
    """Open the database on a thread while the UI is built: its start-up check
    (``quick_check`` and the file's hash, outside the GIL) overlaps the UI's imports."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-database")
    opening = pool.submit(open_now, request)
    pool.shutdown(wait=False)  # the thread ends with the work
    return opening


def open_with_dialogs(
    request: OpenRequest, *, interactive: bool, first_attempt: Future[Database] | None = None
) -> Database | int:
    """Open the database, asking the user what to do when something is wrong; an exit
    code when nothing is opened. ``first_attempt``: an opening already under way."""
    while True:
        try:
            if first_attempt is not None:
                attempt, first_attempt = first_attempt, None
                return attempt.result()
            return open_now(request)
        except DatabaseInUse as error:
            choice = messages.ask_in_use(error, interactive=interactive)
            if choice is Choice.READ_ONLY:
                request = replace(request, read_only=True)
            elif choice is not Choice.SWITCH:
                return EXIT_IN_USE
            elif _switch(error):
                return EXIT_OK  # the window that has it is in front: this start is done
            else:
                messages.report_not_reached(interactive=interactive)
        except DatabaseDamaged as error:
            answered = _answer_damaged(request, error, interactive)
            if isinstance(answered, int):
                return answered
            request = answered
        except DatabaseRefused as error:
            if error.reason is Refusal.MISSING and request.read_only:
                messages.report_refused(error, interactive=interactive)
                return EXIT_FAILED
            if error.reason is Refusal.MISSING:
                if messages.ask_create(error, interactive=interactive) is not Choice.CREATE:
                    return EXIT_FAILED
                request = replace(request, create=True)
            elif error.reason is Refusal.READ_ONLY:
                if messages.ask_read_only(error, interactive=interactive) is not Choice.READ_ONLY:
                    return EXIT_FAILED
                request = replace(request, read_only=True)
            else:  # a newer version's, another program's, a folder …: nothing to choose
                messages.report_refused(error, interactive=interactive)
                return EXIT_FAILED
        except Exception as error:  # a migration or a backup failed: say so, change nothing
            title = QCoreApplication.translate("startup", "The database could not be opened")
            messages.report_failure(title, error, interactive=interactive)
            return EXIT_FAILED


def _switch(error: DatabaseInUse) -> bool:
    from app.ui import single_instance  # QtNetwork: only for a second start

    db_path = error.lock_path.with_name(error.lock_path.name.removesuffix(".lock"))
    return single_instance.ask_to_raise(db_path)


def _answer_damaged(
    request: OpenRequest, error: DatabaseDamaged, interactive: bool
) -> OpenRequest | int:
    """The next request after the user's answer, or an exit code."""
    choice = messages.ask_damaged(error, interactive=interactive)
    if choice is Choice.USE_ANYWAY:
        return replace(request, accept_changes=True)
    if choice is Choice.START_NEW:
        return replace(request, replace_empty=True)
    if choice is not Choice.RESTORE or error.newest_backup is None:
        return EXIT_DAMAGED
    try:
        workspace.restore_database(request.target, error.newest_backup.path)
    except Exception as failure:  # say why; never a traceback
        title = QCoreApplication.translate("startup", "The backup could not be restored")
        if isinstance(failure, BackupRefused):
            failure = RuntimeError(backup_refused_text(failure))
        messages.report_failure(title, failure, interactive=interactive)
        return EXIT_DAMAGED
    return replace(request, accept_changes=False, replace_empty=False)


def close_when_opened(opening: Future[Database]) -> None:
    try:
        opening.result().close()
    except Exception:  # nothing was opened: nothing to close
        return


def database_path(db: Database) -> Path | None:
    """The file a second start reaches this window by (None: a server, or read-only)."""
    return db.path if db.lock is not None and not db.read_only else None
