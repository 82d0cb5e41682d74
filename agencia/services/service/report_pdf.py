"""The SLA compliance report as a PDF (A4): the same figures as the CSV, one table per
grouping, in the reader's language.

It follows the house's one path for printed text (as the decks and the satisfaction
report do): Lato embedded, Hebrew and Arabic in their fallback fonts (decks/fallback),
every typed name cleaned and escaped by the decks' `text` (a direction override or an
emoji is left out, `<b>` prints as typed), letters no font draws refused naming them
(services/drawable), and numbers, months and dates as the reader writes them
(decks/formats: «33,3 %», «1 oct 2026», «octubre 2026»). A long account name wraps in
its column: the table always fits the page."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from agencia.db.database import Database
from agencia.decks.fallback import Paragraph
from agencia.decks.fonts import BOLD, REGULAR, register_fonts
from agencia.decks.formats import Fmt
from agencia.decks.text import markup, plain
from agencia.domain import messages
from agencia.domain.actor import Actor
from agencia.services.drawable import refuse_undrawable
from agencia.services.service.report import ComplianceRow, Coverage, coverage, sla_report

_WORDS = {
    "title": ("Cumplimiento de SLA", "SLA compliance"),
    "period": ("Periodo", "Period"),
    "account": ("Por cuenta", "By account"),
    "executive": ("Por responsable", "By executive"),
    "month": ("Por mes", "By month"),
    "promise": ("Compromisos de la agencia", "The agency's promises"),
    "head": (
        ("", "Solicitudes", "Cumplidas", "Incumplidas", "Cumplimiento"),
        ("", "Requests", "Met", "Breached", "Compliance"),
    ),
    "nobody": ("Sin responsable", "Unassigned"),
    "meeting_report": ("Acta enviada", "Meeting report sent"),
    "contrabrief": ("Contrabrief entregado", "Contrabrief delivered"),
    "brief_answer": ("Brief respondido", "Brief answered"),
}
_MARGIN = 20 * mm
_FIGURE = 27 * mm  # each of the four figure columns; the name takes the rest and wraps


def _w(key: str, lang: str) -> object:
    es, en = _WORDS[key]
    return en if lang == "en" else es


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=12.5)
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=20, leading=25, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=13, leading=16, spaceAfter=4),
        "body": body,
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, alignment=2),
        "figure": ParagraphStyle("figure", parent=body, alignment=2),
        # a row's name: left to right with its column, whatever script it starts in
        "cell": ParagraphStyle("cell", parent=body, label=True),
    }


def _name(row: ComplianceRow, lang: str, fmt: Fmt) -> str:
    """The row's name in the reader's words (cleaned, not yet escaped)."""
    if row.by == "month":
        return fmt.month(datetime.strptime(row.name, "%Y-%m").date())
    if row.by == "executive" and not row.name:
        return str(_w("nobody", lang))
    if row.by == "promise" and row.name in _WORDS:
        return str(_w(row.name, lang))
    return plain(row.name)


def _compliance(row: ComplianceRow, fmt: Fmt) -> str:
    if row.compliance is None:
        return "—"
    from babel.numbers import parse_pattern

    pattern = parse_pattern(fmt.locale.percent_formats[None].pattern)
    pattern.frac_prec = (1, 1)
    return str(pattern.apply(row.compliance / 100, fmt.locale))


def _table(rows: Sequence[ComplianceRow], lang: str, fmt: Fmt, width: float) -> Table:
    s = _styles()
    head = [Paragraph(markup(str(w)), s["head"]) for w in _w("head", lang)]  # type: ignore[attr-defined]
    body = [
        [Paragraph(markup(_name(r, lang, fmt)), s["cell"])]
        + [
            Paragraph(markup(figure), s["figure"])
            for figure in (
                fmt.number(r.requests),
                fmt.number(r.met),
                fmt.number(r.breached),
                _compliance(r, fmt),
            )
        ]
        for r in rows
    ]  # fmt: skip  (every cell a Paragraph: one baseline across the row)
    table = Table([head, *body], colWidths=[width - 4 * _FIGURE] + [_FIGURE] * 4, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    return table


def sla_pdf(rows: Sequence[ComplianceRow], period: Coverage, lang: str | None = None) -> bytes:
    """The report's bytes: `rows` (sla_report) over `period` (report.coverage)."""
    lang = "en" if (lang or messages.language()) == "en" else "es"
    refuse_undrawable([plain(r.name) for r in rows])  # what plain() cannot leave out
    fmt = Fmt(period.locale, lang, "EUR")
    s = _styles()
    width = A4[0] - 2 * _MARGIN
    when = f"{fmt.date(period.start)} – {fmt.date(period.end)}"
    story: list[Flowable] = [
        Paragraph(markup(str(_w("title", lang))), s["title"]),
        Paragraph(markup(f"{_w('period', lang)}: {when}"), s["body"]),
    ]
    for by in ("account", "executive", "month", "promise"):
        mine = [r for r in rows if r.by == by]
        if mine:
            story += [Spacer(1, 12), Paragraph(markup(str(_w(by, lang))), s["h2"])]
            story.append(_table(mine, lang, fmt, width))
    out = io.BytesIO()
    title = str(_w("title", lang))
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        title=title,
        lang=lang,
        initialFontName=REGULAR,  # never Helvetica, which is not embedded
        invariant=1,  # the same figures give the same bytes
    )
    document.build(story)
    return out.getvalue()


def sla_report_pdf(
    db: Database,
    actor: Actor,
    start: date | None = None,
    end: date | None = None,
    account_id: int | None = None,
    lang: str | None = None,
) -> bytes:
    """The report as the reader prints it (`report sla --format pdf`)."""
    rows = sla_report(db, actor, start, end, account_id)
    return sla_pdf(rows, coverage(db, actor, start, end, account_id), lang)
