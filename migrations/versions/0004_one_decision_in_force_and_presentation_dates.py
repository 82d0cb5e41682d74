"""one decision in force per stage, and the date a move happened

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: a batch rebuild would drop the table's append-only triggers
    op.add_column("campaign_status_changes", sa.Column("occurred_on", sa.Date(), nullable=True))
    op.create_index("uq_approvals_supersedes", "approvals", ["supersedes_id"], unique=True)
    op.create_index(
        "uq_approvals_first_of_stage",
        "approvals",
        ["campaign_id", "stage"],
        unique=True,
        sqlite_where=sa.text("supersedes_id IS NULL"),
        postgresql_where=sa.text("supersedes_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_approvals_first_of_stage", table_name="approvals")
    op.drop_index("uq_approvals_supersedes", table_name="approvals")
    op.execute("ALTER TABLE campaign_status_changes DROP COLUMN occurred_on")  # SQLite 3.35+
