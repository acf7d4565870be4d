"""capture drafts and the approval lock

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 20:30:55.234929
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "capture_draft",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("speaker_member_id", sa.Integer(), nullable=True),
        sa.Column("speaker_name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "opinion",
                "question",
                "answer",
                "proposal",
                "report",
                "impression",
                name="remarkkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_capture_draft_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_capture_draft_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["speaker_member_id"],
            ["member.id"],
            name=op.f("fk_capture_draft_speaker_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capture_draft")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_capture_draft_meeting_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_capture_draft_uuid")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("reopened_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("reopen_reason", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("reopen_reason")
        batch_op.drop_column("reopened_at")
        batch_op.drop_column("approved_at")

    op.drop_table("capture_draft")
