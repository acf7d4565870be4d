"""Action items (決定事項・宿題, 「→ …」): open ones carry forward to the next meeting."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity, code_enum
from app.models.enums import ActionStatus
from app.models.member import Member


class ActionItem(Entity):
    """A decision or homework with an owner, due date and status."""

    __tablename__ = "action_item"
    __table_args__ = (
        CheckConstraint(
            "agenda_item_id IS NOT NULL OR remark_id IS NOT NULL OR visit_id IS NOT NULL",
            name="has_source",
        ),
    )

    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    remark_id: Mapped[int | None] = mapped_column(
        ForeignKey("remark.id", ondelete="SET NULL"), index=True
    )
    visit_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    owner_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT")
    )
    owner_name: Mapped[str] = mapped_column(String(100), default="")  # e.g. 事務局
    due_on: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(
        code_enum(ActionStatus), default=ActionStatus.OPEN, index=True
    )
    closed_at: Mapped[datetime | None]

    owner: Mapped[Member | None] = relationship()
