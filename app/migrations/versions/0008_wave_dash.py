"""typesetting: the council's one wave dash (～ or 〜) for every document

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 08:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("council") as batch:
        batch.add_column(
            sa.Column("wave_dash", sa.String(length=1), nullable=False, server_default="～")
        )


def downgrade() -> None:
    with op.batch_alter_table("council") as batch:
        batch.drop_column("wave_dash")
