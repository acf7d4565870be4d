"""Audit trail (変更履歴): changes to approved meetings, and deletions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity, code_enum, utcnow
from app.models.enums import AuditAction


class AuditEntry(Entity):
    """One recorded change: who changed which field of which record, from what to what."""

    __tablename__ = "audit_entry"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[AuditAction] = mapped_column(code_enum(AuditAction))
    entity: Mapped[str] = mapped_column(String(60))
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60), default="")
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
