"""Charts drawn with reportlab.graphics: vector, in the deck's font on every label (the
library's default, Helvetica, is not embedded), value axes from zero, direct labels on
the bars instead of a legend."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from agencia.decks import theme as t
from agencia.decks.fonts import BOLD, REGULAR, runs, width
from agencia.decks.rtl import visual
from agencia.decks.slides import Ctx
from agencia.decks.text import plain
from agencia.decks.theme import mix, rl

LABEL_SIZE = t.TABLE
TICK_SIZE = t.CAPTION
MAX_BARS = 10


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2, 2.5 or 5 × 10ⁿ) that reaches `top` in about `ticks` steps."""
    if top < 0.01:  # nothing to show but zero (amounts are money: cents at least)
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw:
            return float(m * power)
    return float(10 * power)


def axis_top(top: float) -> tuple[float, float]:
    """The axis maximum and step for data that reach `top` (always from zero)."""
    step = nice_step(top)
    return step * max(1, math.ceil(top / step - 1e-9)), step


def bar_chart(
    ctx: Ctx,
    items: Sequence[tuple[str, Decimal]],
    w: float,
    h: float,
    *,
    scale_max: float | None = None,
    share_of: Decimal | None = None,
) -> Drawing:
    """Horizontal bars, largest first, each labelled with its amount (and share).

    `scale_max` keeps one scale across a chart continued on the next slide.
    """
    th = ctx.theme
    d = Drawing(w, h)
    # The renderer's first state would otherwise set Helvetica (not embedded).
    d.initialFontName = REGULAR
    d.initialFontSize = LABEL_SIZE
    values = [max(float(v), 0.0) for _, v in items]
    top = scale_max if scale_max is not None else max(values, default=0.0)
    ax_max, step = axis_top(top)
    label_w = t.span(3)
    amounts = [ctx.fmt.money(v) for _, v in items]
    shares = [
        f"  ({ctx.fmt.percent(float(v) / float(share_of))})" if share_of else "" for _, v in items
    ]
    value_w = max(
        (width(a + s, LABEL_SIZE, bold=True) for a, s in zip(amounts, shares, strict=True)),
        default=0.0,
    )
    x0 = label_w + 16
    x1 = w - value_w - 12
    axis_h = 22.0
    plot_h = h - axis_h
    n = max(len(items), 1)
    row = min(plot_h / n, 56.0)
    bar_h = min(max(row * 0.55, 10.0), 26.0)
    plot_top = h
    # grid and ticks
    k = 0
    while k * step <= ax_max + 1e-9:
        v = k * step
        x = x0 + (x1 - x0) * (v / ax_max if ax_max else 0)
        d.add(Line(x, plot_top - n * row, x, plot_top, strokeColor=rl(t.RULE), strokeWidth=0.5))
        d.add(
            String(
                x,
                plot_top - n * row - 14,
                ctx.fmt.money(v),
                fontName=REGULAR,
                fontSize=TICK_SIZE,
                fillColor=rl(t.GREY),
                textAnchor="middle",
            )
        )
        k += 1
    # the zero line
    d.add(Line(x0, plot_top - n * row, x0, plot_top, strokeColor=rl(t.GREY), strokeWidth=1))
    biggest = max(values, default=0.0)
    faint = mix(th.secondary, t.WHITE, 0.45)
    for i, ((name, _), value) in enumerate(zip(items, values, strict=True)):
        cy = plot_top - (i + 0.5) * row
        lines = simpleSplit(plain(name), REGULAR, LABEL_SIZE, label_w) or [""]
        lh = t.leading(LABEL_SIZE)
        start = cy + (len(lines) - 1) * lh / 2 - LABEL_SIZE * 0.35
        for j, line in enumerate(lines):
            x = 0.0
            for font, part in runs(visual(line), REGULAR):  # a name in Arabic: its font
                d.add(
                    String(
                        x,
                        start - j * lh,
                        part,
                        fontName=font,
                        fontSize=LABEL_SIZE,
                        fillColor=rl(t.INK),
                    )
                )
                x += stringWidth(part, font, LABEL_SIZE)
        bw = (x1 - x0) * (value / ax_max) if ax_max else 0.0
        colour = th.secondary if value == biggest and biggest > 0 else faint
        d.add(Rect(x0, cy - bar_h / 2, max(bw, 0.0), bar_h, fillColor=rl(colour), strokeColor=None))
        d.add(
            String(
                x0 + bw + 8,
                cy - LABEL_SIZE * 0.35,
                amounts[i] + shares[i],
                fontName=BOLD,
                fontSize=LABEL_SIZE,
                fillColor=rl(t.INK),
            )
        )
    return d


def rows_needed(ctx: Ctx, names: Sequence[str]) -> int:
    """Lines the longest channel name takes in the label column (for the row height)."""
    return max(
        (len(simpleSplit(plain(n), REGULAR, LABEL_SIZE, t.span(3))) for n in names), default=1
    )
