"""The slides that frame a deck: cover, section divider, closing/contact."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from agencia.decks import theme as t
from agencia.decks.layout import para, raw
from agencia.decks.slides import Ctx, Op, Slide, draw_at
from agencia.decks.styles import composed, framed
from agencia.decks.text import markup, plain
from agencia.decks.theme import contrast, darken_for, mix, rl

LOGO_H = 40.0
CHIP_PAD = 10.0


def logo_size(img: ImageReader, max_w: float, max_h: float) -> tuple[float, float]:
    iw, ih = img.getSize()
    scale = min(max_w / iw, max_h / ih)
    return iw * scale, ih * scale


def chip(c: Canvas, img: ImageReader, x: float, y: float, w: float, h: float) -> None:
    """A logo on a white rounded card, so that any logo reads on any background."""
    c.setFillColor(rl(t.WHITE))
    c.roundRect(x, y, w + 2 * CHIP_PAD, h + 2 * CHIP_PAD, 6, stroke=0, fill=1)
    c.drawImage(img, x + CHIP_PAD, y + CHIP_PAD, w, h, mask="auto")


def _soft(ctx: Ctx, background: str) -> str:
    """A quieter text colour on a coloured field that still reads (>= 4.5:1)."""
    strong = ctx.theme.on_cover
    soft = mix(strong, background, 0.22)
    return soft if contrast(soft, background) >= 4.5 else strong


def _decoration(ctx: Ctx, slide: Slide, background: str) -> None:
    """Two quiet circles in tints of the background at the right edge."""
    th = ctx.theme
    light = th.on_cover == t.WHITE
    tint = mix(background, t.WHITE if light else t.INK, 0.07)
    tint2 = mix(background, t.WHITE if light else t.INK, 0.13)

    def draw(c: Canvas) -> None:
        c.setFillColor(rl(tint))
        c.circle(t.PAGE_W - 40, 120, 300, stroke=0, fill=1)
        c.setFillColor(rl(tint2))
        c.circle(t.PAGE_W - 10, 40, 150, stroke=0, fill=1)
        c.setFillColor(rl(th.secondary))
        c.rect(0, 0, t.PAGE_W, 6, stroke=0, fill=1)

    slide.add(draw)


def _fit(
    text: str, base: ParagraphStyle, sizes: Sequence[float], width: float, height: float
) -> Paragraph:
    """The text at the largest of `sizes` that fits (a cover title may step down to the
    slide title's size, never below the body's)."""
    p = para(text, base)
    for size in sizes:
        style = ParagraphStyle(f"fit{size}", parent=base, fontSize=size, leading=t.leading(size))
        p = para(text, style)
        _, h = p.wrap(width, height)
        if h <= height:
            return p
    return p


def _logo_chip_op(img: ImageReader, x: float, top: float, max_w: float) -> tuple[Op, float]:
    w, h = logo_size(img, max_w, LOGO_H)

    def draw(c: Canvas) -> None:
        chip(c, img, x, top - h - 2 * CHIP_PAD, w, h)

    return draw, w + 2 * CHIP_PAD


def cover_slide(
    ctx: Ctx,
    *,
    kicker: str,
    title: str,
    subtitle: str = "",
    when: str = "",
    logos: Sequence[bytes | None] = (),
    facts: Sequence[tuple[str, Sequence[str]]] = (),
) -> Slide:
    """The cover: the agency's logo (or name) top left, the client's and brand's logos top
    right, and from the bottom up: the date, `facts` (a label and a line or two each: a
    thin brief's answers), a subtitle, the title, a kicker (who it is for) and the accent
    bar."""
    th = ctx.theme
    bg = th.cover
    slide = Slide(footer=False, background=bg)
    _decoration(ctx, slide, bg)
    fg, soft = th.on_cover, _soft(ctx, bg)
    top_y = t.PAGE_H - t.MARGIN_TOP

    agency_logo = ctx.image(logos[0]) if logos else None
    if agency_logo is not None:
        op, _ = _logo_chip_op(agency_logo, t.MARGIN_X, top_y, 200)
        slide.add(op)
    else:
        name_style = framed("cv_agency", parent=ctx.styles.lead, textColor=rl(fg))
        name = para(ctx.agency, name_style)
        _, nh = name.wrap(t.span(6), 80)
        slide.add(draw_at(name, t.MARGIN_X, top_y - nh))
    right = t.PAGE_W - t.MARGIN_X
    for data in reversed(list(logos[1:])):
        img = ctx.image(data)
        if img is not None:
            w, _ = logo_size(img, 160, LOGO_H)
            right -= w + 2 * CHIP_PAD
            op, _ = _logo_chip_op(img, right, top_y, 160)
            slide.add(op)
            right -= 12

    text_w = t.span(10)
    stack: list[tuple[Flowable, float]] = []  # from the bottom up, with the gap above each
    if when:
        when_style = composed("cv_when", parent=ctx.styles.body, textColor=rl(soft))
        stack.append((para(when, when_style), 24 if facts else 36))
    fact_style = framed("cv_fact", parent=ctx.styles.body, textColor=rl(fg))
    for n, (name, lines) in enumerate(reversed(facts)):
        said = "<br/>".join(markup(line) for line in lines)
        stack.append(
            (raw(f"<b>{markup(name)}:</b> {said}", fact_style), 14 if n == len(facts) - 1 else 6)
        )
    if subtitle:
        sub_style = framed("cv_sub", parent=ctx.styles.subtitle, textColor=rl(soft))
        stack.append((para(subtitle, sub_style), 10))
    kp = None
    if kicker:
        kp = para(kicker, composed("cv_kick", parent=ctx.styles.lead, textColor=rl(fg)))
    used = 64.0 + sum(f.wrap(text_w, 300)[1] + gap for f, gap in stack)
    kh = kp.wrap(text_w, 300)[1] + 12 if kp is not None else 0.0
    room = top_y - LOGO_H - 2 * CHIP_PAD - 48 - used - kh
    base = framed("cv_title", parent=ctx.styles.cover_title, textColor=rl(fg))
    stack.append(
        (_fit(title, base, (t.COVER_TITLE, t.TITLE, t.SUBTITLE, t.BODY), text_w, room), 12)
    )
    if kp is not None:
        stack.append((kp, 0))
    y = 64.0
    for f, gap in stack:
        _, h = f.wrap(text_w, t.PAGE_H)
        slide.add(draw_at(f, t.MARGIN_X, y))
        y += h + gap
    bar_y = y + 14

    def bar(c: Canvas) -> None:
        c.setFillColor(rl(th.secondary))
        c.rect(t.MARGIN_X, bar_y, 64, 6, stroke=0, fill=1)

    slide.add(bar)
    return slide


def divider_slide(
    ctx: Ctx, number: int | None, title: str, kicker: str = "", contents: Sequence[str] = ()
) -> Slide:
    """A section divider: its number (or a kicker) and its name, large, on a light field,
    with what the part holds underneath."""
    th = ctx.theme
    slide = Slide(background=t.LIGHT)
    ink = darken_for(th.primary, t.LIGHT)
    accent = darken_for(th.secondary, t.LIGHT)
    if number is not None:
        num_style = framed("dv_num", parent=ctx.styles.big, textColor=rl(accent))
        head = para(f"{number:02d}", num_style)
    else:
        kick_style = composed("dv_kick", parent=ctx.styles.lead, textColor=rl(accent))
        head = para(kicker, kick_style)
    title_style = framed("dv_title", parent=ctx.styles.cover_title, textColor=rl(ink))
    tp = para(title, title_style)
    grey = composed("dv_list", parent=ctx.styles.subtitle, spaceAfter=2)
    listed = para("  ·  ".join(plain(x) for x in contents), grey) if contents else None
    _, nh = head.wrap(t.span(10), 100)
    _, th_ = tp.wrap(t.span(10), 300)
    lh = listed.wrap(t.span(10), 300)[1] + 16 if listed is not None else 0.0
    block = nh + 12 + th_ + lh
    y0 = (t.PAGE_H - block) / 2 + 10 + lh

    def draw(c: Canvas) -> None:
        c.setFillColor(rl(th.primary))
        c.rect(0, 0, 12, t.PAGE_H, stroke=0, fill=1)
        head.drawOn(c, t.MARGIN_X, y0 + th_ + 12)  # drawn in reading order: number, name
        tp.drawOn(c, t.MARGIN_X, y0)
        if listed is not None:
            listed.drawOn(c, t.MARGIN_X, y0 - lh)

    slide.add(draw)
    return slide


def closing_slide(ctx: Ctx, *, title: str, lines: Sequence[str], logo: bytes | None) -> Slide:
    """Thanks and how to reach the agency, on the cover's colour."""
    th = ctx.theme
    bg = th.cover
    slide = Slide(footer=False, background=bg)
    _decoration(ctx, slide, bg)
    fg, soft = th.on_cover, _soft(ctx, bg)
    width = t.span(8)
    head = para(title, framed("cl_title", parent=ctx.styles.cover_title, textColor=rl(fg)))
    name = para(ctx.agency, framed("cl_name", parent=ctx.styles.lead, textColor=rl(fg)))
    body_style = framed("cl_body", parent=ctx.styles.body, textColor=rl(soft), spaceAfter=4)
    items = [para(line, body_style) for line in lines if plain(line)]
    _, hh = head.wrap(width, 300)
    _, nh = name.wrap(width, 200)
    heights = [p.wrap(width, 200)[1] for p in items]
    block = hh + 16 + nh + 10 + sum(h + 4 for h in heights)
    y = max((t.PAGE_H + block) / 2, block + 60)

    def draw(c: Canvas) -> None:
        yy = y
        c.setFillColor(rl(th.secondary))
        c.rect(t.MARGIN_X, yy + 14, 64, 6, stroke=0, fill=1)
        yy -= hh
        head.drawOn(c, t.MARGIN_X, yy)
        yy -= 16 + nh
        name.drawOn(c, t.MARGIN_X, yy)
        yy -= 10
        for p, h in zip(items, heights, strict=True):
            yy -= h
            p.drawOn(c, t.MARGIN_X, yy)
            yy -= 4

    slide.add(draw)
    img = ctx.image(logo)
    if img is not None:
        w, h = logo_size(img, 200, LOGO_H)
        op, _ = _logo_chip_op(
            img, t.PAGE_W - t.MARGIN_X - w - 2 * CHIP_PAD, t.MARGIN_TOP + h + 2 * CHIP_PAD, 200
        )
        slide.add(op)
    return slide
