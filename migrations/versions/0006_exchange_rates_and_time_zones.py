"""agency settings for Spain and Latin America: dated exchange rates to the agency's
currency, and the time zones of the agency and of each account

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.Numeric(precision=18, scale=8), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
        sa.UniqueConstraint("currency", "valid_from", name=op.f("uq_exchange_rates_currency")),
    )
    # plain ADD COLUMNs: no batch rebuild of tables that other tables point at
    op.add_column(
        "agency", sa.Column("time_zone", sa.String(64), nullable=False, server_default="")
    )
    op.add_column(
        "accounts", sa.Column("time_zone", sa.String(64), nullable=False, server_default="")
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (a batch rebuild would drop triggers)
    op.execute("ALTER TABLE accounts DROP COLUMN time_zone")
    op.execute("ALTER TABLE agency DROP COLUMN time_zone")
    op.drop_table("exchange_rates")
