"""The campaign's trail on the shared server (security review 7, F2, F8, F13), each
attack through the attacker's own connection: whoever the server cannot name is nobody,
not the owner; a campaign that went through internal approval stays covered by it in
every status after; every move leaves its row, and no row tells of a move that did not
happen. The services' own moves, each person as themselves, still pass once each."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency
from sqlalchemy import select

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Approval, Campaign, StatusChange
from agencia.domain.enums import ApprovalStage, CampaignStatus, Decision
from agencia.services.campaigns import flow
from agencia.services.campaigns.queries import get_campaign

S = CampaignStatus


def _approved(agency: ServerAgency, status: S, *, owner: str = "alvaro", code: str) -> int:
    """A campaign of Coca-Cola, 40 000 EUR, approved internally by Marta (a supervisor's
    level), standing in `status`; set up by the owner."""
    staff = agency.agency.staff
    with unit_of_work(agency.owner, SYSTEM) as uow:
        campaign = Campaign(
            account_id=agency.agency.accounts["coca"],
            name=f"Campaña {code}",
            code=code,
            owner_id=staff[owner],
            budget=Decimal(40000),
            status=status,
        )
        uow.session.add(campaign)
        uow.session.flush()
        uow.session.add(
            Approval(
                campaign_id=campaign.id,
                stage=ApprovalStage.INTERNAL,
                subject_number=1,
                decision=Decision.APPROVED,
                required_role="account_supervisor",
                decided_by_id=staff["marta"],
                decided_on=date(2026, 1, 5),
            )
        )
        uow.session.flush()
        return campaign.id


def _row(agency: ServerAgency, cid: int) -> Campaign:
    with unit_of_work(agency.owner, SYSTEM, write=False) as uow:
        found = uow.session.get(Campaign, cid)
        assert found is not None
        uow.session.expunge(found)
        return found


def _trail(agency: ServerAgency, cid: int) -> list[tuple[str | None, str, int | None]]:
    with unit_of_work(agency.owner, SYSTEM, write=False) as uow:
        rows = uow.session.execute(
            select(StatusChange.from_status, StatusChange.to_status, StatusChange.staff_id)
            .where(StatusChange.campaign_id == cid)
            .order_by(StatusChange.id)
        )
        return [(f.value if f else None, t.value, s) for f, t, s in rows]


@pytest.mark.parametrize("login", ["alvaro", "admin"])
def test_switching_oneself_off_does_not_pass_the_commit_check(
    server_agency: ServerAgency, login: str
) -> None:
    """F2: someone who may write the approved campaign (its owner; the administrator,
    who hands campaigns over) raises its budget past Marta's level and, in the same
    transaction, switches their own sign-in off, so that at commit they are «nobody»."""
    cid = _approved(server_agency, S.APPROVED, code="COCA-F2")
    admin = login == "admin"
    with (
        server_agency.connect(login, ADMIN_PASSWORD) if admin else server_agency.connect(login)
    ) as conn:
        me = conn.execute("SELECT agencia_me()").fetchone()
        with pytest.raises(psycopg.Error), conn.transaction():
            conn.execute("UPDATE campaigns SET budget = 900000 WHERE id = %s", (cid,))
            conn.execute("UPDATE users SET active = false WHERE login = session_user")
        assert conn.execute("SELECT agencia_me()").fetchone() == me  # nothing was kept
    assert me is not None and me[0] is not None
    assert _row(server_agency, cid).budget == 40000


@pytest.mark.parametrize("closing", ["completed", "cancelled"])
def test_a_closed_campaign_keeps_its_budget_covered(
    server_agency: ServerAgency, closing: str
) -> None:
    """F13: finished (or cancelled by its director) first, then the budget raised."""
    mover = "alvaro" if closing == "completed" else "lucia"  # the owner
    cid = _approved(server_agency, S.LIVE, owner=mover, code=f"COCA-{closing}")
    refused = psycopg.errors.InsufficientPrivilege
    with server_agency.connect(mover) as conn, pytest.raises(refused), conn.transaction():
        conn.execute(
            "UPDATE campaigns SET status = %s, results_story = 'Bien' WHERE id = %s",
            (closing, cid),
        )
        if closing == "cancelled":
            conn.execute(
                "INSERT INTO campaign_status_changes (campaign_id, from_status, to_status,"
                " comment, document_sha256) VALUES (%s, 'live', 'cancelled', 'Sin cliente', '')",
                (cid,),
            )
        conn.execute("UPDATE campaigns SET budget = 900000 WHERE id = %s", (cid,))
    found = _row(server_agency, cid)
    assert (found.status, found.budget) == (S.LIVE, 40000)


def test_every_move_leaves_its_row(server_agency: ServerAgency) -> None:
    """F13: moves made with psql leave their rows, written by the server in the mover's
    name; a move through the services leaves its own row, once; completing needs the
    results; a cancellation its reason."""
    staff = server_agency.agency.staff
    cid = _approved(server_agency, S.APPROVED, code="COCA-F13")
    with server_agency.connect("alvaro") as conn:
        with conn.transaction():
            conn.execute("UPDATE campaigns SET status = 'in_production' WHERE id = %s", (cid,))
            conn.execute("UPDATE campaigns SET status = 'live' WHERE id = %s", (cid,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE campaigns SET status = 'completed' WHERE id = %s", (cid,))
    with server_agency.connect("lucia") as conn, pytest.raises(psycopg.Error):
        conn.execute("UPDATE campaigns SET status = 'cancelled' WHERE id = %s", (cid,))
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        version = get_campaign(db, alvaro, cid).version
        flow.move_campaign(
            db, alvaro, cid, S.COMPLETED, version=version, step=flow.ResultsStep("Vendimos")
        )
    finally:
        db.close()
    me = staff["alvaro"]
    assert _trail(server_agency, cid) == [
        ("approved", "in_production", me),
        ("in_production", "live", me),
        ("live", "completed", me),
    ]


def test_a_status_change_that_never_happened_is_refused(server_agency: ServerAgency) -> None:
    """F8: rows of moves that were not made (a presentation of a campaign in its brief,
    a director «cancelling» another's campaign), a second row for one move, and a
    presentation naming a document internal review never approved."""
    coca = server_agency.campaigns["coca"]  # Álvaro's, in «brief»
    lucias = _approved(server_agency, S.BRIEF, owner="lucia", code="LUCIA-F8")
    ready = _approved(server_agency, S.READY_FOR_CLIENT, code="COCA-F8")
    insert = (
        "INSERT INTO campaign_status_changes (campaign_id, from_status, to_status, comment,"
        " document_sha256) VALUES (%s, %s, %s, %s, %s)"
    )
    refused = psycopg.errors.InsufficientPrivilege
    with server_agency.connect("alvaro") as conn:
        with pytest.raises(refused):
            conn.execute(insert, (coca, "ready_for_client", "presented", "", "abc"))
        with pytest.raises(refused), conn.transaction():
            conn.execute("UPDATE campaigns SET status = 'presented' WHERE id = %s", (ready,))
            conn.execute(insert, (ready, "ready_for_client", "presented", "", "abc"))
    with server_agency.connect("andres") as conn, pytest.raises(refused):
        conn.execute(insert, (lucias, "brief", "cancelled", "Cancelada por el cliente", ""))
    approved = _approved(server_agency, S.APPROVED, code="COCA-F8b")
    with server_agency.connect("alvaro") as conn:
        with pytest.raises(refused), conn.transaction():
            conn.execute("UPDATE campaigns SET status = 'in_production' WHERE id = %s", (approved,))
            conn.execute(insert, (approved, "approved", "in_production", "", ""))
            conn.execute(insert, (approved, "approved", "in_production", "otra vez", ""))
        with conn.transaction():  # one row for one move is the move's
            conn.execute("UPDATE campaigns SET status = 'in_production' WHERE id = %s", (approved,))
            conn.execute(insert, (approved, "approved", "in_production", "En marcha", ""))
    assert [r[1] for r in _trail(server_agency, coca)] == ["brief"]
    assert _trail(server_agency, lucias) == []
    assert _trail(server_agency, ready) == []
    me = server_agency.agency.staff["alvaro"]
    assert _trail(server_agency, approved) == [("approved", "in_production", me)]
    assert _row(server_agency, ready).status is S.READY_FOR_CLIENT


def test_a_history_entry_in_another_groups_account_is_refused(
    server_agency: ServerAgency,
) -> None:
    """F8: Álvaro (Gran Consumo) files «Lucía borró ANDINO-1» under Banco Andino, which
    Servicios' people read in its history; under his own account it is his (stamped)."""
    accounts = server_agency.agency.accounts
    insert = (
        "INSERT INTO audit_events (at, staff_id, login, entity, entity_id, account_id, action,"
        " summary, changes) VALUES ('2001-01-01', NULL, 'lucia', 'campaign', %s, %s,"
        " 'deactivate', %s, '{}') RETURNING staff_id, login"
    )
    andino, coca = server_agency.campaigns["andino"], server_agency.campaigns["coca"]
    with server_agency.connect("alvaro") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(insert, (andino, accounts["andino"], "Lucía borró ANDINO-1"))
        kept = conn.execute(insert, (coca, accounts["coca"], "Nota")).fetchone()
    assert kept == (server_agency.agency.staff["alvaro"], "alvaro")
