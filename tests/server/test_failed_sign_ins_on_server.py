"""Failed sign-ins on a secured server: answered slower and slower on one login, as on
SQLite, and audited by the next sign-in that succeeds on the workstation (a refused
password opens no connection to write with); the server stamps that row."""

from __future__ import annotations

import threading
import time

import pytest
from server_world import PASSWORD, ServerAgency
from sqlalchemy import select

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AuditAction
from agencia.domain.errors import DomainError
from agencia.domain.models import AuditEvent
from agencia.services import auth


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every pause made on the test's thread; each still really waits. Whether a failure
    was answered at once is what was paused, not how long it took: a busy machine makes
    a refused sign-in (a new connection, SCRAM) take longer than the first delay."""
    seen: list[float] = []
    sleep, test_thread = time.sleep, threading.get_ident()

    def pause(seconds: float) -> None:
        if threading.get_ident() == test_thread:
            seen.append(seconds)
        sleep(seconds)

    monkeypatch.setattr(time, "sleep", pause)
    return seen


def _fail(server: ServerAgency, login: str, pauses: list[float]) -> tuple[float, list[float]]:
    """How long a refused sign-in took, and the pauses it made."""
    began, before = time.monotonic(), len(pauses)
    with pytest.raises(DomainError) as refused:
        server.signed_in(login, "no es la buena")
    assert refused.value.code == "auth.failed"
    return time.monotonic() - began, pauses[before:]


def test_failed_sign_ins_are_slowed_then_audited_by_the_next_sign_in(
    server_agency: ServerAgency, pauses: list[float]
) -> None:
    quick = [_fail(server_agency, "alvaro", pauses) for _ in range(auth.FREE_FAILURES)]
    assert [paused for _took, paused in quick] == [[]] * auth.FREE_FAILURES  # at once
    took, paused = _fail(server_agency, "alvaro", pauses)
    delay = auth.failure_delay(auth.FREE_FAILURES)
    assert paused == [delay] and took >= delay  # then slowed, really
    _fail(server_agency, "nadie", pauses)  # an unknown login is refused the same way
    db, marta = server_agency.signed_in("marta", PASSWORD)
    try:
        # written in marta's session, readable by whoever manages sign-ins
        with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
            rows = uow.session.execute(
                select(AuditEvent.summary, AuditEvent.login, AuditEvent.staff_id).where(
                    AuditEvent.action == AuditAction.SIGN_IN_FAILED
                )
            ).all()
        assert sorted(r.summary for r in rows) == ["alvaro"] * 4 + ["nadie"]
        assert {(r.login, r.staff_id) for r in rows} == {("marta", marta.staff_id)}
        assert auth.recent_failures(server_agency.owner, "alvaro") == 4
    finally:
        db.close()
    second, _ = server_agency.signed_in("lucia", PASSWORD)  # nothing is written twice
    second.close()
    assert auth.recent_failures(server_agency.owner, "alvaro") == 4
