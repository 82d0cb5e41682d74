"""coordination: people's weekly capacity and absences, vendors and their ratings, the
tasks and milestones of campaigns with their dependencies, and vendor jobs

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_DEPARTMENTS = ("accounts", "creative", "media", "production", "strategy", "digital")
_DEPARTMENTS += ("administration",)
_STATUSES = ("todo", "in_progress", "waiting", "done", "cancelled")
_MILESTONES = (
    "brief_approved",
    "internal_review",
    "presentation",
    "client_approval",
    "go_live",
    "end",
)
_CATEGORIES = ("production_house", "printer", "photographer", "media_outlet", "courier", "other")


def _enum(values: tuple[str, ...], name: str, length: int = 32) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=length)


def upgrade() -> None:
    op.create_table(
        "staff_capacity",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("weekly_hours", sa.Numeric(precision=5, scale=1), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_staff_capacity_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_staff_capacity")),
    )
    op.create_table(
        "absences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_absences_dates")),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_absences_staff_id_staff"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_absences")),
    )
    op.create_index(op.f("ix_absences_staff_id"), "absences", ["staff_id"])
    op.create_table(
        "vendors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("category", _enum(_CATEGORIES, "vendorcategory"), nullable=False),
        sa.Column("tax_id", sa.String(length=32), nullable=False),
        sa.Column("contact_name", sa.String(length=160), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("rates", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vendors")),
    )
    op.create_index(op.f("ix_vendors_name_key"), "vendors", ["name_key"])
    op.create_table(
        "vendor_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("quote", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("po_number", sa.String(length=40), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("invoiced_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendors.id"], name=op.f("fk_vendor_jobs_vendor_id_vendors")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_vendor_jobs_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"], ["staff.id"], name=op.f("fk_vendor_jobs_requested_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["staff.id"], name=op.f("fk_vendor_jobs_approved_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vendor_jobs")),
    )
    op.create_index(op.f("ix_vendor_jobs_vendor_id"), "vendor_jobs", ["vendor_id"])
    op.create_index(op.f("ix_vendor_jobs_campaign_id"), "vendor_jobs", ["campaign_id"])
    op.create_table(
        "vendor_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(length=500), nullable=False),
        sa.Column("rated_by_id", sa.Integer(), nullable=True),
        sa.Column("rated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_vendor_ratings_score")),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendors.id"], name=op.f("fk_vendor_ratings_vendor_id_vendors")
        ),
        sa.ForeignKeyConstraint(
            ["job_id"], ["vendor_jobs.id"], name=op.f("fk_vendor_ratings_job_id_vendor_jobs")
        ),
        sa.ForeignKeyConstraint(
            ["rated_by_id"], ["staff.id"], name=op.f("fk_vendor_ratings_rated_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vendor_ratings")),
        sa.UniqueConstraint("job_id", name=op.f("uq_vendor_ratings_job_id")),
    )
    op.create_index(op.f("ix_vendor_ratings_vendor_id"), "vendor_ratings", ["vendor_id"])
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("team", _enum(_DEPARTMENTS, "department", 120), nullable=True),
        sa.Column("vendor_id", sa.Integer(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("estimated_hours", sa.Numeric(precision=7, scale=1), nullable=False),
        sa.Column("status", _enum(_STATUSES, "taskstatus"), nullable=False),
        sa.Column("milestone", _enum(_MILESTONES, "milestonekind"), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("due_on >= start_on", name=op.f("ck_tasks_dates")),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_tasks_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendors.id"], name=op.f("fk_tasks_vendor_id_vendors")
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["staff.id"], name=op.f("fk_tasks_assignee_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    op.create_index(op.f("ix_tasks_campaign_id"), "tasks", ["campaign_id"])
    op.create_index(op.f("ix_tasks_vendor_id"), "tasks", ["vendor_id"])
    op.create_index("ix_tasks_assignee_status_due", "tasks", ["assignee_id", "status", "due_on"])
    op.create_table(
        "task_dependencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("depends_on_id", sa.Integer(), nullable=False),
        sa.Column("lag_days", sa.Integer(), nullable=False),
        sa.CheckConstraint("task_id <> depends_on_id", name=op.f("ck_task_dependencies_not_self")),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_task_dependencies_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["depends_on_id"],
            ["tasks.id"],
            name=op.f("fk_task_dependencies_depends_on_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_dependencies")),
        sa.UniqueConstraint("task_id", "depends_on_id", name=op.f("uq_task_dependencies_task_id")),
    )
    op.create_index(
        op.f("ix_task_dependencies_depends_on_id"), "task_dependencies", ["depends_on_id"]
    )


def downgrade() -> None:
    op.drop_table("task_dependencies")
    op.drop_table("tasks")
    op.drop_table("vendor_ratings")
    op.drop_table("vendor_jobs")
    op.drop_table("vendors")
    op.drop_table("absences")
    op.drop_table("staff_capacity")
