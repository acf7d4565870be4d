"""The frozen values the live capture console works with (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.models.enums import (
    AgendaKind,
    AttendanceStatus,
    CouncilRole,
    GuestCategory,
    RemarkKind,
    ResponseStatus,
)


@dataclass(frozen=True, slots=True)
class RemarkInput:
    text: str
    speaker_member_id: int | None = None
    speaker_name: str = ""  # a non-member speaker (来賓, 事務局 …)
    kind: RemarkKind = RemarkKind.OPINION


@dataclass(frozen=True, slots=True)
class RemarkEntry:
    id: int
    uuid: str
    agenda_item_id: int
    position: int
    speaker_member_id: int | None
    speaker_name: str
    is_member: bool
    kind: RemarkKind
    text: str
    captured_at: datetime
    response_status: ResponseStatus
    response_text: str
    visit_id: int | None = None  # a participant's impression of a visit (agenda_item_id 0)

    def as_input(self) -> RemarkInput:
        return RemarkInput(
            text=self.text,
            speaker_member_id=self.speaker_member_id,
            speaker_name="" if self.is_member else self.speaker_name,
            kind=self.kind,
        )


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    agenda_item_id: int | None = None
    speaker_member_id: int | None = None
    speaker_name: str = ""
    kind: RemarkKind = RemarkKind.OPINION


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


@dataclass(frozen=True, slots=True)
class GuestEntry:
    id: int
    name: str
    affiliation: str
    category: GuestCategory


@dataclass(frozen=True, slots=True)
class ActionEntry:
    id: int
    text: str
    owner: str
    due_on: date | None
    meeting_title: str = ""
    agenda_title: str = ""


@dataclass(frozen=True, slots=True)
class CarriedOver:
    """前回からの継続事項 and 前回意見への対応 for the next meeting of a body."""

    actions: list[ActionEntry] = field(default_factory=list)
    pending_remarks: list[RemarkEntry] = field(default_factory=list)
