"""The satisfaction report's «Puntuación y expectativa» chart says which bars are which:
a legend with the score's colour and the expectation's grey, in the report's language
(the bars had no key)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from reportlab.graphics.shapes import Rect, String
from test_hostile_names import report

from agencia.decks.fonts import register_fonts
from agencia.decks.satisfaction_report import _chart


@pytest.mark.parametrize(
    ("language", "words"), [("es", ("Puntuación", "Expectativa")), ("en", ("Score", "Expectation"))]
)
def test_the_chart_has_a_legend_in_the_report_s_language(
    language: str, words: tuple[str, str]
) -> None:
    register_fonts()  # as rendering the report does first
    drawing = _chart(replace(report("Café Madrid"), language=language))
    chart = next(s for s in drawing.contents if hasattr(s, "bars"))
    texts = [s.text for s in drawing.contents if isinstance(s, String)]
    swatches = [s.fillColor for s in drawing.contents if isinstance(s, Rect)]
    assert list(words) == [t for t in texts if t in words], texts
    assert chart.bars[0].fillColor in swatches and chart.bars[1].fillColor in swatches
