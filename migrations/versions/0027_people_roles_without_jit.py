"""server: people's sessions run without JIT, and one left idle in a transaction is ended

On a shared server PostgreSQL compiled (JIT) people's costlier queries: under row-level
security a trainee's count of 29,700 task dependencies took 1,183 ms, 32 ms without. And
a person at a psql prompt could `BEGIN; LOCK TABLE accounts;` (whoever writes a table may
lock it) and walk away, holding every workstation off that table. Each person's role now
has `jit = off` and `idle_in_transaction_session_timeout` (`agencia.db.server_logins`,
`agencia_shape_login`); the upgrade writes the function again and re-shapes the roles of
the people already there. Nothing changes on SQLite.

The downgrade leaves the settings: revision 0026 runs as well with them.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from agencia.db import server_security

    server_security.reapply(op)


def downgrade() -> None:
    """Nothing to undo (see above)."""
