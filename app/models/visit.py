"""Visits (視察・訪問), outgoing or hosted, with participants, hosts and itinerary."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity, code_enum
from app.models.enums import VisitDirection, VisitOrganizationRole
from app.models.member import Member, Organization


class Visit(Entity):
    """視察・訪問."""

    __tablename__ = "visit"
    __table_args__ = (CheckConstraint("end_on IS NULL OR end_on >= start_on", name="date_order"),)

    direction: Mapped[VisitDirection] = mapped_column(
        code_enum(VisitDirection), default=VisitDirection.OUTGOING
    )
    title: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(100), default="")  # e.g. A地域
    fiscal_year: Mapped[int] = mapped_column(index=True)
    start_on: Mapped[date] = mapped_column(index=True)
    end_on: Mapped[date | None]
    purpose: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    outcomes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organizations: Mapped[list[VisitOrganization]] = relationship(
        back_populates="visit", cascade="all, delete-orphan"
    )
    participants: Mapped[list[VisitParticipant]] = relationship(
        back_populates="visit",
        order_by="VisitParticipant.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    host_attendees: Mapped[list[VisitHostAttendee]] = relationship(
        back_populates="visit",
        order_by="VisitHostAttendee.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    itinerary: Mapped[list[ItineraryItem]] = relationship(
        back_populates="visit",
        order_by="ItineraryItem.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    outcome_figures: Mapped[list[VisitOutcomeFigure]] = relationship(
        back_populates="visit",
        order_by="VisitOutcomeFigure.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )


class VisitOrganization(Entity):
    """A destination or host organization of a visit."""

    __tablename__ = "visit_organization"
    __table_args__ = (UniqueConstraint("visit_id", "organization_id", "role"),)

    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[VisitOrganizationRole] = mapped_column(
        code_enum(VisitOrganizationRole), default=VisitOrganizationRole.DESTINATION
    )

    visit: Mapped[Visit] = relationship(back_populates="organizations")
    organization: Mapped[Organization] = relationship()


class VisitParticipant(Entity):
    """A member or staff person on our side of the visit."""

    __tablename__ = "visit_participant"
    __table_args__ = (CheckConstraint("member_id IS NOT NULL OR name <> ''", name="person_given"),)

    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(100), default="")  # staff who are not members
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(default=0)

    visit: Mapped[Visit] = relationship(back_populates="participants")
    member: Mapped[Member | None] = relationship()


class VisitHostAttendee(Entity):
    """Someone on the host side (name, affiliation, title)."""

    __tablename__ = "visit_host_attendee"

    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(default=0)

    visit: Mapped[Visit] = relationship(back_populates="host_attendees")


class ItineraryItem(Entity):
    """One row of the itinerary (行程): day, time, place, content."""

    __tablename__ = "itinerary_item"

    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    day: Mapped[date | None]
    time_text: Mapped[str] = mapped_column(String(40), default="")  # 10:00〜11:30
    place: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text, default="")

    visit: Mapped[Visit] = relationship(back_populates="itinerary")


class VisitOutcomeFigure(Entity):
    """An optional figure of a visit's outcome, e.g. 受注額 7,000万円 or 連携協定 1件."""

    __tablename__ = "visit_outcome_figure"

    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    label: Mapped[str] = mapped_column(String(100))
    value: Mapped[int]
    unit: Mapped[str] = mapped_column(String(20), default="")

    visit: Mapped[Visit] = relationship(back_populates="outcome_figures")
