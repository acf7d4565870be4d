"""The remark being typed in the live capture console, saved as a draft (下書き).

One draft per meeting (or per visit, for participants' impressions): it survives a crash
and is restored when the meeting is opened again. Committing the remark deletes the draft
in the same transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, code_enum, utcnow
from app.models.enums import RemarkKind


class CaptureDraft(Entity):
    __tablename__ = "capture_draft"
    __table_args__ = (
        CheckConstraint("(meeting_id IS NOT NULL) <> (visit_id IS NOT NULL)", name="one_parent"),
    )

    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), unique=True
    )
    visit_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), unique=True
    )  # participants' impressions of a visit are captured the same way
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    speaker_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    speaker_name: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[RemarkKind] = mapped_column(code_enum(RemarkKind), default=RemarkKind.OPINION)
    text: Mapped[str] = mapped_column(Text, default="")
    saved_at: Mapped[datetime] = mapped_column(default=utcnow)
