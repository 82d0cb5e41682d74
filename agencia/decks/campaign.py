"""The campaign presentation: cover, challenge and objectives, audience and market,
strategy and key message, channels and media plan, timeline, budget, the team, the
approvals so far and the next steps, then thanks and contact.

A section without data is left out; the sections of a part (the challenge, the
proposal, working together) follow a divider when the part has any.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable

from agencia.decks import theme as t
from agencia.decks.budget import budget
from agencia.decks.build import make_ctx, meta, wanted
from agencia.decks.cards import (
    Card,
    balanced_columns,
    card_slides,
    initials_badge,
)
from agencia.decks.content import CAMPAIGN_SECTIONS, CampaignContent
from agencia.decks.covers import closing_slide, cover_slide, divider_slide
from agencia.decks.layout import (
    MAX_BULLETS,
    Column,
    flow_slides,
    is_bullet,
    kicker,
    para,
    table,
    text_items,
    widths_for,
)
from agencia.decks.slides import Ctx, Deck, Slide
from agencia.decks.text import plain
from agencia.decks.timeline import Row, timeline_slides

PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("part_challenge", ("challenge", "audience")),
    ("part_proposal", ("strategy", "channels", "timeline", "budget")),
    ("part_work_together", ("team", "approvals", "next_steps")),
)


def campaign_ctx(content: CampaignContent, lang: str) -> Ctx:
    return make_ctx(
        content.agency,
        lang=lang,
        locale=content.locale,
        currency=content.currency,
        client=content.client,
        version=content.version,
        made_on=content.made_on,
    )


def build_campaign(
    content: CampaignContent,
    lang: str,
    sections: frozenset[str] | None,
    progress: Callable[[int, int], None] | None,
) -> bytes:
    ctx = campaign_ctx(content, lang)
    deck = Deck(ctx)
    chosen = wanted(sections, CAMPAIGN_SECTIONS)
    makers: dict[str, Callable[[Ctx, CampaignContent], list[Slide]]] = {
        "challenge": challenge,
        "audience": audience,
        "strategy": strategy,
        "channels": channels,
        "timeline": timeline,
        "budget": budget,
        "team": team,
        "approvals": approvals,
        "next_steps": next_steps,
    }
    if "cover" in chosen:
        deck.add(cover(ctx, content))
    number = 0
    for part, names in PARTS:
        made = [(n, makers[n](ctx, content)) for n in names if n in chosen]
        made = [(n, s) for n, s in made if s]
        if not made:
            continue
        number += 1
        contents = [section_title(ctx, n, content) for n, _ in made]
        divider = divider_slide(ctx, number, ctx.label(part), contents=contents)
        deck.add(divider, bookmark=ctx.label(part))
        for name, slides in made:
            deck.add(slides, bookmark=section_title(ctx, name, content), level=1)
    deck.add(closing(ctx, content))
    return deck.render(
        meta(
            ctx,
            title=f"{plain(content.campaign)} — {ctx.label('campaign_deck')}",
            subject=ctx.label(
                "campaign_subject", campaign=plain(content.campaign), client=plain(content.client)
            ),
            made_on=content.made_on,
            locale=content.locale,
        ),
        progress,
    )


def section_title(ctx: Ctx, name: str, content: CampaignContent) -> str:
    if name == "team":
        return ctx.label("campaign_team")
    if name == "budget":
        return ctx.label("budget")
    return ctx.label(name)


def cover(ctx: Ctx, c: CampaignContent) -> Slide:
    who = " · ".join(x for x in (plain(c.client), plain(c.brand)) if x)
    sub = " · ".join(x for x in (plain(c.kind), plain(c.code)) if x)
    when = " · ".join(x for x in (ctx.fmt.date(c.made_on), plain(c.version)) if x)
    return cover_slide(
        ctx,
        kicker=who,
        title=c.campaign,
        subtitle=sub,
        when=when,
        logos=(c.agency.logo, c.client_logo, c.brand_logo),
    )


def _field(c: CampaignContent, name: str) -> str:
    return (c.brief.get(name) or "").strip()


def _labelled(ctx: Ctx, key: str, text: str, large: bool = False) -> list[Flowable]:
    if not text.strip():
        return []
    return [kicker(ctx, ctx.label(key)), *text_items(ctx, text, large=large)]


def roomy(build: Callable[[bool], list[Slide]]) -> list[Slide]:
    """Short content a size up (18) when it all fits on one slide at that size; else at
    the body size (15), continued as it needs."""
    large = build(True)
    return large if len(large) <= 1 else build(False)


def _two(ctx: Ctx, title: str, left: list[Flowable], right: list[Flowable]) -> list[Slide]:
    """Two columns (6 + 6), or one reading column (8) when one side is empty."""
    if left and right:
        return flow_slides(
            ctx, title, [Column(t.col_x(0), t.span(6), left), Column(t.col_x(6), t.span(6), right)]
        )
    items = left or right
    return flow_slides(ctx, title, [Column(t.col_x(0), t.span(8), items)]) if items else []


def _bullets(items: list[Flowable]) -> int:
    return sum(1 for f in items if is_bullet(f))


def challenge(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    """The objectives beside the product; how success is measured beside them too when the
    slide can hold both lists, else on a slide of its own (one idea per slide)."""
    objectives, product, kpis = (_field(c, k) for k in ("objectives", "product", "kpis"))
    title = ctx.label("challenge")

    def both(large: bool) -> list[Slide]:
        left = _labelled(ctx, "objectives", objectives, large)
        right = _labelled(ctx, "product", product, large) + _labelled(ctx, "kpis", kpis, large)
        return _two(ctx, title, left, right)

    def objectives_only(large: bool) -> list[Slide]:
        left = _labelled(ctx, "objectives", objectives, large)
        return _two(ctx, title, left, _labelled(ctx, "product", product, large))

    def kpis_only(large: bool) -> list[Slide]:
        column = Column(t.col_x(0), t.span(8), text_items(ctx, kpis, large=large))
        return flow_slides(ctx, ctx.label("kpis"), [column])

    lists = _labelled(ctx, "objectives", objectives) + _labelled(ctx, "kpis", kpis)
    if _bullets(lists) <= MAX_BULLETS:
        return roomy(both)
    return roomy(objectives_only) + (roomy(kpis_only) if kpis else [])


def audience(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    who, market = _field(c, "target_audience"), _field(c, "market")
    return roomy(
        lambda L: _two(
            ctx,
            ctx.label("audience"),
            _labelled(ctx, "target_audience", who, L),
            _labelled(ctx, "market", market, L),
        )
    )


def strategy(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    """The insight, our approach and proposal (and the mandatories) beside the key message
    on a panel."""
    return roomy(lambda large: _strategy(ctx, c, large))


def _strategy(ctx: Ctx, c: CampaignContent, large: bool) -> list[Slide]:
    s = ctx.styles
    left = (
        _labelled(ctx, "insight", _field(c, "insight"), large)
        + _labelled(ctx, "approach", c.approach, large)
        + _labelled(ctx, "proposal", c.proposal_summary, large)
        + _labelled(ctx, "mandatories", _field(c, "mandatories"), large)
    )
    message = _field(c, "key_message")
    right: list[Flowable] = []
    if message:
        quote = s.quote_large if large else s.quote
        right = [para(ctx.label("key_message"), s.kicker.clone("km", spaceBefore=0))]
        right += [para(b, quote) for b in message.split("\n\n") if b.strip()]
        for f in right[1:]:
            f.spaceAfter = 8
    title = ctx.label("strategy")
    if left and right:
        columns = [
            Column(t.col_x(0), t.span(7), left),
            Column(t.col_x(7), t.span(5), right, panel=True),
        ]
    elif right:
        columns = [Column(t.col_x(0), t.span(8), right, panel=True)]
    elif left:
        columns = [Column(t.col_x(0), t.span(8), left)]
    else:
        return []
    return flow_slides(ctx, title, columns)


def _when(ctx: Ctx, a: date | None, b: date | None) -> str:
    fa = ctx.fmt.short_date(a)
    fb = ctx.fmt.short_date(b)
    if fa and fb:
        return f"{fa} – {fb}"
    return fa or fb


def channels(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    s = ctx.styles
    intro = text_items(ctx, _field(c, "channels"))
    if not c.plan:
        return (
            flow_slides(ctx, ctx.label("channels"), [Column(t.col_x(0), t.span(8), intro)])
            if intro
            else []
        )
    header = [
        para(ctx.label("channel"), s.table_head),
        para(ctx.label("what_runs"), s.table_head),
        para(ctx.label("when"), s.table_head),
        para(ctx.label("amount"), s.table_head_right),
    ]
    rows: list[list[Flowable | str]] = [
        [
            para(line.channel, s.table_bold),
            para(line.description, s.table),
            para(_when(ctx, line.starts, line.ends), s.table),
            para(ctx.fmt.money(line.amount), s.table_right),
        ]
        for line in c.plan
    ]
    total = sum((line.amount for line in c.plan), Decimal(0))
    rows.append(
        [
            para(ctx.label("total"), s.table_bold),
            "",
            "",
            para(ctx.fmt.money(total), s.table_right_bold),
        ]
    )
    tbl = table(ctx, header, rows, widths_for((2.4, 5.2, 2.4, 1.8)), total_row=True)
    items: list[Flowable] = [*intro, tbl] if intro else [tbl]
    return flow_slides(ctx, ctx.label("channels"), [Column(t.col_x(0), t.CONTENT_W, items)])


def timeline(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    rows: list[Row] = []
    for line in c.plan:
        a = line.starts or line.ends
        b = line.ends or line.starts
        if a is None or b is None:
            continue
        a, b = min(a, b), max(a, b)
        rows.append(
            Row(line.channel, line.description if len(line.description) <= 60 else "", a, b)
        )
    if not rows and c.starts and c.deadline:
        a, b = min(c.starts, c.deadline), max(c.starts, c.deadline)
        rows.append(Row(ctx.label("campaign_span"), _when(ctx, a, b), a, b))
    elif not rows:
        for key, d in (("starts", c.starts), ("deadline", c.deadline)):
            if d is not None:
                rows.append(Row(ctx.label(key), "", d, d, milestone=True, done=d <= c.made_on))
    for m in sorted(c.milestones, key=lambda m: m.on):
        rows.append(Row(m.name, "", m.on, m.on, milestone=True, done=m.done))
    if not rows:
        return []
    return timeline_slides(ctx, ctx.label("timeline"), rows, c.made_on)


def team(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    s = ctx.styles
    cards = []
    for p in c.team:
        badge, bh = initials_badge(ctx, p.name)
        items: list[Flowable] = [para(p.name, s.card_name)]
        role = " · ".join(x for x in (p.role, p.title) if x)
        if role:
            items.append(para(role, s.card_role))
        if p.part:
            items.append(para(p.part, s.card_part))
        for f in items[:-1]:
            f.spaceAfter = 3
        cards.append(Card(items, badge=badge, badge_h=bh))
    if not cards:
        return []
    return card_slides(ctx, ctx.label("campaign_team"), cards, balanced_columns(len(cards))) or []


def approvals(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    s = ctx.styles
    if not c.decisions:
        return []
    header = [
        para(ctx.label(k), s.table_head)
        for k in ("date", "stage", "document", "decision", "who", "comment")
    ]
    rows: list[list[Flowable | str]] = []
    grey = []
    for i, d in enumerate(c.decisions):
        style = s.table_grey if d.superseded else s.table
        who = d.who + (
            f" ({ctx.label('on_behalf_of', name=d.on_behalf_of)})" if d.on_behalf_of else ""
        )
        decision = d.decision + (f" ({ctx.label('superseded')})" if d.superseded else "")
        rows.append(
            [
                para(ctx.fmt.short_date(d.decided_on), style),
                para(d.stage, style),
                para(d.subject, style),
                para(decision, s.table_bold if not d.superseded else style),
                para(who, style),
                para(d.comment, style),
            ]
        )
        if d.superseded:
            grey.append(i)
    tbl = table(ctx, header, rows, widths_for((1.4, 1.6, 1.8, 1.5, 2.2, 3.5)), grey_rows=grey)
    return flow_slides(ctx, ctx.label("approvals"), [Column(t.col_x(0), t.CONTENT_W, [tbl])])


def next_steps(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    s = ctx.styles
    steps = [n for n in c.next_steps if plain(n.description) or plain(n.owner)]
    if not steps:
        return []
    header = [
        para(ctx.label("step"), s.table_head),
        para(ctx.label("owner"), s.table_head),
        para(ctx.label("due"), s.table_head),
    ]
    rows: list[list[Flowable | str]] = [
        [
            para(n.description, s.table),
            para(n.owner, s.table),
            para(ctx.fmt.short_date(n.due), s.table),
        ]
        for n in steps
    ]
    tbl = table(ctx, header, rows, widths_for((6, 3, 2)))
    return flow_slides(ctx, ctx.label("next_steps"), [Column(t.col_x(0), t.CONTENT_W, [tbl])])


def contact_lines(c: CampaignContent) -> list[str]:
    a = c.agency
    return [x for x in (a.address, a.phone, a.email, a.website) if plain(x)]


def closing(ctx: Ctx, c: CampaignContent) -> Slide:
    return closing_slide(ctx, title=ctx.label("thanks"), lines=contact_lines(c), logo=c.agency.logo)
