"""Scoring survey answers: means, distributions, gaps and trends per dimension.

Plain data in (one `Scored` per answered question), plain results out; the service reads
the rows, the tests compute the same figures by hand.

- A dimension's *score* is the mean of what clients perceived, its *expectation* the mean
  of what they expected; the *gap* is the mean of (perceived − expected) over the answers
  that hold both (negative: the agency fell short).
- The *weighted gap* weighs each answer's gap by how important the dimension is to that
  client, as a share of the scale's top: gap × importance / points. A client who said
  nothing of importance counts at the scale's middle point. A gap of −2 on what matters
  most (5 of 5) weighs −2; on what matters little (1 of 5), −0.4.
- Only the questions answered count: an incomplete response adds what it holds and the
  results say how many responses were incomplete.
- Answers on different scales are read on one (`survey_scales.rescale`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from agencia.domain.survey_scales import middle, rescale

# A dimension whose gap is at or below this, or whose score is below the scale's middle,
# is weak: it becomes a candidate improvement action.
WEAK_GAP = -0.5
# How far a later gap must move from the one an action opened with to count as moved.
MOVED = 0.1


@dataclass(frozen=True, slots=True)
class Scored:
    """One answered question of one response."""

    response: int
    on: date
    dimension: str
    question: str
    points: int
    expected: int | None = None
    perceived: int | None = None
    importance: int | None = None  # of the dimension, to this client


@dataclass(frozen=True, slots=True)
class DimensionResult:
    """What the answers say of one dimension."""

    dimension: str
    score: float | None
    expectation: float | None
    gap: float | None
    weighted_gap: float | None
    distribution: tuple[int, ...]  # perceived answers on each point, 1..points
    responses: int
    answers: int


@dataclass(frozen=True, slots=True)
class QuestionResult:
    """What the answers say of one question."""

    dimension: str
    question: str
    score: float | None
    expectation: float | None
    gap: float | None
    answers: int


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """A dimension's score in one quarter."""

    period: date  # the quarter's first day
    dimension: str
    score: float
    responses: int


def _on(answer: Scored, value: int | None, points: int) -> float | None:
    return None if value is None else rescale(value, answer.points, points)


def _importance(answer: Scored, points: int) -> float:
    raw = answer.importance if answer.importance is not None else middle(answer.points)
    return rescale(raw, answer.points, points)


def _mean(values: Sequence[float]) -> float | None:
    return fmean(values) if values else None


def dimensions(answers: Iterable[Scored], points: int) -> list[DimensionResult]:
    """Per dimension, in the order first met: score, expectation, gaps, distribution."""
    by: dict[str, list[Scored]] = defaultdict(list)
    for a in answers:
        by[a.dimension].append(a)
    out: list[DimensionResult] = []
    for name, group in by.items():
        perceived = [p for a in group if (p := _on(a, a.perceived, points)) is not None]
        expected = [e for a in group if (e := _on(a, a.expected, points)) is not None]
        gaps: list[float] = []
        weighted: list[float] = []
        for a in group:
            p, e = _on(a, a.perceived, points), _on(a, a.expected, points)
            if p is not None and e is not None:
                gaps.append(p - e)
                weighted.append((p - e) * _importance(a, points) / points)
        counts = [0] * points
        for p in perceived:
            counts[min(points, max(1, round(p))) - 1] += 1
        out.append(
            DimensionResult(
                dimension=name,
                score=_mean(perceived),
                expectation=_mean(expected),
                gap=_mean(gaps),
                weighted_gap=_mean(weighted),
                distribution=tuple(counts),
                responses=len({a.response for a in group if a.perceived is not None}),
                answers=len(perceived),
            )
        )
    return out


def questions(answers: Iterable[Scored], points: int) -> list[QuestionResult]:
    """Per question: score, expectation and gap."""
    by: dict[tuple[str, str], list[Scored]] = defaultdict(list)
    for a in answers:
        by[(a.dimension, a.question)].append(a)
    out = []
    for (dimension, question), group in by.items():
        perceived = [p for a in group if (p := _on(a, a.perceived, points)) is not None]
        expected = [e for a in group if (e := _on(a, a.expected, points)) is not None]
        gaps = [
            p - e
            for a in group
            if (p := _on(a, a.perceived, points)) is not None
            and (e := _on(a, a.expected, points)) is not None
        ]
        out.append(
            QuestionResult(
                dimension,
                question,
                _mean(perceived),
                _mean(expected),
                _mean(gaps),
                len(perceived),
            )
        )
    return out


def quarter(day: date) -> date:
    """The first day of `day`'s quarter."""
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def trend(answers: Iterable[Scored], points: int) -> list[TrendPoint]:
    """Each dimension's score per quarter, oldest first."""
    by: dict[tuple[date, str], list[Scored]] = defaultdict(list)
    for a in answers:
        if a.perceived is not None:
            by[(quarter(a.on), a.dimension)].append(a)
    return [
        TrendPoint(
            period,
            dimension,
            fmean(rescale(a.perceived or 0, a.points, points) for a in group),
            len({a.response for a in group}),
        )
        for (period, dimension), group in sorted(by.items())
    ]


def weakest(results: Iterable[DimensionResult], points: int) -> list[DimensionResult]:
    """The weak dimensions, the worst first: a gap at or below `WEAK_GAP`, or a score
    below the scale's middle. Ordered by weighted gap (what matters most and falls
    shortest), then by score."""
    weak = [
        r
        for r in results
        if (r.gap is not None and r.gap <= WEAK_GAP)
        or (r.score is not None and r.score < middle(points))
    ]
    return sorted(
        weak,
        key=lambda r: (
            r.weighted_gap if r.weighted_gap is not None else 0.0,
            r.score if r.score is not None else float(points),
        ),
    )


def gap_verdict(opened_with: float, latest: float | None) -> str | None:
    """What the next survey says of a gap an action set out to close: `closed` (clients
    now get at least what they expect), `narrowed`, `unchanged` or `widened`; None
    before any later answer."""
    if latest is None:
        return None
    if latest >= 0:
        return "closed"
    if latest > opened_with + MOVED:
        return "narrowed"
    if latest < opened_with - MOVED:
        return "widened"
    return "unchanged"


def completeness(answered: int, total: int) -> tuple[int, int, bool]:
    """(answered, total, complete): a response is complete when every question of its
    template holds what the client perceived."""
    return answered, total, answered >= total
