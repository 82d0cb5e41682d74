"""The account health indicator: weights, bands and the reasons written out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agencia.domain.account_health import WEIGHTS, HealthInputs, falls, health
from agencia.domain.messages import render
from agencia.domain.satisfaction_enums import HealthBand, HealthFactor


def test_nothing_known_gives_no_score() -> None:
    result = health(HealthInputs())
    assert result.score is None and result.band is None
    assert result.reasons == (("health.nothing_known", {}),)


def test_the_weights_of_what_is_missing_are_shared_out() -> None:
    result = health(HealthInputs(satisfaction=5.0, falls={}))
    weights = {f.factor: f.weight for f in result.factors}
    assert weights == pytest.approx(
        {HealthFactor.SATISFACTION: 200 / 3, HealthFactor.TREND: 100 / 3}
    )
    assert result.score == 100 and result.band is HealthBand.HEALTHY


def test_the_reasons_are_written_out_worst_first() -> None:
    result = health(
        HealthInputs(
            satisfaction=3.4,
            falls={"Empatía": 0.6, "Tangibles": 0.1},
            sla=(7, 10, 3),
            overdue_tasks=0,
            contact_known=True,
            days_since_contact=10,
        )
    )
    said = [render(code, params, "en") for code, params in result.reasons]
    assert said == ["3 SLA breaches in 30 days", "satisfaction fell 0.6 in Empatía"]
    # hand computation: parts 0.6 (sat), 0.7 (trend: 1 - 0.6/2), 0.7 (sla), 1, 1
    total = 30 + 15 + 20 + 10 + 15
    expected = (0.6 * 30 + 0.7 * 15 + 0.7 * 20 + 1 * 10 + 1 * 15) / total * 100
    assert result.score == round(expected)
    assert round(expected) == 75 and result.band is HealthBand.HEALTHY


def test_two_accounts_at_risk_for_different_reasons() -> None:
    fell = health(HealthInputs(satisfaction=2.5, falls={"Empatía": 1.6}))
    silent = health(
        HealthInputs(
            satisfaction=3.6,
            sla=(2, 5, 3),
            contact_known=True,
            days_since_contact=75,
            overdue_tasks=6,
        )
    )
    assert fell.band is silent.band is HealthBand.AT_RISK
    assert {c for c, _ in fell.reasons} == {"health.fell", "health.low_satisfaction"}
    assert {c for c, _ in silent.reasons} == {
        "health.sla_breaches",
        "health.no_contact",
        "health.overdue_tasks",
    }
    assert render(*silent.reasons[0], "es") in {
        "3 incumplimientos de SLA en 30 días",
        "75 días sin contacto",
        "6 tareas vencidas",
    }


def test_a_dissatisfied_client_puts_the_account_at_risk_whatever_the_rest() -> None:
    everything_fine = {"sla": (10, 10, 0), "overdue_tasks": 0, "approval_days": 10.0}
    low = health(HealthInputs(satisfaction=2.0, falls={}, **everything_fine))  # type: ignore[arg-type]
    middling = health(HealthInputs(satisfaction=2.8, falls={}, **everything_fine))  # type: ignore[arg-type]
    assert low.score is not None and low.score >= 50 and low.band is HealthBand.AT_RISK
    assert middling.score is not None and middling.score >= 70
    assert middling.band is HealthBand.WATCH
    assert low.reasons == (("health.low_satisfaction", {"score": 2.0}),)


def test_an_account_never_contacted_leaves_the_factor_out() -> None:
    result = health(HealthInputs(satisfaction=5.0, contact_known=True))
    assert result.reasons == () and result.score == 100
    assert [f.factor for f in result.factors] == [HealthFactor.SATISFACTION]


def test_falls_compare_dimensions_measured_twice() -> None:
    assert falls({"A": 4.0, "B": 3.0}, {"A": 3.4, "B": 3.5, "C": 1.0}) == pytest.approx(
        {"A": 0.6, "B": 0.0}
    )


@given(
    st.none() | st.floats(1, 5),
    st.none() | st.dictionaries(st.sampled_from("ABC"), st.floats(0, 4), max_size=3),
    st.none() | st.tuples(st.integers(0, 10), st.integers(1, 10), st.integers(0, 10)),
    st.none() | st.floats(0, 200),
    st.none() | st.integers(0, 50),
    st.none() | st.integers(0, 400),
    st.booleans(),
)
def test_the_score_is_0_to_100_and_its_weights_add_up(
    s, f, sla, days, overdue, contact, known
) -> None:  # type: ignore[no-untyped-def]
    if sla is not None:
        sla = (min(sla[0], sla[1]), sla[1], sla[2])
    result = health(HealthInputs(s, f, sla, days, overdue, contact, known))
    if result.score is not None:
        assert 0 <= result.score <= 100
        assert sum(p.weight for p in result.factors) == pytest.approx(100)
        assert {p.factor for p in result.factors} <= set(WEIGHTS)
