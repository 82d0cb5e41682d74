"""server roles: privileges, row-level security and server-set stamps (PostgreSQL only)

The rules are generated from the role table by `agencia.db.server_security`, which
`agencia db upgrade` also re-applies after every later migration (so their tables are
covered). Nothing changes on SQLite: it is the one-workstation edition.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from agencia.db import server_security

    server_security.reapply(op)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from agencia.db import server_security

    server_security.remove(op.get_bind())
