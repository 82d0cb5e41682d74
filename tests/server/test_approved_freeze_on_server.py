"""What an approval covered stays as it was approved on the shared server: each attack
through the attacker's own psql session (an executive's, a trainee's), then the
services' own way — a new version, an edit with its trail entry — still passes."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from decimal import Decimal

import psycopg
import pytest
from campaign_world import BRIEF
from server_world import ServerAgency, move, to_review

from agencia.domain.actor import SYSTEM
from agencia.domain.enums import CampaignStatus, Channel
from agencia.services.campaigns import flow
from agencia.services.campaigns.campaign_edit import update_campaign
from agencia.services.campaigns.campaign_input import input_from_detail
from agencia.services.campaigns.queries import get_campaign

S = CampaignStatus
REFUSED = psycopg.errors.InsufficientPrivilege
_OTHER = b"%PDF-1.7 nadie la reviso\n"


def _one(conn: psycopg.Connection, sql: str, *params: object) -> tuple[object, ...]:
    row = conn.execute(sql, params or None).fetchone()
    assert row is not None, sql
    return tuple(row)


def test_a_reviewed_proposal_keeps_its_files_and_its_text(server_agency: ServerAgency) -> None:
    """Hole 1: after internal approval, Álvaro adds another file to the approved version,
    unlinks the approved one and rewrites its summary; each is refused, and the services
    present the approved file."""
    cid = to_review(server_agency, approved=True)[0]
    sha = hashlib.sha256(_OTHER).hexdigest()
    with server_agency.connect("alvaro") as conn:
        proposal, approved = _one(
            conn,
            "SELECT p.id, pd.document_id FROM proposals p"
            " JOIN proposal_documents pd ON pd.proposal_id = p.id WHERE p.campaign_id = %s",
            cid,
        )
        (other,) = _one(
            conn,
            "INSERT INTO documents (campaign_id, name, content_type, size, sha256, data)"
            " VALUES (%s, 'otra.pdf', 'application/pdf', %s, %s, %s) RETURNING id",
            cid,
            len(_OTHER),
            sha,
            _OTHER,
        )
        for statement, params in (
            ("INSERT INTO proposal_documents VALUES (%s, %s)", (proposal, other)),
            ("DELETE FROM proposal_documents WHERE document_id = %s", (approved,)),
            (
                "UPDATE proposal_documents SET document_id = %s WHERE document_id = %s",
                (other, approved),
            ),
            ("UPDATE proposals SET summary = 'Otra cosa' WHERE id = %s", (proposal,)),
            ("UPDATE proposals SET notes = 'Otra cosa' WHERE id = %s", (proposal,)),
            ("DELETE FROM proposals WHERE id = %s", (proposal,)),
        ):
            with pytest.raises(REFUSED):
                conn.execute(statement, params)
        files = conn.execute(
            "SELECT document_id FROM proposal_documents WHERE proposal_id = %s", (proposal,)
        ).fetchall()
        assert [f[0] for f in files] == [approved]
        assert _one(conn, "SELECT summary FROM proposals WHERE id = %s", proposal) == ("Propuesta",)
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        move(db, alvaro, cid, S.PRESENTED, flow.PresentationStep(document_id=int(str(approved))))
    finally:
        db.close()


def test_a_new_proposal_version_sends_an_approved_campaign_back(
    server_agency: ServerAgency,
) -> None:
    """Hole 1, by a new version: Álvaro saves a v2 (the deck prints the latest) on the
    campaign ready for the client, without the review the services send it back to:
    refused; with the campaign back in internal review in the same transaction, kept."""
    cid = to_review(server_agency, approved=True)[0]
    insert = "INSERT INTO proposals (campaign_id, number, summary, notes) VALUES (%s, 2, %s, '')"
    with server_agency.connect("alvaro") as conn:
        with pytest.raises(REFUSED):
            conn.execute(insert, (cid, "Otra cosa"))
        with conn.transaction():
            conn.execute(insert, (cid, "Otra cosa"))
            conn.execute("UPDATE campaigns SET status = 'internal_review' WHERE id = %s", (cid,))
        assert _one(conn, "SELECT count(*) FROM proposals WHERE campaign_id = %s", cid) == (2,)


def test_an_approved_brief_version_is_never_rewritten(server_agency: ServerAgency) -> None:
    """Hole 2: the approved brief's budget and objectives rewritten in place, or the
    version deleted: refused; a new version is saved by the services."""
    cid = to_review(server_agency, approved=True)[0]
    with server_agency.connect("alvaro") as conn:
        (brief,) = _one(conn, "SELECT id FROM briefs WHERE campaign_id = %s", cid)
        for statement in (
            "UPDATE briefs SET budget = 900000, objectives = 'Otros' WHERE id = %s",
            "UPDATE briefs SET note = 'nota' WHERE id = %s",
            "DELETE FROM briefs WHERE id = %s",
        ):
            with pytest.raises(REFUSED):
                conn.execute(statement, (brief,))
        kept = _one(conn, "SELECT budget, objectives, note FROM briefs WHERE id = %s", brief)
        assert kept == (Decimal(str(BRIEF.budget)), BRIEF.objectives, BRIEF.note)


def test_an_approved_campaign_is_edited_only_with_its_trail(server_agency: ServerAgency) -> None:
    """Hole 2: on a campaign the client approved, Álvaro gives it to its approver, moves
    its start, renames it and lets it be shown, by psql: refused without a new version,
    and without its entry in the history; the services' edit passes."""
    cid = to_review(server_agency, approved=True)[0]
    contact = _contact(server_agency)
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        document = get_campaign(db, alvaro, cid).proposals[0].documents[0].id
        move(db, alvaro, cid, S.PRESENTED, flow.PresentationStep(document_id=document))
        step = flow.ClientDecisionStep(contact, date.today(), Channel.EMAIL)
        move(db, alvaro, cid, S.APPROVED, step)
    finally:
        db.close()
    marta = server_agency.agency.staff["marta"]
    with server_agency.connect("alvaro") as conn:
        before = _one(
            conn,
            "SELECT owner_id, start_date, name, may_be_shown, version FROM campaigns WHERE id = %s",
            cid,
        )
        with pytest.raises(REFUSED):
            conn.execute(
                "UPDATE campaigns SET name = 'Otra', may_be_shown = true WHERE id = %s", (cid,)
            )
        with pytest.raises(REFUSED), conn.transaction():
            conn.execute(
                "UPDATE campaigns SET owner_id = %s, start_date = '2020-01-01',"
                " version = version + 1 WHERE id = %s",
                (marta, cid),
            )
        with pytest.raises(REFUSED), conn.transaction():  # an entry that names nothing
            conn.execute(
                "UPDATE campaigns SET start_date = '2020-01-01', version = version + 1"
                " WHERE id = %s",
                (cid,),
            )
            conn.execute(
                "INSERT INTO audit_events (entity, entity_id, action, summary, changes)"
                " VALUES ('campaign', %s, 'update', 'Nada', '{}')",
                (cid,),
            )
        after = _one(
            conn,
            "SELECT owner_id, start_date, name, may_be_shown, version FROM campaigns WHERE id = %s",
            cid,
        )
        assert after == before
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        detail = get_campaign(db, alvaro, cid)
        data = replace(input_from_detail(detail), name="Verano 2", may_be_shown=True)
        update_campaign(db, alvaro, cid, data, detail.version)
    finally:
        db.close()
    assert get_campaign(server_agency.owner, SYSTEM, cid).row.name == "Verano 2"


def _contact(agency: ServerAgency) -> int:
    from agencia.db.uow import unit_of_work
    from agencia.domain.models import Contact

    with unit_of_work(agency.owner, SYSTEM) as uow:
        found = Contact(account_id=agency.agency.accounts["coca"], full_name="Eva Gil")
        uow.session.add(found)
        uow.session.flush()
        return found.id


def test_a_decision_in_the_history_is_the_deciders_own(server_agency: ServerAgency) -> None:
    """Hole 3: Pablo (a trainee on the team) files «Dirección: presupuesto aprobado por
    Lucía Gómez» as a decision in the campaign's history: refused; an ordinary note of his
    own still goes in."""
    coca = server_agency.campaigns["coca"]
    account = server_agency.agency.accounts["coca"]
    insert = (
        "INSERT INTO audit_events (entity, entity_id, account_id, action, summary, changes)"
        " VALUES (%s, %s, %s, %s, %s, '{}')"
    )
    said = "Dirección: presupuesto aprobado por Lucía Gómez"
    with server_agency.connect("pablo") as conn:
        for entity, action in (
            ("campaign", "decide"),
            ("approval", "decide"),
            ("campaign", "move"),
        ):
            with pytest.raises(REFUSED):
                conn.execute(insert, (entity, coca, account, action, said))
        conn.execute(insert, ("campaign", coca, account, "update", "Nota"))
