"""A completed campaign's results slide: each KPI's achieved figure large with its target
under it, the results' story, and the key visual beside them."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from agencia.decks import theme as t
from agencia.decks.cards import BigNumber, Card, big_numbers, draw_card_row
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
    """KPI target against achieved as big numbers: one or two on the left, the key visual
    on the right with the results' story under it; more, or without a visual, the figures
    run across the slide over the story (and the visual), a row a slide."""
    numbers = _numbers(ctx, c)
    story = text_items(ctx, c.results_story)
    if not numbers and not story:
        return []
    title = ctx.label("results")
    visual = ctx.image(c.key_visual)
    side = 5 if visual is not None else 0  # the visual's columns, the story's under it
    # Three or four figures beside a visual would be two rows of two, and text extraction
    # (poppler) reads tiles stacked in a grid as a table, all figures then all names: they
    # run across the slide in one row instead, the story and the visual side by side under it.
    across = visual is not None and len(numbers) > 2
    area_w = t.span(12 - side) if side and not across else t.CONTENT_W
    most = 2 if side and not across else 4
    # One row of figures a slide, the rows after the first on "… (cont.)" slides: rows
    # stacked on one slide are read as a table too.
    all_rows = [big_numbers(ctx, row, area_w) for row in _rows(numbers, most)]
    rows, more = all_rows[:1], all_rows[1:]
    heights = [max(card.measure(w) for card in cards) for cards, w in rows]
    numbers_h = sum(heights) + ROW_GAP * max(len(rows) - 1, 0)
    top = title_height(ctx, title)
    below = numbers_h + 24 if across else 0.0  # where the visual starts
    picture_h = 0.0
    if visual is not None:
        iw, ih = visual.getSize()
        room = top - below - CONTENT_BOTTOM
        box_w, box_h = t.span(side), room if across else room * 0.6
        scale = min(box_w / iw, box_h / ih)
        pic_w, picture_h = iw * scale, ih * scale

    def extra(slide: Slide, top: float) -> None:
        y = top
        for cards, w in rows:
            y -= draw_card_row(slide, cards, t.MARGIN_X, y, w) + ROW_GAP
        if visual is not None:
            x = t.col_x(12 - side)

            def draw(c: Canvas) -> None:
                y = top - below - picture_h
                c.drawImage(visual, x, y, pic_w, picture_h, mask="auto")

            slide.add(draw)
            slide.occupy(pic_w, picture_h)

    if across:
        column = Column(t.col_x(0), t.span(12 - side), story, first_top=top - below)
    elif side:
        column = Column(t.col_x(12 - side), t.span(side), story, first_top=top - picture_h - 16)
    else:
        first_top = top - (numbers_h + 24 if rows else 0)
        column = Column(t.col_x(0), t.span(8), story, first_top=first_top)
    slides = flow_slides(ctx, title, [column], first_extra=extra)
    for cards, w in more:

        def row(slide: Slide, top: float, cards: list[Card] = cards, w: float = w) -> None:
            draw_card_row(slide, cards, t.MARGIN_X, top, w)

        slides += flow_slides(ctx, ctx.label("cont", title=title), [], first_extra=row)
    return slides
