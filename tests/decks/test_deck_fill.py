"""No slide of any demo deck is nearly empty: its content's area over the area under its
title, measured from the layout (Slide.fill), for the credentials (the agency's own and
prepared for each demo client with a campaign) and every demo campaign's deck, in Spanish
and English.

MIN_FILL is 0.38: just under the tightest slide the demo lays out on purpose (a completed
campaign's team of four cards, 0.39) and above the old "who we are" slide, a paragraph
beside the tagline (0.30 in English, 0.33 in Spanish), which it fails.
"""

from __future__ import annotations

import pytest
from deck_demo import TODAY, Demo

from agencia.decks import DeckOptions, agency_fills, slide_fills
from agencia.decks.build import make_ctx
from agencia.decks.content import CredentialsContent
from agencia.decks.credentials import _about, about
from agencia.decks.slides import Ctx
from agencia.domain.actor import SYSTEM
from agencia.services.decks.campaign_content import campaign_content
from agencia.services.decks.credentials_content import agency_content

MIN_FILL = 0.38


def _low(fills: list[float | None]) -> list[tuple[int, float]]:
    return [(n, round(f, 2)) for n, f in enumerate(fills, 1) if f is not None and f < MIN_FILL]


def test_no_slide_of_the_demo_credentials_is_nearly_empty(demo: Demo) -> None:
    low = []
    for account in (None, *sorted({c.account_id for c in demo.campaigns})):
        for lang in ("es", "en"):
            content = agency_content(
                demo.db, SYSTEM, for_account_id=account, lang=lang, today=TODAY
            )
            fills = agency_fills(content, DeckOptions(lang=lang))
            assert len([f for f in fills if f is not None]) >= 5, (account, lang)
            low += [(account, lang, n, f) for n, f in _low(fills)]
    assert low == []


def test_no_slide_of_a_demo_campaign_deck_is_nearly_empty(demo: Demo) -> None:
    low = []
    for c in demo.campaigns:
        for lang in ("es", "en"):
            content = campaign_content(demo.db, SYSTEM, c.id, lang=lang, today=TODAY)
            fills = slide_fills(content, DeckOptions(lang=lang))
            low += [(c.name, lang, n, f) for n, f in _low(fills)]
    assert low == []


def _ctx(content: CredentialsContent, lang: str) -> Ctx:
    a = content.agency
    return make_ctx(
        a, lang=lang, locale=a.locale, currency=a.currency, client="", version="", made_on=TODAY
    )


def test_who_we_are_shows_the_agency_in_figures_and_alone_would_be_too_empty(
    demo: Demo,
) -> None:
    """The slide that had been a third full: the about text and the tagline over the
    agency's counts; the same text without them is under the threshold (so the check
    can fail)."""
    for lang in ("es", "en"):
        content = agency_content(demo.db, SYSTEM, lang=lang, today=TODAY)
        ctx = _ctx(content, lang)
        (slide,) = about(ctx, content)
        assert (slide.fill or 0) >= 0.5, (lang, slide.fill)
        bare = CredentialsContent(agency=content.agency, made_on=TODAY)  # nothing to count
        (alone,) = about(ctx, bare)
        assert (alone.fill or 0) < MIN_FILL, (lang, alone.fill)


def test_an_about_text_too_long_for_the_figures_flows_without_them() -> None:
    """The figures share the slide only with a text that fits above them: a long one
    flows over "(cont.)" slides at the body size, every paragraph drawn, no figure row
    squeezed under it."""
    from dataclasses import replace

    from deck_samples import CREDENTIALS

    long = "\n\n".join(f"Párrafo {n}: " + "palabra " * 60 for n in range(8))
    content = replace(CREDENTIALS, agency=replace(CREDENTIALS.agency, about=long))
    ctx = _ctx(content, "es")
    slides = about(ctx, content)
    assert len(slides) > 1
    assert [s.used for s in slides] == [s.used for s in _about(ctx, content, False, []) or []]
    # what the figures add to a text that fits: the same slide without anything to count
    (short,) = about(ctx, CREDENTIALS)
    bare = replace(
        CREDENTIALS, clients=(), team=(), agency=replace(CREDENTIALS.agency, services=())
    )
    (alone,) = about(ctx, bare)
    # (a row of figure tiles, each its figure with its name close under it: 8 % and more)
    assert (short.fill or 0) > (alone.fill or 0) + 0.075, (short.fill, alone.fill)


def test_a_short_brief_sheet_sets_its_fields_at_the_body_size() -> None:
    """A brief that would leave its one page half empty at the sheet's dense size (the
    demo's were) is set at the body size; one that needs the dense size to stay on one
    page keeps it."""
    from dataclasses import replace

    from deck_pdf import reader, text_runs
    from deck_samples import CAMPAIGN

    from agencia.decks import render_brief
    from agencia.decks import theme as t

    def size_of(content: object, words: str) -> float:
        pdf = render_brief(content, DeckOptions())  # type: ignore[arg-type]
        assert len(reader(pdf).pages) == 1
        runs = [r for r in text_runs(pdf)[0] if r[4].startswith(words)]
        assert runs, words
        return runs[0][3]

    short = {"objectives": "Vender un 10 % más en primavera.", "insight": "Nadie lo espera."}
    assert size_of(replace(CAMPAIGN, brief=short), "Vender un 10") == pytest.approx(t.BODY)
    first = next(v for v in CAMPAIGN.brief.values() if v[:1].isalpha()).split()[:2]
    assert size_of(CAMPAIGN, " ".join(first)) == pytest.approx(t.TABLE)
