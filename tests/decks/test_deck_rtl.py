"""Names in Hebrew and Arabic are drawn, not refused: right to left, Arabic letters joined,
in Noto Sans Hebrew / Noto Sans Arabic embedded beside Lato, the Latin words untouched.
Chinese, Japanese and Korean are still refused by name (docs/ARCHITECTURE.md)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from deck_pdf import flat, pdffonts, text
from deck_samples import CAMPAIGN
from test_hostile_names import report

from agencia.decks import DeckOptions, render_brief, render_campaign
from agencia.decks.content import NextStep, Person
from agencia.decks.fonts import undrawable, width
from agencia.decks.rtl import visual
from agencia.decks.satisfaction_report import render_report

ARABIC = "محمد الحسيني"
HEBREW = "דוד כהן"
MIXED = "Campaña de דוד 2027"

ES = DeckOptions(lang="es")

RTL_CAMPAIGN = replace(
    CAMPAIGN,
    campaign=MIXED,
    team=(
        *CAMPAIGN.team[:3],
        Person(ARABIC, "Brand manager", part="Cliente"),
        Person(HEBREW, "Director de marketing", part="Cliente"),
    ),
    next_steps=(
        NextStep(f"Validar el guion con {ARABIC}", ARABIC, date(2025, 3, 19)),
        NextStep("Cerrar la lista de creadores", HEBREW, date(2025, 3, 26)),
    ),
    brief={**CAMPAIGN.brief, "key_message": f"Lo dicen {ARABIC} y {HEBREW}: sabor primero."},
    plan=(replace(CAMPAIGN.plan[0], channel=f"Radio {ARABIC}"), *CAMPAIGN.plan[1:]),
)


def _read(pdf: bytes) -> str:
    """The PDF's words as a reader gets them: joined forms back to their letters, without
    the embedding marks poppler puts around a right-to-left word."""
    found = unicodedata.normalize("NFKC", text(pdf))
    return flat("".join(c for c in found if c not in "\u202a\u202b\u202c"))


def _logical(found: str, name: str) -> bool:
    """Whether `name` is in the extracted text with each word's letters in the order
    read (poppler -raw gives the words of a run in the order drawn, or read)."""
    return name in found or " ".join(name.split()[::-1]) in found


def test_the_fonts_now_draw_hebrew_and_arabic_and_still_not_chinese() -> None:
    assert undrawable(RTL_CAMPAIGN) == []
    assert undrawable("山田太郎") == [("".join(sorted("山田太郎")), "山田太郎")]
    assert undrawable(f"Grupo {ARABIC} 北京") == [("".join(sorted("北京")), f"Grupo {ARABIC} 北京")]


def test_arabic_is_joined_and_both_scripts_run_right_to_left() -> None:
    drawn = visual(ARABIC)
    # Joined: initial/medial/final presentation forms, not the isolated letters.
    assert all(0xFB50 <= ord(c) <= 0xFEFF for c in drawn.replace("\u00a0", ""))
    assert unicodedata.normalize("NFKC", drawn) != ARABIC  # reordered, not as typed
    # Drawn right to left: the family name (typed last) is drawn first, reversed.
    assert unicodedata.normalize("NFKC", drawn).replace("\u00a0", " ") == "ينيسحلا دمحم"
    assert visual(HEBREW) == "ןהכ\u00a0דוד"  # one unbreakable run, right to left
    assert visual(MIXED) == "Campaña de 2027 דוד"  # UAX #9: the number joins the run
    assert visual("Lácteos Peñalara") == "Lácteos Peñalara"  # Latin untouched
    assert width(ARABIC, 15) > width("م", 15) > 0


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_campaign_deck_and_its_brief_sheet_draw_the_names(lang: str) -> None:
    options = DeckOptions(lang=lang)
    for pdf in (render_campaign(RTL_CAMPAIGN, options), render_brief(RTL_CAMPAIGN, options)):
        fonts = {row["name"].split("+")[-1]: row for row in pdffonts(pdf)}
        for family in ("NotoSansArabic-", "NotoSansHebrew-", "Lato-"):
            used = [row for name, row in fonts.items() if name.startswith(family)]
            assert used and all(row["emb"] == "yes" for row in used), fonts
        found = _read(pdf)
        assert _logical(found, ARABIC), found
        assert _logical(found, HEBREW), found
        assert "Campaña de" in found and "2027" in found
        assert "\ufffd" not in found
        assert not any(0xE000 <= ord(c) <= 0xF8FF for c in found)  # no private-use glyphs
    # The bold weights follow: a title in Hebrew is bold Hebrew.
    deck = render_campaign(RTL_CAMPAIGN, options)
    assert "NotoSansHebrew-Bold" in {r["name"].split("+")[-1] for r in pdffonts(deck)}


def test_a_latin_deck_reads_no_other_font() -> None:
    """The fallbacks are loaded and embedded only where a run needs them."""
    names = {row["name"].split("+")[-1] for row in pdffonts(render_campaign(CAMPAIGN, ES))}
    assert names == {"Lato-Regular", "Lato-Bold"}, names


def test_the_satisfaction_report_draws_a_name_wherever_a_latin_one_shows() -> None:
    """The report's chart axis draws in one font: its labels are drawn by runs instead."""
    latin = _read(render_report(report("Grupo Ribera"))).count("Grupo Ribera")
    arabic = _read(render_report(report(f"Grupo {ARABIC}")))
    shown = arabic.count(f"Grupo {ARABIC}") + arabic.count(
        f"Grupo {' '.join(ARABIC.split()[::-1])}"
    )
    assert latin >= 4 and shown == latin, arabic


# Brief fields a client in the Gulf or in Israel writes: each takes three lines on the sheet.
OBJECTIVES_AR = (
    "الهدف الأول هو زيادة الوعي بالعلامة التجارية في الشمال بنسبة خمسين بالمئة خلال الصيف، "
    "والهدف الثاني هو مضاعفة المبيعات في المتاجر الكبرى مع حملة رقمية واسعة"
)
MESSAGE_HE = (
    "זה המסר המרכזי של הקמפיין: בירה ללא אלכוהול שמרגישה כמו בירה אמיתית, "
    "לכל הקיץ ולכל המשפחה בכל הארץ"
)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def _rtl_lines(pdf: bytes, script: str) -> list[tuple[list[str], float]]:
    """The page's lines of words in `script` (a character class), top to bottom, each
    as its words in the order read (right to left, each word's letters as typed) and
    the right edge of the line."""
    out = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True)
    words = []
    for x0, x1, y1, word in _WORD.findall(out.stdout.decode("utf-8")):
        # poppler gives the drawn order; a lam-alef ligature is one glyph of two letters
        read = unicodedata.normalize("NFKC", word[::-1])
        if re.search(f"[{script}]", read):
            words.append((float(y1), float(x0), float(x1), read))
    lines: list[list[tuple[float, float, float, str]]] = []
    for w in sorted(words):
        if lines and w[0] - lines[-1][0][0] < 5:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [
        ([w[3] for w in sorted(ln, key=lambda w: -w[1])], max(w[2] for w in ln)) for ln in lines
    ]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")
def test_a_right_to_left_paragraph_reads_top_to_bottom_no_word_cut() -> None:
    """Lines are broken in reading order, then each is drawn right to left: the first
    words on the top line, at its right end, every word whole, the lines flush right."""
    campaign = replace(
        CAMPAIGN, brief={**CAMPAIGN.brief, "objectives": OBJECTIVES_AR, "key_message": MESSAGE_HE}
    )
    pdf = render_brief(campaign, ES)
    for source, script in ((OBJECTIVES_AR, "\u0600-\u06ff"), (MESSAGE_HE, "\u0590-\u05ff")):
        lines = _rtl_lines(pdf, script)
        assert len(lines) >= 2, lines  # it does wrap: the case that was drawn bottom up
        assert [w for words, _ in lines for w in words] == source.split(), lines
        edges = [edge for _, edge in lines]
        assert max(edges) - min(edges) < 2, edges  # flush right, as it is read
