"""Activities (実施事業) per organization, fiscal year and pillar."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity, code_enum
from app.models.council import Pillar
from app.models.enums import ActivityState
from app.models.member import Organization


class Activity(Entity):
    """実施事業: done (実施) or planned (予定)."""

    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_fy_org", "fiscal_year", "organization_id"),)

    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT")
    )  # None: the council as a whole (協議会全体)
    fiscal_year: Mapped[int]
    pillar_id: Mapped[int | None] = mapped_column(ForeignKey("pillar.id", ondelete="RESTRICT"))
    state: Mapped[ActivityState] = mapped_column(
        code_enum(ActivityState), default=ActivityState.DONE
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    organization: Mapped[Organization | None] = relationship()
    pillar: Mapped[Pillar | None] = relationship()
