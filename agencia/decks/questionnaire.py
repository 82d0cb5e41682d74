"""The fillable questionnaire: a PDF with a form (AcroForm) per contact, in the client's
language, to send by e-mail or print for post or fax. Each question has a row of boxes
for what the client expected and a row for what they perceived, each dimension a row for
its importance; every page wears the agency's mark (its logo, else its name:
`decks/page_mark`); a hidden field names the survey revision, the account, the contact and
the survey's fingerprint, so that a returned form is read back into the right response
and a form for another survey or contact is refused (`services/satisfaction/questionnaire`).

Field names: `e_D_Q` (expected), `p_D_Q` (perceived), `i_D` (importance), each a radio
group whose value is the point chosen; `agencia_form` the identity. Plain data in, PDF
out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from agencia.decks.content import AgencyProfile
from agencia.decks.fonts import BOLD, REGULAR, draw_string, register_fonts
from agencia.decks.page_mark import PageMark, fitted
from agencia.decks.text import plain

IDENTITY = "agencia_form"
_WORDS = {
    "expected": ("Esperaba", "Expected"),
    "perceived": ("Percibió", "Perceived"),
    "importance": ("Importancia para usted", "How much it matters to you"),
    "intro": (
        "Marque para cada pregunta lo que esperaba de la agencia y lo que ha recibido.",
        "For each question, tick what you expected of the agency and what you received.",
    ),
    "for": ("Para", "For"),
}


@dataclass(frozen=True, slots=True)
class Questionnaire:
    """What the form asks, already in the client's words."""

    agency: AgencyProfile  # its name, logo and colour for the letterhead
    title: str
    account: str
    contact: str
    language: str
    points: int
    words: tuple[str | None, ...]  # the scale's words on its points
    dimensions: tuple[tuple[str, tuple[str, ...]], ...]
    identity: str  # template:account:contact:fingerprint:token (the token kept in the trail)


def _w(key: str, lang: str) -> str:
    es, en = _WORDS[key]
    return en if lang == "en" else es


def _boxes(canvas: Canvas, name: str, points: int, x: float, y: float) -> None:
    for point in range(1, points + 1):
        canvas.acroForm.radio(
            name=name,
            value=str(point),
            selected=False,
            x=x + (point - 1) * 22,
            y=y,
            size=12,
            buttonStyle="check",
            shape="square",
            borderColor=colors.HexColor("#555555"),
            fillColor=colors.white,
            forceBorder=True,
        )


def render_questionnaire(form: Questionnaire) -> bytes:
    """The form as PDF bytes."""
    register_fonts()
    lang = form.language
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    canvas.setTitle(plain(form.title))
    canvas.setAuthor(plain(form.agency.name))
    canvas.setSubject(form.identity)
    width, height = float(A4[0]), float(A4[1])
    left, boxes_x = 48.0, width - 48 - form.points * 22
    mark = PageMark(form.agency)

    def line(text: str, size: float, smallest: float, y: float, *, bold: bool = False) -> None:
        """One line of the form between the margins (a long name smaller, then cut)."""
        size, text = fitted(text, width - 48 - left, size, smallest=smallest, bold=bold)
        canvas.setFont(BOLD if bold else REGULAR, size)
        draw_string(canvas, left, y, text)

    def page_head() -> float:
        top = mark.draw(canvas, left, width - 48, height - 32) - 26
        line(plain(form.title), 15, 10, top, bold=True)
        line(f"{_w('for', lang)}: {plain(form.contact)} ({plain(form.account)})", 9.5, 8, top - 16)
        canvas.setFont(REGULAR, 9.5)
        draw_string(canvas, left, top - 30, _w("intro", lang))
        scale = " · ".join(f"{i + 1} {plain(w)}".strip() for i, w in enumerate(form.words))
        draw_string(canvas, left, top - 44, scale, rtl=False)  # 1 … 5, in the form's order
        for point in range(1, form.points + 1):
            draw_string(
                canvas, boxes_x + (point - 1) * 22 + 6, top - 62, str(point), anchor="middle"
            )
        return top - 80

    y = page_head()
    canvas.acroForm.textfield(name=IDENTITY, value=form.identity, x=0, y=0, width=1, height=1,
                              fieldFlags="readOnly", annotationFlags="hidden")  # fmt: skip
    for d, (name, questions) in enumerate(form.dimensions, 1):
        if y < 120 + 40 * len(questions):
            canvas.showPage()
            y = page_head()
        line(f"{d}. {plain(name)}", 11, 9, y, bold=True)
        canvas.setFont(REGULAR, 9)
        draw_string(canvas, boxes_x - 8, y - 16, _w("importance", lang), anchor="end")
        _boxes(canvas, f"i_{d}", form.points, boxes_x, y - 19)
        y -= 36
        for q, text in enumerate(questions, 1):
            size, said = fitted(f"{d}.{q} {plain(text)}", width - 60 - left, 9.5, smallest=8)
            canvas.setFont(REGULAR, size)
            draw_string(canvas, left + 12, y, said)
            canvas.setFont(REGULAR, 8.5)
            draw_string(canvas, boxes_x - 8, y - 15, _w("expected", lang), anchor="end")
            _boxes(canvas, f"e_{d}_{q}", form.points, boxes_x, y - 18)
            draw_string(canvas, boxes_x - 8, y - 31, _w("perceived", lang), anchor="end")
            _boxes(canvas, f"p_{d}_{q}", form.points, boxes_x, y - 34)
            y -= 48
        y -= 6
    canvas.showPage()
    canvas.save()
    return out.getvalue()
