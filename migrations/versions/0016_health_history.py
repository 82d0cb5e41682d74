"""satisfaction: stored account health history, one row per account per day it was
computed (the figure, its band, the satisfaction and the reasons), so the trend shows

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account_health_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.Column("score", sa.SmallInteger(), nullable=True),
        sa.Column("band", sa.String(length=32), nullable=True),
        sa.Column("satisfaction", sa.Numeric(precision=4, scale=2), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_account_health_history_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_health_history")),
        sa.UniqueConstraint(
            "account_id", "computed_on", name=op.f("uq_account_health_history_account_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("account_health_history")
