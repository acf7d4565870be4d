"""What the services refuse, and why: one set of codes for every form and import.

A service never words a problem: it names it with a :class:`Problem` and raises
:class:`Invalid` (field → problem) or, for a file, lists :class:`RowError` records.
A write the database did not take (disk full, read-only file …) raises :class:`NotSaved`
with a :class:`SaveProblem`. ``app.texts`` turns the codes into sentences for the GUI and
the CLI alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class Problem(StrEnum):
    """Why a value cannot be used. The values are stable: files and logs keep them."""

    MISSING = "missing"  # a required field is empty
    NOT_CHOSEN = "not_chosen"  # a required choice (a body …) is not made
    MISSING_NAME = "missing_name"
    MISSING_READING = "missing_reading"
    READING_NOT_KANA = "reading_not_kana"
    BAD_EMAIL = "bad_email"
    BAD_PHONE = "bad_phone"
    BAD_DATE = "bad_date"  # not a date at all, or one that does not exist (2月30日)
    DATE_TOO_EARLY = "date_too_early"  # before 1873, when the solar calendar began
    BAD_TIME = "bad_time"
    NOT_A_NUMBER = "not_a_number"  # a whole number was expected
    NUMBER_TOO_LARGE = "number_too_large"  # more than the records can hold
    TOO_LONG = "too_long"  # more characters than the field holds
    NOT_POSITIVE = "not_positive"
    NEGATIVE = "negative"  # an amount below 0
    ENDS_BEFORE_START = "ends_before_start"
    TERM_ORDER = "term_order"  # a member's term ends before it starts
    UNKNOWN_ROLE = "unknown_role"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    DUPLICATE_IN_DATABASE = "duplicate_in_database"
    DUPLICATE_ORGANIZATION = "duplicate_organization"
    FISCAL_YEAR_FIXED = "fiscal_year_fixed"  # a registered letter's number keeps its 年度
    UNKNOWN_PLACEHOLDER = "unknown_placeholder"  # a {name} a wording cannot fill
    DUPLICATE_CATEGORY = "duplicate_category"  # an event's fee category given twice
    UNKNOWN_CATEGORY = "unknown_category"  # not one of the event's fee categories
    BAD_DATETIME = "bad_datetime"  # an application's time stamp that is not one
    NOT_YES_NO = "not_yes_no"  # 懇親会: neither 出席 nor 欠席


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem in one row of an imported file."""

    line: int  # the row number a user sees in Excel (header = 1)
    field: str
    problem: Problem
    value: str  # the text found in the cell, to show beside the problem


class Record(StrEnum):
    """What kind of record an :class:`EditConflict` is about (the conflict dialog names it)."""

    MEMBER = "member"
    ORGANIZATION = "organization"
    MEETING = "meeting"
    AGENDA = "agenda"  # the order and the labels of a meeting's items
    AGENDA_ITEM = "agenda_item"
    REMARK = "remark"
    ACTION_ITEM = "action_item"
    ATTENDANCE = "attendance"
    GUEST = "guest"
    VISIT = "visit"
    EVENT = "event"
    PARTICIPANT = "participant"  # an event's participant
    LETTER = "letter"
    COUNCIL = "council"  # the council's settings (協議会の設定)


class EditConflict(Exception):
    """Someone else saved this record since it was shown: nothing was written.

    ``theirs`` is the record as it is saved now, a frozen dataclass that carries its
    ``version`` (or, for a whole agenda, its items' versions); None: someone deleted it.
    ``mine`` is what this save would have written, of the same type (None: this was a
    deletion). Saving mine deliberately means calling the service again with what
    ``theirs`` carries, so that a third save in between is again a conflict.
    ``references`` names the ids some fields hold (field → id → name: the body of a
    meeting, the members of a visit …), for showing both.
    """

    def __init__(
        self,
        record: Record,
        theirs: Any | None,
        mine: Any | None,
        references: Mapping[str, Mapping[int, str]] | None = None,
    ) -> None:
        self.record = record
        self.theirs = theirs
        self.mine = mine
        self.references: Mapping[str, Mapping[int, str]] = MappingProxyType(dict(references or {}))
        state = "deleted" if theirs is None else "changed"
        super().__init__(f"{record} was {state} by someone else; nothing was written")


class MeetingLocked(Exception):
    """An approved (承認済) meeting is locked; reopen it first (which is recorded)."""


class Invalid(Exception):
    """The input cannot be saved; ``problems`` says what is wrong with each field.

    Nothing was written. A form shows each problem under its field.
    """

    def __init__(self, problems: Mapping[str, Problem]) -> None:
        # Read-only and in the order found: the first problem is where the user looks first.
        self.problems: Mapping[str, Problem] = MappingProxyType(dict(problems))
        super().__init__(", ".join(f"{field}: {code}" for field, code in self.problems.items()))


class SaveProblem(StrEnum):
    """Why a write did not reach the database. The values are stable: logs keep them."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"  # the file, its folder or the server refuses writes
    DATABASE_LOCKED = "database_locked"  # another program held the database too long
    CONNECTION_LOST = "connection_lost"  # the database server went away
    DISK_ERROR = "disk_error"  # the drive failed to read or write (or went away)
    DAMAGED = "damaged"  # the file is damaged: writing more would make it worse
    OTHER = "other"


class NotSaved(Exception):
    """A write did not reach the database: nothing of it was saved.

    ``reason`` says why, as a code; ``detail`` keeps the driver's own words for the log.
    The caller still holds what the user typed and must say that it was not saved.
    """

    def __init__(self, reason: SaveProblem, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"not saved ({reason.value}): {detail}" if detail else reason.value)
