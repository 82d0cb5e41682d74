"""Workstations stay live and honest on a secured server: notices reach the others but
never name a record the listener may not see; a session ended by the server mid-write
gives a clear message, leaves nothing half-written, and the next action reconnects."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from server_world import ServerAgency
from sqlalchemy import text

from agencia.db import notify
from agencia.db.uow import unit_of_work
from agencia.domain.errors import DomainError
from agencia.domain.models import Account
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.services.accounts.queries import get_account


def test_notify_reaches_another_person_without_naming_what_they_may_not_see(
    server_agency: ServerAgency,
) -> None:
    a = server_agency.agency.accounts
    with server_agency.connect("pablo") as trainee:
        trainee.execute(f"LISTEN {notify.CHANNEL}")
        db, alvaro = server_agency.signed_in("alvaro")
        try:
            detail = get_account(db, alvaro, a["loreal"])  # not on the trainee's team
            data = replace(input_from_detail(detail), notes="Nota interna de L'Oréal")
            update_account(db, alvaro, a["loreal"], data, detail.version)
        finally:
            db.close()
        # the listener's server session hands notices over when it next runs (a busy
        # machine: seconds); both in, the wait ends
        notices = [json.loads(n.payload) for n in trainee.notifies(timeout=20.0, stop_after=2)]
    assert [n["kinds"] for n in notices] == [["user"], ["account"]]  # sign-in, then the save
    for payload in notices:  # kinds only: the trainee re-reads what they may see
        assert not payload.get("ids"), payload


def test_a_session_ended_mid_write_says_so_and_the_next_action_reconnects(
    server_agency: ServerAgency,
) -> None:
    a = server_agency.agency.accounts
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        with pytest.raises(DomainError) as lost, unit_of_work(db, alvaro) as uow:
            account = uow.session.get(Account, a["coca"])
            assert account is not None
            account.notes = "a medio escribir"
            uow.session.flush()
            with server_agency.owner.writer.begin() as owner:  # an administrator ends it
                owner.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE usename = 'alvaro'"
                    )
                )
            uow.session.execute(text("SELECT 1"))
        assert lost.value.code in {"db.connection_lost", "db.commit_unknown"}
        detail = get_account(db, alvaro, a["coca"])  # the next action: a new connection
        assert detail.notes != "a medio escribir"  # nothing half-written
    finally:
        db.close()
