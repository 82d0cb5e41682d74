"""campaigns, briefs and approvals

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Approvals and status changes prove who decided what, when: the database itself refuses
# to edit or delete them, whoever connects.
_PG_FUNCTION = """
CREATE FUNCTION agencia_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% rows are never edited or deleted', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql
"""


def _append_only(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        if table == "approvals":
            op.execute(_PG_FUNCTION)
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION agencia_append_only()"
        )
        return
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} BEGIN "
            f"SELECT RAISE(ABORT, '{table} rows are never edited or deleted'); END"
        )


def _drop_append_only(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        if table == "approvals":
            op.execute("DROP FUNCTION IF EXISTS agencia_append_only()")
        return
    for event in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{event}")


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "approval_delegations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_staff_id", sa.Integer(), nullable=False),
        sa.Column("to_staff_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_staff_id"],
            ["staff.id"],
            name=op.f("fk_approval_delegations_from_staff_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["to_staff_id"], ["staff.id"], name=op.f("fk_approval_delegations_to_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_delegations")),
    )
    with op.batch_alter_table("approval_delegations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_approval_delegations_from_staff_id"), ["from_staff_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_approval_delegations_to_staff_id"), ["to_staff_id"], unique=False
        )

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("uploaded_by_id", sa.Integer(), nullable=True),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["uploaded_by_id"], ["staff.id"], name=op.f("fk_documents_uploaded_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_sha256"), ["sha256"], unique=False)

    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("brand_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "launch",
                "awareness",
                "promotion",
                "institutional",
                name="campaignkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("budget", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "brief",
                "in_development",
                "internal_review",
                "ready_for_client",
                "presented",
                "approved",
                "changes_requested",
                "rejected",
                "in_production",
                "live",
                "completed",
                "cancelled",
                name="campaignstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("may_be_shown", sa.Boolean(), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("results_story", sa.Text(), nullable=False),
        sa.Column("results_kpis", sa.JSON(), nullable=False),
        sa.Column("key_visual_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_campaigns_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["brand_id"], ["brands.id"], name=op.f("fk_campaigns_brand_id_brands")
        ),
        sa.ForeignKeyConstraint(
            ["key_visual_id"],
            ["documents.id"],
            name=op.f("fk_campaigns_key_visual_id_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_campaigns_owner_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("code", name=op.f("uq_campaigns_code")),
    )
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaigns_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_campaigns_brand_id"), ["brand_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_campaigns_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_campaigns_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_campaigns_status"), ["status"], unique=False)
        batch_op.create_index("ix_campaigns_status_deadline", ["status", "deadline"], unique=False)
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_documents_campaign_id_campaigns"), "campaigns", ["campaign_id"], ["id"]
        )

    op.create_table(
        "briefs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "template",
            sa.Enum(
                "launch",
                "awareness",
                "promotion",
                "institutional",
                name="campaignkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("brand", sa.String(length=160), nullable=False),
        sa.Column("product", sa.String(length=200), nullable=False),
        sa.Column("market", sa.Text(), nullable=False),
        sa.Column("target_audience", sa.Text(), nullable=False),
        sa.Column("insight", sa.Text(), nullable=False),
        sa.Column("key_message", sa.Text(), nullable=False),
        sa.Column("mandatories", sa.Text(), nullable=False),
        sa.Column("channels", sa.Text(), nullable=False),
        sa.Column("budget", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("kpis", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_briefs_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_briefs_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_briefs")),
        sa.UniqueConstraint("campaign_id", "number", name=op.f("uq_briefs_campaign_id")),
    )
    op.create_table(
        "campaign_products",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_products_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_campaign_products_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("campaign_id", "product_id", name=op.f("pk_campaign_products")),
    )
    op.create_table(
        "contrabriefs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("brief_number", sa.Integer(), nullable=True),
        sa.Column("understanding", sa.Text(), nullable=False),
        sa.Column("questions", sa.Text(), nullable=False),
        sa.Column("approach", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_contrabriefs_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_contrabriefs_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contrabriefs")),
        sa.UniqueConstraint("campaign_id", name=op.f("uq_contrabriefs_campaign_id")),
    )
    op.create_table(
        "meeting_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("sent_to_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column(
            "acknowledged_channel",
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
            nullable=True,
        ),
        sa.Column("acknowledgement_note", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_meeting_reports_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_meeting_reports_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sent_to_id"], ["contacts.id"], name=op.f("fk_meeting_reports_sent_to_id_contacts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_reports")),
    )
    with op.batch_alter_table("meeting_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_reports_campaign_id"), ["campaign_id"], unique=False
        )

    op.create_table(
        "proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_proposals_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_proposals_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposals")),
        sa.UniqueConstraint("campaign_id", "number", name=op.f("uq_proposals_campaign_id")),
    )
    op.create_table(
        "approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "brief", "internal", "client", name="approvalstage", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("brief_id", sa.Integer(), nullable=True),
        sa.Column("proposal_id", sa.Integer(), nullable=True),
        sa.Column("subject_number", sa.Integer(), nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "approved",
                "changes_requested",
                "rejected",
                name="decision",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("required_role", sa.String(length=32), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("on_behalf_of_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=False),
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
            nullable=True,
        ),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("proof_id", sa.Integer(), nullable=True),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["brief_id"], ["briefs.id"], name=op.f("fk_approvals_brief_id_briefs")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_approvals_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_approvals_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["staff.id"], name=op.f("fk_approvals_decided_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["on_behalf_of_id"], ["staff.id"], name=op.f("fk_approvals_on_behalf_of_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["proof_id"], ["documents.id"], name=op.f("fk_approvals_proof_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposals.id"], name=op.f("fk_approvals_proposal_id_proposals")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["approvals.id"], name=op.f("fk_approvals_supersedes_id_approvals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approvals")),
    )
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.create_index("ix_approvals_campaign", ["campaign_id", "at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_approvals_decided_by_id"), ["decided_by_id"], unique=False
        )

    op.create_table(
        "meeting_contacts",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_meeting_contacts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting_reports.id"],
            name=op.f("fk_meeting_contacts_meeting_id_meeting_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "contact_id", name=op.f("pk_meeting_contacts")),
    )
    op.create_table(
        "meeting_next_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("owner_staff_id", sa.Integer(), nullable=True),
        sa.Column("owner_contact_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting_reports.id"],
            name=op.f("fk_meeting_next_steps_meeting_id_meeting_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_contact_id"],
            ["contacts.id"],
            name=op.f("fk_meeting_next_steps_owner_contact_id_contacts"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_staff_id"],
            ["staff.id"],
            name=op.f("fk_meeting_next_steps_owner_staff_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_next_steps")),
    )
    with op.batch_alter_table("meeting_next_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_next_steps_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_next_steps_owner_staff_id"), ["owner_staff_id"], unique=False
        )

    op.create_table(
        "meeting_staff",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting_reports.id"],
            name=op.f("fk_meeting_staff_meeting_id_meeting_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_meeting_staff_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "staff_id", name=op.f("pk_meeting_staff")),
    )
    op.create_table(
        "proposal_documents",
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_proposal_documents_document_id_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposals.id"],
            name=op.f("fk_proposal_documents_proposal_id_proposals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("proposal_id", "document_id", name=op.f("pk_proposal_documents")),
    )
    op.create_table(
        "campaign_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "brief",
                "in_development",
                "internal_review",
                "ready_for_client",
                "presented",
                "approved",
                "changes_requested",
                "rejected",
                "in_production",
                "live",
                "completed",
                "cancelled",
                name="campaignstatus",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "brief",
                "in_development",
                "internal_review",
                "ready_for_client",
                "presented",
                "approved",
                "changes_requested",
                "rejected",
                "in_production",
                "live",
                "completed",
                "cancelled",
                name="campaignstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["approval_id"],
            ["approvals.id"],
            name=op.f("fk_campaign_status_changes_approval_id_approvals"),
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_status_changes_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_campaign_status_changes_document_id_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_campaign_status_changes_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_status_changes")),
    )
    with op.batch_alter_table("campaign_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_campaign_status_changes_campaign", ["campaign_id", "at"], unique=False
        )

    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "manager_approval_threshold",
                sa.Numeric(precision=14, scale=2),
                nullable=False,
                server_default="150000",
            )
        )
    _append_only("approvals")
    _append_only("campaign_status_changes")


def downgrade() -> None:
    _drop_append_only("campaign_status_changes")
    _drop_append_only("approvals")
    if op.get_bind().dialect.name == "postgresql":  # the one cycle: campaigns <-> documents
        op.drop_constraint(
            op.f("fk_campaigns_key_visual_id_documents"), "campaigns", type_="foreignkey"
        )
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_column("manager_approval_threshold")

    with op.batch_alter_table("campaign_status_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_campaign_status_changes_campaign")

    op.drop_table("campaign_status_changes")
    op.drop_table("proposal_documents")
    op.drop_table("meeting_staff")
    with op.batch_alter_table("meeting_next_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_next_steps_owner_staff_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_next_steps_meeting_id"))

    op.drop_table("meeting_next_steps")
    op.drop_table("meeting_contacts")
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approvals_decided_by_id"))
        batch_op.drop_index("ix_approvals_campaign")

    op.drop_table("approvals")
    op.drop_table("proposals")
    with op.batch_alter_table("meeting_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_reports_campaign_id"))

    op.drop_table("meeting_reports")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_sha256"))
        batch_op.drop_index(batch_op.f("ix_documents_campaign_id"))

    op.drop_table("documents")
    op.drop_table("contrabriefs")
    op.drop_table("campaign_products")
    op.drop_table("briefs")
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.drop_index("ix_campaigns_status_deadline")
        batch_op.drop_index(batch_op.f("ix_campaigns_status"))
        batch_op.drop_index(batch_op.f("ix_campaigns_owner_id"))
        batch_op.drop_index(batch_op.f("ix_campaigns_name_key"))
        batch_op.drop_index(batch_op.f("ix_campaigns_brand_id"))
        batch_op.drop_index(batch_op.f("ix_campaigns_account_id"))

    op.drop_table("campaigns")
    with op.batch_alter_table("approval_delegations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_delegations_to_staff_id"))
        batch_op.drop_index(batch_op.f("ix_approval_delegations_from_staff_id"))

    op.drop_table("approval_delegations")
