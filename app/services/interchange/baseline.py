"""The merge baseline: what this database last exchanged of each record (by hash)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.models import ExchangeBase


def load(session: Session) -> dict[str, str]:
    """``{uuid: hash}`` of every record this database has exchanged."""
    rows = session.execute(select(ExchangeBase.uuid, ExchangeBase.row_hash))
    return {uuid: row_hash for uuid, row_hash in rows}


def record(
    session: Session,
    hashes: Mapping[str, tuple[str, str]],
    known: Mapping[str, str],
    at: datetime,
) -> None:
    """Remember ``{uuid: (table, hash)}`` as exchanged at ``at`` (``known``: :func:`load`)."""
    changed = [
        {"uuid": uuid, "row_hash": row_hash, "exchanged_at": at}
        for uuid, (_table, row_hash) in hashes.items()
        if uuid in known
    ]
    new = [
        {"uuid": uuid, "entity": table, "row_hash": row_hash, "exchanged_at": at}
        for uuid, (table, row_hash) in hashes.items()
        if uuid not in known
    ]
    if changed:
        session.execute(update(ExchangeBase), changed)
    if new:
        session.execute(insert(ExchangeBase), new)
