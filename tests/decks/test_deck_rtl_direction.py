"""A paragraph's direction is its first letter's (UAX #9 P2/P3), decided once for the
whole paragraph: a Spanish paragraph holding a Hebrew or Arabic name stays left to right
and where the design sets it, the name reordered inside its lines; a paragraph that
starts in Hebrew or Arabic runs right to left, flush right, on one line or many."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import replace

import pytest
from deck_samples import CAMPAIGN
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from agencia.decks import DeckOptions, render_brief, render_campaign
from agencia.decks.content import CampaignContent
from agencia.decks.fallback import Paragraph, drawn_as, visual_lines
from agencia.decks.fonts import REGULAR, register_fonts
from agencia.decks.styles import bullet_mark, hanging
from agencia.decks.text import markup

NAME_AR = "عبد الرحمن بن محمد الحسيني الكبير"
SPANISH = (
    f"Hablamos ayer por la tarde con {NAME_AR} sobre la campaña de verano en el norte, "
    "y nos pidió empezar por la radio."
)
BROKEN = f"Resumen de la reunión de marzo.\n{NAME_AR} nos pidió empezar por la radio y el exterior."
HEBREW = "דוד כהן, director"
MESSAGE_HE = (
    "זה המסר המרכזי של הקמפיין: בירה ללא אלכוהול שמרגישה כמו בירה אמיתית, "
    "לכל הקיץ ולכל המשפחה בכל הארץ"
)


def _style(**kw: object) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle("t", fontName=REGULAR, fontSize=15, leading=18.75, **kw)


def _lines(p: Paragraph, rtl: bool) -> list[str]:
    """The paragraph's lines as drawn, left to right, Arabic letters back to their own."""
    bl = visual_lines(p.blPara, rtl)
    found = []
    for x in bl.lines:
        drawn = " ".join(x[1]) if bl.kind == 0 else "".join(f.text for f in x.words)
        found.append(unicodedata.normalize("NFKC", drawn).replace("\u00a0", " "))
    return found


def _arabic(text: str) -> list[str]:
    return [w for w in text.split() if re.search("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]", w)]


def _reversed(words: str) -> str:
    """Words of a right-to-left run as drawn left to right: the last read first."""
    return " ".join(w[::-1] for w in reversed(words.split()))


def test_a_spanish_paragraph_is_left_to_right_the_name_reordered_inside_its_line() -> None:
    p = Paragraph(markup(SPANISH), _style())
    p.wrap(250, 1000)
    assert len(p.blPara.lines) >= 3  # the name runs over a line's end
    assert p.rtl is False
    assert drawn_as(p.style, p.rtl).alignment == TA_LEFT
    lines = _lines(p, p.rtl)
    assert lines[0].startswith("Hablamos ayer por la tarde con ")
    assert lines[-1].endswith("por la radio.")
    # The name read back line by line (each line's run right to left) is the name, and
    # the Spanish words are in their order.
    read = [_reversed(" ".join(_arabic(line))).split() for line in lines]
    assert [w for words in read for w in words] == NAME_AR.split()
    spanish = [w for line in lines for w in line.split() if not _arabic(w)]
    assert spanish == [w for w in SPANISH.split() if not _arabic(w)]


def test_a_line_break_does_not_turn_a_spanish_paragraph_right_to_left() -> None:
    """The second line starts with an Arabic name: the paragraph still starts in Spanish,
    so every line is left to right and set at the left, as the design says."""
    p = Paragraph(markup(BROKEN), _style())
    p.wrap(300, 1000)
    assert p.rtl is False
    assert drawn_as(p.style, p.rtl).alignment == TA_LEFT
    lines = _lines(p, p.rtl)
    assert lines[0] == "Resumen de la reunión de marzo."
    # The name's words on the second line are drawn right to left, then the Spanish.
    second = lines[1]
    arabic = " ".join(_arabic(second))
    assert second.startswith(arabic + " nos pidió")
    assert arabic == _reversed(" ".join(NAME_AR.split()[: len(arabic.split())]))


def test_a_paragraph_cut_inside_a_name_keeps_its_direction_on_the_next_slide() -> None:
    """Split between two lines where the second starts inside the Arabic name: the rest
    is still a Spanish paragraph (left to right, at the left), not an Arabic one."""
    p = Paragraph(markup(SPANISH), _style())
    p.wrap(200, 1000)
    parts = p.split(200, 18.75 * 2 + 1)
    assert len(parts) == 2
    rest = parts[1]
    rest.wrap(200, 1000)
    starts = "".join(f.text for f in rest.blPara.lines[0].words)
    assert re.match("[\u0600-\u06ff\ufb50-\ufeff]", starts), starts  # starts in Arabic
    assert rest.rtl is False
    assert drawn_as(rest.style, rest.rtl).alignment == TA_LEFT
    # The name's last words first (right to left), then the Spanish in its order.
    assert _lines(rest, rest.rtl)[0] == _reversed(" ".join(NAME_AR.split()[-2:])) + " sobre la"


def test_a_hebrew_paragraph_is_right_to_left_on_one_line_or_many() -> None:
    one = Paragraph(markup(HEBREW), _style())
    one.wrap(400, 1000)
    assert len(one.blPara.lines) == 1
    assert one.rtl is True
    assert drawn_as(one.style, one.rtl).alignment == TA_RIGHT
    assert _lines(one, one.rtl) == ["director ,ןהכ דוד"]

    many = Paragraph(markup(MESSAGE_HE), _style())
    many.wrap(250, 1000)
    assert many.rtl is True and len(many.blPara.lines) >= 3
    read = [w for line in _lines(many, True) for w in _reversed(line).split()]
    assert read == MESSAGE_HE.split()  # top to bottom, each line right to left


def test_only_a_start_alignment_is_mirrored() -> None:
    """Centred and right-aligned styles keep their alignment; a bullet's hanging mark
    moves to the right side, its text lined up one indent in from the right."""
    assert drawn_as(_style(alignment=TA_CENTER), True).alignment == TA_CENTER
    assert drawn_as(_style(alignment=TA_RIGHT), True).alignment == TA_RIGHT
    assert drawn_as(_style(alignment=TA_RIGHT), False).alignment == TA_RIGHT
    bullet = hanging(_style(bulletColor=HexColor("#336699"), bulletFontName=REGULAR), "b", 20)
    ltr, rtl = drawn_as(bullet, False), drawn_as(bullet, True)
    assert (ltr.first, ltr.rest) == (0, 0)
    # Right edges: the mark's line 20 + firstLineIndent from the right, the rest 20.
    assert rtl.first == pytest.approx(-20 - bullet.firstLineIndent)
    assert rtl.rest == pytest.approx(-20)
    p = Paragraph(bullet_mark(bullet) + markup(MESSAGE_HE), bullet)
    p.wrap(250, 1000)
    assert p.rtl is True  # the mark has no direction: the text's first letter decides


def test_a_table_cell_or_a_card_keeps_the_decks_direction_and_its_column() -> None:
    """A label (`label=True`) is the deck's line with a name in it: «name — role» reads
    as its neighbours do, at its column's edge, even when the name comes first."""
    cell = _style(label=True)
    drawn = drawn_as(cell, True)
    assert (drawn.rtl, drawn.alignment) == (False, TA_LEFT)
    p = Paragraph(markup(f"{HEBREW} — Brand manager"), cell)
    p.wrap(400, 1000)
    assert p.rtl is True  # the text starts in Hebrew…
    assert _lines(p, drawn.rtl) == ["ןהכ דוד, director — Brand manager"]  # …drawn as a label


# --- on the page -----------------------------------------------------------------------

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def _pages(pdf: bytes) -> list[list[tuple[float, float, float, str]]]:
    """Each page's words as (middle height, left, right, word): Lato and Noto Sans put
    their boxes' tops apart, their middles together."""
    out = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True)
    html = out.stdout.decode("utf-8")
    return [
        [
            ((float(y0) + float(y1)) / 2, float(x0), float(x1), w)
            for x0, y0, x1, y1, w in _WORD.findall(page)
        ]
        for page in html.split("<page ")[1:]
    ]


def _rows(words: list[tuple[float, float, float, str]]) -> list[list[tuple[float, float, str]]]:
    """Words in lines, top to bottom, each line's words left to right."""
    rows: list[list[tuple[float, float, str]]] = []
    last = None
    for y, x0, x1, w in sorted(words):
        if last is None or y - last > 5:
            rows.append([])
        rows[-1].append((x0, x1, w))
        last = y
    return [sorted(r) for r in rows]


MARKET = (
    "El mercado de lácteos funcionales crece un 12 % anual.\n"
    f"{NAME_AR}, nuestro contacto en el grupo, lo confirma: ninguno de los competidores "
    "habla de origen ni de sabor."
)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")
@pytest.mark.parametrize("render", [render_campaign, render_brief])
def test_on_the_page_a_spanish_paragraph_starts_at_the_left_a_hebrew_one_at_the_right(
    render: Callable[[CampaignContent, DeckOptions], bytes],
) -> None:
    campaign = replace(
        CAMPAIGN, brief={**CAMPAIGN.brief, "market": MARKET, "key_message": MESSAGE_HE}
    )
    pages = _pages(render(campaign, DeckOptions(lang="es")))
    page = next(p for p in pages if "lácteos" in [w for *_, w in p])
    label = {"Mercado", "MERCADO"}  # the field's label, on the slide and on the sheet
    top, left = next((y, x0) for y, x0, _, w in page if w in label)
    beside = [x0 for y, x0, _, _ in page if abs(y - top) < 2 and x0 > left + 5]
    right = min(beside, default=float("inf"))  # the next column's label, on the sheet
    column = _rows([w for w in page if w[0] > top + 2 and left - 1 <= w[1] < right])
    at = next(i for i, r in enumerate(column) if "lácteos" in [w for *_, w in r])
    assert column[at][0][2] == "El"  # the paragraph's first word…
    assert column[at][0][0] == pytest.approx(left, abs=1)  # …at the column's left
    # The line that starts with the Arabic name: at the same left edge, the name first.
    named = next(r for r in column[at + 1 :] if any(_arabic(w) for *_, w in r))
    assert _arabic(named[0][2]), named
    assert named[0][0] == pytest.approx(left, abs=1)

    # The Hebrew key message: flush right, every line ending at the same edge.
    page = next(p for p in pages if any(_hebrew(w) for *_, w in p))
    rows = [[w for w in r if _hebrew(w[2])] for r in _rows(page)]
    rights = [max(x1 for _, x1, _ in r) for r in rows if r]
    assert len(rights) >= 2
    assert max(rights) - min(rights) < 2, rights


def _hebrew(word: str) -> bool:
    return re.search("[\u0590-\u05ff]", word) is not None


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")
def test_a_squeezed_right_to_left_bullet_stays_inside_its_column() -> None:
    """A line a little longer than its room has its spaces squeezed; set flush right, it
    still ends at the column's right edge less the mirrored indent (ReportLab's own
    right alignment forgets a line's offset when it squeezes)."""
    register_fonts()
    bullet = hanging(_style(bulletColor=HexColor("#336699"), bulletFontName=REGULAR), "b", 20)
    text = bullet_mark(bullet) + markup(MESSAGE_HE.split(":")[0] + ": בירה ללא אלכוהול")
    natural = Paragraph(text, bullet).minWidth()  # the longest word: not the line
    p = Paragraph(text, bullet)
    p.wrap(2000, 1000)
    room = p.blPara.lines[0].extraSpace
    width = 2000 - room - 0.5  # half a point short of the line: squeezed, not broken
    assert width > natural
    p = Paragraph(text, bullet)
    p.wrap(width, 1000)
    assert len(p.blPara.lines) == 1 and p.blPara.lines[0].extraSpace < 0
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(width + 100, 100))
    p.drawOn(canvas, 50, 50)
    canvas.save()
    words = [w for page in _pages(buf.getvalue()) for w in page]
    right = max(x1 for _, _, x1, _ in words)
    mark = next(w for w in words if w[3] == "•")
    assert mark[2] == pytest.approx(right, abs=0.5)  # the mark at the right end
    assert right == pytest.approx(50 + width - 20 - bullet.firstLineIndent, abs=0.6)
