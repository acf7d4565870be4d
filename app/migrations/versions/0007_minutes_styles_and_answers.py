"""minutes and letters: styles per body, the title and attendee order per council,
answers paired with their question, remarks without a speaker; the letter a document
was issued as, the secretariat's contact person, 公印省略 and the notice's lead time

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 03:00:00

A remark may now have no speaker (a point of a 報告事項, printed as a plain bullet), so the
``speaker_given`` check goes; a 回答 may name the 質問 it answers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("remark") as batch:
        batch.drop_constraint(op.f("ck_remark_speaker_given"), type_="check")
        batch.add_column(sa.Column("answers_remark_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_remark_answers_remark_id_remark"),
            "remark",
            ["answers_remark_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("body") as batch:
        batch.add_column(
            sa.Column(
                "minutes_style", sa.String(length=24), nullable=False, server_default="summary"
            )
        )
    with op.batch_alter_table("council") as batch:
        batch.add_column(
            sa.Column(
                "minutes_title",
                sa.String(length=200),
                nullable=False,
                server_default="{date} {council} {meeting} 議事録",
            )
        )
        batch.add_column(
            sa.Column(
                "attendee_order", sa.String(length=24), nullable=False, server_default="by_role"
            )
        )
        batch.add_column(
            sa.Column(
                "secretariat_person", sa.String(length=100), nullable=False, server_default=""
            )
        )
        batch.add_column(
            sa.Column("seal_omitted", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("notice_lead_days", sa.Integer(), nullable=False, server_default="14")
        )
    with op.batch_alter_table("correspondence") as batch:
        batch.add_column(
            sa.Column("document_kind", sa.String(length=24), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("correspondence") as batch:
        batch.drop_column("document_kind")
    with op.batch_alter_table("council") as batch:
        batch.drop_column("notice_lead_days")
        batch.drop_column("seal_omitted")
        batch.drop_column("secretariat_person")
        batch.drop_column("attendee_order")
        batch.drop_column("minutes_title")
    with op.batch_alter_table("body") as batch:
        batch.drop_column("minutes_style")
    with op.batch_alter_table("remark") as batch:
        batch.drop_constraint(op.f("fk_remark_answers_remark_id_remark"), type_="foreignkey")
        batch.drop_column("answers_remark_id")
        batch.create_check_constraint(
            "speaker_given", "speaker_member_id IS NOT NULL OR speaker_name <> ''"
        )
