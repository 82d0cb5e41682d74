"""The campaign's life and its approvals on the shared server: a psql-level session may
not skip a step the services would have required (issue 9's forgeries: an executive
jumping her campaign to «approved» with another budget, a self-approval with a made-up
fingerprint), whatever the role; the services' own flow, each person through their own
connection, still goes from brief to approved, and what an approval covered cannot
change under it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from psycopg import errors
from server_world import PEOPLE, ServerAgency, move, to_review
from sqlalchemy import select

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Approval
from agencia.domain.enums import ApprovalStage, CampaignStatus, Channel
from agencia.domain.errors import DomainError
from agencia.domain.models import Contact
from agencia.services.campaigns import flow
from agencia.services.campaigns.campaign_edit import CampaignInput, update_campaign
from agencia.services.campaigns.queries import get_campaign

S = CampaignStatus
EVERYONE = ["admin", *PEOPLE]
# refused by privilege (row-level security: nothing to write) or by the server's rules
REFUSED = (errors.InsufficientPrivilege,)


def _connect(agency: ServerAgency, login: str) -> psycopg.Connection:
    return agency.connect(login, ADMIN_PASSWORD) if login == "admin" else agency.connect(login)


def _staff_id(agency: ServerAgency, login: str) -> int | None:
    return agency.agency.admin.staff_id if login == "admin" else agency.agency.staff[login]


def _status(agency: ServerAgency, campaign_id: int) -> tuple[S, object]:
    row = get_campaign(agency.owner, SYSTEM, campaign_id).row
    return row.status, row.budget


def _forge(conn: psycopg.Connection, statement: str, *params: object) -> None:
    """Refused outright, or (where row-level security hides the row) nothing written."""
    try:
        done = conn.execute(statement, params or None).rowcount
    except REFUSED:
        return
    assert done == 0, statement


@pytest.mark.parametrize("login", EVERYONE)
def test_nobody_jumps_a_campaign_to_approved(server_agency: ServerAgency, login: str) -> None:
    coca = server_agency.campaigns["coca"]  # Álvaro's, in «brief»
    before = _status(server_agency, coca)
    with _connect(server_agency, login) as conn:
        for status in ("approved", "ready_for_client", "in_production", "completed"):
            _forge(
                conn, f"UPDATE campaigns SET status = '{status}', budget = 5 WHERE id = %s", coca
            )
    assert _status(server_agency, coca) == before


@pytest.mark.parametrize("login", EVERYONE)
def test_nobody_approves_their_own_work_or_a_made_up_document(
    server_agency: ServerAgency, login: str
) -> None:
    coca = server_agency.campaigns["coca"]
    me = _staff_id(server_agency, login)
    insert = (
        "INSERT INTO approvals (campaign_id, stage, subject_number, decision, comment, "
        "required_role, decided_by_id, decided_on, document_sha256) "
        "VALUES (%s, %s, 1, 'approved', 'self-approved', %s, %s, current_date, 'x')"
    )
    with _connect(server_agency, login) as conn:
        for stage, level in (
            ("internal", "account_executive"),
            ("internal", "account_supervisor"),
            ("internal", "account_director"),
            ("client", ""),
            ("brief", "account_supervisor"),
        ):
            _forge(conn, insert, coca, stage, level, me)
    with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
        stages = list(uow.session.scalars(select(Approval.stage)))
    assert stages == [ApprovalStage.BRIEF, ApprovalStage.BRIEF]  # the two set-up decisions


def test_the_services_flow_passes_and_a_forged_decision_does_not(
    server_agency: ServerAgency,
) -> None:
    cid, document = to_review(server_agency)
    # in review: Álvaro cannot approve it himself, nor move it on without a decision
    with server_agency.connect("alvaro") as conn:
        me = server_agency.agency.staff["alvaro"]
        proposal = conn.execute("SELECT id FROM proposals WHERE campaign_id = %s", (cid,))
        (proposal_id,) = proposal.fetchone() or (None,)
        sha = conn.execute("SELECT sha256 FROM documents WHERE id = %s", (document,)).fetchone()
        assert sha is not None
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO approvals (campaign_id, stage, proposal_id, subject_number, "
                "decision, required_role, decided_by_id, decided_on, document_sha256) VALUES "
                "(%s, 'internal', %s, 1, 'approved', 'account_supervisor', %s, current_date, %s)",
                (cid, proposal_id, me, sha[0]),
            )
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE campaigns SET status = 'ready_for_client' WHERE id = %s", (cid,))
    # Marta may approve, but only with the proposal's real fingerprint and level
    with server_agency.connect("marta") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO approvals (campaign_id, stage, proposal_id, subject_number, decision, "
            "required_role, decided_by_id, decided_on, document_sha256) VALUES "
            "(%s, 'internal', %s, 1, 'approved', 'account_supervisor', %s, current_date, 'x')",
            (cid, proposal_id, server_agency.agency.staff["marta"]),
        )
    # the services' flow, each person through their own connection
    marta_db, marta = server_agency.signed_in("marta")
    try:
        move(marta_db, marta, cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Bien"))
    finally:
        marta_db.close()
    with unit_of_work(server_agency.owner, SYSTEM) as uow:
        contact = Contact(account_id=server_agency.agency.accounts["coca"], full_name="Eva Gil")
        uow.session.add(contact)
        uow.session.flush()
        contact_id = contact.id
    alvaro_db, alvaro = server_agency.signed_in("alvaro")
    try:
        move(alvaro_db, alvaro, cid, S.PRESENTED, flow.PresentationStep(document_id=document))
        step = flow.ClientDecisionStep(contact_id, date.today(), Channel.EMAIL)
        move(alvaro_db, alvaro, cid, S.APPROVED, step)
        assert _status(server_agency, cid)[0] is S.APPROVED
        # what the approval covered: a budget above Marta's level is refused by the
        # service, and by the server to a psql session
        detail = get_campaign(alvaro_db, alvaro, cid)
        data = CampaignInput(
            account_id=server_agency.agency.accounts["coca"], name="Verano", budget="900000"
        )
        with pytest.raises(DomainError):
            update_campaign(alvaro_db, alvaro, cid, data, detail.version)
        update_campaign(alvaro_db, alvaro, cid, replace(data, budget="900"), detail.version)
    finally:
        alvaro_db.close()
    with server_agency.connect("alvaro") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE campaigns SET budget = 900000 WHERE id = %s", (cid,))
    assert _status(server_agency, cid) == (S.APPROVED, 900)


def test_a_budget_change_before_the_client_sends_the_campaign_back(
    server_agency: ServerAgency,
) -> None:
    """Ready for the client on Marta's approval: a psql session may not raise the budget
    past her level and keep it ready; the service sends it back to review, and it does
    not go forward again on the old approval."""
    cid, _document = to_review(server_agency)
    marta_db, marta = server_agency.signed_in("marta")
    try:
        move(marta_db, marta, cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Bien"))
    finally:
        marta_db.close()
    with server_agency.connect("alvaro") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE campaigns SET budget = 900000 WHERE id = %s", (cid,))
    alvaro_db, alvaro = server_agency.signed_in("alvaro")
    try:
        detail = get_campaign(alvaro_db, alvaro, cid)
        data = CampaignInput(
            account_id=server_agency.agency.accounts["coca"], name="Verano", budget="900000"
        )
        update_campaign(alvaro_db, alvaro, cid, data, detail.version)
    finally:
        alvaro_db.close()
    assert _status(server_agency, cid)[0] is S.INTERNAL_REVIEW
    with server_agency.connect("alvaro") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE campaigns SET status = 'ready_for_client' WHERE id = %s", (cid,))
    assert _status(server_agency, cid)[0] is S.INTERNAL_REVIEW
