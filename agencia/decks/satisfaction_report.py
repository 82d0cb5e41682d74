"""The client-ready satisfaction report: per dimension the score against what the client
expected, the gap (unweighted and weighted by importance), a bar chart of both, and the
trend per quarter, in the client's language, every page under the agency's mark (its
logo, else its name: `decks/page_mark`). Plain data in, PDF out (Lato embedded, the
bytes depend on the content only).

Names and dimensions are typed by people (the account, the agency, a designed template),
so every Paragraph here gets its text through `_para`, which escapes it with the decks'
one `markup`: «Helados <b>García» prints as typed, and an `<img src=…>` in a name is
text, never a file read from this machine."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from agencia.decks import page_mark
from agencia.decks.content import AgencyProfile
from agencia.decks.fallback import Paragraph
from agencia.decks.fonts import BOLD, REGULAR, register_fonts, runs
from agencia.decks.page_mark import PageMark
from agencia.decks.rtl import needs_reorder, visual
from agencia.decks.text import markup, plain
from agencia.decks.theme import Theme

_WORDS = {
    "title": ("Satisfacción del cliente", "Client satisfaction"),
    "responses": (
        "{n} {responses} de {accounts} {accounts_word}, escala 1–{points}.",
        "{n} {responses} from {accounts} {accounts_word}, scale 1–{points}.",
    ),
    "response_words": (("respuesta", "respuestas"), ("response", "responses")),
    "account_words": (("cuenta", "cuentas"), ("account", "accounts")),
    "incomplete": (
        "{n} respuestas incompletas: cuentan solo las preguntas contestadas.",
        "{n} incomplete responses: only the questions answered count.",
    ),
    "incomplete_one": (
        "1 respuesta incompleta: cuentan solo las preguntas contestadas.",
        "1 incomplete response: only the questions answered count.",
    ),
    "head": (
        ("Dimensión", "Puntuación", "Expectativa", "Brecha", "Brecha ponderada", "Respuestas"),
        ("Dimension", "Score", "Expectation", "Gap", "Weighted gap", "Responses"),
    ),
    "chart": ("Puntuación y expectativa", "Score and expectation"),
    "trend": ("Tendencia por trimestre", "Trend by quarter"),
    "weakest": ("Dimensiones a mejorar", "Dimensions to improve"),
}


_MARK_TOP = 32.0  # from the page's top edge to the agency's mark


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One dimension's figures (None where nothing was answered)."""

    dimension: str
    score: float | None
    expectation: float | None
    gap: float | None
    weighted_gap: float | None
    responses: int


@dataclass(frozen=True, slots=True)
class SatisfactionReport:
    """What the report shows, already in the reader's words."""

    agency: AgencyProfile  # its name, logo and colour for the letterhead
    subject: str  # the account, or the agency
    language: str
    points: int
    responses: int
    accounts: int
    incomplete: int
    lines: tuple[ReportLine, ...]
    trend: tuple[tuple[str, float], ...]  # (quarter, mean score)
    weakest: tuple[str, ...]


def _w(key: str, lang: str) -> object:
    es, en = _WORDS[key]
    return en if lang == "en" else es


def _counted(key: str, n: int, lang: str) -> str:
    """The word of `key` for `n` things: «1 cuenta», «2 cuentas»."""
    words: tuple[str, str] = _w(key, lang)  # type: ignore[assignment]
    return words[0] if n == 1 else words[1]


def _num(value: float | None, lang: str, sign: bool = False) -> str:
    if value is None:
        return "—"
    text = f"{value:+.2f}" if sign else f"{value:.2f}"
    return text if lang == "en" else text.replace(".", ",")


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of text that is never markup (escaped by the decks' `markup`)."""
    return Paragraph(markup(text), style)


LEGEND = 16.0  # the key's row above the chart


def _chart(report: SatisfactionReport) -> Drawing:
    lines = [r for r in report.lines if r.score is not None]
    height = max(120, 22 * len(lines) + 40)
    drawing = Drawing(460, height + LEGEND)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 20, 290, height - 30
    chart.data = [
        [r.score or 0 for r in reversed(lines)],
        [r.expectation or 0 for r in reversed(lines)],
    ]
    chart.categoryAxis.categoryNames = [r.dimension[:28] for r in reversed(lines)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, report.points
    chart.valueAxis.valueStep = 1
    chart.valueAxis.labels.fontName = REGULAR
    chart.bars[0].fillColor = colors.HexColor(Theme.of(report.agency).primary)
    chart.bars[1].fillColor = colors.HexColor("#9E9E9E")
    drawing.add(chart)
    _legend(drawing, chart, report.language, height)
    names = chart.categoryAxis.categoryNames
    if any(needs_reorder(name) for name in names):  # the axis draws in one font: runs here
        chart.categoryAxis.categoryNames = [""] * len(names)
        step = chart.height / max(len(names), 1)
        for i, name in enumerate(names):
            parts = runs(visual(name), REGULAR)
            x = chart.x - 5 - sum(stringWidth(part, font, 8) for font, part in parts)
            for font, part in parts:
                drawing.add(
                    String(x, chart.y + (i + 0.5) * step - 3, part, fontName=font, fontSize=8)
                )
                x += stringWidth(part, font, 8)
    return drawing


def _legend(drawing: Drawing, chart: HorizontalBarChart, lang: str, top: float) -> None:
    """Which bars are which: the score's colour and the expectation's grey, named as the
    table's columns are (the bars had no key), above the chart's plot, from its left."""
    head: Sequence[str] = _w("head", lang)  # type: ignore[assignment]
    x, y = float(chart.x), top + 2
    for bars, word in ((chart.bars[0], head[1]), (chart.bars[1], head[2])):
        drawing.add(Rect(x, y, 9, 9, fillColor=bars.fillColor, strokeColor=None))
        drawing.add(String(x + 13, y + 1, word, fontName=REGULAR, fontSize=8))
        x += 13 + stringWidth(word, REGULAR, 8) + 18


def render_report(report: SatisfactionReport) -> bytes:
    """The report as PDF bytes."""
    register_fonts()
    lang = report.language
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22, spaceAfter=6)
    heading = ParagraphStyle("heading", fontName=BOLD, fontSize=12, leading=16, spaceBefore=10)
    # Cells and the list of names are the report's lines, a name in them a run: left to
    # right and at their column's edge, whatever a name's first letter (fallback.drawn_as).
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=9, leading=11, label=True)
    names = ParagraphStyle("names", parent=body, label=True)
    out = io.BytesIO()
    mark = PageMark(report.agency)
    page_w, page_h = float(A4[0]), float(A4[1])

    def letterhead(canvas: Canvas, _doc: object) -> None:
        mark.draw(canvas, 48, page_w - 48, page_h - _MARK_TOP)

    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        title=str(_w("title", lang)),
        author=plain(report.agency.name),
        subject=plain(report.subject),
        invariant=1,
        leftMargin=48,
        rightMargin=48,
        topMargin=_MARK_TOP + page_mark.HEIGHT + 18,
    )
    story: list[object] = [
        _para(f"{_w('title', lang)} · {report.subject}", title),
        _para(
            str(_w("responses", lang)).format(
                n=report.responses,
                responses=_counted("response_words", report.responses, lang),
                accounts=report.accounts,
                accounts_word=_counted("account_words", report.accounts, lang),
                points=report.points,
            ),
            body,
        ),
    ]
    if report.incomplete:
        incomplete = "incomplete_one" if report.incomplete == 1 else "incomplete"
        story.append(_para(str(_w(incomplete, lang)).format(n=report.incomplete), body))
    head: Sequence[str] = _w("head", lang)  # type: ignore[assignment]
    rows: list[list[object]] = [list(head)]
    rows += [
        [
            _para(r.dimension, cell),  # a long name wraps in its column
            _num(r.score, lang),
            _num(r.expectation, lang),
            _num(r.gap, lang, sign=True),
            _num(r.weighted_gap, lang, sign=True),
            str(r.responses),
        ]
        for r in report.lines
    ]
    table = Table(rows, repeatRows=1, colWidths=[170, 62, 68, 56, 84, 60])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                ("FONT", (0, 0), (-1, 0), BOLD, 9),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F4F7")]),
            ]
        )
    )
    story += [Spacer(1, 10), table, _para(str(_w("chart", lang)), heading), _chart(report)]
    if report.trend:
        story.append(_para(str(_w("trend", lang)), heading))
        story.append(_para(" · ".join(f"{q}: {_num(s, lang)}" for q, s in report.trend), body))
    if report.weakest:
        story.append(_para(str(_w("weakest", lang)), heading))
        story.append(_para(", ".join(report.weakest), names))
    doc.build(story, onFirstPage=letterhead, onLaterPages=letterhead)
    return out.getvalue()
