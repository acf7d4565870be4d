"""The merge baseline of the field-laptop round trip (持ち出し・持ち帰り).

One row per record that took part in an exchange: the hash of the record as it was
exchanged last (written by an export and by an import). It is local bookkeeping of
this database, not a record people wrote, so it is not an :class:`Entity` (no id,
no version) and it never travels in a package.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class ExchangeBase(Base):
    """What this database last exchanged of one record (by uuid)."""

    __tablename__ = "exchange_base"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))  # table name, for people reading the file
    row_hash: Mapped[str] = mapped_column(String(64))
    exchanged_at: Mapped[datetime] = mapped_column(default=utcnow)
