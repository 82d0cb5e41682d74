"""Survey scales: odd, so that a client who is neither pleased nor displeased has a
middle point to say so (1–5 by default, 1–7 or 1–9 allowed), with words on the points.

Five words label a scale (Pésimo … Excelente, or Muy insatisfecho … Muy satisfecho): on
five points one word each; on seven the ends and the middle; on nine every other point.
A point is labelled where it falls exactly on one of the five words' places. Plain
Python: the form, the PDF questionnaire and the import read the same rule.
"""

from __future__ import annotations

from fractions import Fraction

from agencia.domain.satisfaction_enums import ScaleWording

DEFAULT_POINTS = 5
ALLOWED_POINTS = (5, 7, 9)

# The five words of each wording, lowest first: (Spanish, English).
WORDS: dict[ScaleWording, tuple[tuple[str, str], ...]] = {
    ScaleWording.QUALITY: (
        ("Pésimo", "Very poor"),
        ("Malo", "Poor"),
        ("Regular", "Fair"),
        ("Bueno", "Good"),
        ("Excelente", "Excellent"),
    ),
    ScaleWording.SATISFACTION: (
        ("Muy insatisfecho", "Very dissatisfied"),
        ("Insatisfecho", "Dissatisfied"),
        ("Ni satisfecho ni insatisfecho", "Neither satisfied nor dissatisfied"),
        ("Satisfecho", "Satisfied"),
        ("Muy satisfecho", "Very satisfied"),
    ),
}


def scale_problem(points: int) -> tuple[str, dict[str, int]] | None:
    """Why `points` cannot be a scale (a message code and its parameters), or None."""
    if points % 2 == 0:
        return ("survey.scale_even", {"points": points})
    if points not in ALLOWED_POINTS:
        return ("survey.scale_range", {"points": points})
    return None


def middle(points: int) -> int:
    """The neutral point of an odd scale."""
    return (points + 1) // 2


def point_words(points: int, wording: ScaleWording, lang: str = "es") -> tuple[str | None, ...]:
    """The word on each point 1..points (None where a point carries only its number)."""
    words = WORDS[wording]
    column = 1 if lang.startswith("en") else 0
    labelled: list[str | None] = []
    for point in range(1, points + 1):
        place = Fraction((point - 1) * (len(words) - 1), points - 1)
        labelled.append(words[int(place)][column] if place.denominator == 1 else None)
    return tuple(labelled)


def rescale(value: float, points: int, to: int) -> float:
    """`value` on a 1..points scale, read on a 1..to scale (the same place between ends):
    responses on different scales are compared on one."""
    if points == to:
        return value
    return 1 + (value - 1) * (to - 1) / (points - 1)
