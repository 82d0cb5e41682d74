"""Every deck reads in order when its text is extracted the way search, copy-paste and
screen readers get it (pdftotext's default mode, which orders text by its layout): the
slide's title first, then its body, the footer and page number last; a bullet's mark on
the line it marks; a fact's label beside its value."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from deck_pdf import flat
from deck_samples import CAMPAIGN, OBJECTIVES
from test_deck_golden import DECKS

from agencia.decks import DeckOptions, render_brief, render_campaign

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler")


def pages(pdf: bytes) -> list[list[str]]:
    """Each page's non-empty lines, as pdftotext reads them in its default mode."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    found = [
        [x.strip() for x in p.splitlines() if x.strip()] for p in out.stdout.decode().split("\f")
    ]
    return [p for p in found if p]


@pytest.mark.parametrize("name", sorted(DECKS))
def test_title_first_footer_last(name: str) -> None:
    read = pages(DECKS[name]())
    total = len(read)
    for n, lines in enumerate(read, start=1):
        assert "•" not in lines, f"{name} page {n}: a bullet's mark on a line of its own"
        if n in (1, total) and name.startswith(("campaign", "credentials")):
            continue  # the cover and the closing slide wear no footer
        number = next(x for x in (f"{n} / {total}", f"{n}/{total}") if lines[-1] == x)
        assert lines[-1] == number, f"{name} page {n} ends with {lines[-1]!r}"
        assert "12 " in lines[-2] and ("·" in lines[-2]), f"{name} page {n}: {lines[-2]!r}"
        body = " ".join(lines[:-2])
        assert "Confidencial" not in body and "Confidential" not in body, (name, n)


def test_title_then_bullets_in_order() -> None:
    read = pages(render_campaign(CAMPAIGN, DeckOptions()))
    slide = next(p for p in read if p[0] == "El reto y los objetivos")
    text = flat(" ".join(slide))
    wanted = [line[2:].split(" ")[:4] for line in OBJECTIVES.splitlines()]
    at = [text.index("• " + " ".join(words)) for words in wanted]
    assert at == sorted(at), slide
    assert text.index("Objetivos") < at[0]


def test_brief_facts_read_label_then_value() -> None:
    lines = pages(render_brief(CAMPAIGN, DeckOptions()))[0]
    assert lines[0].startswith("Brief n.º 2")
    assert lines[1] == "Lanzamiento Peñalara Proteína"
    pairs = list(zip(lines[2:14:2], lines[3:14:2], strict=True))
    assert pairs[:3] == [
        ("Código", "LPE-2025-004"),
        ("Tipo", "Lanzamiento"),
        ("Estado", "Propuesta aprobada"),
    ]


def drawn(pdf: bytes) -> list[list[str]]:
    """Each page's non-empty lines in the order they are drawn (pdftotext -raw): what
    copy-paste in most viewers and text extraction by content order give."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    found = [
        [x.strip() for x in p.splitlines() if x.strip()] for p in out.stdout.decode().split("\f")
    ]
    return [p for p in found if p]


@pytest.mark.parametrize("name", sorted(DECKS))
def test_drawn_footer_then_page_number_last(name: str) -> None:
    read = drawn(DECKS[name]())
    total = len(read)
    for n, lines in enumerate(read, start=1):
        if n in (1, total) and name.startswith(("campaign", "credentials")):
            continue
        # -raw joins what shares a baseline: the footer's text, then its page number.
        tail = " ".join(lines[-2:])
        assert tail.endswith((f" {n} / {total}", f" {n}/{total}")), (name, n, lines[-3:])
        assert "·" in tail.rsplit(f"{n}", 1)[0], (name, n, lines[-3:])


def _column_whole(lines: list[str], heads: list[str]) -> None:
    """Each head's column is read whole before the next head's begins."""
    text = flat(" ".join(lines))
    at = [text.index(h) for h in heads]
    assert at == sorted(at), (heads, text)


def test_two_columns_drawn_each_whole() -> None:
    pdf = render_campaign(CAMPAIGN, DeckOptions())
    read = drawn(pdf)
    challenge = next(p for p in read if p[0] == "El reto y los objetivos")
    text = flat(" ".join(challenge))
    last_objective = OBJECTIVES.splitlines()[-1][2:].split(" ")[-3:]
    assert text.index(" ".join(last_objective)) < text.index("Producto"), text
    audience = next(p for p in read if p[0] == "Público y mercado")
    _column_whole(audience, ["Público objetivo", "Compradores secundarios", "Mercado"])


def test_section_divider_number_before_name() -> None:
    read = drawn(render_campaign(CAMPAIGN, DeckOptions()))
    divider = next(p for p in read if "01" in p)
    assert divider.index("01") < divider.index("El reto"), divider
