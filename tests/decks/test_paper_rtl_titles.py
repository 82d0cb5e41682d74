"""A Hebrew or Arabic title on a document keeps the layout's side, as on the slides.

The A4 documents (the brief to sign, the acta, the contrabrief) set their title at the
left margin under the letterhead; a campaign or a meeting named in Hebrew or Arabic
starts there too, its words read right to left inside the line (not flush right, away
from the kicker, the subtitle and the facts it is stacked with). The subtitle is a line
the document composes («client · brand»): in its order, an Arabic client first, at the
left. The approval record is a deck: its title and subtitle keep the slides' rule."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace

import pytest
from deck_samples import CAMPAIGN
from paper_samples import ACTA, CONTRABRIEF
from test_deck_rtl_lines import _RTL, ARABIC_NAME, HEBREW_NAME, _read, _words

from agencia.decks import DeckOptions, a4, render_approvals
from agencia.decks import theme as t
from agencia.decks.acta import build_acta
from agencia.decks.brief_a4 import build_brief_a4
from agencia.decks.contrabrief import build_contrabrief

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler")

DOCUMENTS: dict[str, Callable[[str, str], bytes]] = {
    "brief_a4": lambda name, lang: build_brief_a4(replace(CAMPAIGN, campaign=name), lang),
    "acta": lambda name, lang: build_acta(replace(ACTA, subject=name), lang),
    "contrabrief": lambda name, lang: build_contrabrief(replace(CONTRABRIEF, campaign=name), lang),
}


def _first_rtl_line(pdf: bytes) -> list[tuple[float, float, float, str]]:
    """The topmost line holding Hebrew or Arabic on the first page (the title's)."""
    named = [w for w in _words(pdf) if _RTL.search(w[3])]
    assert named, "no Hebrew or Arabic drawn"
    top = min(w[0] for w in named)
    return [w for w in named if abs(w[0] - top) < 3]


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("name", [HEBREW_NAME, ARABIC_NAME], ids=["hebrew", "arabic"])
@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_an_a4_title_in_hebrew_or_arabic_starts_at_the_left_margin(
    document: str, name: str, lang: str
) -> None:
    pdf = DOCUMENTS[document](name, lang)
    line = sorted(_first_rtl_line(pdf), key=lambda w: -w[1])
    assert min(w[1] for w in line) == pytest.approx(a4.MARGIN_X, abs=1), line
    assert [_read(w[3]) for w in line] == name.split()  # read from the right


@pytest.mark.parametrize("lang", ["es", "en"])
def test_an_a4_subtitle_the_document_composes_keeps_its_order(lang: str) -> None:
    """«client · brand» under the brief's title: the Arabic client first, at the left,
    the Latin brand after it."""
    client = "شركة النور"
    pdf = build_brief_a4(replace(CAMPAIGN, client=client), lang)
    words = _words(pdf)
    first = CAMPAIGN.brand.split()[0]
    brand = next(
        w
        for w in words
        if w[3] == first and any(_RTL.search(v[3]) and abs(v[0] - w[0]) < 3 for v in words)
    )
    arabic = [w for w in words if _RTL.search(w[3]) and abs(w[0] - brand[0]) < 3]
    assert len(arabic) == 2 and all(w[2] < brand[1] for w in arabic), words
    assert min(w[1] for w in arabic) == pytest.approx(a4.MARGIN_X, abs=1)


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("name", [HEBREW_NAME, ARABIC_NAME], ids=["hebrew", "arabic"])
def test_the_approval_records_subtitle_keeps_the_slides_side(name: str, lang: str) -> None:
    """The record's title is the catalogue's; the campaign's name starts its subtitle,
    at the left margin, read right to left inside it."""
    pdf = render_approvals(replace(CAMPAIGN, campaign=name), DeckOptions(lang=lang))
    line = sorted(_first_rtl_line(pdf), key=lambda w: -w[1])
    assert min(w[1] for w in line) == pytest.approx(t.MARGIN_X, abs=1), line
    assert [_read(w[3]) for w in line] == name.split()
