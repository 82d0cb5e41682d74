"""Pendientes' «account at risk» line says what the satisfaction page says, the same day:
the tour's English Pendientes read «satisfaction fell 3.0 in Actitud del personal» with a
score of 48 (the row kept weeks before, in the language it was kept in) where the page
read «3,0 … Staff attitude» and 33 (computed for today)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from satisfaction_world import World, every_question, satisfaction_world, survey_response

from agencia.areas import pending_for
from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import messages
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.satisfaction_models import HealthRecord
from agencia.domain.service_enums import Priority, RequestKind
from agencia.domain.service_models import ServiceRequest
from agencia.services.satisfaction import health, responses

KEPT = date(2026, 11, 20)  # the day the answers came in, and their health was kept
LATER = date(2026, 12, 6)  # a day the daily job has not run on


@pytest.fixture
def world(db: Database) -> World:
    return satisfaction_world(db)


@pytest.fixture
def language() -> Iterator[None]:
    before = messages.language()
    yield
    messages.set_language(before)


def _fallen_cafe(world: World) -> None:
    good, fallen = every_question(4, 5), every_question(4, 2)
    for on, values in ((date(2026, 5, 10), good), (date(2026, 10, 10), fallen)):
        data = survey_response(world, "cafe", on, values)
        responses.record_response(world.db, world.actor("exec"), data, KEPT)


def _line(world: World, day: date) -> tuple[str, str]:
    [item] = [
        i for i in pending_for(world.db, world.actor("director"), day) if i.kind == "account_health"
    ]
    assert item.account == "Café Madrid"
    return item.title, str(item.campaign_id)


def _score_now(world: World, day: date) -> int | None:
    rows = health.account_health(world.db, world.actor("director"), day)
    return next(r.health.score for r in rows if r.account_id == world.accounts["cafe"])


def test_the_line_reads_in_spanish_and_in_english(world: World, language: None) -> None:
    _fallen_cafe(world)
    messages.set_language("es")
    title, _ = _line(world, KEPT)
    assert "la satisfacción bajó 3,0 en " in title and "3.0" not in title, title
    messages.set_language("en")
    title, _ = _line(world, KEPT)  # the kept row, whose words were kept in Spanish
    assert "satisfaction fell 3.0 in " in title and "3,0" not in title, title  # English numbers
    assert "Empathy" in title or "Staff" in title or "Tangibles" in title, title
    for spanish in ("Empatía", "Actitud del personal", "Cumplimiento de expectativas"):
        assert spanish not in title


def test_one_account_has_one_figure_on_one_day(world: World, language: None) -> None:
    messages.set_language("es")
    _fallen_cafe(world)
    with unit_of_work(world.db, SYSTEM) as uow:  # after the kept day: SLA breaches
        for n in range(3):
            uow.session.add(
                ServiceRequest(
                    account_id=world.accounts["cafe"],
                    channel=Channel.PHONE,
                    kind=RequestKind.REQUEST,
                    priority=Priority.NORMAL,
                    subject=f"Arte final {n}",
                    received_at=datetime(2026, 11, 28, tzinfo=UTC),
                    breached=True,
                )
            )
    with unit_of_work(world.db, SYSTEM, write=False) as uow:
        kept = uow.session.query(HealthRecord).filter_by(account_id=world.accounts["cafe"]).one()
        kept_score = kept.score
    now = _score_now(world, LATER)
    assert now is not None and now != kept_score  # the page's figure is today's
    for lang in ("es", "en"):
        messages.set_language(lang)
        title, _ = _line(world, LATER)
        prefix = "Cuenta en riesgo" if lang == "es" else "Account at risk"
        assert title.startswith(f"{prefix} ({now}):"), (title, kept_score)
