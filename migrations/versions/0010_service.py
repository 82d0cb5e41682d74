"""service and communications: service requests on SLA clocks and their policies, the
log of every contact with a client and its attachments, mail from unknown senders waiting
for triage, and the agency's mail account (its password lives in the system keyring)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("username", sa.String(length=200), nullable=False),
        sa.Column("imap_host", sa.String(length=200), nullable=False),
        sa.Column("imap_port", sa.Integer(), nullable=False),
        sa.Column("smtp_host", sa.String(length=200), nullable=False),
        sa.Column("smtp_port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(length=16), nullable=False),
        sa.Column("keyring_service", sa.String(length=120), nullable=False),
        sa.Column("last_uid", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_accounts")),
    )
    op.create_table(
        "mail_triage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sender", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_triage")),
    )
    op.create_index(op.f("ix_mail_triage_message_id"), "mail_triage", ["message_id"], unique=False)
    op.create_table(
        "sla_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("closures", sa.JSON(), nullable=False),
        sa.Column("promises", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_sla_policies_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sla_policies")),
        sa.UniqueConstraint("account_id", name=op.f("uq_sla_policies_account_id")),
    )
    op.create_table(
        "service_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column(
            "channel",
            sa.Enum(
                "phone",
                "email",
                "web",
                "social",
                "in_person",
                "courier",
                "post",
                "certified_post",
                "fax",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "incident",
                "request",
                "complaint",
                "information",
                name="requestkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "priority",
            sa.Enum(
                "urgent", "high", "normal", "low", name="priority", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "assigned",
                "in_progress",
                "waiting_on_client",
                "resolved",
                "closed",
                "reopened",
                name="requeststatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_response_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("due_response_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("due_resolution_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pauses", sa.JSON(), nullable=False),
        sa.Column("queue_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("escalation", sa.Integer(), nullable=False),
        sa.Column("escalated_to_id", sa.Integer(), nullable=True),
        sa.Column("breached", sa.Boolean(), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("brand_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_service_requests_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["staff.id"], name=op.f("fk_service_requests_assignee_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_service_requests_campaign_id_campaigns"),
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_service_requests_task_id_tasks"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["brand_id"], ["brands.id"], name=op.f("fk_service_requests_brand_id_brands")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_service_requests_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["escalated_to_id"],
            ["staff.id"],
            name=op.f("fk_service_requests_escalated_to_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_requests")),
    )
    op.create_index(
        "ix_service_requests_account",
        "service_requests",
        ["account_id", "received_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_service_requests_assignee_id"), "service_requests", ["assignee_id"], unique=False
    )
    op.create_index(
        op.f("ix_service_requests_message_id"), "service_requests", ["message_id"], unique=False
    )
    op.create_index(
        "ix_service_requests_account_queue",
        "service_requests",
        ["account_id", "queue_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_service_requests_queue",
        "service_requests",
        ["queue_at", "id"],
        unique=False,
    )
    op.create_table(
        "communications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column(
            "channel",
            sa.Enum(
                "phone",
                "email",
                "web",
                "social",
                "in_person",
                "courier",
                "post",
                "certified_post",
                "fax",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "direction",
            sa.Enum("inbound", "outbound", name="direction", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("contact_ids", sa.JSON(), nullable=False),
        sa.Column("addresses", sa.JSON(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("their_zone", sa.String(length=64), nullable=False),
        sa.Column("follow_up", sa.Date(), nullable=True),
        sa.Column(
            "delivery",
            sa.Enum(
                "not_applicable",
                "pending",
                "delivered",
                "failed",
                name="delivery",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("confirmation", sa.JSON(), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("in_reply_to", sa.String(length=300), nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("scheduled_for", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_communications_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["service_requests.id"],
            name=op.f("fk_communications_request_id_service_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_communications_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communications")),
    )
    op.create_index(
        "ix_communications_account", "communications", ["account_id", "occurred_at"], unique=False
    )
    op.create_index(
        "ix_communications_occurred", "communications", ["occurred_at", "id"], unique=False
    )
    op.create_index(
        op.f("ix_communications_message_id"), "communications", ["message_id"], unique=False
    )
    op.create_index(
        op.f("ix_communications_request_id"), "communications", ["request_id"], unique=False
    )
    op.create_index(
        op.f("ix_communications_staff_id"), "communications", ["staff_id"], unique=False
    )
    op.create_table(
        "communication_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("communication_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["communication_id"],
            ["communications.id"],
            name=op.f("fk_communication_attachments_communication_id_communications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communication_attachments")),
    )
    op.create_index(
        op.f("ix_communication_attachments_communication_id"),
        "communication_attachments",
        ["communication_id"],
        unique=False,
    )

    _routing_rules()


def _enum(name: str, *values: str, length: int = 32) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=length)


def _routing_rules() -> None:
    """The switchboard: rules tried in order before the account's own people."""
    op.create_table(
        "routing_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            _enum("requestkind", "incident", "request", "complaint", "information"),
            nullable=True,
        ),
        sa.Column(
            "channel",
            _enum(
                "channel",
                "phone",
                "email",
                "web",
                "social",
                "in_person",
                "courier",
                "post",
                "certified_post",
                "fax",
            ),
            nullable=True,
        ),
        sa.Column("priority", _enum("priority", "urgent", "high", "normal", "low"), nullable=True),
        sa.Column("brand_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column(
            "team",
            _enum(
                "department",
                "accounts",
                "creative",
                "media",
                "production",
                "strategy",
                "digital",
                "administration",
                length=120,
            ),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["brand_id"],
            ["brands.id"],
            name=op.f("fk_routing_rules_brand_id_brands"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_routing_rules_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routing_rules")),
    )
    op.create_index(op.f("ix_routing_rules_position"), "routing_rules", ["position"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_routing_rules_position"), table_name="routing_rules")
    op.drop_table("routing_rules")
    op.drop_index(
        op.f("ix_communication_attachments_communication_id"),
        table_name="communication_attachments",
    )
    op.drop_table("communication_attachments")
    op.drop_index(op.f("ix_communications_staff_id"), table_name="communications")
    op.drop_index(op.f("ix_communications_request_id"), table_name="communications")
    op.drop_index(op.f("ix_communications_message_id"), table_name="communications")
    op.drop_index("ix_communications_occurred", table_name="communications")
    op.drop_index("ix_communications_account", table_name="communications")
    op.drop_table("communications")
    op.drop_index("ix_service_requests_queue", table_name="service_requests")
    op.drop_index("ix_service_requests_account_queue", table_name="service_requests")
    op.drop_index(op.f("ix_service_requests_message_id"), table_name="service_requests")
    op.drop_index(op.f("ix_service_requests_assignee_id"), table_name="service_requests")
    op.drop_index("ix_service_requests_account", table_name="service_requests")
    op.drop_table("service_requests")
    op.drop_table("sla_policies")
    op.drop_index(op.f("ix_mail_triage_message_id"), table_name="mail_triage")
    op.drop_table("mail_triage")
    op.drop_table("mail_accounts")
