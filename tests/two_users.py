"""Two people on one database, as in a shared office: user A (the test's ``db``) and user B,
each with a ``Database`` of their own opened through ``workspace.open_database`` on the
same file or PostgreSQL URL (SQLite: B takes no lock, as a second process could not).

The conflict tests have A read, B save, then A save: A must get ``EditConflict`` and B's
save must stay. :func:`b_saves_inside_a_write` makes B's save land inside A's own
transaction, after A's version check and before its write: what two people saving at
the same moment do on PostgreSQL.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from app.services.workspace import Database, open_database

ON_POSTGRES = bool(os.environ.get("JIMUKYOKU_TEST_DATABASE_URL"))

postgres_only = pytest.mark.skipif(
    not ON_POSTGRES,
    reason="two writers at the same moment: PostgreSQL (SQLite has one writing process, "
    "held by the instance lock)",
)


@dataclass(frozen=True)
class Users:
    a: Database
    b: Database


@pytest.fixture
def users(db: Database, db_target: str) -> Iterator[Users]:
    """User A is the test's database; user B opens the same one on their own connection."""
    other = open_database(db_target, take_lock=False, daily_backup=False)
    try:
        yield Users(db, other)
    finally:
        other.close()


def b_saves_inside_a_write(
    monkeypatch: pytest.MonkeyPatch,
    module: ModuleType,
    b_save: Callable[[], Any],
    check: str = "expect",
) -> list[Any]:
    """Run ``b_save`` once, right after the next version check ``module`` makes (A's:
    its function named ``check``), inside A's transaction. Returns what B's save
    returned (one item once it ran)."""
    checked = getattr(module, check)
    done: list[Any] = []
    started: list[bool] = []  # B's own save checks versions too: it must not recurse

    def expect_then_b_saves(*args: Any, **kwargs: Any) -> Any:
        row = checked(*args, **kwargs)
        if not started:
            started.append(True)
            done.append(b_save())
        return row

    monkeypatch.setattr(module, check, expect_then_b_saves)
    return done
