"""Sentences for why a database is not opened (or a backup not taken), in the UI language.

Storage names the reason with a :class:`Refusal` code; this is the one place that words
it, for the start-up dialogs and the command line alike. Each sentence says what was
found; the caller adds what to do (restore, update, choose another file …).
"""

from __future__ import annotations

from app.services.workspace import BackupRefused, DatabaseRefused, Refusal
from app.texts.failures import check_problems_text
from app.texts.i18n import translate


def refusal_text(reason: Refusal, location: str, written_by: str | None = None) -> str:
    """What is wrong with the database at ``location``, as one or two sentences."""
    if reason is Refusal.NEWER:
        version = written_by or translate("database", "unknown")
        return translate(
            "database", "This database was made by a newer version (%1). Please update the app."
        ).replace("%1", version)
    texts = {
        Refusal.MISSING: translate("database", "There is no database at %1."),
        Refusal.NOT_A_FILE: translate(
            "database", "%1 is a folder, not a database file. Give the path of the file."
        ),
        Refusal.UNREADABLE: translate(
            "database", "The database file %1 cannot be read (you have no permission to read it)."
        ),
        Refusal.EMPTY: translate(
            "database",
            "The database file %1 is empty: it holds no data (0 bytes, or not a single table).",
        ),
        Refusal.NOT_SQLITE: translate(
            "database",
            "The database file %1 cannot be read as a database: its beginning is damaged, "
            "or it is another kind of file.",
        ),
        Refusal.DAMAGED: translate("database", "The database file %1 is damaged."),
        Refusal.LOG_UNREADABLE: translate(
            "database",
            "The write log beside the database file %1 (its -wal file) cannot be read: "
            "the last changes saved in it may be lost.",
        ),
        Refusal.CHANGED_OUTSIDE: translate(
            "database",
            "The database file %1 was changed outside Jimukyoku Desk since the app last "
            "closed it (its checksum differs): it may be damaged.",
        ),
        Refusal.FOREIGN: translate(
            "database",
            "%1 is not a Jimukyoku Desk database: it belongs to another program. "
            "It was left unchanged.",
        ),
        Refusal.READ_ONLY: translate(
            "database",
            "The database file %1 cannot be written: the file or its folder is read-only.",
        ),
        Refusal.NEEDS_UPDATE: translate(
            "database",
            "The database %1 is from an older version and must be updated before use, "
            "which cannot be done while it is opened read-only.",
        ),
        Refusal.OPENED_READ_ONLY: translate(
            "database",
            "This database is open read-only: nothing can be changed or saved in this window.",
        ),
    }
    return texts[reason].replace("%1", location)


def refused_text(error: DatabaseRefused) -> str:
    """The sentence for a refused database."""
    return refusal_text(error.reason, error.location, error.written_by)


def backup_refused_text(error: BackupRefused) -> str:
    """Why the file chosen as a backup was not restored (nothing was changed)."""
    return (
        translate("database", "The backup was not restored; nothing was changed.")
        + "\n"
        + refusal_text(error.reason, str(error.path), error.written_by)
    )


def details_text(details: tuple[str, ...]) -> str:
    """What SQLite found, for a rescuer: ``Details: …`` (empty when there are none)."""
    if not details:
        return ""
    # SQLite's English words are worded in the UI language; the log keeps them as said.
    return translate("database", "Details: %1").replace("%1", check_problems_text(details[:3]))
