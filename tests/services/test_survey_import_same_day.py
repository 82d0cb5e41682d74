"""Two genuine responses of one contact on one day are two: Café Madrid's contact
answered the five-indicator survey for the «Verano» campaign and, the same day and with
the same answers, for «Navidad» (or weighing the dimension otherwise, or with a note of
its own); the import skipped each as a response already kept. A true duplicate — every
field the row carries the same — is still skipped."""

from __future__ import annotations

import pytest
from satisfaction_world import World, five_indicators, satisfaction_world

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.satisfaction_models import SurveyResponse
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.satisfaction.survey_import import import_csv


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return satisfaction_world(sqlite_db)


def _csv(world: World, campaign: int | str = "", importance: int = 4, notes: str = "") -> str:
    five = five_indicators(world).id
    cafe, contact = world.accounts["cafe"], world.contacts["cafe"]
    return (
        "template,account,contact,date,campaign,notes,d5q1_expected,d5q1_perceived,importance_5\n"
        f"{five},{cafe},{contact},2026-03-01,{campaign},{notes},5,3,{importance}\n"
    )


def _kept(world: World) -> list[tuple[int | None, dict[str, int], str]]:
    with unit_of_work(world.db, SYSTEM, write=False) as uow:
        rows = uow.session.query(SurveyResponse).order_by(SurveyResponse.id).all()
        return [(r.campaign_id, dict(r.importance), r.notes) for r in rows]


def test_a_response_for_another_campaign_the_same_day_is_kept(world: World) -> None:
    director = world.actor("director")
    summer, christmas = (
        create_campaign(world.db, director, CampaignInput(world.accounts["cafe"], name)).id
        for name in ("Verano", "Navidad")
    )
    first = import_csv(world.db, director, _csv(world, summer))
    assert (len(first.ids), first.skipped) == (1, 0)
    # the same row again, by anyone: a duplicate
    again = import_csv(world.db, world.actor("exec"), _csv(world, summer))
    assert (again.ids, again.skipped) == ((), 1)
    # another campaign, no campaign, another weight, a note: each another response
    for text in (
        _csv(world, christmas),
        _csv(world),
        _csv(world, summer, importance=2),
        _csv(world, summer, notes="Pide más reuniones"),
    ):
        done = import_csv(world.db, director, text)
        assert (len(done.ids), done.skipped) == (1, 0), text
    assert _kept(world) == [
        (summer, {"5": 4}, ""),
        (christmas, {"5": 4}, ""),
        (None, {"5": 4}, ""),
        (summer, {"5": 2}, ""),
        (summer, {"5": 4}, "Pide más reuniones"),
    ]
    # and each of them, imported again, is a duplicate
    for text in (
        _csv(world, christmas),
        _csv(world),
        _csv(world, summer, notes="Pide más reuniones"),
    ):
        assert import_csv(world.db, director, text).skipped == 1
    assert len(_kept(world)) == 5
