"""SQLite health checks: ``quick_check`` at start, ``integrity_check`` for backups and ``check``."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.storage.engine import open_raw_sqlite

_MAX_MESSAGES = 20


@dataclass(frozen=True, slots=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...] = ()

    def summary(self) -> str:
        return "ok" if self.ok else "; ".join(self.problems)


def _run(path: Path, pragma: str, *, scan_rows: bool) -> CheckResult:
    if not path.exists() or path.stat().st_size == 0:
        return CheckResult(ok=True)  # a new, empty database is healthy
    try:
        conn = open_raw_sqlite(path, readonly=True)
    except sqlite3.Error as exc:
        return CheckResult(ok=False, problems=(str(exc),))
    try:
        rows = conn.execute(f"PRAGMA {pragma}({_MAX_MESSAGES})").fetchall()
        messages = tuple(str(row[0]) for row in rows)
        if messages == ("ok",):
            if scan_rows:
                # The structure is sound; also read every row, so that a damaged record
                # payload (which the b-tree checks can miss) is found now, not mid-meeting.
                _scan_all_tables(conn)
            return CheckResult(ok=True)
        return CheckResult(ok=False, problems=messages)
    except sqlite3.Error as exc:
        return CheckResult(ok=False, problems=(str(exc),))
    finally:
        conn.close()


def _scan_all_tables(conn: sqlite3.Connection) -> None:
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        for _row in conn.execute(f"SELECT * FROM {quoted}"):
            pass


def quick_check(path: Path) -> CheckResult:
    """Fast structural check (run at every start)."""
    return _run(path, "quick_check", scan_rows=False)


def integrity_check(path: Path) -> CheckResult:
    """Thorough check (backups, ``jimukyoku check``)."""
    return _run(path, "integrity_check", scan_rows=True)
