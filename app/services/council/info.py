"""The council's own record (name, secretariat) as a dataclass for the window title and About."""

from __future__ import annotations

from sqlalchemy import select

from app.models import Council
from app.services.council.rows import CouncilInfo
from app.storage.database import Database


def council_info(db: Database) -> CouncilInfo | None:
    """The council of this database, or ``None`` for a new, empty database."""
    with db.session() as session:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        if council is None:
            return None
        return CouncilInfo(
            council.name, council.short_name, council.secretariat_name, council.wave_dash
        )
