"""`agencia improvements task ID --campaign CAMPAIGN_ID` on a SQLite file: prints the new
task's id, and refuses a second task or another account's campaign in one line (the
service is tested on both databases)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from campaign_world import Cast, build_cast, new_campaign
from cli_support import one_line, run
from factories import assign

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.coordination_models import Task
from agencia.domain.models import User
from agencia.domain.satisfaction_models import ImprovementAction
from agencia.services.satisfaction import improvements


@dataclass
class Setting:
    url: str
    campaign: int
    mine: int  # an action on the campaign's account
    other: int  # an action on another account
    account: int  # the campaign's
    bruno: int  # director of the other account's group


@pytest.fixture
def setting(sqlite_url: str) -> Setting:
    """The database is closed before the command opens it (one process at a time)."""
    db = open_database(sqlite_url)
    try:
        cast = build_cast(db)
        with unit_of_work(db, SYSTEM) as uow:
            for login, who in (("dolores", "director"), ("bruno", "director_b")):
                uow.session.add(User(login=login, password_hash="x", staff_id=cast.staff[who]))
        return Setting(
            sqlite_url,
            new_campaign(cast),
            _action(cast, cast.account_id, "director", "executive"),
            _action(cast, cast.other_account_id, "director_b", "executive_b"),
            cast.account_id,
            cast.staff["director_b"],
        )
    finally:
        db.close()


def _action(cast: Cast, account_id: int, who: str, owner: str) -> int:
    data = improvements.ActionInput(
        dimension="Empatía",
        title="Llamada quincenal",
        owner_id=cast.staff[owner],
        due_on=date(2099, 5, 1),
        opened_gap=-1.0,
        account_id=account_id,
    )
    return improvements.open_action(cast.db, cast.actor(who), data).id


def test_improvements_task_prints_the_new_id(
    capsys: pytest.CaptureFixture[str], setting: Setting
) -> None:
    who = ("--db", setting.url, "--user", "dolores")
    argv = ("improvements", "task", str(setting.mine), "--campaign", str(setting.campaign))
    status, out, err = run(capsys, *argv, *who)
    assert (status, err) == (0, "")
    db = open_database(setting.url)
    try:
        with unit_of_work(db, SYSTEM, write=False) as uow:
            action = uow.session.get(ImprovementAction, setting.mine)
            task = uow.session.get(Task, int(out))
            assert action is not None and task is not None
            assert action.task_id == task.id and task.title == "Llamada quincenal"
            assert task.campaign_id == setting.campaign
    finally:
        db.close()
    status, out, err = run(capsys, *argv, *who)
    assert status != 0 and out == "" and "ya tiene su tarea" in one_line(err)
    other = ("improvements", "task", str(setting.other), "--campaign", str(setting.campaign))
    status, out, err = run(capsys, *other, "--db", setting.url, "--user", "bruno")
    # a campaign he cannot see is none he may name (test_cli_unseen_as_missing.py)
    assert (status, out, one_line(err)) == (1, "", f"No existe la campaña {setting.campaign}.")
    db = open_database(setting.url)
    try:
        assign(db, setting.account, setting.bruno)  # now he sees it: it is another account's
    finally:
        db.close()
    status, out, err = run(capsys, *other, "--db", setting.url, "--user", "bruno")
    assert status != 0 and out == "" and "es de otra cuenta" in one_line(err)
