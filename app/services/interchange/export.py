"""``data export``: the records of this database (or a part of them) as a package."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.japanese.timezone import TOKYO
from app.models import Council
from app.services.correspondence.attachments import folder as attachments_folder
from app.services.interchange import baseline, package
from app.services.interchange.rules import keyed_hashes
from app.services.interchange.serialise import Row, encode, local_rows
from app.services.interchange.tables import AUDIT_TABLE, SCOPES, carried_tables
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written: records per table (in package order), and the attached files."""

    path: Path
    counts: tuple[tuple[str, int], ...]
    files: int
    missing_files: int  # attachments whose file is not in the data folder any more

    @property
    def records(self) -> int:
        return sum(count for _table, count in self.counts)


def export_time() -> datetime:
    """Now, unless ``SOURCE_DATE_EPOCH`` pins it (reproducible output, e.g. to diff two
    exports of the same data byte for byte)."""
    pinned = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if pinned.isdigit():
        return datetime.fromtimestamp(int(pinned), UTC)
    return datetime.now(UTC)


def export_package(
    db: Database,
    path: Path,
    *,
    since: date | None = None,
    only: Sequence[str] | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Write the package (``.zip``: with the attached files) and remember what was exchanged.

    ``since``: only records changed on or after that day (Japan time), plus what they
    refer to. ``only``: scopes of :data:`tables.SCOPES` (e.g. ``visits``).
    """
    unknown = set(only or ()) - set(SCOPES)
    if unknown:
        raise ValueError(f"unknown scope: {', '.join(sorted(unknown))}")
    now = now or export_time()
    with db.session() as session:
        rows = local_rows(session)
        bases = baseline.load(session)
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        source = {
            "council_name": council.name if council else "",
            "council_uuid": council.uuid if council else None,
        }
    chosen = _select(rows, since, tuple(only) if only else None)
    hashes = {
        key: hashed
        for table, uuid in _pairs(chosen)
        for key, hashed in keyed_hashes(table, rows[table][uuid]).items()
    }
    document: dict[str, Any] = {
        "format": package.FORMAT,
        "version": package.VERSION,
        "exported_at": encode(now),
        "source": source,
        "since": since.isoformat() if since else None,
        "only": sorted(only) if only else None,
        "baseline": {
            uuid: bases[uuid]
            for uuid, (_table, current) in sorted(hashes.items())
            if uuid in bases and bases[uuid] != current
        },
        "entities": {
            table.name: [rows[table.name][uuid] for uuid in sorted(chosen[table.name])]
            for table in carried_tables()
        },
    }
    files: dict[str, Path] = {}
    missing = 0
    if path.suffix.lower() == ".zip":
        stored = attachments_folder(db)
        for row in document["entities"]["attachment"]:
            source_file = stored / row["stored_name"]
            if package.STORED_NAME.match(row["stored_name"]) and source_file.is_file():
                files[row["stored_name"]] = source_file
            else:
                missing += 1
    package.write(path, document, files)
    with db.transaction() as session:
        baseline.record(session, hashes, bases, now, agreed=False)
    counts = tuple((table.name, len(chosen[table.name])) for table in carried_tables())
    return ExportResult(path, counts, len(files), missing)


def _pairs(chosen: dict[str, set[str]]) -> Iterable[tuple[str, str]]:
    for table, uuids in chosen.items():
        for uuid in uuids:
            yield table, uuid


def _changed_since(row: Row, since: date | None) -> bool:
    if since is None:
        return True
    start = datetime.combine(since, time(0, 0), tzinfo=TOKYO)
    return datetime.fromisoformat(row["updated_at"]) >= start


def _select(
    rows: dict[str, dict[str, Row]], since: date | None, only: tuple[str, ...] | None
) -> dict[str, set[str]]:
    """The uuids per table that go in the package (see docs/data-format.md, 絞り込み)."""
    roots = {table for scope in only for table in SCOPES[scope]} if only else None
    scoped: dict[str, set[str]] = {}
    chosen: dict[str, set[str]] = {}
    everything_scoped: set[str] = set()
    for table in carried_tables():
        in_scope: set[str] = set()
        for uuid, row in rows[table.name].items():
            if table.name == AUDIT_TABLE:
                continue  # decided below, by the records the entries are about
            if (
                roots is None
                or table.name in roots
                or any(r.owned and row[r.key] in scoped[r.target] for r in table.references)
            ):
                in_scope.add(uuid)
        scoped[table.name] = in_scope
        everything_scoped |= in_scope
    scoped[AUDIT_TABLE] = {
        uuid
        for uuid, row in rows[AUDIT_TABLE].items()
        if roots is None or row["entity_uuid"] in everything_scoped
    }
    for table in carried_tables():
        chosen[table.name] = {
            uuid for uuid in scoped[table.name] if _changed_since(rows[table.name][uuid], since)
        }
    # What the chosen records refer to comes along, so the package imports on its own.
    pending = [(table, uuid) for table, uuids in chosen.items() for uuid in uuids]
    formats = {table.name: table for table in carried_tables()}
    while pending:
        table_name, uuid = pending.pop()
        row = rows[table_name][uuid]
        for reference in formats[table_name].references:
            target = row[reference.key]
            if target is not None and target not in chosen[reference.target]:
                chosen[reference.target].add(target)
                pending.append((reference.target, target))
    return chosen
