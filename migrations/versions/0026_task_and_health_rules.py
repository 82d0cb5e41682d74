"""server: task dependencies written by their planners, never in a cycle; no made-up health

On a shared server any person who logs contacts on an account could write its campaigns'
task dependencies (a trainee too) and close a cycle that sent the task list into an
endless walk; and anyone who sees an account could give a day's health a figure its band
contradicts, or add health for days gone. The server now holds both as the services
write them (`agencia.db.server_task_and_health_rules`). Nothing changes on SQLite.

The downgrade drops the two triggers (and their functions): the rules of revision 0025.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from agencia.db import server_security

    server_security.reapply(op)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from agencia.db.server_task_and_health_rules import TRIGGERS

    for table, name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS agencia_task_dependency()")
    op.execute("DROP FUNCTION IF EXISTS agencia_health_days()")
