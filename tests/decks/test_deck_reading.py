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
