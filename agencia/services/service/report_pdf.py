"""The SLA compliance report as a PDF (A4): the same figures as the CSV, one table per
grouping, in the reader's language. Plain data in, bytes out (ReportLab)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from agencia.domain import messages
from agencia.services.service.report import ComplianceRow

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
    "meeting_report": ("Acta enviada", "Meeting report sent"),
    "contrabrief": ("Contrabrief entregado", "Contrabrief delivered"),
    "brief_answer": ("Brief respondido", "Brief answered"),
}


def _w(key: str, lang: str) -> object:
    es, en = _WORDS[key]
    return en if lang == "en" else es


def sla_pdf(
    rows: Sequence[ComplianceRow], start: date | None, end: date | None, lang: str | None = None
) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    lang = lang or messages.language()
    styles = getSampleStyleSheet()
    story = [Paragraph(escape(str(_w("title", lang))), styles["Title"])]
    period = f"{start.isoformat() if start else '…'} – {end.isoformat() if end else '…'}"
    story.append(Paragraph(f"{_w('period', lang)}: {period}", styles["Normal"]))
    for by in ("account", "executive", "month", "promise"):
        mine = [r for r in rows if r.by == by]
        if not mine:
            continue
        story += [Spacer(1, 12), Paragraph(escape(str(_w(by, lang))), styles["Heading2"])]
        head = list(_w("head", lang))  # type: ignore[call-overload]
        body = [
            [str(_w(r.name, lang)) if r.name in _WORDS else r.name, r.requests, r.met,
             r.breached, "—" if r.compliance is None else f"{r.compliance:.1f} %"]
            for r in mine
        ]  # fmt: skip
        table = Table([head, *body], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ]
            )
        )
        story.append(table)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=str(_w("title", lang))).build(story)
    return out.getvalue()
