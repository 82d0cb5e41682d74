"""A completed campaign's results slide: each KPI's achieved figure large with its target
under it, the results' story, and the key visual beside them."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from agencia.decks import theme as t
from agencia.decks.cards import BigNumber, big_numbers, draw_card_row
from agencia.decks.content import CampaignContent
from agencia.decks.layout import CONTENT_BOTTOM, Column, flow_slides, text_items, title_height
from agencia.decks.slides import Ctx, Slide
from agencia.decks.text import plain

ROW_GAP = t.GUTTER


def _numbers(ctx: Ctx, c: CampaignContent) -> list[BigNumber]:
    return [
        BigNumber(
            ctx.fmt.figure(plain(k.achieved)) or "—",
            plain(k.name),
            ctx.label("target_short", target=ctx.fmt.figure(plain(k.target)))
            if plain(k.target)
            else "",
        )
        for k in c.results
        if plain(k.achieved) or plain(k.name)
    ]


def _rows(numbers: list[BigNumber], most: int) -> list[list[BigNumber]]:
    """The figures in as few rows as `most` a row allows, the rows as even as can be."""
    if not numbers:
        return []
    count = -(-len(numbers) // most)
    per = -(-len(numbers) // count)
    return [numbers[i : i + per] for i in range(0, len(numbers), per)]


def results(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    """KPI target against achieved as big numbers on the left, the key visual on the
    right with the results' story under it; without a visual the figures run across the
    slide over the story."""
    numbers = _numbers(ctx, c)
    story = text_items(ctx, c.results_story)
    if not numbers and not story:
        return []
    title = ctx.label("results")
    visual = ctx.image(c.key_visual)
    side = 5 if visual is not None else 0  # the visual's columns, the story's under it
    area_w = t.span(12 - side) if side else t.CONTENT_W
    rows = [big_numbers(ctx, row, area_w) for row in _rows(numbers, 2 if side else 4)]
    heights = [max(card.measure(w) for card in cards) for cards, w in rows]
    numbers_h = sum(heights) + ROW_GAP * max(len(rows) - 1, 0)
    top = title_height(ctx, title)
    picture_h = 0.0
    if visual is not None:
        iw, ih = visual.getSize()
        box_w, box_h = t.span(side), (top - CONTENT_BOTTOM) * 0.6
        scale = min(box_w / iw, box_h / ih)
        pic_w, picture_h = iw * scale, ih * scale

    def extra(slide: Slide, top: float) -> None:
        y = top
        for cards, w in rows:
            y -= draw_card_row(slide, cards, t.MARGIN_X, y, w) + ROW_GAP
        if visual is not None:
            x = t.col_x(12 - side)

            def draw(c: Canvas) -> None:
                c.drawImage(visual, x, top - picture_h, pic_w, picture_h, mask="auto")

            slide.add(draw)
            slide.occupy(pic_w, picture_h)

    if side:
        column = Column(t.col_x(12 - side), t.span(side), story, first_top=top - picture_h - 16)
    else:
        first_top = top - (numbers_h + 24 if rows else 0)
        column = Column(t.col_x(0), t.span(8), story, first_top=first_top)
    return flow_slides(ctx, title, [column], first_extra=extra)
