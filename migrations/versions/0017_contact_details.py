"""contacts: fax, postal address, preferred hours

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

What the channels of the communications log need of a client's contact: a fax number
(transmission reports), a postal address (certified letters and couriers), and the hours
they like to be reached ("09:00-14:00", in the account's time zone). Empty for the
contacts already there. Plain ADD/DROP COLUMN (no table rebuild), so the contacts' search
triggers on SQLite and the row-level security and grants on PostgreSQL, which are per
table, stay as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_COLUMNS = (("fax", 40), ("postal_address", 400), ("preferred_hours", 40))


def upgrade() -> None:
    for name, width in _COLUMNS:
        op.add_column(
            "contacts",
            sa.Column(name, sa.String(length=width), nullable=False, server_default=""),
        )


def downgrade() -> None:
    for name, _width in reversed(_COLUMNS):
        op.drop_column("contacts", name)
