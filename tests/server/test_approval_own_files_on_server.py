"""On the shared server too, nobody approves their own work when it comes back to them
inside someone else's proposal version: the supervisor writes v1 with her file, the
executive saves v2 keeping it and sends it to review, and the supervisor's approval of
v2 — the services refuse it (tests/services/test_approval_own_files.py) — is refused by
the server when she writes it herself with `psql` (the file's uploader is the server's
stamp, `documents_stamp`)."""

from __future__ import annotations

import pytest
from campaign_world import PROPOSAL_PDF
from psycopg import errors
from server_world import ServerAgency, move, to_development

from agencia.domain.enums import CampaignStatus
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.queries import get_campaign

S = CampaignStatus


def test_a_kept_file_is_still_its_uploaders_work(server_agency: ServerAgency) -> None:
    people = server_agency.agency
    alvaro_db, alvaro = server_agency.signed_in("alvaro")
    marta_db, marta = server_agency.signed_in("marta")
    try:
        cid = to_development(
            (alvaro_db, alvaro), (marta_db, marta), people.accounts["coca"], "Otoño"
        )
        marta_file = ProposalInput(
            summary="La idea de Marta", uploads=(DocumentInput("marta.pdf", PROPOSAL_PDF),)
        )
        save_proposal(marta_db, marta, cid, marta_file)
        kept = tuple(
            d.id for p in get_campaign(alvaro_db, alvaro, cid).proposals for d in p.documents
        )
        save_proposal(
            alvaro_db, alvaro, cid, ProposalInput(summary="Pulida", keep_document_ids=kept)
        )
        move(alvaro_db, alvaro, cid, S.INTERNAL_REVIEW)
    finally:
        alvaro_db.close()
        marta_db.close()
    with server_agency.connect("marta") as conn:
        row = conn.execute(
            "SELECT p.id, d.sha256 FROM proposals p JOIN proposal_documents pd "
            "ON pd.proposal_id = p.id JOIN documents d ON d.id = pd.document_id "
            "WHERE p.campaign_id = %s ORDER BY p.number DESC LIMIT 1",
            (cid,),
        ).fetchone()
        assert row is not None
        proposal_id, sha = row
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO approvals (campaign_id, stage, proposal_id, subject_number, "
                "decision, required_role, decided_by_id, decided_on, document_sha256) VALUES "
                "(%s, 'internal', %s, 2, 'approved', 'account_supervisor', %s, current_date, "
                "%s)",
                (cid, proposal_id, people.staff["marta"], sha),
            )
