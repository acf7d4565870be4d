"""capture drafts for visits

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 22:10:19.903136
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("capture_draft", schema=None) as batch_op:
        batch_op.add_column(sa.Column("visit_id", sa.Integer(), nullable=True))
        batch_op.alter_column("meeting_id", existing_type=sa.INTEGER(), nullable=True)
        batch_op.create_unique_constraint(batch_op.f("uq_capture_draft_visit_id"), ["visit_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_capture_draft_visit_id_visit"),
            "visit",
            ["visit_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_check_constraint(
            "one_parent", "(meeting_id IS NOT NULL) <> (visit_id IS NOT NULL)"
        )


def downgrade() -> None:
    with op.batch_alter_table("capture_draft", schema=None) as batch_op:
        batch_op.drop_constraint("ck_capture_draft_one_parent", type_="check")
        batch_op.drop_constraint(batch_op.f("fk_capture_draft_visit_id_visit"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("uq_capture_draft_visit_id"), type_="unique")
        batch_op.alter_column("meeting_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("visit_id")
