"""An agency on the real throwaway PostgreSQL, set up for server roles as `db init` does:
its people sign in with their own roles, and the tests (tests/server/) connect as each.

Set-up data goes in as the owner (the tests' superuser URL); the sign-ins are added by
the administrator, signed in as themselves, so `user add` makes the server roles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import psycopg
from factories import ADMIN_PASSWORD, Agency, small_agency
from sqlalchemy.engine import URL, make_url

from agencia.db import server_roles
from agencia.db.database import Database, open_database
from agencia.db.uow import unit_of_work
from agencia.db.urls import libpq
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.campaign_models import Approval, Campaign, StatusChange
from agencia.domain.enums import ApprovalStage, CampaignStatus, Decision
from agencia.services import auth
from agencia.services.people.sign_ins import add_user

PASSWORD = "una frase larga de prueba"
# who signs in, by the role table's columns (trainee … administrator)
PEOPLE = ("pablo", "laura", "alvaro", "marta", "lucia", "andres", "raul")


@dataclass
class ServerAgency:
    """The agency, the owner's Database, the URL without credentials, and campaigns."""

    agency: Agency
    owner: Database
    url: URL
    campaigns: dict[str, int]

    def person_url(self, login: str, password: str = PASSWORD) -> URL:
        return self.url.set(username=login, password=password)

    def connect(self, login: str, password: str = PASSWORD) -> psycopg.Connection:
        """A psql-level session as `login` (autocommit: each statement on its own)."""
        conninfo = libpq(self.person_url(login, password))
        return psycopg.connect(conninfo, autocommit=True, connect_timeout=5)

    def signed_in(self, login: str, password: str = PASSWORD) -> tuple[Database, Actor]:
        """A workstation's Database after `login` signed in (their own connection)."""
        db = open_database(self.url)  # no password: opened by the sign-in
        try:
            return db, auth.sign_in(db, login, password)
        except BaseException:
            db.close()
            raise


def _campaign(owner: Database, account_id: int, owner_id: int, code: str) -> int:
    """A campaign with a decision and a move on its trail, written by the owner."""
    with unit_of_work(owner, SYSTEM) as uow:
        campaign = Campaign(
            account_id=account_id,
            name=f"Campaña {code}",
            code=code,
            owner_id=owner_id,
            budget=Decimal(1000),
            status=CampaignStatus.BRIEF,
        )
        uow.session.add(campaign)
        uow.session.flush()
        uow.session.add(
            StatusChange(campaign_id=campaign.id, to_status=CampaignStatus.BRIEF, staff_id=owner_id)
        )
        uow.session.add(
            Approval(
                campaign_id=campaign.id,
                stage=ApprovalStage.BRIEF,
                subject_number=1,
                decision=Decision.APPROVED,
                decided_by_id=owner_id,
                decided_on=date(2026, 1, 5),
            )
        )
        uow.session.flush()
        return campaign.id


def build(pg_url: str) -> tuple[ServerAgency, Database]:
    """The agency, secured, its people's sign-ins made by the administrator."""
    owner = open_database(pg_url)
    try:
        agency = small_agency(owner)
        with owner.writer.begin() as connection:
            server_roles.secure_database(connection, "admin", ADMIN_PASSWORD)
        full = make_url(pg_url)  # the workstation's: server and database, no user
        url = URL.create(full.drivername, host=full.host, port=full.port, database=full.database)
        found = ServerAgency(agency, owner, url, {})
        admin_db, admin = found.signed_in("admin", ADMIN_PASSWORD)
        try:
            for login in PEOPLE:
                add_user(admin_db, admin, login, agency.staff[login], PASSWORD)
        finally:
            admin_db.close()
        s, a = agency.staff, agency.accounts
        found.campaigns["coca"] = _campaign(owner, a["coca"], s["alvaro"], "COCA-1")
        found.campaigns["andino"] = _campaign(owner, a["andino"], s["raul"], "ANDINO-1")
    except BaseException:
        owner.close()
        raise
    return found, owner
