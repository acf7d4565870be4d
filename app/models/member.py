"""Organizations and members (委員・会員). Both are archived, never deleted, once in a record."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity, code_enum
from app.models.enums import CouncilRole, OrganizationKind


class Organization(Entity):
    """所属団体: companies, cities, chambers of commerce, universities, hosts of visits."""

    __tablename__ = "organization"

    name: Mapped[str] = mapped_column(String(200), index=True)
    reading: Mapped[str] = mapped_column(String(200), default="")  # よみ
    kind: Mapped[OrganizationKind] = mapped_column(
        code_enum(OrganizationKind), default=OrganizationKind.COMPANY
    )
    region: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None]

    members: Mapped[list[Member]] = relationship(back_populates="organization")


class Member(Entity):
    """委員・会員."""

    __tablename__ = "member"
    __table_args__ = (
        CheckConstraint(
            "term_end IS NULL OR term_start IS NULL OR term_end >= term_start", name="term_order"
        ),
        CheckConstraint("family_name_reading <> ''", name="reading_required"),
        Index("ix_member_reading", "family_name_reading", "given_name_reading"),
    )

    family_name: Mapped[str] = mapped_column(String(60))
    given_name: Mapped[str] = mapped_column(String(60), default="")
    family_name_reading: Mapped[str] = mapped_column(String(120))  # ふりがな (required: 五十音順)
    given_name_reading: Mapped[str] = mapped_column(String(120), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    position_title: Mapped[str] = mapped_column(String(100), default="")  # 役職 e.g. 代表取締役
    council_role: Mapped[CouncilRole] = mapped_column(
        code_enum(CouncilRole), default=CouncilRole.MEMBER
    )
    term_start: Mapped[date | None]
    term_end: Mapped[date | None]
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    joined_on: Mapped[date | None]
    left_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None]

    organization: Mapped[Organization | None] = relationship(back_populates="members")

    @property
    def full_name(self) -> str:
        return f"{self.family_name} {self.given_name}".strip()

    @property
    def full_reading(self) -> str:
        return f"{self.family_name_reading} {self.given_name_reading}".strip()
