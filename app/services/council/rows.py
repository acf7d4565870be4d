"""Frozen values of the council area."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import AttendeeOrder, MinutesStyle


@dataclass(frozen=True, slots=True)
class CouncilInfo:
    name: str
    short_name: str
    secretariat_name: str
    wave_dash: str = "～"  # every document's wave dash


@dataclass(frozen=True, slots=True)
class BodySetting:
    """A body (会議体) and how its minutes are written."""

    id: int
    name: str
    minutes_style: MinutesStyle
    version: int


@dataclass(frozen=True, slots=True)
class CouncilForm:
    """The council's settings as the settings dialog edits them."""

    name: str = ""
    short_name: str = ""  # 文書番号の記号
    secretariat_name: str = ""
    secretariat_phone: str = ""
    secretariat_email: str = ""
    secretariat_person: str = ""  # 担当: the person named on letters
    seal_omitted: bool = False  # 公印省略 under the sender of letters
    notice_lead_days: str = "14"  # a notice is dated this many days before the meeting
    chair_title: str = "委員長"
    minutes_title: str = "{date} {council} {meeting} 議事録"
    attendee_order: AttendeeOrder = AttendeeOrder.BY_ROLE
    wave_dash: str = "～"  # every document's wave dash: ～ or 〜
    bodies: tuple[BodySetting, ...] = ()
    id: int | None = None
    version: int | None = None
