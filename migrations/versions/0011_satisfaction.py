"""satisfaction: survey templates (dimensions and questions on an odd scale, revised
once used), responses and their answers (expected, perceived, importance), and the
improvement actions the weakest dimensions become

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _when() -> sa.Column[object]:
    return sa.Column("created_at", sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "survey_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("points", sa.SmallInteger(), nullable=False),
        sa.Column("wording", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("dimensions", sa.JSON(), nullable=False),
        sa.Column("shipped", sa.String(length=40), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        _when(),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("points IN (5, 7, 9)", name=op.f("ck_survey_templates_odd_points")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_templates")),
        sa.UniqueConstraint("family_id", "revision", name=op.f("uq_survey_templates_family_id")),
    )
    op.create_index(
        op.f("ix_survey_templates_family_id"), "survey_templates", ["family_id"], unique=False
    )
    op.create_table(
        "survey_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("importance", sa.JSON(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        _when(),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_survey_responses_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_survey_responses_campaign_id_campaigns"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_survey_responses_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff.id"],
            name=op.f("fk_survey_responses_recorded_by_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["survey_templates.id"],
            name=op.f("fk_survey_responses_template_id_survey_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_responses")),
    )
    op.create_index(
        "ix_survey_responses_account",
        "survey_responses",
        ["account_id", "answered_on"],
        unique=False,
    )
    op.create_index(
        op.f("ix_survey_responses_template_id"), "survey_responses", ["template_id"], unique=False
    )
    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("dimension_no", sa.SmallInteger(), nullable=False),
        sa.Column("question_no", sa.SmallInteger(), nullable=False),
        sa.Column("expected", sa.SmallInteger(), nullable=True),
        sa.Column("perceived", sa.SmallInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_responses.id"],
            name=op.f("fk_survey_answers_response_id_survey_responses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
        sa.UniqueConstraint(
            "response_id",
            "dimension_no",
            "question_no",
            name=op.f("uq_survey_answers_response_id"),
        ),
    )
    op.create_index(
        op.f("ix_survey_answers_response_id"), "survey_answers", ["response_id"], unique=False
    )
    op.create_table(
        "improvement_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("dimension", sa.String(length=160), nullable=False),
        sa.Column("dimension_key", sa.String(length=32), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("opened_gap", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closing_gap", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        _when(),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_improvement_actions_account_id_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_improvement_actions_owner_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_actions")),
    )
    op.create_index(
        op.f("ix_improvement_actions_account_id"),
        "improvement_actions",
        ["account_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_improvement_actions_owner_id"), "improvement_actions", ["owner_id"], unique=False
    )
    op.create_index(
        "ix_improvement_actions_status_due",
        "improvement_actions",
        ["status", "due_on"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("improvement_actions")
    op.drop_table("survey_answers")
    op.drop_table("survey_responses")
    op.drop_table("survey_templates")
