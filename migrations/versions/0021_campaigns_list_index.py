"""speed: the campaigns list read in its default order off one covering index

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06

`ix_campaigns_list` holds what the list's IDs query reads for its default sort (deadline,
then name, then ID; NULL deadlines last, which an ascending index gives PostgreSQL as is
and SQLite in the same pass) and what its visibility and «Mis campañas» filters test
(account, owner): the 50,000 campaigns of the large demo are read in display order
without touching a table row or sorting (services.campaigns.access).

Its own revision after 0020, not in the placeholder 0019 that databases already
upgraded past while it was empty: a filled 0019 would never run on them.
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

COLUMNS = ["deadline", "name_key", "id", "account_id", "owner_id"]


def upgrade() -> None:
    op.create_index("ix_campaigns_list", "campaigns", COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index("ix_campaigns_list", table_name="campaigns")
