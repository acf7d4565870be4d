"""Frozen rows of the meetings area: the list, the agenda, attendance and carried-over items."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from app.models.enums import (
    AgendaKind,
    AttendanceStatus,
    CouncilRole,
    GuestCategory,
    MeetingStatus,
)
from app.services.capture.rows import RemarkEntry


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: int
    uuid: str
    body_name: str
    sequence_number: int
    title: str
    held_on: date
    start_time: time | None
    end_time: time | None
    place: str
    status: MeetingStatus
    fiscal_year: int
    fiscal_year_label: str  # 令和7年度
    present_count: int
    version: int = 0  # as read: what a status change checks


@dataclass(frozen=True, slots=True)
class Speaker:
    """Someone who can speak: an attending member or a non-member attendee."""

    member_id: int | None
    name: str
    reading: str = ""
    organization: str = ""
    role: CouncilRole | GuestCategory | None = None  # 委員長 … or 来賓 …


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    id: int
    position: int
    label: str
    title: str
    kind: AgendaKind
    description: str = ""
    presenter_member_id: int | None = None
    presenter_name: str = ""
    result: str = ""
    resolution: str = ""
    version: int = 0  # as read (0: a new item); what its save checks


@dataclass(frozen=True, slots=True)
class AgendaOrder:
    """A meeting's agenda as a whole, for a conflict over its order or its numbering:
    ``items`` as the list shows them (「① 議題」), ``entries`` with their versions."""

    items: tuple[str, ...]
    entries: tuple[AgendaEntry, ...]


@dataclass(frozen=True, slots=True)
class AttendanceEntry:
    member_id: int
    name: str
    reading: str
    organization: str
    role: CouncilRole
    status: AttendanceStatus | None  # None: not yet recorded
    proxy_name: str = ""
    absence_notified: bool = False
    time_note: str = ""  # 遅刻 arrival / 早退 leaving time as HH:MM
    version: int = 0  # of the attendance record as read; 0: none recorded yet


@dataclass(frozen=True, slots=True)
class GuestEntry:
    id: int
    name: str
    affiliation: str
    category: GuestCategory
    version: int = 0  # as read: what removing the attendee checks


@dataclass(frozen=True, slots=True)
class ActionEntry:
    id: int
    text: str
    owner: str
    due_on: date | None
    meeting_title: str = ""
    agenda_title: str = ""
    version: int = 0  # as read: what deleting the action item checks


@dataclass(frozen=True, slots=True)
class CarriedOver:
    """前回からの継続事項 and 前回意見への対応 for the next meeting of a body."""

    actions: list[ActionEntry] = field(default_factory=list)
    pending_remarks: list[RemarkEntry] = field(default_factory=list)
