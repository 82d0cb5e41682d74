"""Who may act: a person who has left the agency signs in nowhere, with or without a password."""

from __future__ import annotations

import pytest
from factories import ADMIN_PASSWORD, set_up

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import DomainError
from agencia.domain.models import Staff
from agencia.services import auth


def _leave(db: Database, staff_id: int) -> None:
    """The person leaves the agency: their staff record is deactivated, the user is not."""
    with unit_of_work(db, SYSTEM) as uow:
        person = uow.session.get(Staff, staff_id)
        assert person is not None
        person.active = False


def test_a_person_who_left_is_refused_everywhere(db: Database) -> None:
    admin = set_up(db)
    assert auth.actor_for(db, "admin").staff_id == admin.staff_id
    assert auth.default_login(db) == "admin"
    assert admin.staff_id is not None
    _leave(db, admin.staff_id)
    for attempt in (
        lambda: auth.actor_for(db, "admin"),
        lambda: auth.sign_in(db, "admin", ADMIN_PASSWORD),
    ):
        with pytest.raises(DomainError) as refused:
            attempt()
        assert refused.value.code == "auth.inactive"
    assert auth.default_login(db) is None  # the command line does not act as them either
