"""What an import would do, worked out without writing anything (the three-way merge).

For each record in the package, by uuid, with ``ours`` the record here, ``theirs`` the
record in the package and ``base`` what the sender had exchanged last (the package's
``baseline``; a record not listed there is unchanged at the sender since its last
exchange):

- not here → added, unless this database exchanged it before (then it was deleted here:
  not restored if unchanged there, a conflict if changed there);
- ours == theirs → unchanged;
- ours == base → only they changed: theirs is taken;
- theirs == base and ours changed since our own last exchange → only we changed: ours kept;
- otherwise → a conflict: both versions are shown, nothing changes until someone chooses.

A table's own rules (``rules.py``) add parts merged apart from the record (check-ins,
payments) and arrange what arrives (numbers that must stay unique).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Council
from app.services.interchange import baseline
from app.services.interchange.filling import Filled
from app.services.interchange.outcomes import Choice, ConflictKind, Outcome, chosen, decide, merged
from app.services.interchange.package import Package, PackageError, PackageProblem
from app.services.interchange.rules import Adjustment, core_hash, keyed_hashes, rules_of
from app.services.interchange.serialise import Row, local_rows
from app.services.interchange.tables import UNHASHED, TableFormat, carried_tables


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One field of a conflict; values as the package writes them, references as labels."""

    field: str
    ours: object
    theirs: object


@dataclass(frozen=True, slots=True)
class Conflict:
    table: str
    uuid: str
    label: str
    kind: ConflictKind
    differences: tuple[FieldDifference, ...]
    ours_updated_at: datetime | None
    theirs_updated_at: datetime
    choice: Choice | None


@dataclass(frozen=True, slots=True)
class Skipped:
    table: str
    uuid: str
    label: str
    outcome: Outcome  # NOT_RESTORED or MISSING_PARENT


@dataclass(frozen=True, slots=True)
class TableSummary:
    table: str
    added: int
    updated: int
    unchanged: int
    kept: int
    conflicts: int  # left undecided
    skipped: int


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The summary shown before anything changes (and the result after)."""

    path: Path
    council_name: str
    exported_at: str
    since: str | None
    only: tuple[str, ...] | None
    tables: tuple[TableSummary, ...]  # the tables the package holds records of
    conflicts: tuple[Conflict, ...]
    skipped: tuple[Skipped, ...]
    files_missing: int  # attachments that arrive without their file (a .json package)
    filled: tuple[Filled, ...] = ()  # what the import puts in for what the rows left out
    adjusted: tuple[Adjustment, ...] = ()  # what the tables' rules changed (renumbered …)

    @property
    def added(self) -> int:
        return sum(t.added for t in self.tables)

    @property
    def updated(self) -> int:
        return sum(t.updated for t in self.tables)

    @property
    def undecided(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.choice is None)


@dataclass(frozen=True, slots=True)
class Decision:
    """Internal: what happens to one record (``apply`` acts on these)."""

    table: TableFormat
    row: Row  # what is written (the package's row, or it merged with ours)
    outcome: Outcome
    incoming: Mapping[str, tuple[str, str]]  # the package's hashes (rules.keyed_hashes)
    parts_only: bool = False  # an undecided conflict whose merged parts are written

    @property
    def uuid(self) -> str:
        return str(self.row["uuid"])

    @property
    def writes(self) -> bool:
        return self.outcome in (Outcome.ADD, Outcome.UPDATE) or self.parts_only

    @property
    def settled(self) -> Mapping[str, tuple[str, str]]:
        """What is remembered as exchanged: settled records with their parts; of an
        undecided conflict its parts only (they merged); nothing of a skipped record."""
        if self.outcome is Outcome.MISSING_PARENT:
            return {}
        if self.outcome is Outcome.CONFLICT:
            return {k: v for k, v in self.incoming.items() if k != self.uuid}
        return self.incoming


# a person's name before their job title (役職): both are columns of a participant
_LABEL_KEYS = ("name", "title", "subject", "text", "label", "content", "original_name", "code")


def _label(row: Row | None, rows: Mapping[str, Row]) -> str:
    if row is None:
        return ""
    if "family_name" in row:
        return f"{row['family_name']} {row['given_name']}".strip()
    for key in _LABEL_KEYS:
        value = row.get(key)
        if isinstance(value, str) and value:
            return value[:80]
    for key in ("member_uuid", "speaker_member_uuid", "organization_uuid", "meeting_uuid"):
        if row.get(key):
            return _label(rows.get(str(row[key])), rows)
    return ""


def _differences(
    table: TableFormat, ours: Row | None, theirs: Row, labels: Mapping[str, Row]
) -> tuple[FieldDifference, ...]:
    references = {r.key for r in table.references}
    apart = rules_of(table.name).apart  # merged on their own, never a conflict
    result = []
    for key in sorted(theirs):
        if key in UNHASHED or key in apart or ours is None or ours[key] == theirs[key]:
            continue
        mine, other = ours[key], theirs[key]
        if key in references:
            mine = _label(labels.get(str(mine)), labels) if mine else None
            other = _label(labels.get(str(other)), labels) if other else None
        result.append(FieldDifference(key, mine, other))
    return tuple(result)


def compute(
    session: Session,
    package: Package,
    choices: Mapping[str, Choice] | None = None,
    attachments_dir: Path | None = None,
) -> tuple[ImportPlan, list[Decision]]:
    """The plan for ``package`` against this database, with ``choices`` per conflict uuid."""
    choices = choices or {}
    council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
    if council is not None and package.council_uuid not in (None, council.uuid):
        raise PackageError(
            PackageProblem.OTHER_COUNCIL,
            f"the package is from {package.council_name!r}, this database is {council.name!r}",
        )
    local = local_rows(session)
    bases = baseline.load(session)
    everything: dict[str, Row] = {u: r for rows in local.values() for u, r in rows.items()}
    for rows in package.entities.values():
        everything.update({str(r["uuid"]): r for r in rows if r["uuid"] not in everything})
    present = {name: set(rows) for name, rows in local.items()}
    decisions: list[Decision] = []
    conflicts: list[Conflict] = []
    skipped: list[Skipped] = []
    summaries: list[TableSummary] = []
    files_missing = 0
    adjusted: list[Adjustment] = []
    for table in carried_tables():
        counts = dict.fromkeys(Outcome, 0)
        for row in package.entities.get(table.name, ()):
            uuid, theirs_hash = str(row["uuid"]), core_hash(table.name, row)
            ours = local[table.name].get(uuid)
            ours_hash = None if ours is None else core_hash(table.name, ours)
            found, kind = decide(ours_hash, theirs_hash, uuid, package, bases)
            outcome = chosen(found, kind, choices.get(uuid))
            written, parts_only = row, False
            if ours is not None:
                outcome, written, parts_only = merged(table, ours, row, outcome, package, bases)
            if outcome in (Outcome.ADD, Outcome.UPDATE) and any(
                written[r.key] is not None and written[r.key] not in present[r.target]
                for r in table.references
            ):
                outcome = Outcome.MISSING_PARENT
            if outcome is Outcome.ADD:
                present[table.name].add(uuid)
            if kind is not None:
                conflicts.append(
                    Conflict(
                        table.name,
                        uuid,
                        _label(row, everything),
                        kind,
                        _differences(table, ours, row, everything),
                        datetime.fromisoformat(ours["updated_at"]) if ours else None,
                        datetime.fromisoformat(row["updated_at"]),
                        choices.get(uuid),
                    )
                )
            if outcome in (Outcome.NOT_RESTORED, Outcome.MISSING_PARENT):
                skipped.append(Skipped(table.name, uuid, _label(row, everything), outcome))
            if (
                table.name == "attachment"
                and outcome in (Outcome.ADD, Outcome.UPDATE)
                and row["stored_name"] not in package.files
                and not (attachments_dir and (attachments_dir / row["stored_name"]).is_file())
            ):
                files_missing += 1
            counts[outcome] += 1
            incoming = keyed_hashes(table.name, row)
            decisions.append(Decision(table, dict(written), outcome, incoming, parts_only))
        adjusted += _arranged(table, local[table.name], decisions)
        if package.entities.get(table.name):
            summaries.append(
                TableSummary(
                    table.name,
                    added=counts[Outcome.ADD],
                    updated=counts[Outcome.UPDATE],
                    unchanged=counts[Outcome.UNCHANGED],
                    kept=counts[Outcome.KEEP],
                    conflicts=counts[Outcome.CONFLICT],
                    skipped=counts[Outcome.NOT_RESTORED] + counts[Outcome.MISSING_PARENT],
                )
            )
    plan = ImportPlan(
        package.path,
        package.council_name,
        package.exported_at,
        package.since,
        package.only,
        tuple(summaries),
        tuple(conflicts),
        tuple(skipped),
        files_missing,
        package.filled,
        tuple(adjusted),
    )
    return plan, decisions


def _arranged(
    table: TableFormat, here: Mapping[str, Row], decisions: list[Decision]
) -> tuple[Adjustment, ...]:
    """Let the table's rules arrange the rows about to be written (in place)."""
    arrange = rules_of(table.name).arrange
    if arrange is None:
        return ()
    writing = {d.uuid: d.row for d in decisions if d.table.name == table.name and d.writes}
    return arrange(here, writing)
