"""server: a row's parents read by its policies as the person (no function tells whose a row is)

The child tables' row-level security found a row's account (and campaign) through the
owner's SECURITY DEFINER `agencia_account_of_T(id)` / `agencia_campaign_of_T(id)`, which
every person's session could call: anyone at a psql prompt learnt the account of any row
of any table by its id, and that the row existed (security7 F11). The policies now read
the parent in an `EXISTS` on its id, as the person, under the parent's own row-level
security (`agencia.db.server_tables.RowPath`), and those functions are dropped. Who reads
and writes what is unchanged. Nothing changes on SQLite.

The downgrade leaves the new policies: nothing of revision 0023 depends on the server's
rules, and its `db upgrade` writes its own again.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from agencia.db import server_security

    server_security.reapply(op)


def downgrade() -> None:
    """Nothing to undo (see above)."""
