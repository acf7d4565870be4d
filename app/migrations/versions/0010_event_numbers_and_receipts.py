"""events: participant numbers (受付番号), receipt numbers per fiscal year, and the
column mapping of application files remembered per event

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 11:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("import_mapping", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.alter_column("import_mapping", server_default=None)

    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("receipt_fiscal_year", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("receipt_number", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("receipt_issued_on", sa.Date(), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_event_participant_event_id_number"), ["event_id", "number"]
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_event_participant_receipt_fiscal_year_receipt_number"),
            ["receipt_fiscal_year", "receipt_number"],
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_event_participant_receipt_numbered"),
            "(receipt_number IS NULL) = (receipt_fiscal_year IS NULL)",
        )
    # Participants recorded before: numbered in the order they were recorded.
    op.execute(
        "UPDATE event_participant SET number = ("
        " SELECT COUNT(*) FROM event_participant AS e"
        " WHERE e.event_id = event_participant.event_id AND e.id <= event_participant.id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_event_participant_receipt_numbered"), type_="check")
        batch_op.drop_constraint(
            batch_op.f("uq_event_participant_receipt_fiscal_year_receipt_number"), type_="unique"
        )
        batch_op.drop_constraint(batch_op.f("uq_event_participant_event_id_number"), type_="unique")
        batch_op.drop_column("receipt_issued_on")
        batch_op.drop_column("receipt_number")
        batch_op.drop_column("receipt_fiscal_year")
        batch_op.drop_column("number")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("import_mapping")
