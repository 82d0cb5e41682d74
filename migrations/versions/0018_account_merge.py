"""accounts: merging two accounts (no change to the schema)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06

Kept in the chain on purpose, empty: merging deletes the duplicate once everything that
belonged to it has moved (`agencia.services.accounts.merge` says why that keeps history
honest: the trail is append-only and keeps the duplicate's id, and the merge's own entry
holds every field it had), so no `merged_into` column is needed, and no list, search or
row-level security policy has to learn to hide a second kind of account.
"""

from __future__ import annotations

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
