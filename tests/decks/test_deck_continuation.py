"""A column that goes on after the one beside it has ended: its continuation slides use
the slide's whole width, in the first slide's columns, not only the left half."""

from __future__ import annotations

from dataclasses import replace

import pytest
from deck_pdf import flat, outside_the_margins, text, text_runs
from deck_samples import BRIEF, CAMPAIGN

from agencia.decks import DeckOptions, render_campaign
from agencia.decks import theme as t

SENTENCE = (
    "Objetivo {i}: aumentar la notoriedad de la marca entre el público joven de las grandes "
    "ciudades, con una campaña que hable su idioma y mida cada paso."
)
OBJECTIVES = "\n\n".join(SENTENCE.format(i=i) for i in range(24))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_objectives_continuation_slides_use_both_columns(lang: str) -> None:
    content = replace(CAMPAIGN, brief=dict(BRIEF, objectives=OBJECTIVES))
    pdf = render_campaign(content, DeckOptions(lang=lang))
    assert outside_the_margins(pdf) == []
    found = flat(text(pdf))
    for i in range(24):
        assert SENTENCE.format(i=i) in found
    title = "El reto y los objetivos (cont.)" if lang == "es" else "The challenge and objectives"
    pages = text_runs(pdf)
    cont = [
        runs
        for runs in pages
        if any(line.startswith(title) and "(cont.)" in line for *_, line in runs)
    ]
    assert cont, "the objectives continue"
    right = t.col_x(6)
    body = [[r for r in runs if r[3] == pytest.approx(t.BODY)] for runs in cont]
    # Every continuation slide but the last is full: text in its right column too, at
    # the first slide's column width.
    for runs in body[:-1]:
        assert any(x >= right - 1 for x, *_ in runs), "the right half is left empty"
        assert max(x + w for x, _y, w, _s, _l in runs) > t.PAGE_W / 2 + 100
    first = next(runs for runs in pages if any("Objetivo 0:" in r[4] for r in runs))
    left_w = max(w for x, _y, w, s, _l in first if x < right and s == pytest.approx(t.BODY))
    cont_left = [w for runs in body for x, _y, w, _s, _l in runs if x < right]
    assert max(cont_left) <= left_w + 1  # the same column width as the first slide's


def test_a_team_member_too_long_for_a_card_flows_as_text_not_left_out() -> None:
    """A card taller than a slide (what a person does here, at length) cannot be drawn:
    the team is set as text, continued as it needs, instead of leaving the team out."""
    from agencia.decks.content import Person

    part = "\n\n".join(SENTENCE.format(i=i) for i in range(14))
    team = (
        Person(name="Lucía Ferrández", role="Directora de cuentas", title="", part=part),
        Person(name="Jorge Ibáñez", role="Creativo", title="Redactor", part="Las ideas."),
    )
    content = replace(CAMPAIGN, team=team)
    pdf = render_campaign(content, DeckOptions())
    assert outside_the_margins(pdf) == []
    found = flat(text(pdf))
    for words in ("Lucía Ferrández", "Directora de cuentas", "Jorge Ibáñez", "Las ideas."):
        assert words in found
    for i in range(14):
        assert SENTENCE.format(i=i) in found
