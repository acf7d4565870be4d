"""The outcome of one record in an import: the three-way rules of ``plan.py`` for the
record, a choice made for a conflict, and the record's parts merged each on its own
(``rules.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum

from app.services.interchange.package import Package
from app.services.interchange.rules import part_key, part_of, rules_of
from app.services.interchange.serialise import Row, row_hash
from app.services.interchange.tables import UNHASHED, TableFormat


class Outcome(StrEnum):
    ADD = "add"
    UPDATE = "update"  # theirs taken
    UNCHANGED = "unchanged"
    KEEP = "keep"  # ours kept (only we changed, or chosen)
    CONFLICT = "conflict"  # not decided: left as it is here
    NOT_RESTORED = "not_restored"  # deleted here, unchanged there
    MISSING_PARENT = "missing_parent"  # refers to a record that is not here


class ConflictKind(StrEnum):
    BOTH_CHANGED = "both_changed"
    DELETED_HERE = "deleted_here"  # deleted here, changed there


class Choice(StrEnum):
    OURS = "ours"  # 事務所の版: keep the record as it is here
    THEIRS = "theirs"  # 持ち帰りの版: take the record from the package


def decide(
    ours_hash: str | None, theirs_hash: str, uuid: str, package: Package, bases: Mapping[str, str]
) -> tuple[Outcome, ConflictKind | None]:
    """The three-way rules for one record (or one part of a record, by its key)."""
    if ours_hash is None:
        if uuid not in bases:
            return Outcome.ADD, None
        if bases[uuid] == theirs_hash:
            return Outcome.NOT_RESTORED, None
        return Outcome.CONFLICT, ConflictKind.DELETED_HERE
    their_base = package.baseline.get(uuid, theirs_hash)
    if ours_hash == theirs_hash:
        return Outcome.UNCHANGED, None
    if ours_hash == their_base:
        return Outcome.UPDATE, None
    if theirs_hash == their_base and ours_hash != bases.get(uuid):
        return Outcome.KEEP, None
    return Outcome.CONFLICT, ConflictKind.BOTH_CHANGED


def chosen(outcome: Outcome, kind: ConflictKind | None, choice: Choice | None) -> Outcome:
    if outcome is not Outcome.CONFLICT or choice is None:
        return outcome
    if choice is Choice.THEIRS:
        return Outcome.ADD if kind is ConflictKind.DELETED_HERE else Outcome.UPDATE
    return Outcome.NOT_RESTORED if kind is ConflictKind.DELETED_HERE else Outcome.KEEP


def merged(
    table: TableFormat,
    ours: Row,
    theirs: Row,
    outcome: Outcome,
    package: Package,
    bases: Mapping[str, str],
) -> tuple[Outcome, Row, bool]:
    """A record here whose own fields came out as ``outcome``, with its parts merged
    each on its own: the outcome, the row to write, and whether only the parts of an
    undecided conflict are written (a check-in is never held back by a conflict on the
    participant's address)."""
    rules = rules_of(table.name)
    if not rules.parts or outcome is Outcome.NOT_RESTORED:
        return outcome, theirs, False
    row = dict(theirs if outcome is Outcome.UPDATE else ours)
    uuid = str(ours["uuid"])
    for part in rules.parts:
        mine, other = part_of(ours, part), part_of(theirs, part)
        found, _kind = decide(
            row_hash(mine), row_hash(other), part_key(uuid, part.name), package, bases
        )
        if found is Outcome.UPDATE:
            row.update(other)
        elif found is Outcome.CONFLICT:  # changed on both sides: the part's rule decides
            row.update(part.resolve(ours, theirs))
        else:
            row.update(mine)
    if all(row[key] == ours[key] for key in row if key not in UNHASHED):
        if outcome is Outcome.CONFLICT:
            return outcome, theirs, False
        return (Outcome.KEEP if outcome is Outcome.UPDATE else outcome), ours, False
    if outcome is not Outcome.UPDATE:  # only a part came: saved when the later side saved
        row["updated_at"] = max(ours["updated_at"], theirs["updated_at"], key=_moment)
    if outcome is Outcome.CONFLICT:
        return outcome, row, True
    return Outcome.UPDATE, row, False


def _moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)
