"""The service tests' desk (tests/services/service_world.py) for the command line's: a
sign-in for Álvaro, its executive, and the arguments that act as him — the set-up the
request, contact and survey commands' tests share (the `desk` fixture in conftest)."""

from __future__ import annotations

import sys
from pathlib import Path

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.models import User

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk

__all__ = ["Desk", "alvaros_desk", "as_alvaro"]


def alvaros_desk(url: str) -> Desk:
    """The desk on the database at `url`, with a sign-in for Álvaro; the database is
    closed again, as the command line wants the file to itself."""
    db = open_database(url)
    desk = service_desk(db)
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.add(User(login="alvaro", password_hash="x", staff_id=desk.staff["exec"]))
    db.close()
    return desk


def as_alvaro(desk: Desk) -> tuple[str, ...]:
    """`--db` and `--user`: a command run on the desk's database as Álvaro."""
    return ("--db", desk.db.url.render_as_string(hide_password=False), "--user", "alvaro")
