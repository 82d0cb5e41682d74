"""Security review 8: what a person's own session can hold that stops everyone else.

A session-level advisory lock outlives its transaction (no idle timeout ends it), and
any role may take any key: the server's series (campaign codes, the last-administrator
count, a campaign's task graph) are serialised by a row only the owner may lock.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency
from sqlalchemy import text

from agencia.db import migrate, server_campaign_columns, server_last_admin
from agencia.db.database import upgrade_database
from agencia.db.uow import unit_of_work
from agencia.domain.enums import CampaignKind, Role
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.people.staff_edit import edit_staff, input_from_detail
from agencia.services.people.views import get_staff


def test_a_trainees_advisory_lock_stops_no_campaign(server_agency: ServerAgency) -> None:
    with server_agency.connect("pablo") as trainee:
        trainee.execute("SELECT pg_advisory_lock(%s)", (server_campaign_columns.CODE_LOCK,))
        db, alvaro = server_agency.signed_in("alvaro")
        try:
            created = create_campaign(
                db,
                alvaro,
                CampaignInput(
                    account_id=server_agency.agency.accounts["coca"],
                    name="Otoño",
                    kind=CampaignKind.LAUNCH,
                    budget="1000",
                    start_date=date(2026, 3, 1),
                ),
            )
        finally:
            db.close()
    assert created.id


def test_a_trainees_advisory_lock_stops_no_administrator_change(
    server_agency: ServerAgency,
) -> None:
    staff = server_agency.agency.staff
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        detail = get_staff(admin_db, admin, staff["andres"])
        edit_staff(
            admin_db,
            admin,
            staff["andres"],
            replace(input_from_detail(detail), role=Role.ADMINISTRATOR),
        )
        with server_agency.connect("pablo") as trainee:
            trainee.execute("SELECT pg_advisory_lock(%s)", (server_last_admin.LAST_ADMIN_LOCK,))
            with unit_of_work(admin_db, admin) as uow:  # the server's check at commit
                uow.session.execute(
                    text("UPDATE staff SET role = 'account_director' WHERE id = :i"),
                    {"i": staff["andres"]},
                )
    finally:
        admin_db.close()


def test_nobody_but_the_owner_locks_the_series_row(server_agency: ServerAgency) -> None:
    with (
        server_agency.connect("admin", ADMIN_PASSWORD) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT 1 FROM alembic_version FOR UPDATE")


def test_a_trainees_advisory_lock_stops_no_upgrade(
    server_agency: ServerAgency, pg_url: str
) -> None:
    """`db upgrade` (the owner's, no lock timeout) waited for the key for good."""
    outcome: list[object] = []

    def upgrade() -> None:
        try:
            outcome.append(upgrade_database(pg_url))
        except BaseException as exc:
            outcome.append(exc)

    with server_agency.connect("pablo") as trainee:
        trainee.execute("SELECT pg_advisory_lock(%s)", (migrate.PG_ADVISORY_LOCK,))
        upgrading = threading.Thread(target=upgrade, daemon=True)
        upgrading.start()
        upgrading.join(120)
        assert not upgrading.is_alive(), "db upgrade waited for a trainee's advisory lock"
    assert outcome[0] == (migrate.head(), migrate.head())


def test_only_an_administrator_holds_the_administrators_count(
    server_agency: ServerAgency,
) -> None:
    """`agencia_hold_administrators()`: the row the server's last-administrator rule
    waits for, for the people services' own guard to take instead of an advisory key."""
    with server_agency.connect("admin", ADMIN_PASSWORD) as conn:
        conn.execute("SELECT agencia_hold_administrators()")
    with (
        server_agency.connect("pablo") as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT agencia_hold_administrators()")
