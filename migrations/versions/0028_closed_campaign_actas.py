"""server: a closed campaign takes no acta

The services refuse to write, correct, send or acknowledge an acta on a completed,
rejected or cancelled campaign (`meetings.refuse_if_closed`); a person with psql could
still do it on a shared server. The acta triggers (`agencia.db.server_meeting_rules`)
now refuse it too. Nothing changes on SQLite.

The downgrade leaves the rules as they are: revision 0027 runs as well with them, and
the next `db upgrade` writes them again.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from agencia.db import server_security

    server_security.reapply(op)


def downgrade() -> None:
    """Nothing to undo (see above)."""
