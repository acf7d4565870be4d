"""Remarks (意見・発言) and the 意見 → 対応 ledger; they belong to an agenda item or a visit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity, code_enum
from app.models.enums import RemarkKind, ResponseStatus
from app.models.meeting import AgendaItem
from app.models.member import Member


class Remark(Entity):
    """One remark: who said what, when, and what was done about it."""

    __tablename__ = "remark"
    __table_args__ = (
        CheckConstraint(
            "(agenda_item_id IS NOT NULL) <> (visit_id IS NOT NULL)", name="one_parent"
        ),
        Index("ix_remark_agenda_position", "agenda_item_id", "position"),
        Index("ix_remark_visit_position", "visit_id", "position"),
    )

    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE")
    )
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    speaker_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), index=True
    )
    speaker_name: Mapped[str] = mapped_column(String(100), default="")  # a non-member speaker
    kind: Mapped[RemarkKind] = mapped_column(code_enum(RemarkKind), default=RemarkKind.OPINION)
    text: Mapped[str] = mapped_column(Text)
    captured_at: Mapped[datetime]
    response_status: Mapped[ResponseStatus] = mapped_column(
        code_enum(ResponseStatus), default=ResponseStatus.NOT_NEEDED
    )
    response_text: Mapped[str] = mapped_column(Text, default="")
    responded_at: Mapped[datetime | None]
    # The question a 回答 answers (None: the nearest question before it); a remark may
    # also have no speaker at all (a point of a 報告事項), printed as a plain bullet.
    answers_remark_id: Mapped[int | None] = mapped_column(
        ForeignKey("remark.id", ondelete="SET NULL")
    )

    agenda_item: Mapped[AgendaItem | None] = relationship()
    speaker: Mapped[Member | None] = relationship()
