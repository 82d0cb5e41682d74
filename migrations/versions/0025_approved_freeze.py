"""server: what an approval covered stays as it was approved (versions, files, the trail)

On a shared server a person's psql session could change what an approval covered
without the services' steps: link another file to an approved proposal version and
unlink the approved one, rewrite its summary or an approved brief's budget, edit an
approved campaign's owner, start date or name with no new version and no history entry,
and file a «decision» in a campaign's history that nobody made. Now a brief's or a
proposal's version and its files stay as saved (a new version is the way), a campaign's
edit is a new version with its history entry, and a decision or a move in the history
stands for the one its person made (`agencia.db.server_approved_freeze`). The rules are
written again with the rest of the server's security. Nothing changes on SQLite.

The downgrade leaves the rules: nothing of revision 0024 depends on them, and its
`db upgrade` writes its own again.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from agencia.db import server_security

    server_security.reapply(op)


def downgrade() -> None:
    """Nothing to undo (see above)."""
