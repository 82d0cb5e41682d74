"""Who may act: a person who has left the agency signs in nowhere, with or without a password."""

from __future__ import annotations

import pytest
from factories import ADMIN_PASSWORD, set_up
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AuditAction
from agencia.domain.errors import DomainError
from agencia.domain.models import AuditEvent, Staff
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


class _CountingHasher:
    """The real hasher, counting how many passwords it checks."""

    def __init__(self, real: object) -> None:
        self.real = real
        self.verified = 0

    def hash(self, password: str) -> str:
        return self.real.hash(password)  # type: ignore[attr-defined,no-any-return]

    def verify(self, password_hash: str, password: str) -> bool:
        self.verified += 1
        return self.real.verify(password_hash, password)  # type: ignore[attr-defined,no-any-return]


def test_an_unknown_login_costs_a_password_check_like_a_known_one(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Logins cannot be enumerated by timing: both refusals check one password."""
    set_up(db)
    counting = _CountingHasher(auth._hasher)
    monkeypatch.setattr(auth, "_hasher", counting)
    answers = []
    for login in ("admin", "nadie"):
        before = counting.verified
        with pytest.raises(DomainError) as refused:
            auth.sign_in(db, login, "wrong password")
        answers.append((refused.value.code, counting.verified - before))
    assert answers == [("auth.failed", 1), ("auth.failed", 1)]


def test_failed_sign_ins_are_audited_and_slowed_down(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up(db)
    waited: list[float] = []
    monkeypatch.setattr("agencia.services.auth.time.sleep", waited.append)
    for _ in range(5):
        with pytest.raises(DomainError):
            auth.sign_in(db, "admin", "guess")
    with pytest.raises(DomainError):
        auth.sign_in(db, "ghost", "guess")
    with unit_of_work(db, SYSTEM, write=False) as uow:
        failed = uow.session.scalars(
            select(AuditEvent.summary).where(AuditEvent.action == AuditAction.SIGN_IN_FAILED)
        ).all()
    assert sorted(failed) == ["admin"] * 5 + ["ghost"]
    assert waited == [0.5, 1.0]  # the 4th and 5th attempt on "admin"; "ghost" is new
    assert auth.recent_failures(db, "admin") == 5
    auth.sign_in(db, "admin", ADMIN_PASSWORD)  # the right password still signs in
    assert waited[-1] == 2.0  # after waiting its turn
