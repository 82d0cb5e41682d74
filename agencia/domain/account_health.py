"""The account health indicator: one figure per account, 0–100, from what the agency
knows of it, with the weights shown and the reasons written out.

It combines satisfaction (the latest score) and its trend (a dimension that fell since
the survey before), SLA compliance over the last 30 days, the approval cycle (days from
brief to the client's approval), overdue tasks and the days since the last contact.
A factor the agency cannot know — its area is not installed, or there is nothing to
measure yet — is left out and the others' weights are shared out again, so the figure
never pretends: the weights shown are the ones used.

Each factor gives a part between 0 (as bad as it gets) and 1 (nothing to worry about);
the figure is their weighted mean × 100; 70 and above is healthy, below 50 at
risk. Clients scoring below 2.5 of 5 put the account at risk whatever the figure
(below 3, at least on watch). Reasons are message codes with parameters
(`health.*`), worst first, so the window and the command line say them in their
language ("la satisfacción bajó 0,6 en Empatía; 3 incumplimientos de SLA en 30 días").
A band below «Sana» always has one: when no factor crossed its own line, the factor
that takes most from the figure is the reason (a neutral client reads 50).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from agencia.domain.satisfaction_enums import HealthBand, HealthFactor

WEIGHTS: dict[HealthFactor, int] = {
    HealthFactor.SATISFACTION: 30,
    HealthFactor.TREND: 15,
    HealthFactor.SLA: 20,
    HealthFactor.APPROVAL_CYCLE: 10,
    HealthFactor.OVERDUE_TASKS: 10,
    HealthFactor.LAST_CONTACT: 15,
}
HEALTHY_FROM = 70
WATCH_FROM = 50
FALL_NOTED = 0.3  # a dimension that fell this much (on 1–5) is a reason
FALL_WORST = 2.0  # a fall this deep leaves nothing of the trend's part
# Clients who score below these (on 1–5) put the account at risk, or at least on watch,
# however well the rest goes: a dissatisfied client is the risk the others only foretell.
AT_RISK_BELOW = 2.5
WATCH_BELOW = 3.0
CYCLE_TARGET_DAYS = 21
CYCLE_WORST_DAYS = 63
CONTACT_TARGET_DAYS = 14
CONTACT_NOTED_DAYS = 30
CONTACT_WORST_DAYS = 60
OVERDUE_WORST = 5

Reason = tuple[str, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class HealthInputs:
    """What is known of one account; None where a factor cannot be measured.

    `satisfaction` is on 1–5; `falls` maps a dimension to how much it fell since the
    survey before (positive numbers); `sla` is (met, measured, breaches) over 30 days.
    """

    satisfaction: float | None = None
    falls: dict[str, float] | None = None
    sla: tuple[int, int, int] | None = None
    approval_days: float | None = None
    overdue_tasks: int | None = None
    days_since_contact: int | None = None
    # the communications area is there to ask; an account it has no contact for at all is
    # left out (the agency may not log every account's contacts), not counted as silent
    contact_known: bool = False


@dataclass(frozen=True, slots=True)
class FactorPart:
    """One factor's part: its score (0–1) and the weight it carried (per cent)."""

    factor: HealthFactor
    part: float
    weight: float


@dataclass(frozen=True, slots=True)
class Health:
    """The indicator, its band, its factors and why."""

    score: int | None
    band: HealthBand | None
    factors: tuple[FactorPart, ...] = ()
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    # the rule that put the band below what the figure alone reads (a low satisfaction
    # outweighs a good figure), said so that a «78 · En observación» is not a puzzle
    held: Reason | None = None


def _linear(value: float, good: float, bad: float) -> float:
    """1 at or better than `good`, 0 at or worse than `bad`, straight between."""
    if value <= good:
        return 1.0
    if value >= bad:
        return 0.0
    return 1 - (value - good) / (bad - good)


def _parts(data: HealthInputs) -> tuple[dict[HealthFactor, float], list[tuple[float, Reason]]]:
    parts: dict[HealthFactor, float] = {}
    reasons: list[tuple[float, Reason]] = []  # (how bad, reason) to put the worst first
    if data.satisfaction is not None:
        parts[HealthFactor.SATISFACTION] = min(1.0, max(0.0, (data.satisfaction - 1) / 4))
        if data.satisfaction < 3:
            reasons.append(
                (
                    3 - data.satisfaction,
                    ("health.low_satisfaction", {"score": round(data.satisfaction, 1)}),
                )
            )
    if data.falls is not None:
        deepest = max(data.falls.values(), default=0.0)
        parts[HealthFactor.TREND] = _linear(deepest, 0.0, FALL_WORST)
        for dimension, fall in sorted(data.falls.items(), key=lambda kv: -kv[1]):
            if fall >= FALL_NOTED:
                reasons.append(
                    (fall, ("health.fell", {"dimension": dimension, "fall": round(fall, 1)}))
                )
    if data.sla is not None and data.sla[1] > 0:
        met, measured, breaches = data.sla
        parts[HealthFactor.SLA] = met / measured
        if breaches:
            reasons.append((breaches / 2, ("health.sla_breaches", {"n": breaches})))
    if data.approval_days is not None:
        parts[HealthFactor.APPROVAL_CYCLE] = _linear(
            data.approval_days, CYCLE_TARGET_DAYS, CYCLE_WORST_DAYS
        )
        if data.approval_days > CYCLE_TARGET_DAYS:
            reasons.append(
                (
                    data.approval_days / CYCLE_WORST_DAYS,
                    ("health.slow_approvals", {"days": round(data.approval_days)}),
                )
            )
    if data.overdue_tasks is not None:
        parts[HealthFactor.OVERDUE_TASKS] = _linear(data.overdue_tasks, 0, OVERDUE_WORST)
        if data.overdue_tasks:
            reasons.append(
                (data.overdue_tasks / 2, ("health.overdue_tasks", {"n": data.overdue_tasks}))
            )
    if data.contact_known and data.days_since_contact is not None:
        days = data.days_since_contact
        parts[HealthFactor.LAST_CONTACT] = _linear(days, CONTACT_TARGET_DAYS, CONTACT_WORST_DAYS)
        if days > CONTACT_NOTED_DAYS:
            reasons.append((days / CONTACT_WORST_DAYS, ("health.no_contact", {"days": days})))
    return parts, reasons


def health(data: HealthInputs) -> Health:
    """The indicator for one account (no score when nothing can be measured)."""
    parts, reasons = _parts(data)
    if not parts:
        return Health(None, None, (), (("health.nothing_known", {}),))
    total = sum(WEIGHTS[f] for f in parts)
    factors = tuple(
        FactorPart(f, parts[f], 100 * WEIGHTS[f] / total) for f in WEIGHTS if f in parts
    )
    score = round(sum(p.part * p.weight for p in factors))
    by_figure = (
        HealthBand.HEALTHY
        if score >= HEALTHY_FROM
        else HealthBand.WATCH
        if score >= WATCH_FROM
        else HealthBand.AT_RISK
    )
    band, below = by_figure, None
    if data.satisfaction is not None and data.satisfaction < AT_RISK_BELOW:
        band, below = HealthBand.AT_RISK, AT_RISK_BELOW
    elif (
        data.satisfaction is not None
        and data.satisfaction < WATCH_BELOW
        and by_figure is HealthBand.HEALTHY
    ):
        band, below = HealthBand.WATCH, WATCH_BELOW
    held: Reason | None = None
    if below is not None and band is not by_figure:
        assert data.satisfaction is not None
        held = (
            "health.held_by_satisfaction",
            {"score": round(data.satisfaction, 1), "below": below},
        )
    if band is not HealthBand.HEALTHY and not reasons:
        weakest = _weakest(data, parts)
        if weakest is not None:
            reasons.append((0.0, weakest))
    ordered = tuple(r for _, r in sorted(reasons, key=lambda br: -br[0]))
    return Health(score, band, factors, ordered, held)


def _weakest(data: HealthInputs, parts: dict[HealthFactor, float]) -> Reason | None:
    """Why a band below «Sana» when no factor crossed its own line: the one that takes
    most from the figure of those that fall short without a reason of their own — a
    middling satisfaction (3 of 5, the neutral point of any scale, reads 50) or a last
    contact 15 to 30 days ago. (A breach, a slow approval, a late task always say so;
    a trend that fell less than FALL_NOTED takes too little to lower the band alone.)"""
    lost: list[tuple[float, Reason]] = []
    if data.satisfaction is not None:
        lost.append(
            (
                (1 - parts[HealthFactor.SATISFACTION]) * WEIGHTS[HealthFactor.SATISFACTION],
                ("health.fair_satisfaction", {"score": round(data.satisfaction, 1)}),
            )
        )
    if HealthFactor.LAST_CONTACT in parts and data.days_since_contact is not None:
        lost.append(
            (
                (1 - parts[HealthFactor.LAST_CONTACT]) * WEIGHTS[HealthFactor.LAST_CONTACT],
                ("health.no_contact", {"days": data.days_since_contact}),
            )
        )
    return max(lost, key=lambda lr: lr[0])[1] if lost else None


def whole_weights(factors: Sequence[FactorPart]) -> tuple[int, ...]:
    """The factors' weights as whole per cents that add up to 100 (largest remainder):
    each rounded on its own, 42.9 + 21.4 + 14.3 + 21.4 read 99 %. Every place that shows
    the weights as per cents asks here."""
    if not factors:
        return ()
    total = sum(f.weight for f in factors)
    exact = [100 * f.weight / total for f in factors]
    whole = [math.floor(e) for e in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: (whole[i] - exact[i], i))
    for i in by_remainder[: 100 - sum(whole)]:
        whole[i] += 1
    return tuple(whole)


def falls(previous: dict[str, float], latest: dict[str, float]) -> dict[str, float]:
    """How much each dimension measured in both surveys fell (0 where it held or rose)."""
    return {d: max(0.0, previous[d] - latest[d]) for d in latest if d in previous}
