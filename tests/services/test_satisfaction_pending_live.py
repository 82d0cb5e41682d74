"""Pendientes' «account at risk» line gives the satisfaction page's figure even when the
kept health row is today's: answers came in (a row of 31 «en riesgo» kept), then
requests changed the account's service the same day; Pendientes kept saying 31 where
Satisfacción and `agencia satisfaction health` said 50 (explore 7, L2)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from satisfaction_world import World, every_question, satisfaction_world, survey_response

from agencia.areas import pending_for
from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.satisfaction_models import HealthRecord
from agencia.domain.service_enums import Priority, RequestKind
from agencia.domain.service_models import ServiceRequest
from agencia.services.satisfaction import health, responses

TODAY = date(2026, 11, 20)


def _requests(world: World, breached: bool, n: int) -> None:
    with unit_of_work(world.db, SYSTEM) as uow:
        for i in range(n):
            uow.session.add(
                ServiceRequest(
                    account_id=world.accounts["cafe"],
                    channel=Channel.PHONE,
                    kind=RequestKind.REQUEST,
                    priority=Priority.NORMAL,
                    subject=f"Pieza {breached} {i}",
                    received_at=datetime(2026, 11, 10, tzinfo=UTC),
                    breached=breached,
                    # on time: resolved (one still open has kept no promise yet)
                    resolved_at=None if breached else datetime(2026, 11, 11, tzinfo=UTC),
                )
            )


def _kept_score(world: World) -> int | None:
    with unit_of_work(world.db, SYSTEM, write=False) as uow:
        rows = uow.session.query(HealthRecord).filter_by(account_id=world.accounts["cafe"]).all()
        [today] = [r for r in rows if r.computed_on == TODAY]
        return today.score


def _page_score(world: World) -> int | None:
    rows = health.account_health(world.db, world.actor("director"), TODAY)
    return next(r.health.score for r in rows if r.account_id == world.accounts["cafe"])


def _lines(world: World) -> list[str]:
    items = pending_for(world.db, world.actor("director"), TODAY)
    return [i.title for i in items if i.kind == "account_health"]


def test_the_line_is_the_pages_figure_after_a_same_day_change(db: Database) -> None:
    world = satisfaction_world(db)
    _requests(world, breached=True, n=4)  # the service was poor when the answers came
    data = survey_response(world, "cafe", date(2026, 10, 10), every_question(4, 2))
    responses.record_response(world.db, world.actor("exec"), data, TODAY)
    kept = _kept_score(world)
    _requests(world, breached=False, n=40)  # later that day: most requests on time
    now = _page_score(world)
    assert now is not None and kept is not None and now != kept
    lines = _lines(world)
    # still at risk (a low satisfaction keeps it there), now with the page's figure
    assert [line.split(":")[0] for line in lines] == [f"Cuenta en riesgo ({now})"], (lines, kept)
