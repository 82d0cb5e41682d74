"""Account teams on a secured server, as DESIGN.md's role table says: a director manages
the teams of their group's accounts; the administrator, who sets up people, groups and
accounts, does not — yet their own work that carries a lead along (a new account, a
group move, a handover) still passes the server's row-level security."""

from __future__ import annotations

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency
from sqlalchemy import select

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AssignmentRole
from agencia.domain.errors import PermissionDenied
from agencia.domain.models import AccountAssignment
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.people.group_moves import move_to_group
from agencia.services.people.teams import add_member, remove_member


def _team(server_agency: ServerAgency, account_id: int) -> dict[int, AssignmentRole]:
    with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
        rows = uow.session.execute(
            select(AccountAssignment.staff_id, AccountAssignment.role).where(
                AccountAssignment.account_id == account_id
            )
        )
        return {staff_id: role for staff_id, role in rows}


def test_the_administrator_sets_accounts_up_and_their_director_manages_the_team(
    server_agency: ServerAgency,
) -> None:
    agency = server_agency.agency
    staff, groups = agency.staff, agency.groups
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        # a new account: its lead joins its team, through the administrator's own role
        data = AccountInput(
            trade_name="Cliente del servidor",
            group_id=groups["consumo"],
            lead_executive_id=staff["marta"],
        )
        account = create_account(db, admin, data).id
        assert _team(server_agency, account) == {staff["marta"]: AssignmentRole.LEAD_EXECUTIVE}
        # its team is not the administrator's to manage
        for refused in (
            lambda: add_member(db, admin, account, staff["laura"]),
            lambda: remove_member(db, admin, agency.accounts["coca"], staff["pablo"]),
        ):
            with pytest.raises(PermissionDenied):
                refused()
        # a group move gives the account a lead of the group it goes to
        move_to_group(db, admin, groups["servicios"], account_ids=[account], lead_id=staff["raul"])
        assert _team(server_agency, account)[staff["raul"]] is AssignmentRole.LEAD_EXECUTIVE
    finally:
        db.close()

    db, andres = server_agency.signed_in("andres")  # now his group's account
    try:
        add_member(db, andres, account, staff["laura"], AssignmentRole.ASSISTANT)
    finally:
        db.close()
    assert _team(server_agency, account)[staff["laura"]] is AssignmentRole.ASSISTANT

    # Lucía directs another group: the server refuses her a row on this team, whatever
    # SQL she types
    with (
        server_agency.connect("lucia") as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(
            "INSERT INTO account_assignments (account_id, staff_id, role) VALUES (%s, %s, %s)",
            (account, staff["alvaro"], AssignmentRole.EXECUTIVE.value),
        )
    assert staff["alvaro"] not in _team(server_agency, account)


def test_whoever_creates_an_account_leads_its_team_on_the_server(
    server_agency: ServerAgency,
) -> None:
    """An executive or a supervisor may create an account (the services: it is theirs to
    lead): through their own role its lead row lands; any other row on a team does not."""
    staff, coca = server_agency.agency.staff, server_agency.agency.accounts["coca"]
    for login in ("alvaro", "marta"):
        db, actor = server_agency.signed_in(login)
        try:
            account = create_account(db, actor, AccountInput(trade_name=f"Nueva de {login}")).id
        finally:
            db.close()
        assert _team(server_agency, account) == {staff[login]: AssignmentRole.LEAD_EXECUTIVE}
    with server_agency.connect("alvaro") as conn:  # Coca-Cola is his to lead, not to staff
        for role in (AssignmentRole.EXECUTIVE, AssignmentRole.LEAD_EXECUTIVE):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(
                    "INSERT INTO account_assignments (account_id, staff_id, role) "
                    "VALUES (%s, %s, %s)",
                    (coca, staff["laura"], role.value),
                )
    assert staff["laura"] not in _team(server_agency, coca)
