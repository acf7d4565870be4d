"""Ordered child rows (agenda items, guests …) kept numbered 0, 1, 2 … by ``position``."""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy.orm import Session

from app.services.versions import stale


class Positioned(Protocol):
    position: int


def remove_and_renumber(session: Session, siblings: list[Any], row: Positioned) -> None:
    """Delete ``row`` from its ordered collection and close the gap it leaves.

    On PostgreSQL the collection may be read after someone else's deletion of ``row``
    was committed: then it is not there, and the write stops as a conflict.
    """
    if row not in siblings:
        raise stale("the row was deleted by someone else")
    siblings.remove(row)
    session.delete(row)
    for position, other in enumerate(siblings):
        if other.position != position:
            other.position = position
