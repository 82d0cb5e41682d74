"""The health list of someone who sees no account is empty, not an error: the page's
first view (`worst_health`) raised IndexError for an executive of no group and no
account, and «Satisfacción» showed an internal error instead of its empty state."""

from __future__ import annotations

from satisfaction_world import satisfaction_world

from agencia.db.database import Database
from agencia.services.satisfaction.page import read_health


def test_no_account_seen_is_an_empty_list(db: Database) -> None:
    world = satisfaction_world(db)
    worst = read_health(db, world.actor("outsider"), 200)
    assert worst.rows == () and worst.total == 0
    assert read_health(db, world.actor("director"), 200).total == 2
