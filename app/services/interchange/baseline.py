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
    *,
    agreed: bool = True,
) -> None:
    """Remember ``{uuid: (table, hash)}`` as exchanged at ``at`` (``known``: :func:`load`).

    ``agreed``: both databases now hold these versions (an import). An export only
    *offers* them — the package may never be imported, or be exported again after more
    edits — so it adds records this database never exchanged and leaves the base of the
    others where the last import put it. Otherwise a second export would hide, from the
    next package's baseline, a change the other side never received.
    """
    changed = [
        {"uuid": uuid, "row_hash": row_hash, "exchanged_at": at}
        for uuid, (_table, row_hash) in hashes.items()
        if uuid in known and agreed and known[uuid] != row_hash
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
