"""A4 portrait documents (the acta, the brief to sign, the contrabrief): what agencies
print, sign and send as an attachment, in the decks' design system (the agency's colours,
Lato embedded, the client's language and formats).

Unlike the slides, text here flows: ReportLab's platypus wraps paragraphs and carries
them, and tables row by row with their header repeated, onto as many pages as they need.
Every page ends with the footer, drawn after the page's content and below it, so that a
text extraction (pdftotext, a screen reader) reads title, body, footer in that order;
"n / N" takes N from a form drawn once the page count is known. Section headings are the
PDF's bookmarks; the title, author, subject and language are set; the bytes depend on
the content only (ReportLab's invariant mode, the content's date).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from agencia.decks import theme as t
from agencia.decks.build import make_ctx
from agencia.decks.fallback import Paragraph
from agencia.decks.fonts import BOLD, REGULAR, draw_string, register_fonts, width
from agencia.decks.labels import label
from agencia.decks.page_mark import fit_logo
from agencia.decks.paper_content import ActaContent, ContrabriefContent
from agencia.decks.slides import Ctx, Meta, ellipsize, footer_parts
from agencia.decks.styles import bullet_mark, composed, framed, hanging
from agencia.decks.text import blocks, markup
from agencia.decks.theme import Theme, rl

PAGE_W, PAGE_H = A4
MARGIN_X = 56.0
MARGIN_TOP = 48.0
MARGIN_BOTTOM = 64.0  # the footer sits in it
CONTENT_W = PAGE_W - 2 * MARGIN_X
FOOTER_Y = 30.0

TITLE = 20.0
HEADING = 12.5
BODY = 10.5
SMALL = 9.0
CAPTION = 8.0
LOGO_H = 34.0


class PaperStyles:
    """The paragraph styles of a printed page: a body that reads at arm's length."""

    def __init__(self, th: Theme) -> None:
        register_fonts()
        ink, grey = rl(t.INK), rl(t.GREY)
        base = ParagraphStyle(
            "p_base",
            fontName=REGULAR,
            fontSize=BODY,
            leading=BODY * 1.35,
            textColor=ink,
            allowWidows=0,
            allowOrphans=0,
            splitLongWords=1,
            bulletFontName=BOLD,
        )

        def sized(size: float) -> dict[str, float]:
            return {"fontSize": size, "leading": size * 1.3}

        def style(name: str, size: float = BODY, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, parent=base, **sized(size), **kw)

        self.kicker = style(
            "p_kicker", CAPTION + 1, fontName=BOLD, textColor=rl(th.secondary_text), spaceAfter=4
        )
        # The title at the left margin under the letterhead whatever its first letter,
        # as the slides' (styles.framed); the subtitle a line the document composes
        # («client · brand»: styles.composed), in its order.
        self.title = framed(
            "p_title",
            parent=base,
            fontName=BOLD,
            textColor=rl(th.primary_text),
            spaceAfter=4,
            **sized(TITLE),
        )
        self.subtitle = composed(
            "p_subtitle", parent=base, textColor=grey, spaceAfter=10, **sized(BODY + 1.5)
        )
        self.heading = style(
            "p_heading",
            HEADING,
            fontName=BOLD,
            textColor=rl(th.primary_text),
            spaceBefore=16,
            spaceAfter=6,
        )
        self.subheading = style(
            "p_subheading", BODY, fontName=BOLD, spaceBefore=6, spaceAfter=3, keepWithNext=1
        )
        self.body = ParagraphStyle("p_body", parent=base, spaceAfter=6)
        self.bullet = hanging(base, "p_bullet", 16, bulletColor=rl(th.secondary), spaceAfter=4)
        self.small = style("p_small", SMALL, textColor=grey, spaceAfter=4)
        # A table's cells: the document's direction and their column's alignment,
        # whatever their first letter (fallback.drawn_as).
        cell = {"label": True}
        self.cell = style("p_cell", SMALL + 0.5, **cell)
        self.cell_bold = style("p_cell_bold", SMALL + 0.5, fontName=BOLD, **cell)
        self.cell_head = style(
            "p_cell_head", SMALL, fontName=BOLD, textColor=rl(th.primary_text), **cell
        )
        self.cell_right = style("p_cell_right", SMALL + 0.5, alignment=TA_RIGHT, **cell)
        self.label = style("p_label", SMALL, textColor=grey, **cell)
        self.value = style("p_value", SMALL + 1, fontName=BOLD, **cell)


class Heading(Paragraph):
    """A section's heading: a bookmark in the PDF's outline where it lands."""

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0) -> None:
        super().__init__(markup(text), style)
        self.outline = " ".join(text.split())
        self.outline_level = level


KEEP_BELOW_HEADING = 84.0  # a heading starts a page rather than end one: this much must follow


def client_ctx(
    c: ActaContent | ContrabriefContent, lang: str, kind: str, *, latam: bool = False
) -> Ctx:
    """The context of a document the client receives (the acta, the contrabrief): in
    `lang` ("es" or "en", Latin America's Spanish when `latam`), the client's formats and
    the agency's currency, the document's `kind` (a label key) as the footer's version."""
    lang = "en" if lang == "en" else "es"
    return make_ctx(
        c.agency,
        lang=lang,
        locale=c.locale,
        currency=c.agency.currency,
        client=c.client,
        version=label(kind, lang),
        made_on=c.made_on,
        latam=latam,
    )


def section(ps: PaperStyles, text: str) -> list[Flowable]:
    """A section's heading (a bookmark under the title), moved to the next page when too
    little room is left under it. Not platypus' keepWithNext: that would carry a long
    table whole to the next page and leave this one half empty."""
    return [CondPageBreak(KEEP_BELOW_HEADING), Heading(text, ps.heading, level=1)]


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A user's text as one paragraph (escaped here, line breaks kept)."""
    return Paragraph(markup(text), style)


def user_text(ps: PaperStyles, text: str) -> list[Flowable]:
    """A user's text as paragraphs and bullets ("- …" lines), as the slides read it."""
    return [
        Paragraph(bullet_mark(ps.bullet) + markup(b.text), ps.bullet)
        if b.bullet
        else para(b.text, ps.body)
        for b in blocks(text)
    ]


class Logo(Flowable):  # type: ignore[misc]
    """A logo read once per document (Ctx.image), drawn at a size that keeps its shape."""

    def __init__(self, reader: ImageReader, w: float, h: float, *, right: bool = False) -> None:
        super().__init__()
        self.reader, self.w, self.h, self.right = reader, w, h, right

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.aw = aw
        return aw, self.h

    def draw(self) -> None:
        x = self.aw - self.w if self.right else 0.0
        self.canv.drawImage(self.reader, x, 0, self.w, self.h, mask="auto")


def _logo(ctx: Ctx, data: bytes | None, max_w: float, *, right: bool = False) -> Logo | None:
    """The logo at the size it is drawn, its pixels cut to what print needs
    (page_mark.fit_logo, shared with the satisfaction documents' page mark)."""
    reader: ImageReader | None = ctx.image(data)
    if reader is None:
        return None
    small, dw, dh = fit_logo(reader, max_w, LOGO_H)
    return Logo(small, dw, dh, right=right)


def letterhead(
    ctx: Ctx, ps: PaperStyles, agency_logo: bytes | None, client_logo: bytes | None
) -> Flowable:
    """The agency's logo (or name) on the left and the client's on the right, over a rule
    in the agency's colour."""
    half = CONTENT_W / 2
    left: Flowable = _logo(ctx, agency_logo, half - 12) or para(ctx.agency, ps.value)
    right: Flowable | str = _logo(ctx, client_logo, half - 12, right=True) or ""
    table = Table([[left, right]], colWidths=[half, half], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("LINEBELOW", (0, 0), (-1, 0), 1.5, rl(ctx.theme.primary)),
            ]
        )
    )
    return table


def head(
    ctx: Ctx,
    ps: PaperStyles,
    *,
    kicker: str,
    title: str,
    subtitle: str,
    pairs: Sequence[tuple[str, str]],
    agency_logo: bytes | None,
    client_logo: bytes | None,
) -> list[Flowable]:
    """A document's first lines: letterhead, what it is, its title (the outline's first
    entry), who it concerns, its facts."""
    items: list[Flowable] = [
        letterhead(ctx, ps, agency_logo, client_logo),
        space(16),
        para(kicker.upper(), ps.kicker),
        Heading(title, ps.title),
    ]
    if subtitle:
        items.append(para(subtitle, ps.subtitle))
    table = facts(ps, pairs)
    if table is not None:
        items.append(table)
    return items


def facts(ps: PaperStyles, pairs: Sequence[tuple[str, str]]) -> Flowable | None:
    """Label and value side by side, one fact a row (read in order when extracted)."""
    rows = [[para(k, ps.label), para(v, ps.cell_bold)] for k, v in pairs if v]
    if not rows:
        return None
    label_w = max(width(k, SMALL) for k, v in pairs if v) + 14
    table = Table(rows, colWidths=[label_w, CONTENT_W - label_w], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def grid(
    ps: PaperStyles,
    head: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    fractions: Sequence[float],
) -> Table:
    """A table that breaks between rows onto the next page, its header repeated."""
    widths = [CONTENT_W * f for f in fractions]
    cells = [[para(h, ps.cell_head) for h in head]]
    cells += [[para(c, ps.cell) if isinstance(c, str) else c for c in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, 0), 1, rl(t.RULE)),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, rl(t.RULE)),
            ]
        )
    )
    return table


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table's style, its cells in the document's font (ReportLab would set Helvetica,
    which is not embedded, for each cell, even one that holds a paragraph)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def space(h: float) -> Spacer:
    return Spacer(1, h)


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """Platypus' document with the deck's footer on every page and the headings as
    bookmarks."""

    def __init__(self, buffer: io.BytesIO, ctx: Ctx, meta: Meta) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            creator="Agencia",
            keywords=meta.keywords,
            lang=meta.lang,
            invariant=1,
            pageCompression=1,
            initialFontName=REGULAR,
            initialFontSize=BODY,
        )
        self.ctx = ctx
        self.meta = meta
        self._marks = 0
        self._pages = 0
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            0,
            0,
            0,
            0,
            id="body",
        )
        self.addPageTemplates(
            [PageTemplate("page", [frame], onPage=self._begin, onPageEnd=self._footer)]
        )

    def _begin(self, canvas: Canvas, _doc: object) -> None:
        if canvas.getPageNumber() == 1:
            made = self.meta.made_on
            canvas.setDateFormatter(lambda *_: f"D:{made:%Y%m%d}000000+00'00'")
            canvas.showOutline()
            canvas.setViewerPreference("DisplayDocTitle", "true")

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._marks += 1
            key = f"h{self._marks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline, key, level=flowable.outline_level)

    def _footer(self, canvas: Canvas, _doc: object) -> None:
        ctx = self.ctx
        n = self._pages = canvas.getPageNumber()
        page = ctx.label("page", n=n, total="")
        canvas.saveState()
        canvas.setStrokeColor(rl(t.RULE))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, FOOTER_Y + 12, PAGE_W - MARGIN_X, FOOTER_Y + 12)
        canvas.setFont(REGULAR, CAPTION)
        canvas.setFillColor(rl(t.GREY))
        total_w = width("000", CAPTION)
        page_w = width(page, CAPTION)
        right = PAGE_W - MARGIN_X
        text = "  ·  ".join(footer_parts(ctx))
        room = CONTENT_W - page_w - total_w - 24
        draw_string(canvas, MARGIN_X, FOOTER_Y, ellipsize(text, CAPTION, room), rtl=False)
        draw_string(canvas, right - total_w, FOOTER_Y, page, anchor="end")
        canvas.translate(right - total_w, FOOTER_Y)
        canvas.doForm("pages_total")
        canvas.restoreState()

    def build_story(self, story: list[Flowable]) -> None:
        """Lay the story out, then draw the page count every footer shows, and save."""
        self._doSave = 0
        self.build(story)
        canvas = self.canv
        canvas.beginForm("pages_total")
        canvas.setFont(REGULAR, CAPTION)
        canvas.setFillColor(rl(t.GREY))
        draw_string(canvas, 0, 0, str(self._pages))
        canvas.endForm()
        canvas.save()


def render(ctx: Ctx, story: list[Flowable], meta: Meta) -> bytes:
    """The A4 document's PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    _Document(buffer, ctx, meta).build_story(story)
    return buffer.getvalue()
