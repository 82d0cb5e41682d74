"""An acta is written on the server as services.campaigns.meetings writes it (explore9
H3): Pablo, a trainee on Coca-Cola's team, in his own psql session, forged a «client
acknowledged» acta «written by» the director, backdated, then rewrote and deleted actas
at will. Now who wrote it and when are the server's, sending and acknowledging only as
the service does them, an acknowledged acta changes no more, nobody deletes one, and
each change carries its trail entry; the service still writes, sends and acknowledges."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from server_world import ServerAgency
from sqlalchemy import text

from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.campaigns.meetings import (
    MeetingInput,
    NextStepInput,
    acknowledge_meeting,
    save_meeting,
    send_meeting,
)

_ACTA = (
    "INSERT INTO meeting_reports (campaign_id, held_on, subject, place, agreements, author_id,"
    " sent_at, acknowledged_on, acknowledged_channel, acknowledgement_note, created_at,"
    " version, acta_sha256, sent_sha256, acknowledged_sha256) VALUES (%s, current_date - 20,"
    " 'Reunión de aprobación', 'Sede', 'Presupuesto adicional de 1.000.000 €', %s, {sent},"
    " {ack}, {channel}, '', now() - interval '20 days', 1, {sha}, {sha}, {sha}) RETURNING id"
)
_PLAIN = _ACTA.format(sent="NULL", ack="NULL", channel="NULL", sha="NULL")
_FORGED = _ACTA.format(
    sent="now() - interval '19 days'", ack="current_date - 18", channel="'email'", sha="'abc'"
)


def _trail(conn: psycopg.Connection, meeting: int, account: int) -> None:
    conn.execute(
        "INSERT INTO audit_events (entity, entity_id, account_id, action, summary, changes)"
        " VALUES ('meeting', %s, %s, 'update', 'x', '{}')",
        (meeting, account),
    )


def _owner_row(server_agency: ServerAgency, sql: str, **params: object) -> tuple[object, ...]:
    with server_agency.owner.reader.connect() as conn:
        return tuple(conn.execute(text(sql), params).one())


def test_a_trainee_cannot_forge_a_directors_acknowledged_acta(
    server_agency: ServerAgency,
) -> None:
    staff, coca = server_agency.agency.staff, server_agency.agency.accounts["coca"]
    campaign = server_agency.campaigns["coca"]
    with server_agency.connect("pablo") as pablo:
        for author, statement in (
            (staff["lucia"], _PLAIN),
            (staff["pablo"], _FORGED),
            (None, _FORGED),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                pablo.execute(statement, (campaign, author))
        with pytest.raises(psycopg.errors.InsufficientPrivilege), pablo.transaction():
            pablo.execute(_PLAIN, (campaign, staff["pablo"]))  # no trail entry with it
        with pablo.transaction():  # his own, with its entry: taken, stamped by the server
            row = pablo.execute(_PLAIN, (campaign, None)).fetchone()
            assert row is not None
            _trail(pablo, row[0], coca)
    stamped = "SELECT author_id, created_at > now() - interval '1 minute' FROM meeting_reports"
    assert _owner_row(server_agency, stamped) == (staff["pablo"], True)


def _acknowledged(server_agency: ServerAgency) -> int:
    """Pablo's acta, written, sent and acknowledged through the service."""
    staff, accounts = server_agency.agency.staff, server_agency.agency.accounts
    client = save_contact(
        server_agency.owner, SYSTEM, accounts["coca"], ContactInput(full_name="Ana Compras")
    ).id
    data = MeetingInput(
        held_on=date(2026, 3, 2),
        subject="Arranque",
        agreements="Calendario aprobado",
        staff_ids=(staff["pablo"],),
        contact_ids=(client,),
        next_steps=(NextStepInput("Enviar la propuesta", owner_staff_id=staff["pablo"]),),
    )
    with server_agency.owner.writer.begin() as conn:  # a new sign-in's first password kept
        conn.execute(text("UPDATE users SET must_change_password = false"))
    db, pablo = server_agency.signed_in("pablo")
    try:
        saved = save_meeting(db, pablo, server_agency.campaigns["coca"], data)
        sent = send_meeting(db, pablo, saved.id, client, saved.version)
        acknowledge_meeting(db, pablo, saved.id, date(2026, 3, 4), Channel.EMAIL, "", sent.version)
    finally:
        db.close()
    return saved.id


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE meeting_reports SET agreements = 'Texto cambiado después del acuse' WHERE id = %s",
        "UPDATE meeting_reports SET acknowledgement_note = 'otra' WHERE id = %s",
        "UPDATE meeting_reports SET acknowledged_on = NULL, acta_sha256 = NULL WHERE id = %s",
        "UPDATE meeting_reports SET author_id = {lucia} WHERE id = %s",
        "DELETE FROM meeting_reports WHERE id = %s",
        "DELETE FROM meeting_next_steps WHERE meeting_id = %s",
        "UPDATE meeting_next_steps SET description = 'otro' WHERE meeting_id = %s",
        "INSERT INTO meeting_staff (meeting_id, staff_id) VALUES (%s, {lucia})",
    ],
)
def test_an_acknowledged_acta_stays_as_the_client_acknowledged_it(
    server_agency: ServerAgency, statement: str
) -> None:
    acta = _acknowledged(server_agency)
    before = _owner_row(server_agency, "SELECT to_jsonb(m) FROM meeting_reports m")
    coca = server_agency.agency.accounts["coca"]
    lucia = server_agency.agency.staff["lucia"]
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
    with server_agency.connect("pablo") as pablo, refused, pablo.transaction():
        pablo.execute(statement.format(lucia=lucia), (acta,))
        _trail(pablo, acta, coca)
    assert _owner_row(server_agency, "SELECT to_jsonb(m) FROM meeting_reports m") == before
    parts = "SELECT count(*) FROM meeting_next_steps WHERE meeting_id = :m"
    assert _owner_row(server_agency, parts, m=acta) == (1,)


@pytest.mark.parametrize(
    "change",
    [
        "acknowledged_on = current_date, acknowledged_channel = 'email'",  # never sent
        "sent_at = now() - interval '19 days'",  # a sending without its contact and PDF
        "acta_sha256 = repeat('0', 64)",  # a PDF the campaign does not keep
        "author_id = {lucia}",
        "created_at = now() - interval '20 days'",
    ],
)
def test_a_draft_acta_is_sent_and_acknowledged_only_as_the_service_does(
    server_agency: ServerAgency, change: str
) -> None:
    staff, coca = server_agency.agency.staff, server_agency.agency.accounts["coca"]
    with server_agency.connect("pablo") as pablo:
        with pablo.transaction():
            row = pablo.execute(_PLAIN, (server_agency.campaigns["coca"], None)).fetchone()
            assert row is not None
            _trail(pablo, row[0], coca)
        with pytest.raises(psycopg.errors.InsufficientPrivilege), pablo.transaction():
            pablo.execute(
                f"UPDATE meeting_reports SET {change.format(lucia=staff['lucia'])} WHERE id = %s",
                (row[0],),
            )
            _trail(pablo, row[0], coca)
        with pytest.raises(psycopg.errors.InsufficientPrivilege), pablo.transaction():
            pablo.execute(  # a correction off the trail
                "UPDATE meeting_reports SET agreements = 'otra cosa' WHERE id = %s", (row[0],)
            )


def test_a_closed_campaign_takes_no_acta_on_the_server(server_agency: ServerAgency) -> None:
    """The service refuses an acta on a closed campaign; in his own psql session Pablo
    neither writes a new one nor corrects the draft he wrote before it closed."""
    coca, campaign = server_agency.agency.accounts["coca"], server_agency.campaigns["coca"]
    with server_agency.connect("pablo") as pablo, pablo.transaction():
        row = pablo.execute(_PLAIN, (campaign, None)).fetchone()
        assert row is not None
        draft = row[0]
        _trail(pablo, draft, coca)
    with server_agency.owner.writer.begin() as conn:  # cancelled, as the flow would leave it
        conn.execute(
            text("UPDATE campaigns SET status = 'cancelled' WHERE id = :c"), {"c": campaign}
        )
    with server_agency.connect("pablo") as pablo:
        with pytest.raises(psycopg.errors.InsufficientPrivilege), pablo.transaction():
            row = pablo.execute(_PLAIN, (campaign, None)).fetchone()
            assert row is not None
            _trail(pablo, row[0], coca)
        with pytest.raises(psycopg.errors.InsufficientPrivilege), pablo.transaction():
            pablo.execute("UPDATE meeting_reports SET subject = 'Otra' WHERE id = %s", (draft,))
            _trail(pablo, draft, coca)
        with pytest.raises(psycopg.errors.InsufficientPrivilege), pablo.transaction():
            pablo.execute(
                "INSERT INTO meeting_next_steps (meeting_id, position, description, done)"
                " VALUES (%s, 1, 'Más presupuesto', false)",
                (draft,),
            )
            _trail(pablo, draft, coca)
    subject = "SELECT subject FROM meeting_reports WHERE id = :m"
    assert _owner_row(server_agency, subject, m=draft) == ("Reunión de aprobación",)
