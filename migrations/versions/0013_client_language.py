"""client language: the agency's profile texts in English for English decks, and the
Spanish (Spain's or Latin America's) the agency and each account speak

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_AGENCY = (
    ("tagline_en", sa.String(200), ""),
    ("about_en", sa.Text(), ""),
    ("services_en", sa.Text(), ""),
    ("process_en", sa.JSON(), "[]"),
    ("spanish", sa.String(8), "spain"),
)


def upgrade() -> None:
    # plain ADD COLUMNs: no batch rebuild of tables that other tables point at
    for name, kind, default in _AGENCY:
        op.add_column("agency", sa.Column(name, kind, nullable=False, server_default=default))
    op.add_column("accounts", sa.Column("spanish", sa.String(8), nullable=False, server_default=""))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (a batch rebuild would drop triggers)
    op.execute("ALTER TABLE accounts DROP COLUMN spanish")
    for name, _kind, _default in reversed(_AGENCY):
        op.execute(f"ALTER TABLE agency DROP COLUMN {name}")
