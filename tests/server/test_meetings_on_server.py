"""An acta is written on the server by whoever the services let write it
(services.campaigns.meetings: LOG_COMMUNICATION on the campaign's account), not only by
those who work on the campaign itself: Pablo, a trainee on Coca-Cola's team, writes and
corrects the minutes of a Coca-Cola meeting through the service, as his own server role;
sends it (its PDF kept with the campaign) and records the client's acknowledgement; on
Andino's, not his team's, the service refuses him and so does his psql session."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from server_world import ServerAgency
from sqlalchemy import text

from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.errors import NotFound, PermissionDenied
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.campaigns.meetings import (
    MeetingInput,
    NextStepInput,
    acknowledge_meeting,
    save_meeting,
    send_meeting,
)


def _owner_row(server_agency: ServerAgency, sql: str, **params: object) -> tuple[object, ...]:
    with server_agency.owner.reader.connect() as conn:
        return tuple(conn.execute(text(sql), params).one())


_COUNTS = (
    "SELECT (SELECT count(*) FROM meeting_reports WHERE campaign_id = :c),"
    " (SELECT count(*) FROM meeting_staff s JOIN meeting_reports m ON m.id = s.meeting_id"
    " WHERE m.campaign_id = :c),"
    " (SELECT count(*) FROM meeting_contacts k JOIN meeting_reports m ON m.id = k.meeting_id"
    " WHERE m.campaign_id = :c),"
    " (SELECT count(*) FROM meeting_next_steps n JOIN meeting_reports m ON m.id = n.meeting_id"
    " WHERE m.campaign_id = :c)"
)


def test_a_trainee_on_the_team_writes_the_acta_on_the_server(
    server_agency: ServerAgency,
) -> None:
    """Refused before with a raw database error: the acta's tables took campaign work."""
    staff, accounts = server_agency.agency.staff, server_agency.agency.accounts
    campaign = server_agency.campaigns["coca"]
    client = save_contact(
        server_agency.owner,
        SYSTEM,
        accounts["coca"],
        ContactInput(full_name="Ana Compras", email="ana@example.com"),
    ).id
    data = MeetingInput(
        held_on=date(2026, 3, 2),
        subject="Arranque de campaña",
        agreements="Se aprueba el calendario",
        staff_ids=(staff["pablo"], staff["alvaro"]),
        contact_ids=(client,),
        next_steps=(NextStepInput("Enviar la propuesta", owner_staff_id=staff["pablo"]),),
    )
    db, pablo = server_agency.signed_in("pablo")
    try:
        saved = save_meeting(db, pablo, campaign, data)
        assert _owner_row(server_agency, _COUNTS, c=campaign) == (1, 2, 1, 1)
        corrected = MeetingInput(
            held_on=data.held_on,
            subject="Arranque de campaña (corregida)",
            staff_ids=(staff["pablo"],),
            next_steps=(NextStepInput("Enviar la propuesta"), NextStepInput("Fijar fechas")),
        )
        again = save_meeting(db, pablo, campaign, corrected, saved.id, saved.version)
        assert _owner_row(server_agency, _COUNTS, c=campaign) == (1, 1, 0, 2)
        sent = send_meeting(db, pablo, saved.id, client, again.version)
        acknowledge_meeting(
            db, pablo, saved.id, date(2026, 3, 4), Channel.EMAIL, "Recibida", sent.version
        )
    finally:
        db.close()
    kept = (
        "SELECT m.acknowledged_on, d.uploaded_by_id FROM meeting_reports m"
        " JOIN documents d ON d.sha256 = m.acknowledged_sha256 WHERE m.id = :m"
    )
    assert _owner_row(server_agency, kept, m=saved.id) == (date(2026, 3, 4), staff["pablo"])
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
    with server_agency.connect("pablo") as conn, refused:  # the acta's PDF, not any file
        conn.execute(
            "INSERT INTO documents (campaign_id, name, content_type, size, sha256, data)"
            " VALUES (%s, 'x.pdf', 'application/pdf', 1, repeat('0', 64), '\\x00')",
            (campaign,),
        )
    subject = "SELECT subject, author_id FROM meeting_reports WHERE id = :m"
    assert _owner_row(server_agency, subject, m=saved.id) == (
        "Arranque de campaña (corregida)",
        staff["pablo"],
    )


def test_a_trainee_off_the_team_writes_no_acta(server_agency: ServerAgency) -> None:
    """Andino is Servicios' account: neither the service nor Pablo's psql writes its acta."""
    campaign = server_agency.campaigns["andino"]
    db, pablo = server_agency.signed_in("pablo")
    try:
        # the server hides the campaign (not found); the service alone would refuse it
        with pytest.raises((NotFound, PermissionDenied)):
            save_meeting(db, pablo, campaign, MeetingInput(date(2026, 3, 2), "Intrusa"))
    finally:
        db.close()
    with server_agency.owner.writer.begin() as conn:  # Raúl's acta, as the service writes it
        raul_acta = conn.execute(
            text(
                "INSERT INTO meeting_reports (campaign_id, held_on, subject, place, agreements,"
                " author_id, acknowledgement_note, created_at, version)"
                " VALUES (:c, '2026-03-02', 'Seguimiento', '', '', :a, '', now(), 1)"
                " RETURNING id"
            ),
            {"c": campaign, "a": server_agency.agency.staff["raul"]},
        ).scalar_one()
    with server_agency.connect("pablo") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO meeting_reports (campaign_id, held_on, subject, place, agreements,"
                " acknowledgement_note, created_at, version)"
                " VALUES (%s, '2026-03-02', 'Intrusa', '', '', '', now(), 1)",
                (campaign,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO meeting_next_steps (meeting_id, position, description, done)"
                " VALUES (%s, 9, 'inventado', false)",
                (raul_acta,),
            )
        assert conn.execute("UPDATE meeting_reports SET subject = 'x'").rowcount == 0
    assert _owner_row(server_agency, _COUNTS, c=campaign) == (1, 0, 0, 0)
