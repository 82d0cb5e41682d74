"""Hebrew and Arabic where the deck's layout is fixed, and their vowel marks.

- A cover keeps its layout: a Hebrew or Arabic campaign name starts at the accent bar's
  edge like the kicker and the date, its words right to left inside the line.
- A line drawn alone (a questionnaire's title, a page's mark) reads in its first
  letter's direction, as a paragraph does, at the place the layout gives it; a line
  the deck composes of its parts (the footer) stays in the deck's order.
- Vowel marks (niqqud, harakat) are drawn, on their letter: the Noto fonts have them.
- Chinese, Japanese and Korean are refused saying which characters and why."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import replace

import pytest
from deck_samples import CAMPAIGN, CREDENTIALS
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from test_hostile_names import questionnaire

from agencia.decks import DeckOptions, render_agency, render_brief, render_campaign
from agencia.decks import theme as t
from agencia.decks.content import CampaignContent
from agencia.decks.fallback import Paragraph
from agencia.decks.fonts import BOLD, draw_string, register_fallbacks
from agencia.decks.questionnaire import render_questionnaire
from agencia.decks.text import markup
from agencia.domain.errors import DomainError
from agencia.services.drawable import refuse_undrawable

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")), reason="needs poppler"
)

HEBREW_NAME = "קמפיין הקיץ של דוד"
ARABIC_NAME = "حملة الصيف الكبرى"
_WORD = re.compile(
    r'<word xMin="(-?[\d.]+)" yMin="(-?[\d.]+)" xMax="(-?[\d.]+)" yMax="(-?[\d.]+)">([^<]*)</word>'
)
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _words(pdf: bytes, page: int = 1) -> list[tuple[float, float, float, str]]:
    """A page's words as (middle height, left, right, word), as poppler places them."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    return [
        ((float(y0) + float(y1)) / 2, float(x0), float(x1), w)
        for x0, y0, x1, y1, w in _WORD.findall(out.stdout.decode("utf-8"))
    ]


def _read(word: str) -> str:
    """A right-to-left word as typed (poppler gives it in the order drawn)."""
    return unicodedata.normalize("NFKC", word[::-1] if _RTL.search(word) else word)


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("name", [HEBREW_NAME, ARABIC_NAME])
@pytest.mark.parametrize("render", [render_campaign, render_brief])
def test_a_cover_keeps_its_layout_the_name_read_right_to_left_inside_it(
    render: Callable[[CampaignContent, DeckOptions], bytes], lang: str, name: str
) -> None:
    """The deck's cover and the brief sheet's header band: the name at the margin, under
    the kicker, as a Spanish name would be."""
    words = _words(render(replace(CAMPAIGN, campaign=name), DeckOptions(lang=lang)))
    named = sorted((w for w in words if _RTL.search(w[3])), key=lambda w: -w[1])
    assert named, words
    assert min(w[1] for w in named) == pytest.approx(t.MARGIN_X, abs=1)  # the bar's edge
    assert max(w[0] for w in named) - min(w[0] for w in named) < 3  # on one line
    assert [_read(w[3]) for w in named] == name.split()  # read from the right


def test_lines_the_deck_composes_keep_its_order_a_title_its_side() -> None:
    """A cover's kicker («client · brand») and a case study's subtitle («client · brand
    · year») are the deck's lines: the Arabic client first, at the left. The case's
    Hebrew title stays under its accent bar at the left, read right to left."""
    client = "شركة النور"
    words = _words(render_campaign(replace(CAMPAIGN, client=client), DeckOptions(lang="es")))
    brand = next(w for w in words if w[3] == "Peñalara")
    arabic = [w for w in words if _RTL.search(w[3]) and abs(w[0] - brand[0]) < 3]
    assert len(arabic) == 2 and all(w[2] < brand[1] for w in arabic), words
    assert min(w[1] for w in arabic) == pytest.approx(t.MARGIN_X, abs=1)

    case = replace(CREDENTIALS.cases[0], campaign="קמפיין הקיץ", client=client)
    content = replace(CREDENTIALS, cases=(case, *CREDENTIALS.cases[1:]))
    pdf = render_agency(content, DeckOptions(lang="es"))
    page = next(
        n
        for n in range(1, len(PdfReader(io.BytesIO(pdf)).pages) + 1)
        if any(w[3] == case.brand for w in _words(pdf, n))  # the case's slide
    )
    words = _words(pdf, page)
    title = [w for w in words if _read(w[3]) in ("קמפיין", "הקיץ")]
    assert min(w[1] for w in title) == pytest.approx(t.MARGIN_X, abs=1)
    brand = next(w for w in words if w[3] == case.brand)
    arabic = [w for w in words if _RTL.search(w[3]) and abs(w[0] - brand[0]) < 3]
    assert len(arabic) == 2 and all(w[2] < brand[1] for w in arabic), words


def test_a_line_drawn_alone_reads_in_its_first_letters_direction() -> None:
    """The questionnaire's title is one line on the canvas: starting in Hebrew, its
    Hebrew words are read first, from the right, the Latin name after them (on the
    left), and the line still starts at the page's margin."""
    form = replace(questionnaire("Lácteos Peñalara"), title="סקר שביעות רצון — Lácteos")
    words = _words(render_questionnaire(form))
    dash = next(w for w in words if w[3] == "—")  # only the title has one
    latin = next(w for w in words if w[3] == "Lácteos" and abs(w[0] - dash[0]) < 3)
    line = sorted((w for w in words if abs(w[0] - latin[0]) < 3), key=lambda w: w[1])
    hebrew = [w for w in line if _RTL.search(w[3])]
    assert [_read(w[3]) for w in sorted(hebrew, key=lambda w: -w[1])] == ["סקר", "שביעות", "רצון"]
    assert all(w[1] > latin[2] for w in hebrew), line  # right of the Latin word
    assert line[0][3] == "Lácteos" and line[0][1] == pytest.approx(48, abs=1)


def test_a_footer_the_deck_composes_keeps_its_order_with_a_hebrew_agency_first() -> None:
    """«agency · Confidencial — preparado para … · date» is the deck's line, not a
    paragraph of the agency's: a Hebrew agency name stays first, at the left."""
    content = replace(CREDENTIALS, agency=replace(CREDENTIALS.agency, name="סוכנות צפון"))
    words = _words(render_agency(content, DeckOptions(lang="es")), page=2)
    said = next(w for w in words if w[3] == "Confidencial")
    line = [w for w in words if abs(w[0] - said[0]) < 3]
    hebrew = [w for w in line if _RTL.search(w[3])]
    assert [_read(w[3]) for w in sorted(hebrew, key=lambda w: -w[1])] == ["סוכנות", "צפון"]
    assert all(w[2] < said[1] for w in hebrew), line  # left of «Confidencial»


VOCALISED = ("שָׁלוֹם", "مُحَمَّد")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_vowel_marks_are_kept_in_a_deck(lang: str) -> None:
    campaign = replace(CAMPAIGN, campaign=f"{VOCALISED[0]} 2027", client=VOCALISED[1])
    pdf = render_campaign(campaign, DeckOptions(lang=lang))
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    found = unicodedata.normalize("NFKC", out.stdout.decode("utf-8"))
    for mark in "\u05b8\u05c1\u05b9\u064f\u064e\u0651":  # qamats, shin dot, holam; damma…
        assert mark in found, f"U+{ord(mark):04X}"
    letters = "".join(c for c in found if unicodedata.category(c) != "Mn")
    for name in VOCALISED:
        bare = "".join(c for c in name if unicodedata.category(c) != "Mn")
        assert bare in letters or bare[::-1] in letters, bare


def _ink_below(pdf: bytes, baseline: float, height: float) -> list[int]:
    """The first and last columns (points, 72 dpi) holding ink between the baseline and
    30 pt under it (none: empty)."""
    png = subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-gray"], input=pdf, capture_output=True, check=True
    ).stdout
    img = Image.open(io.BytesIO(png)).convert("L")
    top = round(height - baseline) + 2
    dark = img.point(lambda v: 255 if v < 128 else 0)
    box = dark.crop((0, top, img.width, top + 30)).getbbox()
    return [] if box is None else [box[0], box[2] - 1]


@pytest.mark.parametrize("how", ["line", "paragraph"])
def test_a_vowel_mark_is_drawn_under_the_middle_of_its_letter(how: str) -> None:
    """Bet with qamats at 100 pt, its baseline at 100: the qamats (the only ink under the
    baseline: a bet has none) is centred under the bet (its outline 41–535 thousandths)."""
    register_fallbacks()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(200, 200))
    canvas.setFont(BOLD, 100)
    if how == "line":
        draw_string(canvas, 50, 100, "בָ")
    else:
        style = ParagraphStyle("p", fontName=BOLD, fontSize=100, leading=125)
        p = Paragraph(markup("בָ"), style)
        p.wrap(150, 200)
        p.drawOn(canvas, 50, 75)  # one line: its baseline a size under its top, at 100
    canvas.save()
    pdf = buf.getvalue()
    start = min(w[1] for w in _words(pdf))  # where the bet's pen starts
    columns = _ink_below(pdf, 100, 200)
    assert columns, "no mark under the letter"
    middle = (columns[0] + columns[-1]) / 2
    assert middle == pytest.approx(start + (41 + 535) / 2 * 0.1, abs=4)


@pytest.mark.parametrize("name", ["株式会社電通", "삼성", "Grupo 北京"])
def test_chinese_japanese_and_korean_are_refused_saying_which_and_why(name: str) -> None:
    with pytest.raises(DomainError) as refused:
        refuse_undrawable(replace(CAMPAIGN, client=name))
    said = str(refused.value)
    assert "«" + "".join(c for c in name if ord(c) > 0x2E80) + "»" in said  # as written
    assert "chino" in said and "coreano" in said and "letras latinas" in said
