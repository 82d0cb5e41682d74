"""The same returned questionnaire imported at the same instant on two workstations
counts once (review of explore7 M6): the trail's check of its token cannot see a return
not committed yet, so the response carries the token under a unique index, and the
second import is refused as already imported."""

from __future__ import annotations

import threading
import time
from datetime import date
from typing import Any

import pytest
from satisfaction_world import World, satisfaction_world
from sqlalchemy import create_engine, func, select, text
from test_questionnaire_identity import TODAY, _form, _set

from agencia.db.database import Database, open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import DomainError
from agencia.domain.satisfaction_models import SurveyResponse
from agencia.services.satisfaction import questionnaire


@pytest.fixture
def world(db: Database) -> World:
    return satisfaction_world(db)


def _responses(db: Database) -> int:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(SurveyResponse)) or 0)


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_two_workstations_importing_one_form_at_once_count_it_once(world: World) -> None:
    """Both imports read the trail (no return yet) while a third session holds the
    responses table; both then write at once: one response, the other refused."""
    filled = _set(_form(world, "cafe"), {"p_1_1": "4"})
    url = world.db.url
    before = _responses(world.db)
    results: list[Any] = []

    def workstation(own: Database) -> None:
        try:
            saved = questionnaire.import_questionnaire(
                own, world.actor("exec"), filled, date(2026, 11, 1), today=TODAY
            )
            results.append(saved.id)
        except DomainError as refused:
            results.append(refused)
        except Exception as failed:
            results.append(failed)

    stations = [open_database(url.render_as_string(hide_password=False)) for _ in range(2)]
    holder = create_engine(url)
    try:
        with holder.connect() as held:
            held.execute(text("LOCK TABLE survey_responses IN EXCLUSIVE MODE"))
            workers = [threading.Thread(target=workstation, args=(s,)) for s in stations]
            for w in workers:
                w.start()
            waiting = 0
            for _ in range(300):  # both past the trail's check, waiting to insert
                held.execute(text("SELECT pg_stat_clear_snapshot()"))  # not this transaction's
                waiting = held.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        " AND query LIKE 'INSERT INTO survey_responses%'"
                    )
                )
                if waiting == 2 or results:
                    break
                time.sleep(0.1)
            assert (waiting, results) == (2, [])
            held.commit()  # both go ahead at once
            for w in workers:
                w.join(60)
    finally:
        holder.dispose()
        for station in stations:
            station.close()
    saved = [r for r in results if isinstance(r, int)]
    refused = [r for r in results if isinstance(r, DomainError)]
    assert len(saved) == 1 and len(refused) == 1, results
    assert refused[0].code == "questionnaire.already_imported"
    assert refused[0].params == {"id": saved[0]}
    assert _responses(world.db) == before + 1
