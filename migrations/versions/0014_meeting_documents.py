"""meeting documents: each acta keeps the fingerprint of its PDF as stored (the document
kept with the campaign), of the PDF sent to the client, and of the one the client
acknowledged

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_COLUMNS = ("acta_sha256", "sent_sha256", "acknowledged_sha256")


def upgrade() -> None:
    # plain ADD COLUMNs: no batch rebuild of a table that other tables point at; the
    # document is found by its fingerprint (documents.sha256 is indexed), as a proposal's
    for name in _COLUMNS:
        op.add_column("meeting_reports", sa.Column(name, sa.String(64), nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (a batch rebuild would drop triggers)
    for name in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE meeting_reports DROP COLUMN {name}")
