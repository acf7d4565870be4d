"""Frozen rows of the home tab's sections: what needs doing, and which record it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Generic, TypeVar

from app.models.enums import CorrespondenceDirection, RemarkKind, ResponseStatus

Row = TypeVar("Row")

SECTION_LIMIT = 8  # lines a section shows; its heading counts them all


@dataclass(frozen=True, slots=True)
class Section(Generic[Row]):
    """The first lines of a section, and how many there are in all."""

    rows: tuple[Row, ...]
    total: int


class Lack(StrEnum):
    """What a meeting still lacks."""

    NOTICE = "notice"  # 開催通知 not issued (a planned meeting)
    AGENDA = "agenda"  # no agenda item
    ATTENDANCE = "attendance"  # 出欠 not taken (the meeting is today or past)
    APPROVAL = "approval"  # minutes not approved (a held meeting)


@dataclass(frozen=True, slots=True)
class MeetingToPrepare:
    id: int
    title: str
    body_name: str
    held_on: date
    start_time: time | None
    place: str
    lacks: tuple[Lack, ...]  # what is due and missing (the notice only near the day)
    ready: bool = False  # its agenda is set and its notice issued


@dataclass(frozen=True, slots=True)
class ActionDue:
    """A 宿題 due soon or overdue, with where it was decided (a meeting or a visit)."""

    id: int
    text: str
    owner: str
    due_on: date
    overdue: bool
    meeting_id: int | None
    visit_id: int | None
    source_title: str  # the meeting's or visit's title


@dataclass(frozen=True, slots=True)
class LetterAwaitingReply:
    id: int
    direction: CorrespondenceDirection
    subject: str
    counterparty: str
    dated_on: date
    reply_due: date | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class RemarkAwaitingResponse:
    id: int
    uuid: str  # the responses dialog selects it by this
    meeting_id: int
    meeting_title: str
    held_on: date
    speaker: str
    kind: RemarkKind
    text: str
    status: ResponseStatus


@dataclass(frozen=True, slots=True)
class TermEnding:
    member_id: int
    name: str
    organization: str
    term_end: date
    ended: bool


@dataclass(frozen=True, slots=True)
class UpcomingVisit:
    id: int
    title: str
    region: str
    start_on: date
    end_on: date | None


@dataclass(frozen=True, slots=True)
class CaptureInProgress:
    """A remark being typed when the app last stopped (a capture draft with text)."""

    meeting_id: int
    meeting_title: str
    speaker: str
    text: str
    saved_at: datetime
