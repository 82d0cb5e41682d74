"""server: nothing a person can lock stops everyone; limits on connections, ids, texts

On a shared server the campaign-code series and the administrators' count are now
serialised by row locks only the owner's functions take (a person's advisory lock had
stopped every new campaign); each person's role opens at most 12 connections; nobody
reads a sequence; a sign-in's last time is the server's; every free text has a maximum;
a health row's «satisfacción solo regular» reason is the computation's
(`agencia.db.server_series_locks`, `server_sequences`, `server_text_limits`,
`server_column_rules`, `server_health_figures`). Nothing changes on SQLite.

The downgrade leaves the rules as they are: revision 0030 runs as well with them, and
the next `db upgrade` writes them again.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from agencia.db import server_security

    server_security.reapply(op)


def downgrade() -> None:
    """Nothing to undo (see above)."""
