"""The council this secretariat serves (one per database), its bodies and policy pillars."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, code_enum
from app.models.enums import AttendeeOrder, BodyKind, MeetingNumbering, MinutesStyle


class Council(Entity):
    """協議会・委員会."""

    __tablename__ = "council"
    __table_args__ = (
        CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12", name="fiscal_year_start_month"),
    )

    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(40), default="")  # 文書番号の記号 e.g. 綾イノ
    secretariat_name: Mapped[str] = mapped_column(String(200), default="")  # 事務局
    secretariat_phone: Mapped[str] = mapped_column(String(40), default="")
    secretariat_email: Mapped[str] = mapped_column(String(200), default="")
    secretariat_address: Mapped[str] = mapped_column(String(300), default="")
    secretariat_person: Mapped[str] = mapped_column(String(100), default="")  # 担当者
    chair_title: Mapped[str] = mapped_column(String(40), default="委員長")
    founded_on: Mapped[date | None]
    purposes: Mapped[str] = mapped_column(Text, default="")  # 目的
    fiscal_year_start_month: Mapped[int] = mapped_column(default=4)
    document_number_format: Mapped[str] = mapped_column(String(80), default="{short}第{n}号")
    meeting_numbering: Mapped[MeetingNumbering] = mapped_column(
        code_enum(MeetingNumbering), default=MeetingNumbering.PER_BODY_FISCAL_YEAR
    )
    uses_dono: Mapped[bool] = mapped_column(default=False)  # 殿 instead of 様 in letters
    seal_omitted: Mapped[bool] = mapped_column(default=False)  # 公印省略 under the sender
    notice_lead_days: Mapped[int] = mapped_column(default=14)  # a notice's date before the meeting
    # the one wave dash every document prints (～ FULLWIDTH TILDE or 〜 WAVE DASH)
    wave_dash: Mapped[str] = mapped_column(String(1), default="～", server_default="～")
    # The minutes' title: {date} the meeting's date, {council}, {meeting} its own title.
    minutes_title: Mapped[str] = mapped_column(
        String(200), default="{date} {council} {meeting} 議事録"
    )
    attendee_order: Mapped[AttendeeOrder] = mapped_column(
        code_enum(AttendeeOrder), default=AttendeeOrder.BY_ROLE
    )


class Body(Entity):
    """会議体: 定例会, 部会, 総会, 役員会 …"""

    __tablename__ = "body"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[BodyKind] = mapped_column(code_enum(BodyKind), default=BodyKind.REGULAR)
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    minutes_style: Mapped[MinutesStyle] = mapped_column(
        code_enum(MinutesStyle), default=MinutesStyle.SUMMARY
    )


class Pillar(Entity):
    """方針: the council's configurable list of policy pillars, e.g. 【1】新たな価値の創造."""

    __tablename__ = "pillar"

    code: Mapped[str] = mapped_column(String(20), unique=True)  # 【1】
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
