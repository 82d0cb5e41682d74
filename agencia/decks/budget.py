"""The campaign's budget: the media plan's investment by channel as a bar chart under a
one-line takeaway, or, before there is a plan, the campaign's budget as one big number."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from functools import partial

from agencia.decks import theme as t
from agencia.decks.cards import BigNumber, big_numbers, draw_card_row
from agencia.decks.charts import LABEL_SIZE, MAX_BARS, bar_chart, rows_needed
from agencia.decks.content import CampaignContent
from agencia.decks.layout import (
    CONTENT_BOTTOM,
    Column,
    cont,
    flow_slides,
    para,
    text_items,
    title_block,
    title_height,
)
from agencia.decks.slides import Ctx, Slide, draw_at
from agencia.decks.text import plain


def _field(c: CampaignContent, name: str) -> str:
    return (c.brief.get(name) or "").strip()


def budget(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    """The plan's investment by channel as a bar chart under its takeaway; without a plan,
    the campaign's budget as one big number."""
    by_channel: dict[str, Decimal] = defaultdict(Decimal)
    for line in c.plan:
        by_channel[plain(line.channel)] += line.amount
    items = sorted(by_channel.items(), key=lambda kv: (-kv[1], kv[0]))
    total = sum((v for _, v in items), Decimal(0))
    title = ctx.label("budget")
    if items and total > 0:
        top_name, top_amount = items[0]
        money = ctx.fmt.money
        if len(items) == 1:
            take = f"{ctx.label('budget_total')}: {money(total)}"
        elif top_amount > items[1][1]:
            share = ctx.fmt.percent(float(top_amount / total))
            take = ctx.label(
                "budget_takeaway",
                channel=top_name,
                share=share,
                amount=money(top_amount),
                total=money(total),
            )
        else:
            take = ctx.label("budget_even", n=len(items), total=money(total))
        return _chart_slides(ctx, title, take, items, total)
    if c.budget and c.budget > 0:
        return _big_budget(ctx, title, c)
    return []


def _chart_slides(
    ctx: Ctx, title: str, take: str, items: list[tuple[str, Decimal]], total: Decimal
) -> list[Slide]:
    s = ctx.styles
    lines = rows_needed(ctx, [n for n, _ in items])
    row_min = max(30.0, lines * t.leading(LABEL_SIZE) + 12)
    slides: list[Slide] = []
    scale = float(items[0][1])
    i = 0
    while i < len(items):
        slide = Slide()
        top = title_block(ctx, slide, cont(ctx, title, len(slides)))
        tp = para(take, s.lead)
        _, tk = tp.wrap(t.CONTENT_W, 200)
        slide.add(draw_at(tp, t.MARGIN_X, top - tk))
        chart_top = top - tk - 24
        avail = chart_top - CONTENT_BOTTOM - 30
        per = max(1, min(MAX_BARS, int(avail // row_min)))
        left = len(items) - i
        per = -(-left // -(-left // per))  # the same number of bars on each slide
        chunk = items[i : i + per]
        row = min(56.0, avail / max(len(chunk), 4))
        h = len(chunk) * max(row, row_min) + 22
        d = bar_chart(ctx, chunk, t.CONTENT_W, h, scale_max=scale, share_of=total)
        slide.add(partial(d.drawOn, x=t.MARGIN_X, y=chart_top - h))
        slide.occupy(t.CONTENT_W, top - chart_top + h)
        slides.append(slide)
        i += per
    return slides


def _big_budget(ctx: Ctx, title: str, c: CampaignContent) -> list[Slide]:
    """No plan yet: the campaign's budget as one big number (and the brief's words on it)."""
    top = title_height(ctx, title)
    cards, w = big_numbers(
        ctx, [BigNumber(ctx.fmt.money(c.budget), ctx.label("budget_total"))], t.span(6)
    )
    h = max(card.measure(w) for card in cards)

    def number(slide: Slide, top: float) -> None:
        draw_card_row(slide, cards, t.MARGIN_X, top, w)

    items = text_items(ctx, _field(c, "budget"))
    column = Column(t.col_x(0), t.span(8), items, first_top=top - h - 24)
    return flow_slides(ctx, title, [column], first_extra=number)
