"""The correspondence register (文書): listing (editing comes with the correspondence work)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.models import Correspondence
from app.services.rows import CorrespondenceRow
from app.storage.database import Database


def list_correspondence(db: Database) -> list[CorrespondenceRow]:
    """Every letter in and out, newest first."""
    query = (
        select(Correspondence)
        .options(joinedload(Correspondence.counterparty_organization))
        .order_by(Correspondence.dated_on.desc(), Correspondence.id.desc())
    )
    with db.session() as session:
        return [
            CorrespondenceRow(
                id=letter.id,
                uuid=letter.uuid,
                direction=letter.direction,
                fiscal_year=letter.fiscal_year,
                serial_number=letter.serial_number,
                document_number=letter.document_number,
                their_number=letter.their_number,
                dated_on=letter.dated_on,
                counterparty=(
                    letter.counterparty_organization.name
                    if letter.counterparty_organization
                    else letter.counterparty_name
                ),
                subject=letter.subject,
                status=letter.status,
                reply_due=letter.reply_due,
            )
            for letter in session.scalars(query)
        ]
