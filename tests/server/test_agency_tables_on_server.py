"""The agency's own tables and rows of no account are written by whom their services say
(security7 F3, F14), through a trainee's own psql session; the services still write
them for the people they allow."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency
from sqlalchemy import text

from agencia.services.communications.servers import MailServer, save_mail_account

_MAIL_ACCOUNT = (
    "INSERT INTO mail_accounts (address, username, imap_host, imap_port, smtp_host,"
    " smtp_port, security, keyring_service, last_uid, version) VALUES ('agencia@x.es',"
    " 'agencia@x.es', 'imap.x.es', 993, 'smtp.x.es', 465, 'tls', 'agencia-mail', 0, 1)"
)


def _owner_runs(server_agency: ServerAgency, *statements: str) -> None:
    with server_agency.owner.writer.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def _refused(conn: psycopg.Connection, statement: str) -> bool:
    """Whether the statement was refused or touched no row."""
    try:
        return conn.execute(statement).rowcount == 0
    except psycopg.errors.InsufficientPrivilege:
        return True


def test_a_trainee_cannot_send_the_agencys_mail_elsewhere(server_agency: ServerAgency) -> None:
    """F3: a trainee pointed the mail account at his own host (passwords sent there); he
    still moves the last message read forward, the administrator still sets it up."""
    _owner_runs(server_agency, _MAIL_ACCOUNT)
    with server_agency.connect("pablo") as pablo:
        assert _refused(
            pablo,
            "UPDATE mail_accounts SET smtp_host = 'mx.attacker.example', security = 'none',"
            " keyring_service = 'agencia', username = 'lucia@server'",
        )
        assert _refused(pablo, "DELETE FROM mail_accounts")
        moved = pablo.execute("UPDATE mail_accounts SET last_uid = 7, version = version + 1")
        assert moved.rowcount == 1
        assert _refused(pablo, "UPDATE mail_accounts SET last_uid = 1")
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        server = MailServer("agencia@y.es", "agencia@y.es", "imap.y.es", 993, "smtp.y.es", 465)
        save_mail_account(db, admin, server)
    finally:
        db.close()
    with server_agency.owner.reader.connect() as conn:
        row = conn.execute(text("SELECT smtp_host, keyring_service, last_uid FROM mail_accounts"))
        assert row.one() == ("smtp.y.es", "agencia-mail", 7)


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM vendors",
        "UPDATE vendors SET name = 'Otro'",
        "INSERT INTO vendors (name, name_key, category, tax_id, contact_name, email, phone,"
        " rates, notes, active, created_at, version) VALUES ('V', 'v', 'printer', '', '', '',"
        " '', '', '', true, now(), 1)",
        "DELETE FROM survey_templates",
        "UPDATE survey_templates SET name = 'Otra'",
        "UPDATE mail_triage SET subject = 'x'",
        "UPDATE staff_capacity SET weekly_hours = 1",
        "INSERT INTO staff_capacity (staff_id, weekly_hours, version) VALUES ({laura}, 1, 1)",
        "INSERT INTO absences (staff_id, starts_on, ends_on, note)"
        " VALUES ({laura}, current_date, current_date, '')",
        "DELETE FROM absences",
        "UPDATE data_imports SET file_name = 'otro.csv'",
        "DELETE FROM data_imports",
        "INSERT INTO data_imports (kind, file_name, sha256, rows, created, updated, rejected,"
        " staff_id, at, version) VALUES ('accounts', 'f', '', 0, 0, 0, 0, {laura}, now(), 1)",
        "INSERT INTO data_import_records (import_id, entity, entity_id, row, version)"
        " SELECT id, 'account', 1, 1, 1 FROM data_imports",
        "DELETE FROM data_import_records",
    ],
)
def test_a_trainee_cannot_write_the_agencys_tables(
    server_agency: ServerAgency, statement: str
) -> None:
    """F3: "every person, as the services decide" let a trainee rewrite them all."""
    s = server_agency.agency.staff
    _owner_runs(
        server_agency,
        "INSERT INTO vendors (name, name_key, category, tax_id, contact_name, email, phone,"
        " rates, notes, active, created_at, version) VALUES ('Imprenta', 'imprenta', 'printer',"
        " '', '', '', '', '', '', true, now(), 1)",
        "INSERT INTO survey_templates (revision, name, points, wording, language, dimensions,"
        " shipped, retired, created_at, version) VALUES (1, 'NPS', 5, 'quality', 'es', '[]',"
        " '', false, now(), 1)",
        "INSERT INTO mail_triage (received_at, sender, subject, message_id, raw)"
        " VALUES (now(), 'x@y.es', 'Hola', '<1@y>', '')",
        "INSERT INTO staff_capacity (staff_id, weekly_hours, version)"
        f" VALUES ({s['pablo']}, 40, 1)",
        "INSERT INTO absences (staff_id, starts_on, ends_on, note)"
        f" VALUES ({s['laura']}, current_date, current_date, '')",
        "INSERT INTO data_imports (kind, file_name, sha256, rows, created, updated, rejected,"
        f" staff_id, at, version) VALUES ('accounts', 'a.csv', '', 1, 1, 0, 0, {s['laura']},"
        " now(), 1)",
        "INSERT INTO data_import_records (import_id, entity, entity_id, row, version)"
        " SELECT id, 'account', 1, 1, 1 FROM data_imports",
    )
    with server_agency.connect("pablo") as pablo:
        assert _refused(pablo, statement.format(laura=s["laura"]))


def test_the_services_still_write_what_a_person_may(server_agency: ServerAgency) -> None:
    """One's own absences, the shipped survey templates on first use, the administrator's
    hours and vendors: as before."""
    from agencia.services.coordination.capacity import (
        absences_of,
        add_absence,
        remove_absence,
        set_weekly_hours,
    )
    from agencia.services.coordination.vendors import VendorInput, add_vendor
    from agencia.services.satisfaction.templates import list_templates

    s = server_agency.agency.staff
    db, pablo = server_agency.signed_in("pablo")
    try:
        today = date.today()
        added = add_absence(db, pablo, s["pablo"], today, today + timedelta(days=2))
        assert [a[0] for a in absences_of(db, pablo, s["pablo"])] == [added.id]
        remove_absence(db, pablo, added.id)
        assert len(list_templates(db, pablo)) >= 2  # the shipped ones, made by a trainee
    finally:
        db.close()
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        set_weekly_hours(db, admin, s["pablo"], "30")
        add_vendor(db, admin, VendorInput(name="Imprenta Sur"))
    finally:
        db.close()


def test_another_groups_meeting_steps_are_not_everyones(server_agency: ServerAgency) -> None:
    """F14: a step owned by a person (no contact) was found through its empty contact
    column, so a Consumo trainee read and rewrote a Servicios meeting's steps."""
    andino = server_agency.campaigns["andino"]
    raul = server_agency.agency.staff["raul"]
    _owner_runs(
        server_agency,
        "INSERT INTO meeting_reports (campaign_id, held_on, subject, place, agreements,"
        f" author_id, acknowledgement_note, created_at, version) VALUES ({andino},"
        f" current_date, 'Revisión', 'Oficina', '2,4 M€', {raul}, '', now(), 1)",
        "INSERT INTO meeting_next_steps (meeting_id, position, description, owner_staff_id,"
        f" done) SELECT id, 1, 'Enviar propuesta', {raul}, false FROM meeting_reports",
    )
    with server_agency.connect("pablo") as pablo:
        assert pablo.execute("SELECT count(*) FROM meeting_next_steps").fetchone() == (0,)
        assert _refused(pablo, "UPDATE meeting_next_steps SET done = true")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            pablo.execute(
                "INSERT INTO meeting_next_steps (meeting_id, position, description, done)"
                f" SELECT max(id), 9, 'inventado', false FROM meeting_reports"
                f" WHERE campaign_id = {andino}"
            )
    with server_agency.connect("raul") as conn:
        assert conn.execute("SELECT count(*) FROM meeting_next_steps").fetchone() == (1,)


def test_the_agencys_service_levels_are_the_administrators(server_agency: ServerAgency) -> None:
    """F14: the agency's default SLA (no account) was a trainee's to rewrite; agency-wide
    improvement actions are for those who manage improvements."""
    from agencia.domain import sla
    from agencia.domain.service_enums import Priority
    from agencia.services.service.policies import set_policy

    s = server_agency.agency.staff
    _owner_runs(
        server_agency,
        "INSERT INTO sla_policies (account_id, targets, closures, promises, version)"
        " VALUES (NULL, '{}', '[]', '{}', 1)",
    )
    with server_agency.connect("pablo") as pablo:
        assert _refused(pablo, "UPDATE sla_policies SET targets = '{\"urgent\": [9999, 9999]}'")
        assert _refused(pablo, "DELETE FROM sla_policies")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            pablo.execute(
                "INSERT INTO improvement_actions (account_id, title, dimension, owner_id,"
                " opened_on, due_on, status, opened_gap, created_at, version) VALUES (NULL, 'x',"
                " 'y', %s, current_date, current_date, 'open', 1, now(), 1)",
                (s["pablo"],),
            )
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        set_policy(db, admin, None, {Priority.URGENT: sla.Targets(2, 8)})
    finally:
        db.close()


def test_an_import_is_recorded_and_undone_through_ones_own_connection(
    server_agency: ServerAgency, tmp_path: Path
) -> None:
    """The importer's own import and its records (data_imports, data_import_records), and
    its undoing, as before; a trainee cannot add records to it."""
    from agencia.domain.tax_ids import problem
    from agencia.services.data.fields import ImportKind
    from agencia.services.data.imports import run_import
    from agencia.services.data.undo import undo_import

    tax_id = next(f"B1234567{d}" for d in range(10) if problem("ES", f"B1234567{d}") is None)
    path = tmp_path / "clientes.csv"
    path.write_text(
        f"Nombre;NIF;País;Grupo;Ejecutivo\nCervezas Ñandú;{tax_id};ES;Gran Consumo;"
        "Álvaro García Rubio\n",
        encoding="utf-8",
    )
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        report = run_import(db, admin, path, ImportKind.ACCOUNTS)
        assert report.created == 1 and not report.problems, report.problems
        with (
            server_agency.connect("pablo") as pablo,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            pablo.execute(
                "INSERT INTO data_import_records (import_id, entity, entity_id, row, version)"
                " VALUES (%s, 'account', 1, 9, 1)",
                (report.import_id,),
            )
        assert report.import_id is not None
        assert undo_import(db, admin, report.import_id).records == 1
    finally:
        db.close()
