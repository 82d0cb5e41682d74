"""Survey scales, templates and scoring against figures computed by hand."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agencia.domain.messages import render
from agencia.domain.satisfaction_enums import ScaleWording
from agencia.domain.survey_scales import middle, point_words, rescale, scale_problem
from agencia.domain.survey_scoring import (
    Scored,
    dimensions,
    gap_verdict,
    quarter,
    questions,
    trend,
    weakest,
)
from agencia.domain.survey_templates import (
    DimensionDef,
    TemplateDef,
    eight_values,
    five_indicators,
    validate_template,
)

D1 = date(2026, 2, 10)
D2 = date(2026, 5, 3)


@pytest.mark.parametrize("points", [5, 7, 9])
def test_odd_scales_are_allowed(points: int) -> None:
    assert scale_problem(points) is None


@pytest.mark.parametrize("points", [2, 4, 6, 8, 10])
def test_an_even_scale_is_refused_with_the_reason(points: int) -> None:
    code, params = scale_problem(points) or ("", {})
    assert code == "survey.scale_even"
    assert "punto medio" in render(code, params, "es")
    assert "no middle point" in render(code, params, "en")


@pytest.mark.parametrize("points", [3, 11])
def test_odd_scales_outside_five_to_nine_are_refused(points: int) -> None:
    assert scale_problem(points) == ("survey.scale_range", {"points": points})


def test_five_points_carry_the_five_words() -> None:
    assert point_words(5, ScaleWording.QUALITY) == (
        "Pésimo",
        "Malo",
        "Regular",
        "Bueno",
        "Excelente",
    )
    assert point_words(5, ScaleWording.SATISFACTION, "en")[2] == (
        "Neither satisfied nor dissatisfied"
    )


def test_seven_and_nine_points_label_the_places_the_words_fall_on() -> None:
    assert point_words(7, ScaleWording.QUALITY) == (
        "Pésimo",
        None,
        None,
        "Regular",
        None,
        None,
        "Excelente",
    )
    nine = point_words(9, ScaleWording.SATISFACTION)
    assert nine[0] == "Muy insatisfecho" and nine[4].startswith("Ni ") and nine[1] is None
    assert nine[8] == "Muy satisfecho"


@given(st.sampled_from([5, 7, 9]), st.sampled_from([5, 7, 9]), st.data())
def test_rescaling_keeps_the_ends_and_the_middle(points: int, to: int, data: st.DataObject) -> None:
    assert rescale(1, points, to) == 1
    assert rescale(points, points, to) == to
    assert rescale(middle(points), points, to) == middle(to)
    value = data.draw(st.integers(1, points))
    assert 1 <= rescale(value, points, to) <= to


def test_the_shipped_templates_are_valid_and_name_their_indicators() -> None:
    five, eight = five_indicators(), eight_values("en")
    assert validate_template(five) == {} and validate_template(eight) == {}
    assert [d.key.value for d in five.dimensions if d.key] == [
        "tangibles",
        "fulfilment",
        "attitude",
        "skills",
        "empathy",
    ]
    assert [d.name for d in eight.dimensions] == [
        "Responsibility",
        "Competence",
        "Trust",
        "Understanding",
        "Access",
        "Courtesy",
        "Security",
        "Tangibility",
    ]


def test_a_template_is_refused_field_by_field() -> None:
    bad = TemplateDef(
        "",
        (DimensionDef("A", ()), DimensionDef("a", ("¿Q?",)), DimensionDef("B", ("",))),
        points=6,
    )
    errors = validate_template(bad)
    assert errors["name"][0] == "field.required"
    assert errors["points"][0] == "survey.scale_even"
    assert errors["dimension.1.questions"][0] == "survey.no_questions"
    assert errors["dimension.2"][0] == "survey.dimension_twice"
    assert errors["dimension.3.question.1"][0] == "field.required"
    assert validate_template(TemplateDef("X", ()))["dimensions"][0] == "survey.no_dimensions"


def _s(resp, dim, q, exp, per, imp=None, on=D1, points=5):  # type: ignore[no-untyped-def]
    return Scored(resp, on, dim, q, points, exp, per, imp)


# Two responses; the second leaves a question blank (incomplete).
FIXTURE = [
    _s(1, "Empatía", "q1", 5, 3, imp=5),
    _s(1, "Empatía", "q2", 4, 4, imp=5),
    _s(1, "Tangibles", "q3", 3, 4, imp=1),
    _s(2, "Empatía", "q1", 4, 2, imp=3),
    _s(2, "Empatía", "q2", None, 3, imp=3),  # perceived only: no gap
    _s(2, "Tangibles", "q3", 4, None),  # expected only: no score, no gap
]


def test_scores_gaps_and_weighted_gaps_match_the_hand_computation() -> None:
    by = {r.dimension: r for r in dimensions(FIXTURE, 5)}
    empathy, tangibles = by["Empatía"], by["Tangibles"]
    # perceived 3, 4, 2, 3 → 3.0; expected 5, 4, 4 → 13/3
    assert empathy.score == pytest.approx(3.0)
    assert empathy.expectation == pytest.approx(13 / 3)
    # gaps: 3-5=-2, 4-4=0, 2-4=-2 → -4/3
    assert empathy.gap == pytest.approx(-4 / 3)
    # weighted: -2×5/5, 0×5/5, -2×3/5 → (-2 + 0 - 1.2) / 3
    assert empathy.weighted_gap == pytest.approx(-3.2 / 3)
    assert empathy.distribution == (0, 1, 2, 1, 0)
    assert (empathy.responses, empathy.answers) == (2, 4)
    # tangibles: one perceived 4; expected 3, 4; one gap +1 weighted 1×1/5
    assert tangibles.score == 4 and tangibles.expectation == 3.5
    assert tangibles.gap == 1 and tangibles.weighted_gap == pytest.approx(0.2)
    assert tangibles.responses == 1


def test_no_importance_counts_at_the_middle_point() -> None:
    [result] = dimensions([_s(1, "X", "q", 5, 1)], 5)
    assert result.weighted_gap == pytest.approx(-4 * 3 / 5)


def test_question_gaps() -> None:
    by = {(r.dimension, r.question): r for r in questions(FIXTURE, 5)}
    assert by[("Empatía", "q1")].gap == pytest.approx(-2)
    assert by[("Empatía", "q2")].gap == 0 and by[("Empatía", "q2")].answers == 2
    assert by[("Tangibles", "q3")].score == 4


def test_answers_on_other_scales_are_read_on_one() -> None:
    [result] = dimensions([_s(1, "X", "q", 7, 4, points=7), _s(2, "X", "q", 5, 5)], 5)
    # 7 on 1–7 is 5 on 1–5; 4 on 1–7 is 3 → perceived (3 + 5) / 2
    assert result.score == pytest.approx(4.0)
    assert result.gap == pytest.approx((-2 + 0) / 2)


def test_the_trend_is_per_quarter() -> None:
    answers = [
        _s(1, "X", "q", None, 4, on=D1),
        _s(2, "X", "q", None, 2, on=D1),
        _s(3, "X", "q", None, 5, on=D2),
    ]
    points = trend(answers, 5)
    assert [(p.period, p.score, p.responses) for p in points] == [
        (date(2026, 1, 1), 3.0, 2),
        (date(2026, 4, 1), 5.0, 1),
    ]
    assert quarter(date(2026, 12, 31)) == date(2026, 10, 1)


def test_the_weakest_dimensions_come_worst_first() -> None:
    results = dimensions(FIXTURE, 5)
    assert [r.dimension for r in weakest(results, 5)] == ["Empatía"]
    low = dimensions([_s(1, "Low", "q", None, 2), _s(1, "Fine", "q", 3, 3)], 5)
    assert [r.dimension for r in weakest(low, 5)] == ["Low"]


@pytest.mark.parametrize(
    ("opened", "latest", "verdict"),
    [
        (-1.5, None, None),
        (-1.5, 0.2, "closed"),
        (-1.5, -0.8, "narrowed"),
        (-1.5, -1.55, "unchanged"),
        (-1.5, -2.0, "widened"),
    ],
)
def test_the_next_survey_says_whether_the_gap_closed(opened, latest, verdict) -> None:  # type: ignore[no-untyped-def]
    assert gap_verdict(opened, latest) == verdict


answer = st.builds(
    Scored,
    st.integers(1, 5),
    st.just(D1),
    st.sampled_from(["A", "B"]),
    st.sampled_from(["q1", "q2"]),
    st.just(5),
    st.none() | st.integers(1, 5),
    st.none() | st.integers(1, 5),
    st.none() | st.integers(1, 5),
)


@given(st.lists(answer, max_size=30))
def test_results_stay_on_the_scale_and_count_only_what_was_answered(answers) -> None:  # type: ignore[no-untyped-def]
    for r in dimensions(answers, 5):
        mine = [a for a in answers if a.dimension == r.dimension]
        assert r.answers == sum(1 for a in mine if a.perceived is not None) == sum(r.distribution)
        if r.score is not None:
            assert 1 <= r.score <= 5
        if r.gap is not None:
            assert -4 <= r.gap <= 4
            assert (
                abs(r.weighted_gap or 0)
                <= abs(
                    max(
                        (
                            abs((a.perceived or 0) - (a.expected or 0))
                            for a in mine
                            if a.perceived is not None and a.expected is not None
                        ),
                        default=0,
                    )
                )
                + 1e-9
            )
        else:
            assert r.weighted_gap is None
