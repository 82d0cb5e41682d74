"""A fact too wide for the page (one unbreakable token: a URL, a code, a word typed
without spaces) wraps inside its box, broken where a line ends, on every document that
shows facts: the brief sheet's row of facts, the brief to sign, the acta, the approval
record. Nothing is drawn past the margins and no character is lost."""

from __future__ import annotations

import io
import shutil
from dataclasses import replace

import pytest
from deck_pdf import outside_the_margins, squeezed, text, text_runs
from deck_samples import CAMPAIGN, DECISIONS
from paper_samples import ACTA
from pypdf import PdfReader
from test_deck_rtl_lines import _words

from agencia.decks import DeckOptions, a4, render_approvals, render_brief
from agencia.decks.acta import build_acta
from agencia.decks.brief_a4 import build_brief_a4
from agencia.decks.fonts import register_fonts
from agencia.decks.slides import broken

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler")

URL = "https://example.com/" + "campanas/" * 30 + "x" * 10  # 300 characters, no space
WORD = "Supercalifragilistico" * 14 + "abcdef"  # 300 letters
SPACED = " ".join(["Lanzamiento"] * 25)  # a long value that breaks at its spaces
TOKENS = {"url": URL, "word": WORD, "spaced": SPACED}


def _a4_outside(pdf: bytes) -> list[tuple[int, str]]:
    """Words poppler finds past an A4 page's side margins (a pixel's slack)."""
    bad = []
    for page in range(1, len(PdfReader(io.BytesIO(pdf)).pages) + 1):
        for _y, left, right, word in _words(pdf, page):
            if left < a4.MARGIN_X - 1 or right > a4.PAGE_W - a4.MARGIN_X + 1:
                bad.append((page, f"{word[:30]!r} at {left:.0f}..{right:.0f}"))
    return bad


def _whole(token: str, pdf: bytes) -> bool:
    return squeezed(token) in squeezed(text(pdf))


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("token", sorted(TOKENS))
@pytest.mark.parametrize("fact", ["code", "kind", "status"])
def test_a_brief_sheets_fact_wider_than_the_page_wraps_in_its_box(
    fact: str, token: str, lang: str
) -> None:
    value = TOKENS[token]
    pdf = render_brief(replace(CAMPAIGN, **{fact: value}), DeckOptions(lang=lang))
    assert outside_the_margins(pdf) == []
    assert _whole(value, pdf)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_fact_of_a_brief_sheet_wider_than_the_page_at_once(lang: str) -> None:
    """Three facts of three lines each: the rows take the page's height they need, the
    facts move under the band or to the next page, never into the footer."""
    content = replace(CAMPAIGN, code=URL, kind=WORD, status=SPACED)
    pdf = render_brief(content, DeckOptions(lang=lang))
    assert outside_the_margins(pdf) == []
    assert all(_whole(value, pdf) for value in (URL, WORD, SPACED))


def test_the_brief_sheets_fields_start_under_a_fact_of_many_lines() -> None:
    """The row a wrapped fact takes is as tall as its lines: the fields' first label is
    drawn under the fact's last line, not over it."""
    content = replace(CAMPAIGN, code=URL, brief={"objectives": "Vender un 10 % más."})
    runs = text_runs(render_brief(content, DeckOptions()))[0]
    last = min(y for _x, y, _w, _s, line in runs if squeezed(line) in squeezed(URL))
    (field,) = [y for _x, y, _w, _s, line in runs if line.startswith("OBJETIVOS")]
    assert field < last - 12


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("token", sorted(TOKENS))
@pytest.mark.parametrize("fact", ["code", "kind", "status", "campaign", "client"])
def test_a_fact_wider_than_the_page_wraps_on_the_brief_to_sign(
    fact: str, token: str, lang: str
) -> None:
    value = TOKENS[token]
    pdf = build_brief_a4(replace(CAMPAIGN, **{fact: value}), lang)
    assert _a4_outside(pdf) == []
    assert _whole(value, pdf)


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("token", sorted(TOKENS))
@pytest.mark.parametrize("fact", ["place", "author", "campaign", "client", "code", "subject"])
def test_a_fact_wider_than_the_page_wraps_on_the_acta(fact: str, token: str, lang: str) -> None:
    value = TOKENS[token]
    pdf = build_acta(replace(ACTA, **{fact: value}), lang)
    assert _a4_outside(pdf) == []
    assert _whole(value, pdf)


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("token", ["url", "word"])
@pytest.mark.parametrize("field", ["stage", "subject", "who", "comment", "channel"])
def test_a_token_wider_than_its_cell_wraps_on_the_approval_record(
    field: str, token: str, lang: str
) -> None:
    value = TOKENS[token]
    decision = replace(DECISIONS[0], **{field: value})
    content = replace(CAMPAIGN, decisions=(decision,), code=value)  # the subtitle's too
    pdf = render_approvals(content, DeckOptions(lang=lang))
    assert outside_the_margins(pdf) == []
    assert _whole(value, pdf)


def test_a_long_value_breaks_at_its_spaces_never_at_a_no_break_one() -> None:
    """Money keeps its number and its currency together («250.000 €» is written with a
    no-break space); a word longer than the line is cut, no character lost."""
    register_fonts()
    money = "250.000\u00a0€"
    lines = broken(" ".join([money] * 40), 12, 200, bold=True)
    assert len(lines) > 1 and all(line.count("\u00a0") == line.count("€") for line in lines)
    assert "".join(broken(WORD, 12, 200)) == WORD
    assert broken("Lanzamiento", 12, 200) == ["Lanzamiento"]
