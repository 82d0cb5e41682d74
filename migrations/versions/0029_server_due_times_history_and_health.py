"""server: due times, an account's history and the kept health, as the services write them

Three things a person with psql could write that the services never would, on a shared
server (nothing changes on SQLite):

- a request's due times: pushed back in a move's transaction, or any on a new request,
  hiding a breach. The server now computes them itself, as the workstations do
  (`agencia.db.server_sla_clock`; the public holidays of the `holidays` library for the
  years around the upgrade);
- an account's history: a «create», «update», «deactivate» or «reactivate» entry of an
  account, contact, brand or product telling of something that transaction did not do.
  Checked at commit against the rows it wrote (`agencia.db.server_account_history`);
- a kept health row for today that agrees with itself but not with the client's survey
  answers: its satisfaction, the band it allows and its reasons are checked against the
  answers (`agencia.db.server_health_figures`); the other factors stay the writer's.

The downgrade leaves the rules: revision 0028 runs as well with them, and the next
`db upgrade` writes them again.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from agencia.db import server_security

    server_security.reapply(op)


def downgrade() -> None:
    """Nothing to undo (see above)."""
