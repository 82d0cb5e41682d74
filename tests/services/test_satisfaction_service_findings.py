"""A tester's findings in the satisfaction area, held by the services: a survey CSV
imported twice counted its responses twice; an improvement action took any due date,
opening day, gap and dimension (a gap of NaN reached the database as a raw
IntegrityError); a 9-point response all at the neutral point put the account «En
observación» without a reason."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

import pytest
from satisfaction_world import World, five_indicators, satisfaction_world

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.account_health import HealthInputs, health
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import ValidationError
from agencia.domain.satisfaction_enums import HealthBand, ScaleWording
from agencia.domain.satisfaction_models import ImprovementAction, SurveyResponse
from agencia.domain.survey_templates import DimensionDef, TemplateDef
from agencia.services.satisfaction import improvements, templates
from agencia.services.satisfaction.health import health_of
from agencia.services.satisfaction.survey_import import import_csv

TODAY = date.today()


@pytest.fixture
def world(sqlite_db: Database) -> World:
    return satisfaction_world(sqlite_db)


def _rows(world: World, model: type) -> int:
    with unit_of_work(world.db, SYSTEM, write=False) as uow:
        return len(uow.session.query(model).all())


# -- 1. the same CSV twice ------------------------------------------------------------


def _csv(world: World, *days: str, perceived: int = 3) -> str:
    five = five_indicators(world).id
    head = "template,account,contact,date,d5q1_expected,d5q1_perceived,importance_5\n"
    cafe, contact = world.accounts["cafe"], world.contacts["cafe"]
    return head + "".join(f"{five},{cafe},{contact},{d},5,{perceived},4\n" for d in days)


def test_a_response_imported_again_is_skipped_not_counted_twice(world: World) -> None:
    text = _csv(world, "2026-03-01")
    first = import_csv(world.db, world.actor("director"), text)
    assert (len(first.ids), first.skipped) == (1, 0)
    again = import_csv(world.db, world.actor("director"), text)
    assert (again.ids, again.skipped) == ((), 1)
    by_other = import_csv(world.db, world.actor("exec"), text)  # another person, same file
    assert (by_other.ids, by_other.skipped) == ((), 1)
    assert _rows(world, SurveyResponse) == 1
    # a row that differs (another answer, another day) is another response
    other = import_csv(world.db, world.actor("exec"), _csv(world, "2026-03-01", perceived=4))
    later = import_csv(world.db, world.actor("exec"), _csv(world, "2026-03-01", "2026-03-02"))
    assert (len(other.ids), other.skipped) == (1, 0)
    assert (len(later.ids), later.skipped) == (1, 1)
    assert _rows(world, SurveyResponse) == 3


# -- 2. an improvement action's rules ---------------------------------------------------


def _action(world: World, **changes: object) -> improvements.ActionInput:
    data = improvements.ActionInput(
        dimension="Empatía",
        title="Reunión mensual con el cliente",
        owner_id=world.staff["exec"],
        due_on=TODAY + timedelta(days=30),
        opened_gap=-1.5,
        account_id=world.accounts["cafe"],
    )
    return replace(data, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"due_on": date(2020, 1, 1)}, "due_on", "improvement.due_before_opened"),
        ({"due_on": date(9999, 12, 20)}, "due_on", "field.date_range"),
        ({"opened_on": TODAY + timedelta(days=1)}, "opened_on", "improvement.opened_future"),
        ({"opened_on": date(1850, 1, 1)}, "opened_on", "field.date_range"),
        ({"opened_gap": math.inf}, "opened_gap", "improvement.gap"),
        ({"opened_gap": -math.inf}, "opened_gap", "improvement.gap"),
        ({"opened_gap": math.nan}, "opened_gap", "improvement.gap"),
        ({"opened_gap": 0.5}, "opened_gap", "improvement.gap"),
        ({"opened_gap": -9.0}, "opened_gap", "improvement.gap"),
        ({"dimension": "No existe"}, "dimension", "improvement.no_such_dimension"),
    ],
)
def test_an_action_is_refused_saying_why(
    world: World, changes: dict[str, object], field: str, code: str
) -> None:
    templates.list_templates(world.db, world.admin)  # the shipped surveys
    with pytest.raises(ValidationError) as refused:
        improvements.open_action(world.db, world.actor("director"), _action(world, **changes))
    assert refused.value.field_errors[field][0] == code
    assert _rows(world, ImprovementAction) == 0


def test_what_an_action_may_be(world: World) -> None:
    """Opened today or before, due that day or later; a gap of 0 (none measured) or
    below; a shipped dimension in any of its names, or one of the agency's surveys."""
    own = TemplateDef("Nuestra", (DimensionDef("Plazos", ("¿A tiempo?",)),))
    templates.create_template(world.db, world.admin, own)
    director = world.actor("director")
    for changes in (
        {},
        {"opened_on": TODAY - timedelta(days=40), "due_on": TODAY - timedelta(days=10)},
        {"due_on": TODAY, "opened_gap": 0.0},
        {"dimension": "Empathy", "opened_gap": -8.0},
        {"dimension": "Plazos"},
    ):
        improvements.open_action(world.db, director, _action(world, **changes))
    assert _rows(world, ImprovementAction) == 5


# -- 3. a band below «Sana» says why ----------------------------------------------------


@pytest.mark.parametrize(
    "inputs",
    [
        HealthInputs(satisfaction=3.0),
        HealthInputs(satisfaction=3.4),
        HealthInputs(days_since_contact=30, contact_known=True),
        HealthInputs(satisfaction=3.2, falls={"Empatía": 0.2}),
    ],
)
def test_a_band_below_healthy_always_has_a_reason(inputs: HealthInputs) -> None:
    found = health(inputs)
    assert found.band is not HealthBand.HEALTHY
    assert found.reasons


def _neutral_on_nine_points(world: World) -> int:
    """A client who answered 5 of 9 (neutral) to every question: the café's ID."""
    nine = TemplateDef(
        "Nueve puntos",
        tuple(DimensionDef(f"Dimensión {n}", ("¿Bien?",)) for n in range(1, 10)),
        points=9,
        wording=ScaleWording.SATISFACTION,
    )
    template = templates.create_template(world.db, world.admin, nine).id
    five = "".join(f",d{n}q1_expected,d{n}q1_perceived" for n in range(1, 10))
    cells = ",5,5" * 9
    cafe, contact = world.accounts["cafe"], world.contacts["cafe"]
    text = f"template,account,contact,date{five}\n{template},{cafe},{contact},{TODAY}{cells}\n"
    import_csv(world.db, world.actor("exec"), text)
    return cafe


def test_a_neutral_client_on_nine_points_is_a_reason(world: World) -> None:
    cafe = _neutral_on_nine_points(world)
    with unit_of_work(world.db, world.actor("exec"), write=False) as uow:
        [row] = health_of(uow, TODAY, cafe)
    assert (row.health.score, row.health.band) == (50, HealthBand.WATCH)
    assert row.health.reasons == (("health.fair_satisfaction", {"score": 3.0}),)


def test_a_period_the_wrong_way_round_is_refused(world: World) -> None:
    """`report satisfaction --from 2026-12-31 --to 2026-01-01` and `accounts health
    --history` with reversed dates answered with nothing, and exit 0."""
    from agencia.domain.errors import ValidationError
    from agencia.services.satisfaction.health_history import health_history
    from agencia.services.satisfaction.results import Scope, satisfaction_results

    me, late, early = world.actor("exec"), date(2026, 12, 31), date(2026, 1, 1)
    with pytest.raises(ValidationError) as refused:
        satisfaction_results(world.db, me, Scope(start=late, end=early))
    assert refused.value.field_errors == {"ends_on": ("field.period_order", {})}
    with pytest.raises(ValidationError):
        health_history(world.db, me, start=late, end=early)
    health_history(world.db, me, start=early, end=early)
