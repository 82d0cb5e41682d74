"""Under the server's row-level security (explore 9, H2): the administrator, signed in as
herself, hands a campaign ready for the client to the supervisor who approved it; the
handover sends it back to internal review (its reason in the history) instead of the
server refusing the whole deactivation for an owner who approved her own work."""

from __future__ import annotations

from datetime import date, timedelta

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency
from sqlalchemy import select

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Approval, Campaign, Delegation, StatusChange
from agencia.domain.enums import ApprovalStage, CampaignStatus, Decision
from agencia.domain.models import Staff
from agencia.services.people.handover import deactivate_staff

S = CampaignStatus
# Rows the administrator tries to add with no move made.
OTHER_ROWS = (
    ("ready_for_client", "internal_review"),
    ("ready_for_client", "approved"),
    ("brief", "internal_review"),
)


def test_the_approver_taking_over_sends_the_campaign_back_to_review(
    server_agency: ServerAgency,
) -> None:
    a, cid = server_agency.agency, server_agency.campaigns["coca"]  # Álvaro's
    marta = a.staff["marta"]
    with unit_of_work(server_agency.owner, SYSTEM) as uow:
        campaign = uow.session.get(Campaign, cid)
        assert campaign is not None
        campaign.status = S.READY_FOR_CLIENT
        uow.session.add(
            Approval(campaign_id=cid, stage=ApprovalStage.INTERNAL, subject_number=1,
                     decision=Decision.APPROVED, decided_by_id=marta, decided_on=date.today())
        )  # fmt: skip
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        deactivate_staff(admin_db, admin, a.staff["alvaro"], handover_id=marta)
    finally:
        admin_db.close()
    with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
        campaign = uow.session.get(Campaign, cid)
        assert campaign is not None
        assert (campaign.owner_id, campaign.status) == (marta, S.INTERNAL_REVIEW)
        last = uow.session.scalars(
            select(StatusChange)
            .where(StatusChange.campaign_id == cid)
            .order_by(StatusChange.id.desc())
        ).first()
        assert last is not None and last.from_status is S.READY_FOR_CLIENT
        assert "nadie aprueba su propio trabajo" in last.comment


def test_a_delegation_given_to_the_leaving_person_ends_under_the_servers_rules(
    server_agency: ServerAgency,
) -> None:
    """Explore 9, M5: revoked as the administrator signed in, not re-pointed."""
    a = server_agency.agency
    lucia, marta = a.staff["lucia"], a.staff["marta"]
    with unit_of_work(server_agency.owner, SYSTEM) as uow:
        delegation = Delegation(
            from_staff_id=lucia, to_staff_id=marta, starts_on=date.today(),
            ends_on=date.today() + timedelta(days=7),
        )  # fmt: skip
        uow.session.add(delegation)
        uow.session.flush()
        delegation_id = delegation.id
        for person in uow.session.scalars(select(Staff).where(Staff.reports_to_id == marta)):
            person.reports_to_id = a.staff["javier"]  # so that she holds only the delegation
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        done = deactivate_staff(admin_db, admin, marta)
    finally:
        admin_db.close()
    assert done.ended == 1
    with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
        row = uow.session.get(Delegation, delegation_id)
        assert row is not None and row.revoked and row.to_staff_id == marta


def test_the_handovers_row_is_no_way_to_write_other_moves(server_agency: ServerAgency) -> None:
    """Attacks, each through the attacker's own connection: the administrator may add the
    handover's row — back to internal review, saying why, for that move made in the same
    transaction, once — and no other row: none without the move, none without its
    reason, none naming a decision or a document, no approval; nor may anyone else."""
    a, cid = server_agency.agency, server_agency.campaigns["coca"]
    marta = a.staff["marta"]
    with unit_of_work(server_agency.owner, SYSTEM) as uow:
        campaign = uow.session.get(Campaign, cid)
        assert campaign is not None
        campaign.status = S.READY_FOR_CLIENT
        approval = Approval(campaign_id=cid, stage=ApprovalStage.INTERNAL, subject_number=1,
                            decision=Decision.APPROVED, decided_by_id=marta,
                            decided_on=date.today())  # fmt: skip
        uow.session.add(approval)
        uow.session.flush()
        approval_id = approval.id
    insert = (
        "INSERT INTO campaign_status_changes (campaign_id, from_status, to_status, comment,"
        " document_sha256, approval_id) VALUES (%s, %s, %s, %s, %s, %s)"
    )
    back = "UPDATE campaigns SET status = 'internal_review' WHERE id = %s"
    why = "Vuelve a revisión interna."
    refused = psycopg.errors.InsufficientPrivilege
    with server_agency.connect("admin", ADMIN_PASSWORD) as conn:
        for source, target in OTHER_ROWS:
            with pytest.raises(refused):  # no move made
                conn.execute(insert, (cid, source, target, why, "", None))
        for comment, sha, named in (("", "", None), (why, "abc", None), (why, "", approval_id)):
            with pytest.raises(refused), conn.transaction():
                conn.execute(back, (cid,))
                conn.execute(
                    insert, (cid, "ready_for_client", "internal_review", comment, sha, named)
                )
        with pytest.raises(refused), conn.transaction():
            conn.execute(
                "INSERT INTO approvals (campaign_id, stage, subject_number, decision, decided_on)"
                " VALUES (%s, 'internal', 1, 'approved', current_date)",
                (cid,),
            )
        with pytest.raises(refused), conn.transaction():  # one row for one move
            conn.execute(back, (cid,))
            conn.execute(insert, (cid, "ready_for_client", "internal_review", why, "", None))
            conn.execute(insert, (cid, "ready_for_client", "internal_review", why, "", None))
    with server_agency.connect("raul") as conn, pytest.raises(psycopg.Error):
        conn.execute(insert, (cid, "ready_for_client", "internal_review", why, "", None))
    with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
        campaign = uow.session.get(Campaign, cid)
        assert campaign is not None and campaign.status is S.READY_FOR_CLIENT
        rows = uow.session.scalars(
            select(StatusChange.to_status).where(StatusChange.campaign_id == cid)
        )
        assert list(rows) == [S.BRIEF]
        decided = uow.session.scalars(select(Approval.id).where(Approval.campaign_id == cid))
        assert len(list(decided)) == 2  # the brief's and Marta's: none added
    with server_agency.connect("admin", ADMIN_PASSWORD) as conn, conn.transaction():
        conn.execute(back, (cid,))  # the handover's own row, as raw SQL, passes
        conn.execute(insert, (cid, "ready_for_client", "internal_review", why, "", None))
