"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21 19:23:52.070822
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_entry",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column(
            "action",
            sa.Enum("update", "delete", name="auditaction", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("uuid", name=op.f("uq_audit_entry_uuid")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_entry_entity_uuid"), ["entity_uuid"], unique=False
        )

    op.create_table(
        "body",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "regular",
                "subcommittee",
                "general_assembly",
                "board",
                "other",
                name="bodykind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body")),
        sa.UniqueConstraint("name", name=op.f("uq_body_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_body_uuid")),
    )
    op.create_table(
        "council",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=False),
        sa.Column("secretariat_name", sa.String(length=200), nullable=False),
        sa.Column("secretariat_phone", sa.String(length=40), nullable=False),
        sa.Column("secretariat_email", sa.String(length=200), nullable=False),
        sa.Column("secretariat_address", sa.String(length=300), nullable=False),
        sa.Column("chair_title", sa.String(length=40), nullable=False),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("purposes", sa.Text(), nullable=False),
        sa.Column("fiscal_year_start_month", sa.Integer(), nullable=False),
        sa.Column("document_number_format", sa.String(length=80), nullable=False),
        sa.Column(
            "meeting_numbering",
            sa.Enum(
                "per_body_fiscal_year",
                "per_body_overall",
                name="meetingnumbering",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("uses_dono", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "fiscal_year_start_month BETWEEN 1 AND 12",
            name=op.f("ck_council_fiscal_year_start_month"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council")),
        sa.UniqueConstraint("uuid", name=op.f("uq_council_uuid")),
    )
    op.create_table(
        "organization",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("reading", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "company",
                "municipality",
                "business_association",
                "university",
                "support_agency",
                "other",
                name="organizationkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
        sa.UniqueConstraint("uuid", name=op.f("uq_organization_uuid")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_name"), ["name"], unique=False)

    op.create_table(
        "pillar",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pillar")),
        sa.UniqueConstraint("code", name=op.f("uq_pillar_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_pillar_uuid")),
    )
    op.create_table(
        "visit",
        sa.Column(
            "direction",
            sa.Enum("outgoing", "incoming", name="visitdirection", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("outcomes", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "end_on IS NULL OR end_on >= start_on", name=op.f("ck_visit_date_order")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
        sa.UniqueConstraint("uuid", name=op.f("uq_visit_uuid")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_fiscal_year"), ["fiscal_year"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_start_on"), ["start_on"], unique=False)

    op.create_table(
        "activity",
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("pillar_id", sa.Integer(), nullable=True),
        sa.Column(
            "state",
            sa.Enum("done", "planned", name="activitystate", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_activity_organization_id_organization"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["pillar_id"],
            ["pillar.id"],
            name=op.f("fk_activity_pillar_id_pillar"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
        sa.UniqueConstraint("uuid", name=op.f("uq_activity_uuid")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activity_fy_org", ["fiscal_year", "organization_id"], unique=False
        )

    op.create_table(
        "itinerary_item",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("time_text", sa.String(length=40), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_itinerary_item_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_itinerary_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_itinerary_item_uuid")),
    )
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_itinerary_item_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "member",
        sa.Column("family_name", sa.String(length=60), nullable=False),
        sa.Column("given_name", sa.String(length=60), nullable=False),
        sa.Column("family_name_reading", sa.String(length=120), nullable=False),
        sa.Column("given_name_reading", sa.String(length=120), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("position_title", sa.String(length=100), nullable=False),
        sa.Column(
            "council_role",
            sa.Enum(
                "chair",
                "vice_chair",
                "member",
                "advisor",
                "observer",
                "secretariat",
                name="councilrole",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("family_name_reading <> ''", name=op.f("ck_member_reading_required")),
        sa.CheckConstraint(
            "term_end IS NULL OR term_start IS NULL OR term_end >= term_start",
            name=op.f("ck_member_term_order"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_member_organization_id_organization"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("uuid", name=op.f("uq_member_uuid")),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            "ix_member_reading", ["family_name_reading", "given_name_reading"], unique=False
        )

    op.create_table(
        "visit_host_attendee",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("affiliation", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_visit_host_attendee_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_host_attendee")),
        sa.UniqueConstraint("uuid", name=op.f("uq_visit_host_attendee_uuid")),
    )
    with op.batch_alter_table("visit_host_attendee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_host_attendee_visit_id"), ["visit_id"], unique=False
        )

    op.create_table(
        "visit_organization",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "destination", "host", name="visitorganizationrole", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_visit_organization_organization_id_organization"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_visit_organization_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_organization")),
        sa.UniqueConstraint("uuid", name=op.f("uq_visit_organization_uuid")),
        sa.UniqueConstraint(
            "visit_id",
            "organization_id",
            "role",
            name=op.f("uq_visit_organization_visit_id_organization_id_role"),
        ),
    )
    with op.batch_alter_table("visit_organization", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_organization_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "visit_outcome_figure",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_visit_outcome_figure_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_outcome_figure")),
        sa.UniqueConstraint("uuid", name=op.f("uq_visit_outcome_figure_uuid")),
    )
    with op.batch_alter_table("visit_outcome_figure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_outcome_figure_visit_id"), ["visit_id"], unique=False
        )

    op.create_table(
        "meeting",
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("sequence_number", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("recorder_name", sa.String(length=100), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "held",
                "drafting",
                "approved",
                name="meetingstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("is_public", sa.Boolean(), nullable=False),
        sa.Column("next_meeting_note", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "end_time IS NULL OR start_time IS NULL OR end_time >= start_time",
            name=op.f("ck_meeting_time_order"),
        ),
        sa.CheckConstraint("sequence_number > 0", name=op.f("ck_meeting_sequence_positive")),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_meeting_body_id_body"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["chair_id"],
            ["member.id"],
            name=op.f("fk_meeting_chair_id_member"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("uuid", name=op.f("uq_meeting_uuid")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(
            "ix_meeting_body_fy", ["body_id", "fiscal_year", "sequence_number"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meeting_fiscal_year"), ["fiscal_year"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_held_on"), ["held_on"], unique=False)

    op.create_table(
        "visit_participant",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("affiliation", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "member_id IS NOT NULL OR name <> ''", name=op.f("ck_visit_participant_person_given")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_visit_participant_member_id_member"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_visit_participant_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_participant")),
        sa.UniqueConstraint("uuid", name=op.f("uq_visit_participant_uuid")),
    )
    with op.batch_alter_table("visit_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_participant_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_visit_participant_visit_id"), ["visit_id"], unique=False
        )

    op.create_table(
        "agenda_item",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("presenter_id", sa.Integer(), nullable=True),
        sa.Column("presenter_name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "deliberation", "report", "other", name="agendakind", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("result", sa.String(length=100), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("position >= 0", name=op.f("ck_agenda_item_position_non_negative")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["presenter_id"],
            ["member.id"],
            name=op.f("fk_agenda_item_presenter_id_member"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agenda_item_uuid")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_agenda_item_meeting_position", ["meeting_id", "position"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "present",
                "absent",
                "proxy",
                "online",
                "late",
                "left_early",
                name="attendancestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("proxy_name", sa.String(length=100), nullable=False),
        sa.Column("absence_notified", sa.Boolean(), nullable=False),
        sa.Column("arrived_at", sa.Time(), nullable=True),
        sa.Column("left_at", sa.Time(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_attendance_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_attendance_member_id_member"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint(
            "meeting_id", "member_id", name=op.f("uq_attendance_meeting_id_member_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_attendance_uuid")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_member_id"), ["member_id"], unique=False)

    op.create_table(
        "correspondence",
        sa.Column(
            "direction",
            sa.Enum(
                "incoming", "outgoing", name="correspondencedirection", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("serial_number", sa.Integer(), nullable=False),
        sa.Column("document_number", sa.String(length=60), nullable=False),
        sa.Column("their_number", sa.String(length=60), nullable=False),
        sa.Column("dated_on", sa.Date(), nullable=False),
        sa.Column("counterparty_organization_id", sa.Integer(), nullable=True),
        sa.Column("counterparty_name", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column(
            "medium",
            sa.Enum(
                "post",
                "fax",
                "email",
                "hand",
                "phone",
                "other",
                name="medium",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("reply_needed", sa.Boolean(), nullable=False),
        sa.Column("reply_due", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "replied",
                "done",
                "void",
                name="correspondencestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("serial_number > 0", name=op.f("ck_correspondence_serial_positive")),
        sa.ForeignKeyConstraint(
            ["counterparty_organization_id"],
            ["organization.id"],
            name=op.f("fk_correspondence_counterparty_organization_id_organization"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_correspondence_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_correspondence_visit_id_visit"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correspondence")),
        sa.UniqueConstraint(
            "direction",
            "fiscal_year",
            "serial_number",
            name=op.f("uq_correspondence_direction_fiscal_year_serial_number"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_correspondence_uuid")),
    )
    with op.batch_alter_table("correspondence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_correspondence_counterparty_organization_id"),
            ["counterparty_organization_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_correspondence_fy_dated", ["fiscal_year", "dated_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_correspondence_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_correspondence_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "meeting_guest",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("affiliation", sa.String(length=200), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "secretariat",
                "guest",
                "observer",
                "other",
                name="guestcategory",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_guest_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_guest")),
        sa.UniqueConstraint("uuid", name=op.f("uq_meeting_guest_uuid")),
    )
    with op.batch_alter_table("meeting_guest", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_guest_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "meeting_material",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_material_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_material")),
        sa.UniqueConstraint("uuid", name=op.f("uq_meeting_material_uuid")),
    )
    with op.batch_alter_table("meeting_material", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_material_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "minute_signer",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_minute_signer_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_minute_signer_member_id_member"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minute_signer")),
        sa.UniqueConstraint(
            "meeting_id", "member_id", name=op.f("uq_minute_signer_meeting_id_member_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_minute_signer_uuid")),
    )
    op.create_table(
        "attachment",
        sa.Column("correspondence_id", sa.Integer(), nullable=False),
        sa.Column("original_name", sa.String(length=300), nullable=False),
        sa.Column("stored_name", sa.String(length=80), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["correspondence_id"],
            ["correspondence.id"],
            name=op.f("fk_attachment_correspondence_id_correspondence"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("stored_name", name=op.f("uq_attachment_stored_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attachment_uuid")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_correspondence_id"), ["correspondence_id"], unique=False
        )

    op.create_table(
        "remark",
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
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
        sa.Column("captured_at", sa.DateTime(), nullable=False),
        sa.Column(
            "response_status",
            sa.Enum(
                "pending",
                "in_progress",
                "done",
                "not_needed",
                name="responsestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("response_text", sa.Text(), nullable=False),
        sa.Column("responded_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "speaker_member_id IS NOT NULL OR speaker_name <> ''",
            name=op.f("ck_remark_speaker_given"),
        ),
        sa.CheckConstraint(
            "(agenda_item_id IS NOT NULL) <> (visit_id IS NOT NULL)",
            name=op.f("ck_remark_one_parent"),
        ),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_remark_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["speaker_member_id"],
            ["member.id"],
            name=op.f("fk_remark_speaker_member_id_member"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_remark_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remark")),
        sa.UniqueConstraint("uuid", name=op.f("uq_remark_uuid")),
    )
    with op.batch_alter_table("remark", schema=None) as batch_op:
        batch_op.create_index(
            "ix_remark_agenda_position", ["agenda_item_id", "position"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_remark_speaker_member_id"), ["speaker_member_id"], unique=False
        )
        batch_op.create_index("ix_remark_visit_position", ["visit_id", "position"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("remark_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_member_id", sa.Integer(), nullable=True),
        sa.Column("owner_name", sa.String(length=100), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open", "in_progress", "done", name="actionstatus", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "agenda_item_id IS NOT NULL OR remark_id IS NOT NULL OR visit_id IS NOT NULL",
            name=op.f("ck_action_item_has_source"),
        ),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_action_item_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_member_id"],
            ["member.id"],
            name=op.f("fk_action_item_owner_member_id_member"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["remark_id"],
            ["remark.id"],
            name=op.f("fk_action_item_remark_id_remark"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_action_item_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_action_item_uuid")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_item_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_item_remark_id"), ["remark_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_visit_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_status"))
        batch_op.drop_index(batch_op.f("ix_action_item_remark_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_agenda_item_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("remark", schema=None) as batch_op:
        batch_op.drop_index("ix_remark_visit_position")
        batch_op.drop_index(batch_op.f("ix_remark_speaker_member_id"))
        batch_op.drop_index("ix_remark_agenda_position")

    op.drop_table("remark")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_correspondence_id"))

    op.drop_table("attachment")
    op.drop_table("minute_signer")
    with op.batch_alter_table("meeting_material", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_material_meeting_id"))

    op.drop_table("meeting_material")
    with op.batch_alter_table("meeting_guest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_guest_meeting_id"))

    op.drop_table("meeting_guest")
    with op.batch_alter_table("correspondence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_correspondence_visit_id"))
        batch_op.drop_index(batch_op.f("ix_correspondence_meeting_id"))
        batch_op.drop_index("ix_correspondence_fy_dated")
        batch_op.drop_index(batch_op.f("ix_correspondence_counterparty_organization_id"))

    op.drop_table("correspondence")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_member_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index("ix_agenda_item_meeting_position")

    op.drop_table("agenda_item")
    with op.batch_alter_table("visit_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_participant_visit_id"))
        batch_op.drop_index(batch_op.f("ix_visit_participant_member_id"))

    op.drop_table("visit_participant")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_held_on"))
        batch_op.drop_index(batch_op.f("ix_meeting_fiscal_year"))
        batch_op.drop_index("ix_meeting_body_fy")

    op.drop_table("meeting")
    with op.batch_alter_table("visit_outcome_figure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_outcome_figure_visit_id"))

    op.drop_table("visit_outcome_figure")
    with op.batch_alter_table("visit_organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_organization_organization_id"))

    op.drop_table("visit_organization")
    with op.batch_alter_table("visit_host_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_host_attendee_visit_id"))

    op.drop_table("visit_host_attendee")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index("ix_member_reading")
        batch_op.drop_index(batch_op.f("ix_member_organization_id"))

    op.drop_table("member")
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_itinerary_item_visit_id"))

    op.drop_table("itinerary_item")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_fy_org")

    op.drop_table("activity")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_start_on"))
        batch_op.drop_index(batch_op.f("ix_visit_fiscal_year"))

    op.drop_table("visit")
    op.drop_table("pillar")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_name"))

    op.drop_table("organization")
    op.drop_table("council")
    op.drop_table("body")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity_uuid"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
