"""Frozen rows of an application import: the preview of a file and what an import did."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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

    @property
    def valid_rows(self) -> tuple[ApplicationRow, ...]:
        return tuple(row for row in self.rows if row.form is not None)

    @property
    def errors(self) -> tuple[RowError, ...]:
        return tuple(error for row in self.rows for error in row.errors)

    def expected(self, choices: Mapping[int, Choice] | None = None) -> Expected:
        """The counts an import with ``choices`` (row → choice; merge when not given)
        would give, for people who all take a place."""
        choices = choices or {}
        merged = sum(
            1
            for row in self.valid_rows
            if row.duplicate is not None and choices.get(row.line, Choice.MERGE) is Choice.MERGE
        )
        people = len(self.valid_rows) - merged
        accepted = people if self.free_places is None else min(people, self.free_places)
        rejected = len(self.rows) - len(self.valid_rows)
        return Expected(accepted, people - accepted, rejected, merged)


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
