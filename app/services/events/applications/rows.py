"""Frozen rows of an application import: the preview of a file and what an import did."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from app.services.events.rows import ParticipantForm
from app.services.problems import RowError


class Choice(StrEnum):
    """What to do with an application from someone who already applied."""

    MERGE = "merge"  # one participant: the earlier application, completed by this one
    NEW = "new"  # a participant of its own (two people who share a name, say)


@dataclass(frozen=True, slots=True)
class Duplicate:
    """The earlier application a row repeats: a row above it in the file (``line``) or
    a participant already recorded (``participant_id`` with its 受付番号)."""

    name: str
    line: int | None = None
    participant_id: int | None = None
    participant_number: int | None = None


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    line: int  # the row number a user sees in Excel (header = 1)
    cells: dict[str, str]  # column → text, as read from the file
    values: dict[str, str]  # field → text, as mapped from the file's columns
    form: ParticipantForm | None  # None when the row has errors
    errors: tuple[RowError, ...]
    member_name: str = ""  # the roster's member this applicant is (form.member_id)
    duplicate: Duplicate | None = None


def application_order(row: ApplicationRow) -> tuple[bool, datetime | None, int]:
    """The order rows join the event: by time stamp, rows without one after those with
    one, and in file order where that says nothing."""
    stamp = row.form.applied_at if row.form else None
    return stamp is None, stamp, row.line


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an import would do with one row: a place, the waitlist (with its number),
    merged into an earlier application, or left out for its errors."""

    place: bool = False
    waitlist_number: int | None = None
    merged: bool = False
    rejected: bool = False


@dataclass(frozen=True, slots=True)
class Expected:
    """What an import would do with the choices made (the preview's summary)."""

    accepted: int
    waitlisted: int
    rejected: int
    merged: int


@dataclass(frozen=True, slots=True)
class ApplicationPreview:
    event_id: int
    source: Path
    encoding: str
    headers: tuple[str, ...]  # the file's columns, in order
    mapping: dict[str, str]  # column → field ("" : left out)
    rows: tuple[ApplicationRow, ...]
    free_places: int | None  # None: no capacity
    waiting: int = 0  # already on the waitlist: the new come after them

    @property
    def valid_rows(self) -> tuple[ApplicationRow, ...]:
        return tuple(row for row in self.rows if row.form is not None)

    @property
    def errors(self) -> tuple[RowError, ...]:
        return tuple(error for row in self.rows for error in row.errors)

    def outcomes(self, choices: Mapping[int, Choice] | None = None) -> dict[int, Outcome]:
        """Row → what an import with ``choices`` (row → choice; merge when not given)
        would do with it, for applicants who all take a place."""
        choices = choices or {}
        result = {row.line: Outcome(rejected=True) for row in self.rows if row.form is None}
        free = self.free_places
        waiting = self.waiting
        for row in sorted(self.valid_rows, key=application_order):
            if row.duplicate is not None and choices.get(row.line, Choice.MERGE) is Choice.MERGE:
                result[row.line] = Outcome(merged=True)
            elif free is None or free > 0:
                result[row.line] = Outcome(place=True)
                free = None if free is None else free - 1
            else:
                waiting += 1
                result[row.line] = Outcome(waitlist_number=waiting)
        return result

    def expected(self, choices: Mapping[int, Choice] | None = None) -> Expected:
        """The counts of :meth:`outcomes` (the preview's summary)."""
        outcomes = self.outcomes(choices).values()
        return Expected(
            accepted=sum(o.place for o in outcomes),
            waitlisted=sum(o.waitlist_number is not None for o in outcomes),
            rejected=sum(o.rejected for o in outcomes),
            merged=sum(o.merged for o in outcomes),
        )


@dataclass(frozen=True, slots=True)
class ImportedRow:
    """A row that became a participant: its 受付番号, and its waitlist number if waiting."""

    line: int
    name: str
    number: int
    waitlist_number: int | None
    member_id: int | None


@dataclass(frozen=True, slots=True)
class MergedRow:
    """A row merged into an earlier application (a row of the file or a participant)."""

    line: int
    name: str
    into_line: int | None
    into_number: int | None  # the participant's 受付番号


@dataclass(frozen=True, slots=True)
class ImportResult:
    accepted: tuple[ImportedRow, ...]
    waitlisted: tuple[ImportedRow, ...]  # in waitlist order
    merged: tuple[MergedRow, ...]
    rejected: tuple[RowError, ...]  # the problems of the rows left out, by row

    @property
    def rejected_lines(self) -> tuple[int, ...]:
        return tuple(sorted({error.line for error in self.rejected}))

    @property
    def linked(self) -> int:
        rows = self.accepted + self.waitlisted
        return sum(1 for row in rows if row.member_id is not None)


class ImportRefused(Exception):
    """Rows have errors and the caller did not choose to import only the valid ones."""
