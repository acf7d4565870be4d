"""``data import``: carry out a plan in one transaction (all of it, or nothing).

The plan is worked out again inside the transaction, so what is applied is what the
database holds at that moment. Records are written through the ORM, so the optimistic
``version`` of every updated record moves on as for any other save; ``created_at`` and
``updated_at`` are taken from the package (the record is theirs, as they saved it).
A table's own rules (``rules.py``) clear what would clash just before its rows are
written and settle what follows once they are (an event's places refilled).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, cast

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Base
from app.services.audit import trail as audit_trail
from app.services.correspondence.attachments import folder as attachments_folder
from app.services.interchange import baseline
from app.services.interchange.package import Package, PackageError, PackageProblem
from app.services.interchange.plan import Choice, Decision, ImportPlan, Outcome, compute
from app.services.interchange.rules import Adjustment, rules_of
from app.services.interchange.serialise import decode
from app.services.interchange.tables import carried_tables
from app.storage import atomic
from app.storage.database import Database


def plan_import(db: Database, package: Package) -> ImportPlan:
    """What :func:`apply_import` would do, with no conflict decided; writes nothing."""
    with db.session() as session:
        return compute(session, package, attachments_dir=attachments_folder(db))[0]


def apply_import(
    db: Database,
    package: Package,
    choices: Mapping[str, Choice] | None = None,
    *,
    now: datetime | None = None,
) -> ImportPlan:
    """Apply everything but undecided conflicts; returns the plan as carried out.

    Raises :class:`PackageError` (and changes nothing) if the database refuses the
    records or an attached file does not match its checksum.
    """
    folder = attachments_folder(db)
    written: list[Path] = []
    try:
        with db.transaction() as session:
            plan, decisions = compute(session, package, choices, folder)
            session.info[audit_trail.IMPORTING] = {
                d.uuid for d in decisions if d.outcome is Outcome.ADD
            }
            settled_by_rules = _write_records(session, decisions)
            settled = {k: v for d in decisions for k, v in d.settled.items()}
            baseline.record(session, settled, baseline.load(session), now or datetime.now(UTC))
            written = _write_files(package, decisions, folder)
    except IntegrityError as error:
        _remove(written)
        raise PackageError(_refusal(error), str(error.orig)) from error
    except BaseException:
        _remove(written)
        raise
    return replace(plan, adjusted=plan.adjusted + settled_by_rules)


def _refusal(error: IntegrityError) -> PackageProblem:
    """A number or name used on both sides clashes; any other refusal (a check the
    package's values do not pass) is a record that does not fit."""
    unique = getattr(error.orig, "sqlstate", None) == "23505" or "UNIQUE" in str(error.orig)
    return PackageProblem.CLASH if unique else PackageProblem.BAD_CONTENT


def _values(
    decision: Decision, ids: dict[str, dict[str, int]], session: Session
) -> dict[str, object]:
    table, row = decision.table, decision.row
    values: dict[str, object] = {c.name: decode(table, c.name, row[c.name]) for c in table.columns}
    for reference in table.references:
        target = row[reference.key]
        if target is None:
            values[reference.column] = None
            continue
        if target not in ids.setdefault(reference.target, {}):
            sql = Base.metadata.tables[reference.target]
            found = session.execute(select(sql.c.id).where(sql.c.uuid == target)).scalar_one()
            ids[reference.target][str(target)] = found
        values[reference.column] = ids[reference.target][str(target)]
    return values


def _write_records(session: Session, decisions: list[Decision]) -> tuple[Adjustment, ...]:
    """Write the added and updated records, table by table; returns what the tables'
    rules changed afterwards."""
    ids: dict[str, dict[str, int]] = {}
    adjusted: list[Adjustment] = []
    for table in carried_tables():
        mine = [d for d in decisions if d.table.name == table.name and d.writes]
        if not mine:
            continue
        rules = rules_of(table.name)
        writing = {d.uuid: d.row for d in mine}
        if rules.clear is not None:
            rules.clear(session, writing)
        model = table.model
        updating = [d.uuid for d in mine if d.outcome is not Outcome.ADD]
        existing = {
            record.uuid: record
            for record in session.scalars(select(model).where(model.uuid.in_(updating)))
        }
        for decision in mine:
            values = _values(decision, ids, session)
            if decision.outcome is Outcome.ADD:
                session.add(model(**values))
            else:
                record = existing[decision.uuid]
                for key, value in values.items():
                    setattr(record, key, value)
        session.flush()
        if rules.settle is not None:
            adjusted += rules.settle(session, writing)
    return tuple(adjusted)


class _Hashing:
    """A file being written that hashes what passes through it."""

    def __init__(self, output: IO[bytes]) -> None:
        self.output, self.sha = output, hashlib.sha256()

    def write(self, block: bytes) -> int:
        self.sha.update(block)
        return self.output.write(block)


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            sha.update(block)
    return sha.hexdigest()


def _write_files(package: Package, decisions: list[Decision], folder: Path) -> list[Path]:
    """Put the attached files of added or updated attachments in place (checked first)."""
    written: list[Path] = []
    try:
        for decision in decisions:
            if decision.table.name != "attachment" or decision.outcome not in (
                Outcome.ADD,
                Outcome.UPDATE,
            ):
                continue
            name, expected = str(decision.row["stored_name"]), decision.row["sha256"]
            target = folder / name
            assert target.parent == folder  # the package checked the name's form
            if target.is_file() and _digest(target) == expected:
                continue
            if name not in package.files:
                continue  # a .json package: the record comes, the file is reported missing
            # streamed, hashed on the way: a large file never sits in memory; written
            # whole or not at all (owner-only, fsynced, renamed into place)
            existed = target.exists()
            with atomic.replacing(target) as temporary, temporary.open("wb") as output:
                hashing = _Hashing(output)
                size = package.copy_file(name, cast(IO[bytes], hashing))
                output.flush()
                if hashing.sha.hexdigest() != expected or size != decision.row["size_bytes"]:
                    raise PackageError(PackageProblem.ATTACHMENT_DAMAGED, name)
            if not existed:
                written.append(target)
    except BaseException:
        _remove(written)
        raise
    return written


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
