"""An agency on the real throwaway PostgreSQL, set up for server roles as `db init` does:
its people sign in with their own roles, and the tests (tests/server/) connect as each.

Set-up data goes in as the owner (the tests' superuser URL); the sign-ins are added by
the administrator, signed in as themselves, so `user add` makes the server roles.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import psycopg
from campaign_world import BRIEF, PROPOSAL_PDF
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
from agencia.services.campaigns import flow
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.flow import InternalDecisionStep, Step
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.queries import get_campaign
from agencia.services.people.sign_ins import add_user, change_password

PASSWORD = "una frase larga de prueba"
TEMPORARY = "la provisional del administrador"  # what a new sign-in is given, then changed
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
                add_user(admin_db, admin, login, agency.staff[login], TEMPORARY)
                change_password(admin_db, login, TEMPORARY, PASSWORD)  # their first sign-in
        finally:
            admin_db.close()
        s, a = agency.staff, agency.accounts
        found.campaigns["coca"] = _campaign(owner, a["coca"], s["alvaro"], "COCA-1")
        found.campaigns["andino"] = _campaign(owner, a["andino"], s["raul"], "ANDINO-1")
    except BaseException:
        owner.close()
        raise
    return found, owner


def move(
    db: Database, actor: Actor, cid: int, target: CampaignStatus, step: Step | None = None
) -> None:
    """One move of the campaign's flow as the services make it, at its current version."""
    version = get_campaign(db, actor, cid).version
    flow.move_campaign(db, actor, cid, target, version=version, step=step)


def to_development(
    alvaro: tuple[Database, Actor], marta: tuple[Database, Actor], account_id: int, name: str
) -> int:
    """A new campaign of Álvaro's on `account_id` through the services, each person
    through their own workstation: his brief, approved by Marta (his supervisor), and the
    campaign in development. Returns the campaign."""
    (alvaro_db, alvaro_actor), (marta_db, marta_actor) = alvaro, marta
    cid = create_campaign(
        alvaro_db,
        alvaro_actor,
        CampaignInput(account_id=account_id, name=name, budget="1000"),
    ).id
    save_brief(alvaro_db, alvaro_actor, cid, BRIEF, None)
    flow.decide_brief(marta_db, marta_actor, cid, 1, Decision.APPROVED)
    move(alvaro_db, alvaro_actor, cid, CampaignStatus.IN_DEVELOPMENT)
    return cid


def to_review(agency: ServerAgency, *, approved: bool = False) -> tuple[int, int]:
    """Álvaro's campaign «Verano» of Coca-Cola through the services, each person as
    themselves: `to_development`, then his proposal, in internal review (with `approved`,
    Marta approves it too: ready for the client). Returns (campaign, the proposal's
    document)."""
    alvaro = agency.signed_in("alvaro")
    marta = agency.signed_in("marta")
    try:
        cid = to_development(alvaro, marta, agency.agency.accounts["coca"], "Verano")
        save_proposal(
            *alvaro,
            cid,
            ProposalInput(summary="Propuesta", uploads=(DocumentInput("p.pdf", PROPOSAL_PDF),)),
        )
        move(*alvaro, cid, CampaignStatus.INTERNAL_REVIEW)
        document = get_campaign(*alvaro, cid).proposals[0].documents[0].id
        if approved:
            move(*marta, cid, CampaignStatus.READY_FOR_CLIENT, InternalDecisionStep("Bien"))
    finally:
        alvaro[0].close()
        marta[0].close()
    return cid, document


# The window's process: its sign-in filled in as soon as it shows, then the test's own
# `on_ready(window, startup)` in the ready window; what follows `run_gui` has its `code`.
_WINDOW_HEAD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from agencia import app as appmod

url, login, password = sys.argv[1:4]

def fill():
    from agencia.ui.auth.signin import SignInDialog
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SignInDialog) and widget.isVisible():
            widget.login.setText(login)
            widget.password.setText(password)
            widget.enter_button.click()
            return
    QTimer.singleShot(100, fill)
"""
_WINDOW_RUN = """
appmod.create_application()
QTimer.singleShot(100, fill)
code = appmod.run_gui(url, on_ready=on_ready)
"""


@contextmanager
def window_process(
    url: URL,
    login: str,
    tmp_path: Path,
    on_ready: str,
    *,
    at_exit: str = "",
    env: dict[str, str] | None = None,
) -> Iterator[subprocess.Popen[str]]:
    """The real window in its own process on `url`, as a workstation starts it (no
    database URL in its environment, its own settings under `tmp_path`): its sign-in
    filled in with `login` and PASSWORD, then `on_ready` — the source of a function
    `on_ready(window, startup)` — called in the ready window; `at_exit`, source run once
    the window has left, before the process exits with `code` (run_gui's status). Its
    stdin, stdout and stderr are the test's (text); it is killed if still running when
    the block ends."""
    script = (
        _WINDOW_HEAD
        + textwrap.dedent(on_ready)
        + _WINDOW_RUN
        + textwrap.dedent(at_exit)
        + "sys.exit(code)\n"
    )
    environment = {
        **os.environ,
        "AGENCIA_LANG": "es",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        **(env or {}),
    }
    environment.pop("AGENCIA_DATABASE_URL", None)
    with subprocess.Popen(
        [sys.executable, "-c", script, url.render_as_string(hide_password=False), login, PASSWORD],
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as window:  # leaving it closes the pipes and waits for the process
        try:
            yield window
        finally:
            if window.poll() is None:
                window.kill()
