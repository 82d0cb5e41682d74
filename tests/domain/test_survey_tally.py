"""Scoring from counted answers gives `survey_scoring`'s figures exactly: the same floats,
compared with ==, for answers on one scale and on several, complete and not, with and
without importance, over several quarters."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from agencia.domain import survey_tally
from agencia.domain.survey_scoring import Scored, dimensions, questions, trend
from agencia.domain.survey_tally import Combination, Tally, common_points, tally


def _scored(points: int) -> st.SearchStrategy[Scored]:
    value = st.none() | st.integers(1, points)
    return st.builds(
        Scored,
        st.integers(1, 12),
        st.sampled_from(
            [date(2025, 12, 30), date(2026, 1, 2), date(2026, 2, 10), date(2026, 7, 1)]
        ),
        st.sampled_from(["Empatía", "Tangibles", "Trust"]),
        st.sampled_from(["q1", "q2", "q3"]),
        st.just(points),
        value,
        value,
        value,
    )


answers = st.lists(_scored(5) | _scored(7) | _scored(9), max_size=60)


def _same(answers: list[Scored]) -> None:
    counted = tally(answers)
    points = common_points(counted)
    scales = {a.points for a in answers}
    assert points == (next(iter(scales)) if len(scales) == 1 else 5)
    assert survey_tally.dimensions(counted, points) == dimensions(answers, points)
    assert survey_tally.questions(counted, points) == questions(answers, points)
    assert survey_tally.trend(counted, points) == trend(answers, points)


@settings(max_examples=300)
@given(answers)
def test_counted_answers_score_exactly_as_the_answers(answers: list[Scored]) -> None:
    _same(answers)


@given(st.lists(_scored(5), min_size=1, max_size=60))
def test_on_one_scale_too(answers: list[Scored]) -> None:
    _same(answers)


def test_a_mean_is_rounded_once_as_fmean_rounds_it() -> None:
    """Thousands of −2 × 3 / 5 (−1.2, not exact in binary) summed one by one drift from
    their exact sum; fmean's fsum does not, nor do the counts."""
    many = [Scored(i, date(2026, 1, 5), "X", "q", 5, 5, 3, 3) for i in range(3001)]
    many.append(Scored(9999, date(2026, 1, 5), "X", "q", 7, 6, 1, 2))
    counted = tally(many)
    assert survey_tally.dimensions(counted, 5) == dimensions(many, 5)


def test_counts_merge_however_they_are_split() -> None:
    """The database may count one combination in several rows (one per template
    revision): the figures are the same."""
    one = Combination("X", "q", 5, date(2026, 1, 1), 4, 2, 5, 3)
    split = (one, Combination("X", "q", 5, date(2026, 1, 1), 4, 2, 5, 0))
    whole = Tally((one,), ("X",), (("X", "q"),), {"X": 3}, {(date(2026, 1, 1), "X"): 3})
    parts = Tally(split, ("X",), (("X", "q"),), {"X": 3}, {(date(2026, 1, 1), "X"): 3})
    assert survey_tally.dimensions(parts, 5) == survey_tally.dimensions(whole, 5)
    assert survey_tally.trend(parts, 5) == survey_tally.trend(whole, 5)
