"""The correspondence register (文書収受簿・発送簿) and attachments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity, code_enum
from app.models.enums import CorrespondenceDirection, CorrespondenceStatus, Medium
from app.models.meeting import Meeting
from app.models.member import Organization
from app.models.visit import Visit


class Correspondence(Entity):
    """A letter in or out. Outgoing serial numbers are per fiscal year and never reused."""

    __tablename__ = "correspondence"
    __table_args__ = (
        UniqueConstraint("direction", "fiscal_year", "serial_number"),
        CheckConstraint("serial_number > 0", name="serial_positive"),
        Index("ix_correspondence_fy_dated", "fiscal_year", "dated_on"),
    )

    direction: Mapped[CorrespondenceDirection] = mapped_column(code_enum(CorrespondenceDirection))
    fiscal_year: Mapped[int]
    serial_number: Mapped[int]  # 収受番号 / 発信番号 within the fiscal year
    document_number: Mapped[str] = mapped_column(String(60), default="")  # 綾イノ第12号
    their_number: Mapped[str] = mapped_column(String(60), default="")  # 先方の文書番号
    dated_on: Mapped[date]
    counterparty_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    counterparty_name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(300))  # 件名
    # The document the app issued as this letter (notice, request-letter …): a letter is
    # issued once, and later exports of it reuse its number and date.
    document_kind: Mapped[str] = mapped_column(String(24), default="")
    medium: Mapped[Medium] = mapped_column(code_enum(Medium), default=Medium.POST)
    summary: Mapped[str] = mapped_column(Text, default="")
    reply_needed: Mapped[bool] = mapped_column(default=False)
    reply_due: Mapped[date | None]
    status: Mapped[CorrespondenceStatus] = mapped_column(
        code_enum(CorrespondenceStatus), default=CorrespondenceStatus.OPEN
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    visit_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit.id", ondelete="SET NULL"), index=True
    )

    counterparty_organization: Mapped[Organization | None] = relationship()
    meeting: Mapped[Meeting | None] = relationship()
    visit: Mapped[Visit | None] = relationship()
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="correspondence", cascade="all, delete-orphan"
    )


class Attachment(Entity):
    """A file copied into the data folder under a generated name; the original name is kept."""

    __tablename__ = "attachment"

    correspondence_id: Mapped[int] = mapped_column(
        ForeignKey("correspondence.id", ondelete="CASCADE"), index=True
    )
    original_name: Mapped[str] = mapped_column(String(300))
    stored_name: Mapped[str] = mapped_column(String(80), unique=True)
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")

    correspondence: Mapped[Correspondence] = relationship(back_populates="attachments")
