"""The timeline slide: plan lines as bars on a week grid, milestones as diamonds, a line
at the deck's date, labelled with it (a PDF is read later: never "today"). Rows that do
not fit continue on the next slide with the same scale."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from agencia.decks import theme as t
from agencia.decks.fonts import BOLD, REGULAR, draw_string, width
from agencia.decks.layout import CONTENT_BOTTOM, cont, raw, split_rows, title_block, title_height
from agencia.decks.slides import Ctx, Slide
from agencia.decks.text import markup
from agencia.decks.theme import rl

LABEL_W = t.span(3)
GRID_X = t.col_x(3)
GRID_W = t.span(9)
HEADER_H = 40.0
ROW_MIN = 26.0
ROW_ROOMY = 40.0
BAR_H = 14.0


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    detail: str
    starts: date
    ends: date  # inclusive; equal to starts for a milestone
    milestone: bool = False
    done: bool = False


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


class Scale:
    """Dates to x positions: whole weeks from the Monday before the first date."""

    def __init__(self, first: date, last: date) -> None:
        self.start = _monday(first)
        end = _monday(last) + timedelta(days=7)
        self.weeks = max(1, (end - self.start).days // 7)
        self.end = self.start + timedelta(days=7 * self.weeks)
        self.day_w = GRID_W / (self.weeks * 7)

    def x(self, d: date) -> float:
        return GRID_X + (d - self.start).days * self.day_w


def _label(ctx: Ctx, row: Row, detail: bool = True) -> Paragraph:
    s = ctx.styles
    text = f'<font name="{BOLD}">{markup(row.name)}</font>'
    if row.detail and detail:
        text += f'<br/><font color="{t.GREY}">{markup(row.detail)}</font>'
    return raw(text, s.table)


def timeline_slides(ctx: Ctx, title: str, rows: Sequence[Row], on: date | None) -> list[Slide]:
    """The rows on a week grid; `on`: the deck's date, marked when it falls on the grid."""
    first = min(r.starts for r in rows)
    last = max(r.ends for r in rows)
    scale = Scale(first, last)
    avail0 = title_height(ctx, title) - CONTENT_BOTTOM - HEADER_H - 16
    avail_n = title_height(ctx, ctx.label("cont", title=title)) - CONTENT_BOTTOM - HEADER_H - 16
    # Each row's details when they all fit on one slide; else the names alone.
    labels = [_label(ctx, r) for r in rows]
    heights = [max(ROW_MIN, p.wrap(LABEL_W, t.PAGE_H)[1] + 10) for p in labels]
    if sum(heights) > avail0:
        labels = [_label(ctx, r, detail=False) for r in rows]
        heights = [max(ROW_MIN, p.wrap(LABEL_W, t.PAGE_H)[1] + 10) for p in labels]
    if sum(heights) <= avail0:  # a short timeline on one slide: rows a little roomier
        heights = _roomier(heights, avail0)
    pages = split_rows(heights, avail0, avail_n)
    slides = []
    for n, page in enumerate(pages):
        slide = Slide()
        top = title_block(ctx, slide, cont(ctx, title, n))
        body_h = sum(heights[i] for i in page)
        slide.add(partial(_grid, ctx, scale=scale, top=top, body_h=body_h))
        slide.occupy(t.CONTENT_W, HEADER_H + body_h)
        y = top - HEADER_H
        for i in page:
            slide.add(
                partial(_row, ctx, scale=scale, row=rows[i], label=labels[i], y=y, h=heights[i])
            )
            y -= heights[i]
        if on is not None and scale.start <= on < scale.end:
            slide.add(partial(_dated, ctx, scale=scale, on=on, top=top, body_h=body_h))
        slides.append(slide)
    return slides


def _roomier(heights: list[float], room: float) -> list[float]:
    """Every row at least as tall as the roomiest height (up to ROW_ROOMY) with which the
    rows still fit in `room`: taller rows keep their height, so raising the short ones to
    room / count could push the whole past the slide."""
    low, high = 0.0, ROW_ROOMY
    if sum(max(h, high) for h in heights) > room:
        for _ in range(24):
            mid = (low + high) / 2
            low, high = (mid, high) if sum(max(h, mid) for h in heights) <= room else (low, mid)
        high = low
    return [max(h, high) for h in heights]


def _grid(ctx: Ctx, c: Canvas, *, scale: Scale, top: float, body_h: float) -> None:
    grid_top = top - HEADER_H
    bottom = grid_top - body_h
    c.setFillColor(rl(t.LIGHT))
    c.rect(GRID_X, bottom, GRID_W, body_h, stroke=0, fill=1)
    week_w = 7 * scale.day_w
    label_every = 1
    sample = ctx.fmt.day_month(date(2025, 12, 29))
    while width(sample, t.CAPTION) + 6 > week_w * label_every:
        label_every *= 2
    c.setLineWidth(0.5)
    for k in range(scale.weeks + 1):
        x = GRID_X + k * week_w
        c.setStrokeColor(rl(t.WHITE))
        c.setLineWidth(1.2)
        if k < scale.weeks or k == 0:
            c.line(x, bottom, x, grid_top)
        if k < scale.weeks and k % label_every == 0:
            monday = scale.start + timedelta(days=7 * k)
            text = ctx.fmt.day_month(monday)
            if x + 3 + width(text, t.CAPTION) <= GRID_X + GRID_W:  # never past the grid
                c.setFont(REGULAR, t.CAPTION)
                c.setFillColor(rl(t.GREY))
                draw_string(c, x + 3, grid_top + 6, text)
    # months above the weeks
    c.setFont(BOLD, t.CAPTION)
    d = date(scale.start.year, scale.start.month, 1)
    while d < scale.end:
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        x_a = max(scale.x(d), GRID_X)
        x_b = min(scale.x(nxt), GRID_X + GRID_W)
        name = ctx.fmt.month(d)
        name = name[:1].upper() + name[1:]
        if width(name, t.CAPTION, bold=True) > x_b - x_a - 6:
            name = ctx.fmt.month_short(d)
            name = name[:1].upper() + name[1:]
        if width(name, t.CAPTION, bold=True) <= x_b - x_a - 6:
            c.setFillColor(rl(t.INK))
            draw_string(c, x_a + 3, grid_top + 22, name)
        if scale.x(d) > GRID_X + 0.5:
            c.setStrokeColor(rl(t.RULE))
            c.setLineWidth(0.75)
            c.line(scale.x(d), bottom, scale.x(d), grid_top)
            c.line(scale.x(d), grid_top + 19, scale.x(d), grid_top + 32)
        d = nxt
    c.setStrokeColor(rl(t.RULE))
    c.setLineWidth(0.75)
    c.line(t.MARGIN_X, grid_top, GRID_X + GRID_W, grid_top)


def _row(
    ctx: Ctx, c: Canvas, *, scale: Scale, row: Row, label: Paragraph, y: float, h: float
) -> None:
    th = ctx.theme
    _, lh = label.wrap(LABEL_W, t.PAGE_H)
    line_y = y - h
    y -= (h - max(ROW_MIN, lh + 10)) / 2  # a roomy row holds its content in the middle
    label.drawOn(c, t.MARGIN_X, y - 5 - lh)
    cy = y - 5 - min(lh, 2 * t.leading(t.TABLE)) / 2
    c.setStrokeColor(rl(t.RULE))
    c.setLineWidth(0.5)
    c.line(t.MARGIN_X, line_y, GRID_X + GRID_W, line_y)
    if row.milestone:
        x = scale.x(row.starts) + scale.day_w / 2
        r = 7.0
        p = c.beginPath()
        p.moveTo(x, cy + r)
        p.lineTo(x + r, cy)
        p.lineTo(x, cy - r)
        p.lineTo(x - r, cy)
        p.close()
        c.setStrokeColor(rl(th.secondary))
        c.setLineWidth(1.5)
        c.setFillColor(rl(th.secondary if row.done else t.WHITE))
        c.drawPath(p, stroke=1, fill=1)
        text = ctx.fmt.day_month(row.starts)
        c.setFont(REGULAR, t.CAPTION)
        c.setFillColor(rl(t.INK))
        if x + r + 4 + width(text, t.CAPTION) <= GRID_X + GRID_W:
            draw_string(c, x + r + 4, cy - 3, text)
        else:
            draw_string(c, x - r - 4, cy - 3, text, anchor="end")
        return
    x_a = scale.x(row.starts)
    x_b = scale.x(row.ends + timedelta(days=1))
    c.setFillColor(rl(th.primary))
    c.roundRect(x_a, cy - BAR_H / 2, max(x_b - x_a, 3.0), BAR_H, 3, stroke=0, fill=1)


def _dated(ctx: Ctx, c: Canvas, *, scale: Scale, on: date, top: float, body_h: float) -> None:
    th = ctx.theme
    x = scale.x(on) + scale.day_w / 2
    grid_top = top - HEADER_H
    c.setStrokeColor(rl(th.secondary_text))
    c.setLineWidth(1.5)
    c.setDash(3, 2)
    c.line(x, grid_top - body_h - 3, x, grid_top)
    c.setDash()
    text = ctx.fmt.short_date(on)
    c.setFont(BOLD, t.CAPTION)
    tw = width(text, t.CAPTION, bold=True) + 8
    lx = min(max(x, GRID_X + tw / 2), GRID_X + GRID_W - tw / 2)  # the label stays on the grid
    c.setFillColor(rl(th.secondary_text))
    bottom = grid_top - body_h
    c.roundRect(lx - tw / 2, bottom - 16, tw, 13, 3, stroke=0, fill=1)
    c.setFillColor(rl(t.WHITE))
    draw_string(c, lx, bottom - 12.5, text, anchor="middle")
