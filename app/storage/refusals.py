"""Why a database file is not opened, or not taken as a backup: codes, never sentences.

Storage names the reason; ``app.texts.database`` words it, in Japanese or English, for the
GUI and the command line alike. The values are stable: logs and tests keep them.
"""

from __future__ import annotations

from enum import StrEnum


class Refusal(StrEnum):
    MISSING = "missing"  # nothing at the path
    NOT_A_FILE = "not_a_file"  # a folder (or a device …) where a file was expected
    UNREADABLE = "unreadable"  # the file cannot be read (permissions)
    EMPTY = "empty"  # 0 bytes, or a SQLite file without a single table
    NOT_SQLITE = "not_sqlite"  # the header is not SQLite's: a zeroed header, another format
    DAMAGED = "damaged"  # quick_check / integrity_check found damage
    LOG_UNREADABLE = "log_unreadable"  # the -wal holds commits SQLite would skip unseen
    CHANGED_OUTSIDE = "changed_outside"  # the checksum of the last clean close differs
    FOREIGN = "foreign"  # another program's database: never migrated, never written
    NEWER = "newer"  # made by a newer version of the app (an unknown schema revision)
    READ_ONLY = "read_only"  # the file or its folder cannot be written
    NEEDS_UPDATE = "needs_update"  # an older schema, but opened read-only: it cannot migrate
    OPENED_READ_ONLY = "opened_read_only"  # a write asked of a database opened read-only


# A good backup repairs these; the others are not damage (a newer or foreign file, a path
# that is wrong), and restoring over them would lose something or fix nothing.
RESTORABLE = frozenset(
    {
        Refusal.EMPTY,
        Refusal.NOT_SQLITE,
        Refusal.DAMAGED,
        Refusal.LOG_UNREADABLE,
        Refusal.CHANGED_OUTSIDE,
    }
)

# SQLite itself reads these files without complaint: the user may look and decide to use
# the file as it is (never without being asked).
USABLE_ANYWAY = frozenset({Refusal.LOG_UNREADABLE, Refusal.CHANGED_OUTSIDE})
