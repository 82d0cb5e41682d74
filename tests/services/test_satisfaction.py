"""The satisfaction area on both databases: shipped templates, copies and revisions,
responses (incomplete ones too), results against hand-computed figures, improvement
actions, the account health list and Pendientes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from satisfaction_world import (
    World,
    every_question,
    five_indicators,
    satisfaction_world,
    survey_response,
)

from agencia.areas import pending_for
from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.errors import Conflict, PermissionDenied, ValidationError
from agencia.domain.satisfaction_enums import ActionStatus, HealthBand, HealthFactor
from agencia.domain.satisfaction_models import SurveyResponse
from agencia.domain.service_enums import Priority, RequestKind
from agencia.domain.service_models import ServiceRequest
from agencia.domain.survey_templates import DimensionDef, TemplateDef
from agencia.services.satisfaction import health, improvements, responses, results, templates
from agencia.services.satisfaction.responses import AnswerInput, ResponseInput

TODAY = date(2026, 11, 20)


@pytest.fixture
def world(db: Database) -> World:
    return satisfaction_world(db)


def _respond(world: World, template_id: int, account: str, on: date, values, importance=None):  # type: ignore[no-untyped-def]
    """values: {(dimension, question): (expected, perceived)}"""
    data = survey_response(world, account, on, values, template_id, importance)
    return responses.record_response(world.db, world.actor("exec"), data, TODAY)


def test_the_two_templates_ship_once(world: World) -> None:
    first = templates.list_templates(world.db, world.actor("exec"))
    again = templates.list_templates(world.db, world.admin)
    assert [t.shipped for t in first] == ["five_indicators", "eight_values"]
    assert [t.id for t in again] == [t.id for t in first]
    assert [len(t.dimensions) for t in first] == [5, 8]
    assert first[0].dimensions[4].name == "Empatía" and first[0].points == 5


def test_an_incomplete_response_is_kept_and_says_so(world: World) -> None:
    five = five_indicators(world)
    saved = _respond(world, five.id, "cafe", date(2026, 3, 1), {(1, 1): (4, 3), (5, 2): (5, None)})
    assert saved.warnings == (("response.incomplete", {"answered": 1, "total": 10}),)
    [row] = responses.account_responses(world.db, world.actor("exec"), world.accounts["cafe"])
    assert (row.answered, row.questions, row.complete) == (1, 10, False)


def test_bad_answers_are_refused_beside_their_question(world: World) -> None:
    five = five_indicators(world)
    with pytest.raises(ValidationError) as bad:
        _respond(world, five.id, "cafe", date(2026, 3, 1), {(1, 1): (6, 3), (9, 1): (1, 1)})
    assert bad.value.field_errors["answer.1.1"] == (
        "response.out_of_scale",
        {"value": 6, "points": 5},
    )
    assert bad.value.field_errors["answer.9.1"][0] == "response.no_such_question"
    with pytest.raises(ValidationError) as empty:
        _respond(world, five.id, "cafe", date(2026, 3, 1), {(1, 1): (None, None)})
    assert "answers" in empty.value.field_errors
    data = ResponseInput(
        five.id,
        world.accounts["cafe"],
        world.contacts["tacos"],
        date(2026, 3, 1),
        (AnswerInput(1, 1, 3, 3),),
    )
    with pytest.raises(ValidationError) as elsewhere:
        responses.record_response(world.db, world.actor("exec"), data, TODAY)
    assert elsewhere.value.field_errors == {"contact_id": ("response.contact_elsewhere", {})}
    with pytest.raises(PermissionDenied):
        responses.record_response(world.db, world.actor("outsider"), data, TODAY)


def test_a_used_template_is_revised_never_changed_under_its_responses(world: World) -> None:
    five = five_indicators(world)
    copy_id = templates.copy_template(world.db, world.actor("director"), five.id, "Mi encuesta").id
    copy = templates.get_template(world.db, world.admin, copy_id)
    edited = TemplateDef(
        "Mi encuesta", (*copy.dimensions, DimensionDef("Creatividad", ("¿Sorprende?",))), 7
    )
    same = templates.update_template(world.db, world.actor("director"), copy_id, edited)
    assert same.id == copy_id and same.warnings == ()  # unused: changed in place
    _respond(world, copy_id, "cafe", date(2026, 3, 1), {(6, 1): (5, 6)})
    revised = templates.update_template(
        world.db,
        world.actor("director"),
        copy_id,
        TemplateDef("Mi encuesta v2", edited.dimensions, 7),
    )
    assert revised.id != copy_id
    assert revised.warnings == (("survey.revised", {"revision": 2}),)
    old = templates.get_template(world.db, world.admin, copy_id)
    assert old.retired and old.name == "Mi encuesta" and old.responses == 1
    assert templates.get_template(world.db, world.admin, revised.id).family_id == copy_id
    with pytest.raises(Conflict):
        templates.update_template(world.db, world.actor("director"), copy_id, edited)
    with pytest.raises(ValidationError) as even:
        templates.update_template(
            world.db, world.actor("director"), revised.id, TemplateDef("X", edited.dimensions, 6)
        )
    assert even.value.field_errors["points"][0] == "survey.scale_even"
    with pytest.raises(PermissionDenied):
        templates.copy_template(world.db, world.actor("exec"), five.id, "No")


def test_results_match_the_hand_computation(world: World) -> None:
    five = five_indicators(world)
    # Empatía is dimension 5; importance 5 in the first response, none (middle: 3) in the second
    _respond(world, five.id, "cafe", date(2026, 2, 1), {(5, 1): (5, 3), (5, 2): (4, 4)}, {5: 5})
    _respond(world, five.id, "tacos", date(2026, 5, 1), {(5, 1): (4, 2), (1, 1): (3, 4)})
    found = results.satisfaction_results(world.db, world.actor("director"))
    by = {d.dimension: d for d in found.dimensions}
    empathy = by["Empatía"]
    assert empathy.score == pytest.approx(3.0)  # 3, 4, 2
    assert empathy.gap == pytest.approx(-4 / 3)  # -2, 0, -2
    assert empathy.weighted_gap == pytest.approx((-2 * 5 / 5 + 0 + -2 * 3 / 5) / 3)
    assert (found.responses, found.incomplete, found.accounts) == (2, 2, 2)
    assert [w.dimension for w in found.weakest] == ["Empatía"]
    assert [(p.period, p.dimension) for p in found.trend][:1] == [(date(2026, 1, 1), "Empatía")]
    one = results.satisfaction_results(
        world.db, world.admin, results.Scope(account_id=world.accounts["tacos"])
    )
    assert {d.dimension: d.score for d in one.dimensions} == {"Empatía": 2, "Tangibles": 4}
    dated = results.satisfaction_results(
        world.db, world.admin, results.Scope(start=date(2026, 3, 1))
    )
    assert dated.responses == 1
    assert results.satisfaction_results(world.db, world.actor("outsider")).responses == 0


def test_an_action_follows_its_gap_until_closed(world: World) -> None:
    five = five_indicators(world)
    data = improvements.ActionInput(
        dimension="Empatía",
        title="Reunión mensual con el cliente",
        owner_id=world.staff["exec"],
        due_on=date(2026, 1, 10),
        opened_gap=-1.5,
        account_id=world.accounts["cafe"],
        opened_on=date(2026, 1, 1),
    )
    action_id = improvements.open_action(world.db, world.actor("director"), data).id
    [row] = improvements.list_actions(world.db, world.actor("exec"), today=TODAY)
    assert row.overdue and row.verdict is None and row.status is ActionStatus.OPEN
    items = pending_for(world.db, world.actor("exec"), TODAY)
    assert any(i.kind == "improvement_overdue" and i.campaign_id == action_id for i in items)
    _respond(world, five.id, "cafe", TODAY, {(5, 1): (4, 4)})
    [row] = improvements.list_actions(world.db, world.actor("exec"), today=TODAY)
    assert row.latest_gap == 0 and row.verdict == "closed"
    improvements.close_action(world.db, world.actor("exec"), action_id, today=TODAY)
    [row] = improvements.list_actions(world.db, world.actor("exec"), today=TODAY)
    assert row.status is ActionStatus.DONE and row.verdict == "closed" and not row.overdue
    with pytest.raises(Conflict):
        improvements.close_action(world.db, world.actor("exec"), action_id, today=TODAY)
    with pytest.raises(PermissionDenied):
        improvements.open_action(world.db, world.actor("outsider"), data)


def test_health_says_why_an_account_is_at_risk(world: World) -> None:
    five = five_indicators(world)
    good, fallen = every_question(4, 5), every_question(4, 2)
    _respond(world, five.id, "cafe", date(2026, 5, 10), good)
    _respond(world, five.id, "cafe", date(2026, 10, 10), fallen)
    _respond(world, five.id, "tacos", date(2026, 10, 12), good)
    with unit_of_work(world.db, SYSTEM) as uow:
        for breached in (True, True, True, False):
            uow.session.add(
                ServiceRequest(
                    account_id=world.accounts["tacos"],
                    channel=Channel.PHONE,
                    kind=RequestKind.REQUEST,
                    priority=Priority.NORMAL,
                    subject="Arte final",
                    received_at=datetime(2026, 11, 10, tzinfo=UTC),
                    breached=breached,
                )
            )
    rows = health.account_health(world.db, world.actor("director"), TODAY)
    by = {r.account_id: r.health for r in rows}
    cafe, tacos = by[world.accounts["cafe"]], by[world.accounts["tacos"]]
    assert rows[0].account_id == world.accounts["cafe"] and cafe.band is HealthBand.AT_RISK
    assert ("health.fell", {"dimension": "Empatía", "fall": 3.0}) in cafe.reasons
    factors = {f.factor for f in cafe.factors}
    # no tasks and no communications in this agency: those factors are left out
    assert factors == {HealthFactor.SATISFACTION, HealthFactor.TREND}
    assert tacos.reasons[0] == ("health.sla_breaches", {"n": 3})
    assert {f.factor for f in tacos.factors} == {HealthFactor.SATISFACTION, HealthFactor.SLA}
    items = pending_for(world.db, world.actor("director"), TODAY)
    assert [i.account for i in items if i.kind == "account_health"] == ["Café Madrid"]
    assert health.account_health(world.db, world.actor("outsider"), TODAY) == []


def test_responses_keep_their_template_revision(world: World) -> None:
    five = five_indicators(world)
    saved = _respond(world, five.id, "cafe", date(2026, 3, 1), {(1, 1): (3, 3)})
    with unit_of_work(world.db, SYSTEM, write=False) as uow:
        response = uow.session.get(SurveyResponse, saved.id)
        assert response is not None and response.template_id == five.id
