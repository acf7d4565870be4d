"""A meeting (会議) with its agenda, attendance, guests, materials and minute signers."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity, code_enum
from app.models.council import Body
from app.models.enums import AgendaKind, AttendanceStatus, GuestCategory, MeetingStatus
from app.models.member import Member


class Meeting(Entity):
    """会議: 第N回 of a body, with status 予定 → 開催済 → 議事録作成中 → 承認済."""

    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint("sequence_number > 0", name="sequence_positive"),
        CheckConstraint(
            "end_time IS NULL OR start_time IS NULL OR end_time >= start_time", name="time_order"
        ),
        Index("ix_meeting_body_fy", "body_id", "fiscal_year", "sequence_number"),
    )

    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"))
    sequence_number: Mapped[int]  # 第N回
    fiscal_year: Mapped[int] = mapped_column(index=True)  # Western year in which the FY starts
    title: Mapped[str] = mapped_column(String(200), default="")
    held_on: Mapped[date] = mapped_column(index=True)
    start_time: Mapped[time | None]
    end_time: Mapped[time | None]
    place: Mapped[str] = mapped_column(String(200), default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    recorder_name: Mapped[str] = mapped_column(String(100), default="")  # 記録者
    status: Mapped[MeetingStatus] = mapped_column(
        code_enum(MeetingStatus), default=MeetingStatus.PLANNED
    )
    is_public: Mapped[bool] = mapped_column(default=False)
    next_meeting_note: Mapped[str] = mapped_column(Text, default="")  # 次回開催予定
    notes: Mapped[str] = mapped_column(Text, default="")
    approved_at: Mapped[datetime | None]  # first approval: later changes are audited
    reopened_at: Mapped[datetime | None]  # approved but unlocked for a correction
    reopen_reason: Mapped[str] = mapped_column(Text, default="")

    body: Mapped[Body] = relationship()
    chair: Mapped[Member | None] = relationship()
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        order_by="AgendaItem.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    guests: Mapped[list[MeetingGuest]] = relationship(
        back_populates="meeting",
        order_by="MeetingGuest.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    materials: Mapped[list[MeetingMaterial]] = relationship(
        back_populates="meeting",
        order_by="MeetingMaterial.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    signers: Mapped[list[MinuteSigner]] = relationship(
        back_populates="meeting",
        order_by="MinuteSigner.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )

    @property
    def locked(self) -> bool:
        """承認済 and not reopened: nothing in it may change."""
        return self.status == MeetingStatus.APPROVED and self.reopened_at is None


class AgendaItem(Entity):
    """議題, kept in order by ``position`` within its meeting."""

    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint("position >= 0", name="position_non_negative"),
        Index("ix_agenda_item_meeting_position", "meeting_id", "position"),
    )

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    label: Mapped[str] = mapped_column(String(20), default="")  # ①, (1), 1 …
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")  # 提案内容
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    presenter_name: Mapped[str] = mapped_column(String(100), default="")  # when not a member
    kind: Mapped[AgendaKind] = mapped_column(code_enum(AgendaKind), default=AgendaKind.DELIBERATION)
    result: Mapped[str] = mapped_column(String(100), default="")  # 承認/継続審議/報告了承 …
    resolution: Mapped[str] = mapped_column(Text, default="")  # 決定事項

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    presenter: Mapped[Member | None] = relationship()


class Attendance(Entity):
    """出欠 of one member at one meeting."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(
        code_enum(AttendanceStatus), default=AttendanceStatus.PRESENT
    )
    proxy_name: Mapped[str] = mapped_column(String(100), default="")  # 代理出席
    absence_notified: Mapped[bool] = mapped_column(default=False)  # 欠席連絡あり
    arrived_at: Mapped[time | None]  # 遅刻
    left_at: Mapped[time | None]  # 早退
    note: Mapped[str] = mapped_column(String(300), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")
    member: Mapped[Member] = relationship()


class MeetingGuest(Entity):
    """A non-member attendee: 事務局, 来賓, オブザーバー."""

    __tablename__ = "meeting_guest"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(100))
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[GuestCategory] = mapped_column(
        code_enum(GuestCategory), default=GuestCategory.SECRETARIAT
    )

    meeting: Mapped[Meeting] = relationship(back_populates="guests")


class MeetingMaterial(Entity):
    """配布資料: a handout listed on the agenda and in the minutes."""

    __tablename__ = "meeting_material"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    label: Mapped[str] = mapped_column(String(40), default="")  # 資料1
    title: Mapped[str] = mapped_column(String(300))

    meeting: Mapped[Meeting] = relationship(back_populates="materials")


class MinuteSigner(Entity):
    """議事録署名人 of a meeting."""

    __tablename__ = "minute_signer"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="signers")
    member: Mapped[Member] = relationship()
