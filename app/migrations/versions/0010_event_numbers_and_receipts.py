"""events: participant numbers (受付番号), receipt numbers per fiscal year, the column
mapping of application files remembered per event, and an event's activity and pillar
(実施事業報告)

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
        batch_op.add_column(sa.Column("activity_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("pillar_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_event_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_pillar_id"), ["pillar_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_event_activity_id_activity"),
            "activity",
            ["activity_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_event_pillar_id_pillar"),
            "pillar",
            ["pillar_id"],
            ["id"],
            ondelete="SET NULL",
        )

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
        batch_op.drop_constraint(batch_op.f("fk_event_pillar_id_pillar"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_event_activity_id_activity"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_event_pillar_id"))
        batch_op.drop_index(batch_op.f("ix_event_activity_id"))
        batch_op.drop_column("pillar_id")
        batch_op.drop_column("activity_id")
        batch_op.drop_column("import_mapping")
