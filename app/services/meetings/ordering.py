"""Ordered child rows (agenda items, guests …) kept numbered 0, 1, 2 … by ``position``."""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy.orm import Session


class Positioned(Protocol):
    position: int


def remove_and_renumber(session: Session, siblings: list[Any], row: Positioned) -> None:
    """Delete ``row`` from its ordered collection and close the gap it leaves."""
    siblings.remove(row)
    session.delete(row)
    for position, other in enumerate(siblings):
        if other.position != position:
            other.position = position
