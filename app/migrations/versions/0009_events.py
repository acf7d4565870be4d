"""events (行事): events with their fees, timetable and participants

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column(
            "kind",
            sa.Enum(
                "seminar",
                "study_group",
                "networking",
                "business_matching",
                "site_tour",
                "training",
                "briefing",
                name="eventkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("theme", sa.Text(), nullable=False),
        sa.Column("organiser", sa.String(length=200), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("open_time", sa.Time(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("venue_name", sa.String(length=200), nullable=False),
        sa.Column("venue_address", sa.String(length=200), nullable=False),
        sa.Column("venue_room", sa.String(length=100), nullable=False),
        sa.Column("venue_access", sa.Text(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("application_deadline", sa.Date(), nullable=True),
        sa.Column("contact_person", sa.String(length=100), nullable=False),
        sa.Column("contact_phone", sa.String(length=40), nullable=False),
        sa.Column("contact_fax", sa.String(length=40), nullable=False),
        sa.Column("contact_email", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planning",
                "recruiting",
                "closed",
                "held",
                "reported",
                name="eventstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity > 0", name=op.f("ck_event_capacity_positive")
        ),
        sa.CheckConstraint(
            "end_time IS NULL OR start_time IS NULL OR end_time >= start_time",
            name=op.f("ck_event_time_order"),
        ),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_event_body_id_body"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_event_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_event_visit_id_visit"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
        sa.UniqueConstraint("uuid", name=op.f("uq_event_uuid")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_fiscal_year"), ["fiscal_year"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "event_fee",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column(
            "timing",
            sa.Enum("on_the_day", "in_advance", name="feetiming", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_event_fee_amount_not_negative")),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_event_fee_event_id_event"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_fee")),
        sa.UniqueConstraint("event_id", "category", name=op.f("uq_event_fee_event_id_category")),
        sa.UniqueConstraint("uuid", name=op.f("uq_event_fee_uuid")),
    )
    with op.batch_alter_table("event_fee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_fee_event_id"), ["event_id"], unique=False)

    op.create_table(
        "event_participant",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("reading", sa.String(length=100), nullable=False),
        sa.Column("organization_name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "participant",
                "speaker",
                "guest",
                "staff",
                "buyer",
                "supplier",
                name="participantrole",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("fee_category", sa.String(length=50), nullable=False),
        sa.Column(
            "payment",
            sa.Enum(
                "unpaid", "received", "waived", name="paymentstate", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("paid_amount", sa.Integer(), nullable=True),
        sa.Column("payment_method", sa.String(length=40), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "fax",
                "email",
                "web_form",
                "phone",
                "walk_in",
                name="applicationsource",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("joins_reception", sa.Boolean(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "attending",
                "waitlisted",
                "cancelled",
                name="participationstate",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("waitlist_number", sa.Integer(), nullable=True),
        sa.Column("must_notify", sa.Boolean(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(state = 'waitlisted') = (waitlist_number IS NOT NULL)",
            name=op.f("ck_event_participant_waitlist_numbered"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_participant_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_event_participant_member_id_member"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_participant")),
        sa.UniqueConstraint("uuid", name=op.f("uq_event_participant_uuid")),
    )
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.create_index(
            "ix_event_participant_event_id_state", ["event_id", "state"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_participant_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "timetable_entry",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("time_text", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("speaker", sa.String(length=100), nullable=False),
        sa.Column("speaker_affiliation", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_timetable_entry_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timetable_entry")),
        sa.UniqueConstraint("uuid", name=op.f("uq_timetable_entry_uuid")),
    )
    with op.batch_alter_table("timetable_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_timetable_entry_event_id"), ["event_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("timetable_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_timetable_entry_event_id"))

    op.drop_table("timetable_entry")
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_participant_member_id"))
        batch_op.drop_index("ix_event_participant_event_id_state")

    op.drop_table("event_participant")
    with op.batch_alter_table("event_fee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_fee_event_id"))

    op.drop_table("event_fee")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_visit_id"))
        batch_op.drop_index(batch_op.f("ix_event_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_event_held_on"))
        batch_op.drop_index(batch_op.f("ix_event_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_event_body_id"))

    op.drop_table("event")
