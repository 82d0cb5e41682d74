"""What the server says on a campaign's own rows (security review 7, F5, F6, F10), each
attack through the attacker's own connection: the author and time of a brief or a
proposal, when a campaign was made, who may own it; its code, which nobody edits into
something that stops the agency's series; and the series' lock, which holds for every
person, not only an administrator."""

from __future__ import annotations

import threading
from datetime import date

import psycopg
import pytest
from server_world import ServerAgency
from sqlalchemy import select

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Brief, Campaign
from agencia.domain.enums import CampaignStatus
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.queries import get_campaign

REFUSED = psycopg.errors.InsufficientPrivilege
_BRIEF = (
    "INSERT INTO briefs (campaign_id, number, template, objectives, brand, product, market,"
    " target_audience, insight, key_message, mandatories, channels, kpis, note, author_id,"
    " created_at) VALUES (%s, %s, 'launch', '', '', '', '', '', '', '', '', '', '', '', %s,"
    " '2001-01-01') RETURNING author_id, created_at"
)


def _create(agency: ServerAgency, login: str, account: str) -> str:
    db, actor = agency.signed_in(login)
    try:
        new = create_campaign(
            db,
            actor,
            CampaignInput(
                account_id=agency.agency.accounts[account],
                name=f"Campaña de {login}",
                budget="1000",
                start_date=date(2026, 3, 1),
            ),
        ).id
        return get_campaign(db, actor, new).row.code
    finally:
        db.close()


def test_authors_and_times_are_the_servers(server_agency: ServerAgency) -> None:
    """F10: a brief in someone else's name (or dated 2001) is refused or stamped; a
    version's author, a campaign's creation time and its owner (to a non-executive) are
    not rewritten; handing the campaign to his supervisor is still his to do."""
    staff = server_agency.agency.staff
    coca = server_agency.campaigns["coca"]
    with server_agency.connect("alvaro") as conn:
        with pytest.raises(REFUSED):
            conn.execute(_BRIEF, (coca, 2, staff["lucia"]))
        author, at = conn.execute(_BRIEF, (coca, 2, None)).fetchone() or (None, None)
        assert author == staff["alvaro"] and at is not None and at.year >= 2026
        with pytest.raises(REFUSED):
            conn.execute(
                "UPDATE briefs SET author_id = %s WHERE campaign_id = %s AND number = 2",
                (staff["marta"], coca),
            )
        with pytest.raises(REFUSED):
            conn.execute("UPDATE campaigns SET created_at = '2000-01-01' WHERE id = %s", (coca,))
        with pytest.raises(REFUSED):
            conn.execute("UPDATE campaigns SET owner_id = %s WHERE id = %s", (staff["irene"], coca))
        with conn.transaction():  # as the services: a new version, with its history entry
            conn.execute(
                "UPDATE campaigns SET owner_id = %s, version = version + 1 WHERE id = %s",
                (staff["marta"], coca),
            )
            conn.execute(
                "INSERT INTO audit_events (entity, entity_id, action, summary, changes)"
                " VALUES ('campaign', %s, 'update', 'Para Marta', %s)",
                (coca, '{"owner_id": [1, 2]}'),
            )
    with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
        authors = list(
            uow.session.scalars(select(Brief.author_id).where(Brief.campaign_id == coca))
        )
        campaign = uow.session.get(Campaign, coca)
        assert campaign is not None
        assert campaign.created_at.year >= 2026 and campaign.owner_id == staff["marta"]
    assert authors[-1] == staff["alvaro"]


def test_nobody_names_another_author_to_approve_their_own_work(
    server_agency: ServerAgency,
) -> None:
    """F10: Marta writes the proposal of Álvaro's campaign naming him its author, to
    approve it herself as his supervisor."""
    staff = server_agency.agency.staff
    coca = server_agency.campaigns["coca"]
    with server_agency.connect("marta") as conn, pytest.raises(REFUSED):
        conn.execute(
            "INSERT INTO proposals (campaign_id, number, summary, notes, author_id, created_at)"
            " VALUES (%s, 1, 'Mía', '', %s, now())",
            (coca, staff["alvaro"]),
        )


def test_a_code_cannot_stop_the_series(server_agency: ServerAgency) -> None:
    """F5: Álvaro edits his campaign's code to C2026-zzz…; every later campaign of the
    agency would have taken C2026-0001 again. Refused; and a code of another form (the
    owner's, from before) does not stop the series either."""
    coca = server_agency.campaigns["coca"]
    poison = "C2026-" + "z" * 26
    with server_agency.connect("alvaro") as conn:
        with pytest.raises(REFUSED):
            conn.execute("UPDATE campaigns SET code = %s WHERE id = %s", (poison, coca))
        with pytest.raises(REFUSED):  # nor a new campaign with a code of its own
            conn.execute(
                "INSERT INTO campaigns (account_id, name, code, kind, owner_id, budget, currency,"
                " status, may_be_shown, name_key, search_text, results_story, results_kpis,"
                " created_at, updated_at, version) VALUES (%s, 'X', 'C2026-9999', 'launch', %s,"
                " 0, 'EUR', 'brief', false, '', '', '', '[]', now(), now(), 1)",
                (server_agency.agency.accounts["coca"], server_agency.agency.staff["alvaro"]),
            )
    with unit_of_work(server_agency.owner, SYSTEM) as uow:  # set up, by the owner
        found = uow.session.get(Campaign, coca)
        assert found is not None
        found.code = poison
    assert _create(server_agency, "alvaro", "coca") == "C2026-0001"
    assert _create(server_agency, "raul", "andino") == "C2026-0002"


def test_two_creations_at_once_take_two_codes(server_agency: ServerAgency) -> None:
    """F6: Álvaro's session takes the series' next code and makes his campaign; Raúl's
    creation at the same time waits for it, then takes the following code (the lock on
    the agency's row was none for a person who is not an administrator)."""
    staff, accounts = server_agency.agency.staff, server_agency.agency.accounts
    got: list[object] = []
    with server_agency.connect("alvaro") as conn, conn.transaction():
        (code,) = conn.execute("SELECT agencia_next_campaign_code(2026)").fetchone() or ("",)
        assert code == "C2026-0001"
        conn.execute(
            "INSERT INTO campaigns (account_id, name, code, kind, owner_id, budget, currency,"
            " status, may_be_shown, name_key, search_text, results_story, results_kpis,"
            " created_at, updated_at, version) VALUES (%s, 'Suya', %s, 'launch', %s, 0, 'EUR',"
            " 'brief', false, '', '', '', '[]', now(), now(), 1)",
            (accounts["coca"], code, staff["alvaro"]),
        )

        def raul() -> None:
            try:
                got.append(_create(server_agency, "raul", "andino"))
            except Exception as error:  # reported by the assertion below
                got.append(error)

        other = threading.Thread(target=raul)
        other.start()
        other.join(3)
        assert other.is_alive() and not got  # waiting for Álvaro's transaction
    other.join(30)
    assert got == ["C2026-0002"]
    with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
        codes = set(uow.session.scalars(select(Campaign.code)))
        trail = uow.session.scalars(select(Campaign.status).where(Campaign.code == "C2026-0001"))
        assert list(trail) == [CampaignStatus.BRIEF]
    assert {"C2026-0001", "C2026-0002"} <= codes
