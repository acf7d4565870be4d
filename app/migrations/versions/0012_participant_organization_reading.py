"""events: the reading of a participant's organisation (所属のよみ), typed or imported,
so that the 受付名簿 in organisation order can sort companies the roster does not know

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 15:00:00

Participants recorded before have none: their lists read the roster's reading as they
did, and a name written in kana is read as it is.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "organization_reading", sa.String(length=200), nullable=False, server_default=""
            )
        )
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.alter_column("organization_reading", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.drop_column("organization_reading")
