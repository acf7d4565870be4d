"""What the builders need, as plain frozen values (the services fill them from the data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time


@dataclass(frozen=True, slots=True)
class DateStyle:
    """One style for a whole document: 和暦 or 西暦, 12- or 24-hour, digit width."""

    western: bool = False
    twelve_hour: bool = True
    full_width: bool = False


@dataclass(frozen=True, slots=True)
class MinutesOptions:
    show_speakers: bool = False  # the seed minutes list opinions without names
    signature_block: bool = True  # 議事録署名人 lines, when signers are set
    dates: DateStyle = field(default_factory=DateStyle)


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str  # as printed (敬称略): the family name unless two share it
    proxy: str = ""  # 代理出席: the person who came instead
    note: str = ""  # オンライン, 19:20 遅刻 …


@dataclass(frozen=True, slots=True)
class RemarkLine:
    speaker: str
    kind_label: str  # 意見, 質問 …
    text: str


@dataclass(frozen=True, slots=True)
class ActionLine:
    text: str
    owner: str
    due_on: date | None


@dataclass(frozen=True, slots=True)
class AgendaSection:
    label: str
    title: str
    proposal: str = ""
    presenter: str = ""
    result: str = ""
    decisions: tuple[str, ...] = ()
    remarks: tuple[RemarkLine, ...] = ()
    actions: tuple[ActionLine, ...] = ()


@dataclass(frozen=True, slots=True)
class MinutesInput:
    council_name: str
    title: str  # 第3回 定例会 …
    held_on: date
    start: time | None
    end: time | None
    place: str
    members: tuple[Attendee, ...]
    secretariat: tuple[Attendee, ...]
    others: tuple[Attendee, ...]
    absent: tuple[Attendee, ...]
    materials: tuple[str, ...]
    items: tuple[AgendaSection, ...]
    next_meeting: str = ""
    recorder: str = ""
    signers: tuple[str, ...] = ()
