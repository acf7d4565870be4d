"""Optimistic versions: a save writes over the row only if it is still the one shown.

Every row has a ``version`` that SQLAlchemy raises on each UPDATE and checks in its
WHERE clause (``version_id_col``). An edit names the version the user was shown;
:func:`expect` compares it with the row read in the transaction, and SQLAlchemy's own
check at flush catches a save that lands between that read and the write (PostgreSQL:
another user's transaction). Either way :func:`guarded_write` rolls the transaction
back and raises the :class:`EditConflict` its caller builds from a fresh read, so that
``StaleDataError`` never leaves the services and nothing is silently overwritten.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.services.problems import EditConflict
from app.storage.database import Database


class Versioned(Protocol):
    @property
    def version(self) -> int: ...


RowT = TypeVar("RowT", bound=Versioned)


def expect(
    row: RowT | None, version: int, *, unchanged: Callable[[RowT], bool] | None = None
) -> RowT:
    """``row`` if it exists at ``version``; else stop the write (see :func:`guarded_write`).

    ``unchanged`` accepts a newer version whose values the user saw are all still there:
    a remark's version also moves on when a neighbour's deletion renumbers it, and that
    must not stop the correction of its text.
    """
    if row is None:
        raise StaleDataError("the row was deleted by someone else")
    if row.version != version and not (unchanged is not None and unchanged(row)):
        raise StaleDataError(f"the row is at version {row.version}, not {version}")
    return row


def stale(reason: str) -> StaleDataError:
    """Stop the write for a reason :func:`expect` does not cover (the caller raises it)."""
    return StaleDataError(reason)


@contextmanager
def guarded_write(db: Database, conflict: Callable[[], EditConflict]) -> Iterator[Session]:
    """One write (``db.transaction()``) that raises ``conflict()`` instead of overwriting.

    ``conflict`` is called after the rollback: it reads the record as it is saved now.
    """
    try:
        with db.transaction() as session:
            yield session
    except StaleDataError as error:
        raise conflict() from error
