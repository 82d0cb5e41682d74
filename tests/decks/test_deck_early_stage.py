"""A campaign just opened (brief status, no brief text or a line or two, no plan, perhaps
a budget) makes a thin deck that still reads well: no slide under the fill threshold the
demo decks are held to (test_deck_fill.MIN_FILL), no part divider announcing a single
slide, and a lone budget and a brief of a line or two said on the cover instead of a
slide with one box or one line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from deck_demo import TODAY, Demo
from deck_pdf import page_texts
from test_deck_fill import MIN_FILL

from agencia.decks import DeckOptions, render_campaign
from agencia.decks.campaign import SHORT_DECK, lay_out_campaign
from agencia.decks.content import CampaignContent
from agencia.domain.actor import SYSTEM
from agencia.services.decks.campaign_content import campaign_content

BRIEFS = {
    "nothing": {},
    "objectives": {"objectives": "Que se conozca la marca en Madrid."},
    "two": {
        "objectives": "Que se conozca la marca en Madrid.",
        "target_audience": "Familias jóvenes.",
    },
    "message": {"key_message": "Madrid se disfruta en familia."},  # the strategy's slide
}


def _early(
    demo: Demo, lang: str, brief: dict[str, str], budget: int, dated: bool = False
) -> CampaignContent:
    """A demo campaign's content as on the day it was opened."""
    c = campaign_content(demo.db, SYSTEM, demo.campaigns[0].id, lang=lang, today=TODAY)
    return replace(
        c,
        brief=dict(brief),
        brief_budget=None,
        approach="",
        proposal_summary="",
        plan=(),
        milestones=(),
        work=(),
        decisions=(),
        next_steps=(),
        results=(),
        results_story="",
        key_visual=None,
        budget=Decimal(budget),
        starts=date(2026, 3, 2) if dated else None,
        deadline=date(2026, 5, 29) if dated else None,
    )


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("brief", list(BRIEFS))
@pytest.mark.parametrize("budget", [0, 30000])
@pytest.mark.parametrize("dated", [False, True])
def test_an_early_stage_deck_has_no_near_empty_slide_nor_lone_divider(
    demo: Demo, lang: str, brief: str, budget: int, dated: bool
) -> None:
    content = _early(demo, lang, BRIEFS[brief], budget, dated)
    deck = lay_out_campaign(content, DeckOptions(lang=lang))
    fills = [s.fill for s in deck.slides]
    low = [(n, round(f, 2)) for n, f in enumerate(fills, 1) if f is not None and f < MIN_FILL]
    assert low == [], fills
    shown = [f for f in fills if f is not None]
    assert shown, fills  # the team at least
    frames = [n for n, f in enumerate(fills) if f is None]
    if len(shown) <= SHORT_DECK:  # only the cover and the closing slide frame it
        assert frames == [0, len(fills) - 1], fills
    for n in frames[1:-1]:  # a divider is followed by more than one slide
        after = fills[n + 1 :]
        run = next((i for i, f in enumerate(after) if f is None), len(after))
        assert run > 1, fills
    pages = page_texts(render_campaign(content, DeckOptions(lang=lang)))
    word = "Presupuesto" if lang == "es" else "Budget"
    money = "30.000" if lang == "es" else "30,000"
    if budget:  # said once, on the cover
        assert [i for i, p in enumerate(pages) if money in p] == [0], pages
        assert word in pages[0]
    else:
        assert not any(money in p for p in pages)
    if dated:  # the campaign's one bar is its dates on the cover
        assert ("2 mar 2026" if lang == "es" else "2 Mar 2026") in pages[0], pages[0]
    for answer in BRIEFS[brief].values():  # the brief's answers: once, on the cover
        assert [i for i, p in enumerate(pages) if answer in p] == [0], pages


def test_a_brief_with_more_to_say_keeps_its_slide(demo: Demo) -> None:
    """Answers longer than two lines, or more than the cover takes, stay on their slide:
    the cover never grows into a page of text."""
    long = "Que se conozca la marca entre las familias jóvenes de Madrid. " * 3
    lines = "Notoriedad +10 puntos.\nPrueba del 15 %.\nRecompra del 5 %."
    for brief in ({"objectives": long}, {"kpis": lines}):
        content = _early(demo, "es", brief, 30000)
        pages = page_texts(render_campaign(content, DeckOptions(lang="es")))
        first = next(iter(brief.values())).split("\n")[0][:40]
        assert first not in pages[0] and any(first in p for p in pages[1:-1]), pages


def test_a_budget_with_a_plan_keeps_its_chart_slide(demo: Demo) -> None:
    """The cover takes only a lone number: a campaign with a media plan keeps its budget
    chart and its cover says nothing of money (the demo decks are unchanged)."""
    for c in demo.campaigns:
        content = campaign_content(demo.db, SYSTEM, c.id, lang="en", today=TODAY)
        if content.plan:
            pages = page_texts(render_campaign(content, DeckOptions(lang="en")))
            assert "Budget" not in pages[0]
            assert any(p.lstrip().startswith("Budget") for p in pages[1:]), c.name
            return
    pytest.fail("no demo campaign has a media plan")
