"""The vowel marks (niqqud, harakat) rest on ReportLab internals that no public API
offers: these tests fail when an upgrade of ReportLab changes them, before a client sees
a mark off its letter or a document that does not build.

- The internals are named in one function only (fonts.put_marks), whose docstring says
  which ReportLab it was checked with.
- What that function relies on is checked against the installed ReportLab: inside a
  paragraph's onDraw hook the line's text object and its pen are at hand, and a text
  object takes raw content and a pen moved back to a point of the line."""

from __future__ import annotations

import ast
import inspect
import io
import re
from pathlib import Path

from deck_pdf import text
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from agencia.decks import fonts
from agencia.decks.fonts import REGULAR, register_fallbacks, register_fonts

# ReportLab's private names the marks use (attributes of its canvas and text object).
INTERNALS = ("_curr_tx_info", "XtraState", "_setFont", "_textOut", "_code", "_x0")
ROOT = Path(fonts.__file__).resolve().parents[1]  # the agencia package


def _private_uses(source: str) -> set[str]:
    """The INTERNALS read as attributes in `source`."""
    return {
        node.attr
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and node.attr in INTERNALS
    }


def test_the_internals_the_marks_use_are_named_in_one_function() -> None:
    allowed = inspect.getsource(fonts.put_marks)
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if path.resolve() == Path(fonts.__file__).resolve():
            source = source.replace(allowed, "")
        used = _private_uses(source)
        if used:
            found[str(path.relative_to(ROOT))] = sorted(used)
    assert found == {}
    assert sorted(_private_uses(allowed)) == sorted(INTERNALS)


def test_the_function_names_the_reportlab_it_was_checked_with() -> None:
    doc = inspect.getdoc(fonts.put_marks) or ""
    checked = re.search(r"checked with ReportLab (\d+\.\d+(?:\.\d+)?)", doc)
    assert checked, doc
    assert checked.group(1) == fonts.REPORTLAB_CHECKED


def test_a_paragraphs_on_draw_hook_sees_its_line_and_pen() -> None:
    """What put_marks reads inside the hook: the text object being written (with its
    font and rise) and the pen after the fragment before the hook."""
    seen: dict[str, object] = {}

    def hook(canvas: Canvas, kind: str, label: object) -> None:
        info = canvas._curr_tx_info
        tx = info["tx"]
        seen.update(
            x=info["cur_x"],
            rise=tx.XtraState.rise,
            font=(tx._fontname, tx._fontsize),
            code=isinstance(tx._code, list),
            x0=tx._x0,
        )

    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(300, 100))
    canvas.setNamedCB("probe", hook)
    style = ParagraphStyle("p", fontName=REGULAR, fontSize=10, leading=12)
    frags = "AB<onDraw name=probe label=x/>C D"  # two words: the kind of line with fragments
    p = Paragraph(frags, style)
    p.wrap(200, 50)
    p.drawOn(canvas, 20, 30)
    canvas.save()
    assert seen, "ReportLab no longer calls the onDraw hook inside the line"
    assert seen["x"] == seen["x0"] + stringWidth("AB", REGULAR, 10)
    assert seen["rise"] == 0
    assert seen["font"] == (REGULAR, 10)
    assert seen["code"] is True


def test_a_text_object_takes_raw_text_and_a_pen_moved_back() -> None:
    """put_marks writes a mark at an offset from the pen and puts the pen back: what a
    PDF reader reads after it continues at the pen, a mark's text read there."""
    register_fallbacks()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(300, 100))
    tx = canvas.beginText(20, 30)
    tx.setFont(REGULAR, 10)
    tx.textOut("ab")
    at = tx.getX()
    fonts.put_marks(tx, (("\u0301", -3.0, 2.0),))
    tx.textOut("c")
    canvas.drawText(tx)
    canvas.save()
    assert tx.getX() == at + stringWidth("c", REGULAR, 10)
    read = text(buf.getvalue()).strip()  # as poppler reads it: one word
    assert read.replace("\u0301", "") == "abc" and "\u0301" in read
    content = PdfReader(io.BytesIO(buf.getvalue())).pages[0].get_contents().get_data()
    assert b"/Span <</ActualText ()>> BDC" in content and b"EMC" in content


def test_a_glyphs_outline_is_read_from_reportlabs_parsed_font() -> None:
    """The places of the marks come from the outlines ReportLab's parsed font holds
    (fonts._box): a bold bet and its qamats, as Noto Sans Hebrew Bold draws them."""
    register_fallbacks()
    assert fonts._box("NotoSansHebrew-Bold", "\u05d1") == (31.0, 0.0, 570.0, 603.0)
    assert fonts._box("NotoSansHebrew-Bold", "\u05b8") == (54.0, -229.0, 258.0, -76.0)
