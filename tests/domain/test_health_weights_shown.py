"""The health indicator as people read it: the weights as whole per cents that add up to
100, and why the band reads worse than a good figure (a low satisfaction)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from agencia.domain import account_health as ah
from agencia.domain.satisfaction_enums import HealthBand, HealthFactor

# satisfaction, trend, overdue tasks, last contact: 30/70, 15/70, 10/70, 15/70 — each
# rounded alone, 43 + 21 + 14 + 21 = 99
FINE_BUT_DISSATISFIED = ah.HealthInputs(
    satisfaction=2.8, falls={}, overdue_tasks=0, days_since_contact=3, contact_known=True
)


def test_the_weights_shown_add_up_to_100() -> None:
    health = ah.health(FINE_BUT_DISSATISFIED)
    assert sum(round(f.weight) for f in health.factors) == 99  # the defect, rounded alone
    whole = ah.whole_weights(health.factors)
    assert sum(whole) == 100
    assert whole == (43, 22, 14, 21)  # the largest remainders get the missing point


@given(st.sets(st.sampled_from(list(HealthFactor)), min_size=1))
def test_any_set_of_factors_adds_up_to_100(factors: set[HealthFactor]) -> None:
    parts = tuple(ah.FactorPart(f, 1.0, 100 * ah.WEIGHTS[f] / 7) for f in factors)
    whole = ah.whole_weights(parts)
    assert sum(whole) == 100
    total = sum(p.weight for p in parts)
    assert all(abs(w - 100 * p.weight / total) < 1 for w, p in zip(whole, parts, strict=True))


def test_a_low_satisfaction_under_a_good_figure_says_why() -> None:
    health = ah.health(FINE_BUT_DISSATISFIED)
    assert health.score is not None and health.score >= ah.HEALTHY_FROM
    assert health.band is HealthBand.WATCH
    assert health.held == ("health.held_by_satisfaction", {"score": 2.8, "below": 3.0})
    at_risk = ah.health(ah.HealthInputs(satisfaction=2.4, falls={}, overdue_tasks=0))
    assert at_risk.band is HealthBand.AT_RISK
    assert at_risk.held is not None and at_risk.held[1]["below"] == 2.5


def test_nothing_to_explain_when_the_figure_says_it_already() -> None:
    assert ah.health(ah.HealthInputs(satisfaction=2.8)).held is None  # 45: at risk anyway
    assert ah.health(ah.HealthInputs(satisfaction=4.5, falls={})).held is None
