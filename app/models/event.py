"""Events (行事: セミナー, 交流会, 商談会 …) with their fees, timetable and participants.

Participants are mostly not members: companies, citizens, speakers and guests, each
recorded as typed on the application, with an optional link to the roster.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity, code_enum
from app.models.event_enums import (
    ApplicationSource,
    EventKind,
    EventStatus,
    FeeTiming,
    ParticipantRole,
    ParticipationState,
    PaymentState,
)
from app.models.member import Member


class Event(Entity):
    """行事."""

    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
        CheckConstraint(
            "end_time IS NULL OR start_time IS NULL OR end_time >= start_time", name="time_order"
        ),
    )

    kind: Mapped[EventKind] = mapped_column(code_enum(EventKind), default=EventKind.SEMINAR)
    title: Mapped[str] = mapped_column(String(200))
    theme: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(String(200), default="")  # 主催 (and 共催) as printed
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("body.id", ondelete="SET NULL"), index=True
    )  # when one of the council's bodies organises it
    fiscal_year: Mapped[int] = mapped_column(index=True)
    held_on: Mapped[date] = mapped_column(index=True)
    open_time: Mapped[time | None]  # 開場
    start_time: Mapped[time | None]
    end_time: Mapped[time | None]
    venue_name: Mapped[str] = mapped_column(String(200), default="")
    venue_address: Mapped[str] = mapped_column(String(200), default="")
    venue_room: Mapped[str] = mapped_column(String(100), default="")
    venue_access: Mapped[str] = mapped_column(Text, default="")  # 交通・アクセス
    capacity: Mapped[int | None]  # None: no limit
    application_deadline: Mapped[date | None]
    contact_person: Mapped[str] = mapped_column(String(100), default="")  # 申込先
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    contact_fax: Mapped[str] = mapped_column(String(40), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[EventStatus] = mapped_column(
        code_enum(EventStatus), default=EventStatus.PLANNING
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    visit_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit.id", ondelete="SET NULL"), index=True
    )
    # 実施事業: the event is reported under its activity's pillar, or under its own pillar
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), index=True
    )
    pillar_id: Mapped[int | None] = mapped_column(
        ForeignKey("pillar.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # How the columns of this event's application files map to participant fields
    # (JSON: {"column header": "field"}), remembered from the last import.
    import_mapping: Mapped[str] = mapped_column(Text, default="")

    fees: Mapped[list[EventFee]] = relationship(
        back_populates="event",
        order_by="EventFee.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    timetable: Mapped[list[TimetableEntry]] = relationship(
        back_populates="event",
        order_by="TimetableEntry.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    participants: Mapped[list[EventParticipant]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )


class EventFee(Entity):
    """参加費: a category (会員, 一般, 懇親会 …) and its amount in yen."""

    __tablename__ = "event_fee"
    __table_args__ = (
        UniqueConstraint("event_id", "category"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    category: Mapped[str] = mapped_column(String(50))
    amount: Mapped[int] = mapped_column(default=0)  # 円
    timing: Mapped[FeeTiming] = mapped_column(code_enum(FeeTiming), default=FeeTiming.ON_THE_DAY)

    event: Mapped[Event] = relationship(back_populates="fees")


class TimetableEntry(Entity):
    """One row of the スケジュール: time, title, speaker and the speaker's affiliation."""

    __tablename__ = "timetable_entry"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    time_text: Mapped[str] = mapped_column(String(40), default="")  # 13:30〜14:30
    title: Mapped[str] = mapped_column(String(200), default="")
    speaker: Mapped[str] = mapped_column(String(100), default="")
    speaker_affiliation: Mapped[str] = mapped_column(String(200), default="")

    event: Mapped[Event] = relationship(back_populates="timetable")


class EventParticipant(Entity):
    """参加者: one application (or walk-in) to an event, with its place and payment."""

    __tablename__ = "event_participant"
    __table_args__ = (
        CheckConstraint(
            "(state = 'waitlisted') = (waitlist_number IS NOT NULL)", name="waitlist_numbered"
        ),
        Index("ix_event_participant_event_id_state", "event_id", "state"),
        UniqueConstraint("event_id", "number"),
        UniqueConstraint("receipt_fiscal_year", "receipt_number"),
        CheckConstraint(
            "(receipt_number IS NULL) = (receipt_fiscal_year IS NULL)", name="receipt_numbered"
        ),
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    number: Mapped[int | None]  # 受付番号 within the event, 1, 2, 3 … in order recorded
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    reading: Mapped[str] = mapped_column(String(100), default="")
    organization_name: Mapped[str] = mapped_column(String(200), default="")
    organization_reading: Mapped[str] = mapped_column(String(200), default="")  # 所属のよみ
    title: Mapped[str] = mapped_column(String(100), default="")  # 役職
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[ParticipantRole] = mapped_column(
        code_enum(ParticipantRole), default=ParticipantRole.PARTICIPANT
    )
    fee_category: Mapped[str] = mapped_column(String(50), default="")
    payment: Mapped[PaymentState] = mapped_column(
        code_enum(PaymentState), default=PaymentState.UNPAID
    )
    paid_on: Mapped[date | None]
    paid_amount: Mapped[int | None]
    payment_method: Mapped[str] = mapped_column(String(40), default="")  # 現金, 振込 …
    source: Mapped[ApplicationSource] = mapped_column(
        code_enum(ApplicationSource), default=ApplicationSource.EMAIL
    )
    applied_at: Mapped[datetime]  # orders the waitlist
    joins_reception: Mapped[bool] = mapped_column(default=False)  # 懇親会
    state: Mapped[ParticipationState] = mapped_column(
        code_enum(ParticipationState), default=ParticipationState.ATTENDING
    )
    waitlist_number: Mapped[int | None]  # キャンセル待ち N, numbered from 1
    must_notify: Mapped[bool] = mapped_column(default=False)  # moved up: tell them
    cancelled_at: Mapped[datetime | None]
    checked_in_at: Mapped[datetime | None]
    # 領収書: numbered without gaps within a fiscal year, given when first issued
    receipt_fiscal_year: Mapped[int | None]
    receipt_number: Mapped[int | None]
    receipt_issued_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="participants")
    member: Mapped[Member | None] = relationship()
