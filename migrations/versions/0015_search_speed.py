"""search speed: prefix indexes for the word search, a covering index of a person's accounts

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06

SQLite: the FTS5 tables are rebuilt with prefix indexes of 1, 2 and 3 letters, so the
first letters typed (`g`, `ga`, `gar`) read one list of rows instead of merging every
word that starts with them (the first letter: 2x faster on 100,000 accounts). The
content, tokenizer and triggers stay as they were, so what is found does not change.

Both databases: `account_assignments (staff_id, account_id)`, so the accounts a person is
on the team of are read off the index alone (a director is on 33,000).
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_SEARCHED = ("accounts", "contacts")
_TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"


def _rebuild_fts(prefix: str) -> None:
    """The external-content FTS tables again, with `prefix` (or none), filled from their
    tables; the triggers that keep them current name them by name and stay."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in _SEARCHED:
        fts = f"{table}_fts"
        op.execute(f"DROP TABLE IF EXISTS {fts}")
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', "
            f"content_rowid='id', {_TOKENIZE}{prefix})"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def upgrade() -> None:
    op.create_index(
        "ix_account_assignments_staff_account",
        "account_assignments",
        ["staff_id", "account_id"],
        unique=False,
    )
    _rebuild_fts(", prefix='1 2 3'")


def downgrade() -> None:
    _rebuild_fts("")
    op.drop_index("ix_account_assignments_staff_account", table_name="account_assignments")
