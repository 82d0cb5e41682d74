"""Scoring from counted answers: `survey_scoring`'s figures, from how many answers hold
each combination of values instead of from every answer one by one.

A whole agency's results read some 200,000 answers. The database counts them per
combination of dimension, question, scale, quarter, expected, perceived and importance
(a few thousand combinations) and these functions turn the counts into the very figures
`survey_scoring` computes from the answers — the same floats, bit for bit, not close
ones: each value is computed as `survey_scoring` computes it (rescaled, the gap, the gap
weighed by importance), and a mean is the exact sum of the values, counted, rounded
once and divided by how many there are, which is what `statistics.fmean` does (its
`math.fsum` is correctly rounded). `tally` counts a list of answers the same way, so the
tests hold both paths to one result.

What counts cannot say is carried beside them: how many responses hold a perceived
answer in each dimension (and each quarter), and the order the dimensions and questions
were first met in the answers (date, response, dimension, question), which is the order
the results list them in.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from agencia.domain.survey_scales import DEFAULT_POINTS, middle, rescale
from agencia.domain.survey_scoring import (
    DimensionResult,
    QuestionResult,
    Scored,
    TrendPoint,
    quarter,
)


@dataclass(frozen=True, slots=True)
class Combination:
    """One combination of values and how many answers hold it."""

    dimension: str
    question: str
    points: int  # the scale the answers were given on
    period: date  # the quarter's first day
    expected: int | None
    perceived: int | None
    importance: int | None  # of the dimension, to the client
    answers: int


@dataclass(frozen=True, slots=True)
class Tally:
    """The answers of a scope, counted."""

    combinations: tuple[Combination, ...]
    dimensions: tuple[str, ...]  # in the order first met
    questions: tuple[tuple[str, str], ...]  # (dimension, question), in the order first met
    # responses holding at least one perceived answer in a dimension, and in a quarter
    responses: Mapping[str, int]
    period_responses: Mapping[tuple[date, str], int]


def tally(answers: Iterable[Scored]) -> Tally:
    """The answers (in the order they were given) counted."""
    counts: Counter[tuple[str, str, int, date, int | None, int | None, int | None]] = Counter()
    dimensions: dict[str, None] = {}
    questions: dict[tuple[str, str], None] = {}
    responses: dict[str, set[int]] = defaultdict(set)
    period_responses: dict[tuple[date, str], set[int]] = defaultdict(set)
    for a in answers:
        period = quarter(a.on)
        counts[
            (a.dimension, a.question, a.points, period, a.expected, a.perceived, a.importance)
        ] += 1
        dimensions.setdefault(a.dimension)
        questions.setdefault((a.dimension, a.question))
        if a.perceived is not None:
            responses[a.dimension].add(a.response)
            period_responses[(period, a.dimension)].add(a.response)
    return Tally(
        combinations=tuple(Combination(*key, n) for key, n in counts.items()),
        dimensions=tuple(dimensions),
        questions=tuple(questions),
        responses={d: len(r) for d, r in responses.items()},
        period_responses={k: len(r) for k, r in period_responses.items()},
    )


def common_points(counted: Tally) -> int:
    """`results.common_points`: the answers' own scale when they share one, else 1–5."""
    scales = {c.points for c in counted.combinations}
    return next(iter(scales)) if len(scales) == 1 else DEFAULT_POINTS


def _on(value: int | None, scale: int, points: int) -> float | None:
    return None if value is None else rescale(value, scale, points)


def _importance(c: Combination, points: int) -> float:
    raw = c.importance if c.importance is not None else middle(c.points)
    return rescale(raw, c.points, points)


class _Mean:
    """A mean as `statistics.fmean` takes it: the exact sum of the values, rounded once,
    divided by their count. Values are counted per value (a few dozen distinct ones);
    whole numbers are summed as integers, the others as fractions, once each."""

    __slots__ = ("count", "values")

    def __init__(self) -> None:
        self.count = 0
        self.values: dict[float, int] = {}

    def add(self, value: float, count: int) -> None:
        self.count += count
        self.values[value] = self.values.get(value, 0) + count

    def value(self) -> float | None:
        return self.score() if self.count else None

    def score(self) -> float:
        """The mean of at least one value."""
        whole = 0
        exact = Fraction(0)
        for value, count in self.values.items():
            if type(value) is int:
                whole += value * count
            else:
                exact += Fraction(value) * count
        total = float(exact + whole) if exact else float(whole)
        return total / self.count


class _Figures:
    """What one dimension's (or question's) answers add up to."""

    __slots__ = ("counts", "expected", "gap", "perceived", "weighted")

    def __init__(self, points: int) -> None:
        self.perceived = _Mean()
        self.expected = _Mean()
        self.gap = _Mean()
        self.weighted = _Mean()
        self.counts = [0] * points

    def add(self, c: Combination, points: int) -> None:
        p, e = _on(c.perceived, c.points, points), _on(c.expected, c.points, points)
        if p is not None:
            self.perceived.add(p, c.answers)
            self.counts[min(points, max(1, round(p))) - 1] += c.answers
        if e is not None:
            self.expected.add(e, c.answers)
        if p is not None and e is not None:
            self.gap.add(p - e, c.answers)
            self.weighted.add((p - e) * _importance(c, points) / points, c.answers)


def dimensions(counted: Tally, points: int) -> list[DimensionResult]:
    """`survey_scoring.dimensions` of the counted answers."""
    figures = {name: _Figures(points) for name in counted.dimensions}
    for c in counted.combinations:
        figures[c.dimension].add(c, points)
    return [
        DimensionResult(
            dimension=name,
            score=f.perceived.value(),
            expectation=f.expected.value(),
            gap=f.gap.value(),
            weighted_gap=f.weighted.value(),
            distribution=tuple(f.counts),
            responses=counted.responses.get(name, 0),
            answers=f.perceived.count,
        )
        for name, f in figures.items()
    ]


def questions(counted: Tally, points: int) -> list[QuestionResult]:
    """`survey_scoring.questions` of the counted answers."""
    figures = {key: _Figures(points) for key in counted.questions}
    for c in counted.combinations:
        figures[(c.dimension, c.question)].add(c, points)
    return [
        QuestionResult(
            dimension,
            question,
            f.perceived.value(),
            f.expected.value(),
            f.gap.value(),
            f.perceived.count,
        )
        for (dimension, question), f in figures.items()
    ]


def trend(counted: Tally, points: int) -> list[TrendPoint]:
    """`survey_scoring.trend` of the counted answers."""
    means: dict[tuple[date, str], _Mean] = defaultdict(_Mean)
    for c in counted.combinations:
        if c.perceived is not None:
            means[(c.period, c.dimension)].add(rescale(c.perceived, c.points, points), c.answers)
    return [
        TrendPoint(period, dimension, mean.score(), counted.period_responses[(period, dimension)])
        for (period, dimension), mean in sorted(means.items())
    ]
