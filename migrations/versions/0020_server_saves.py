"""server: the row-level security's functions keep their plans (cheaper saves)

The SECURITY DEFINER functions the policies call (who the session is, the accounts it
reaches, a reviewer's campaigns, a row's account) become PL/pgSQL with the same queries,
so the server plans each once per session instead of once per statement that calls it,
and a campaign's update asks about its own account, not the list of every account the
session reaches (`agencia.db.server_functions.cached_plans`). Nothing is refused or let
through that was not before. The downgrade puts back the SQL functions. Nothing changes
on SQLite.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from agencia.db import server_security

    server_security.reapply(op, cached=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from agencia.db import server_security

    server_security.apply(op.get_bind(), cached=False)
