"""The brief on one 16:9 page: the campaign in a band on top, its facts in a row, and
every filled field of the brief flowing through three columns (a long brief continues
on a second page rather than shrinking)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from agencia.decks import theme as t
from agencia.decks.build import meta
from agencia.decks.campaign import campaign_ctx
from agencia.decks.content import CampaignContent
from agencia.decks.covers import CHIP_PAD, LOGO_H, chip, logo_size
from agencia.decks.fonts import BOLD, REGULAR, draw_string, width
from agencia.decks.layout import (
    CONTENT_BOTTOM,
    Keep,
    Placement,
    draw_column,
    paginate,
    para,
    text_items,
    title_block,
    title_height,
)
from agencia.decks.slides import Ctx, Deck, Slide, broken
from agencia.decks.text import plain
from agencia.domain.briefs import BRIEF_FIELDS

COLUMNS = 3
COL_SPAN = 4


def build_brief(
    content: CampaignContent, lang: str, progress: Callable[[int, int], None] | None
) -> bytes:
    ctx = campaign_ctx(content, lang)
    c = content
    # The sheet is the brief: its footer names the brief's version, not the proposal's.
    ctx.version = ctx.label("brief_version", n=c.brief_number) if c.brief_number else ""
    items = _fields(ctx, c, large=False)
    deck = Deck(ctx)
    rows = _fact_rows(_facts(ctx, c))
    facts_h = _rows_height(rows)
    band, level = _band(ctx, c, facts_h)
    # The facts under the band when they fit there (level < 2), else on top of the next
    # page; the fields start on the first page only with room for a label and its first
    # lines (level 0): a column too short to start a paragraph in would hold it whole,
    # past the bottom.
    facts_later = bool(rows) and level == 2
    first_top = float(t.PAGE_H - band.h - 20 - (0.0 if facts_later else facts_h))
    cont_title = ctx.label("cont", title=f"{ctx.label('brief_sheet')} · {plain(c.campaign)}")
    next_top = title_height(ctx, cont_title)
    col_w = t.span(COL_SPAN)
    skip = 0 if level == 0 else COLUMNS

    def page_top(page: int) -> float:
        if page == 0:
            return first_top
        return next_top - (facts_h if facts_later and page == 1 else 0.0)

    def height(i: int) -> float:
        return page_top((i + skip) // COLUMNS) - CONTENT_BOTTOM

    if not skip:  # a short brief at the body size when it still fits the one page
        large = _fields(ctx, c, large=True)
        if len(paginate(large, col_w, height, max_bullets=1000)) <= COLUMNS:
            items = large
    columns: list[list[Placement]] = [[] for _ in range(skip)]
    columns += paginate(items, col_w, height, max_bullets=1000)
    if 1 < len(columns) <= COLUMNS:
        columns = _balanced(items, col_w, first_top - CONTENT_BOTTOM)
    for page_no, start in enumerate(range(0, len(columns), COLUMNS)):
        slide = Slide()
        if page_no == 0:
            slide.add(band.draw)
            if rows and not facts_later:
                slide.add(partial(_draw_facts, rows=rows, top=t.PAGE_H - band.h - 20))
        else:
            top = title_block(ctx, slide, cont_title)
            if rows and facts_later and page_no == 1:
                slide.add(partial(_draw_facts, rows=rows, top=top))
        top = page_top(page_no)
        for k, placements in enumerate(columns[start : start + COLUMNS]):
            draw_column(slide, placements, t.col_x(k * COL_SPAN), top)
        deck.add(slide, bookmark=ctx.label("brief_sheet") if page_no == 0 else None)
    return deck.render(
        meta(
            ctx,
            title=f"{ctx.label('brief_sheet')} — {plain(c.campaign)}",
            subject=ctx.label("brief_subject", campaign=plain(c.campaign), client=plain(c.client)),
            made_on=c.made_on,
            locale=c.locale,
        ),
        progress,
    )


def _fields(ctx: Ctx, c: CampaignContent, *, large: bool) -> list[Flowable]:
    """Every filled field of the brief under its label: at the sheet's dense size, or
    `large` at the body size (its label a size up too) for a brief that leaves the page
    half empty at the dense one."""
    s = ctx.styles
    label = s.sheet_label
    if large:
        label = ParagraphStyle("sheet_label_large", parent=label, **_sized(t.TABLE))
    items: list[Flowable] = []
    for name, es, en in BRIEF_FIELDS:
        text = (c.brief.get(name) or "").strip()
        if not plain(text):
            continue
        head = para((en if ctx.lang == "en" else es).upper(), label)
        body = text_items(ctx, text) if large else text_items(ctx, text, sheet=True)
        items.append(Keep([head, *body]))
    return items or [para(ctx.label("brief_empty"), s.small)]


def _sized(size: float) -> dict[str, float]:
    return {"fontSize": size, "leading": t.leading(size)}


def _balanced(items: list[Flowable], width: float, full: float) -> list[list[Placement]]:
    """A brief that fits one page spread over its three columns as evenly as it goes: the
    shortest column height that still holds it all (a bisection), laid out once more at
    that height (a trial that failed may have split, and so changed, a paragraph that an
    earlier trial placed)."""
    low, high = 24.0, full
    for _ in range(12):
        mid = (low + high) / 2
        if len(paginate(items, width, mid, max_bullets=1000)) <= COLUMNS:
            high = mid
        else:
            low = mid
    final = paginate(items, width, high, max_bullets=1000)
    return final if len(final) <= COLUMNS else paginate(items, width, full, max_bullets=1000)


_TITLE_SIZES = (t.TITLE, t.SUBTITLE, t.BODY)


def _band(ctx: Ctx, c: CampaignContent, facts_h: float) -> tuple[_Band, int]:
    """The band at the largest title size that leaves room under it for the facts
    (`facts_h`) and the start of the fields (level 0), else for the facts alone (level
    1), else for nothing more (level 2: the facts go to the next page). A campaign's name
    of many lines steps down to the body size, never below, as a cover's title does."""
    room = t.PAGE_H - CONTENT_BOTTOM
    needs = (20 + facts_h + _MIN_ROOM, 20 + facts_h, 0.0)
    bands = [_Band(ctx, c, size) for size in _TITLE_SIZES]
    for level, need in enumerate(needs):
        for band in bands:
            if band.h + need <= room:
                return band, level
    return bands[-1], len(needs) - 1


class _Band:
    """The page's head: client and brand over the campaign's name, on the agency's colour."""

    def __init__(self, ctx: Ctx, c: CampaignContent, size: float = t.TITLE) -> None:
        th = ctx.theme
        self.ctx = ctx
        fg = th.on_cover
        who = " · ".join(x for x in (plain(c.client), plain(c.brand)) if x)
        number = (
            ctx.label("brief_number", n=c.brief_number)
            if c.brief_number
            else ctx.label("brief_sheet")
        )
        kick_style = ParagraphStyle("bk", parent=ctx.styles.table_bold, textColor=t.rl(fg))
        title_style = ParagraphStyle(
            f"bt{size}",
            parent=ctx.styles.title,
            textColor=t.rl(fg),
            fontSize=size,
            leading=t.leading(size),
        )
        self.kicker = para(" · ".join(x for x in (number, who) if x), kick_style)
        self.title = para(c.campaign, title_style)
        self.logo = ctx.image(c.client_logo) or ctx.image(c.brand_logo)
        w = t.span(12)
        self.chip_w = 0.0
        if self.logo is not None:
            lw, _ = logo_size(self.logo, 160, LOGO_H)
            self.chip_w = lw + 2 * CHIP_PAD
            w -= self.chip_w + t.GUTTER
        _, self.kh = self.kicker.wrap(w, 200)
        _, self.th = self.title.wrap(w, 300)
        self.h = max(28 + self.kh + 6 + self.th + 22, LOGO_H + 2 * CHIP_PAD + 48)

    def draw(self, c: Canvas) -> None:
        th = self.ctx.theme
        c.setFillColor(t.rl(th.cover))
        c.rect(0, t.PAGE_H - self.h, t.PAGE_W, self.h, stroke=0, fill=1)
        c.setFillColor(t.rl(th.secondary))
        c.rect(0, t.PAGE_H - self.h, t.PAGE_W, 4, stroke=0, fill=1)
        y = t.PAGE_H - 28 - self.kh
        self.kicker.drawOn(c, t.MARGIN_X, y)
        y -= 6 + self.th
        self.title.drawOn(c, t.MARGIN_X, y)
        if self.logo is not None:
            w, h = logo_size(self.logo, 160, LOGO_H)
            chip(
                c,
                self.logo,
                t.PAGE_W - t.MARGIN_X - self.chip_w,
                t.PAGE_H - 24 - h - 2 * CHIP_PAD,
                w,
                h,
            )


_FACT_H = 30.0
_MIN_ROOM = 4 * t.leading(t.TABLE)  # a field's label and its first lines
_LABEL = t.TABLE - 0.5  # within 5 % of the value's size: one block for pdftotext


def _facts(ctx: Ctx, c: CampaignContent) -> list[tuple[str, str]]:
    f = ctx.fmt
    budget = c.brief_budget if c.brief_budget is not None else c.budget
    deadline = c.brief_deadline or c.deadline
    pairs = [
        ("code", plain(c.code)),
        ("kind", plain(c.kind)),
        ("status", plain(c.status)),
        ("budget", f.money(budget) if budget else ""),
        ("starts", f.short_date(c.starts)),
        ("deadline", f.short_date(deadline)),
    ]
    return [(ctx.label(k), v) for k, v in pairs if v]


_Fact = tuple[float, str, list[str]]  # where it starts, its label, its value's lines
_VALUE_LEADING = t.leading(t.TABLE)  # between a wrapped value's lines


def _fact_rows(facts: list[tuple[str, str]]) -> list[list[_Fact]]:
    """The facts side by side, a fact that would run past the edge on a row below, a
    value wider than the page (a URL, a code typed as one word) broken into lines of
    the page's width (slides.broken): each row its facts as (x, label, value's lines).
    Both measuring (`_rows_height`) and drawing use it, so that the page makes room for
    every line it draws."""
    rows: list[list[_Fact]] = []
    x = t.MARGIN_X
    for name, value in facts:
        lines = broken(value, t.TABLE, t.CONTENT_W, bold=True)
        w = max([width(name, _LABEL)] + [width(line, t.TABLE, bold=True) for line in lines]) + 28
        if not rows or (x + w - 28 > t.PAGE_W - t.MARGIN_X and x > t.MARGIN_X):
            rows.append([])
            x = t.MARGIN_X
        rows[-1].append((x, name, lines))
        x += w
    return rows


def _row_height(row: list[_Fact]) -> float:
    """A row's height: a label over a value, and a line more for each wrapped line."""
    return _FACT_H + (max(len(lines) for _, _, lines in row) - 1) * _VALUE_LEADING


def _rows_height(rows: list[list[_Fact]]) -> float:
    """The facts' height with the room under their rule (none without facts)."""
    return sum(_row_height(row) for row in rows) + 16 if rows else 0.0


def _draw_facts(c: Canvas, rows: list[list[_Fact]], top: float) -> None:
    """Label over value, row under row, a rule under the last.

    The label is set nearly at the value's size and one line above it so that text
    extraction (pdftotext) keeps each pair together ("Código LPE-2025-004") instead of
    reading the row of labels and then the row of values; a wrapped value's lines are
    drawn one after the other, so that it is read whole."""
    y = top
    for row in rows:
        for x, name, lines in row:
            c.setFont(REGULAR, _LABEL)
            c.setFillColor(t.rl(t.GREY))
            draw_string(c, x, y - 10, name)
            c.setFont(BOLD, t.TABLE)
            c.setFillColor(t.rl(t.INK))
            for n, line in enumerate(lines):
                draw_string(c, x, y - 24 - n * _VALUE_LEADING, line)
        y -= _row_height(row)
    c.setStrokeColor(t.rl(t.RULE))
    c.setLineWidth(0.5)
    c.line(t.MARGIN_X, y - 4, t.PAGE_W - t.MARGIN_X, y - 4)
