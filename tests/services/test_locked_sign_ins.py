"""A sign-in slowed down by failed attempts shows as locked in the people lists until an
administrator unlocks it (on both databases)."""

from __future__ import annotations

import pytest
from factories import ADMIN_PASSWORD, set_up

from agencia.db.database import Database
from agencia.domain.errors import DomainError
from agencia.services import auth
from agencia.services.people import sign_ins, views


def test_failures_lock_and_an_unlock_frees(db: Database) -> None:
    admin = set_up(db)
    assert not views.list_staff(db, admin)[0].locked
    for _ in range(auth.FREE_FAILURES - 1):
        with pytest.raises(DomainError):
            auth.sign_in(db, "admin", "mal")
    assert not views.get_staff(db, admin, admin.staff_id or 0).row.locked
    with pytest.raises(DomainError):
        auth.sign_in(db, "admin", "mal")
    assert views.get_staff(db, admin, admin.staff_id or 0).row.locked
    assert views.list_staff(db, admin)[0].locked
    sign_ins.unlock_user(db, admin, "admin")
    assert not views.list_staff(db, admin)[0].locked
    for _ in range(auth.FREE_FAILURES):  # counted again from the unlock on
        with pytest.raises(DomainError):
            auth.sign_in(db, "admin", "mal")
    assert views.list_staff(db, admin)[0].locked
    sign_ins.unlock_user(db, admin, "admin")
    auth.sign_in(db, "admin", ADMIN_PASSWORD)
