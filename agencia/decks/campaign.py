"""The campaign presentation: cover, challenge and objectives, audience and market,
strategy and key message, channels and media plan, timeline, budget, a completed
campaign's results, the team and the next steps (the approvals only when a person
includes the internal decisions), then thanks and contact.

A section without data is left out, and sections with too little to fill a slide share
one (MERGES); a lone budget or date range, and a brief of a line or two, are said on the
cover instead (`_lone_facts`, thin_brief); the sections of a part (the challenge, the
proposal, the results, working together) follow a divider when the part has any.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from agencia.decks import theme as t
from agencia.decks import thin_brief
from agencia.decks.budget import budget
from agencia.decks.build import make_ctx, meta, wanted
from agencia.decks.content import CAMPAIGN_SECTIONS, INTERNAL_SECTIONS, CampaignContent
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
from agencia.decks.results import results
from agencia.decks.slides import Ctx, Deck, Slide
from agencia.decks.text import plain
from agencia.decks.timeline import Row, timeline_slides
from agencia.decks.working import approvals, next_steps, team, team_and_steps

if TYPE_CHECKING:
    from agencia.decks import DeckOptions

PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("part_challenge", ("challenge", "audience")),
    ("part_proposal", ("strategy", "channels", "timeline", "budget")),
    ("part_results", ("results",)),
    ("part_work_together", ("team", "approvals", "next_steps")),
)


def campaign_ctx(content: CampaignContent, lang: str, internal: bool = False) -> Ctx:
    return make_ctx(
        content.agency,
        lang=lang,
        locale=content.locale,
        currency=content.currency,
        client=content.client,
        version=content.version,
        made_on=content.made_on,
        internal=internal,
        latam=content.latam,
    )


def for_client(content: CampaignContent) -> CampaignContent:
    """The content without the agency's internal decisions (its brief and internal
    reviews, their comments, the milestones they made): what a client may read."""
    return replace(
        content,
        decisions=tuple(d for d in content.decisions if not d.internal),
        milestones=tuple(m for m in content.milestones if not m.internal),
        work=tuple(w for w in content.work if not w.internal),
    )


def build_campaign(content: CampaignContent, options: DeckOptions) -> bytes:
    deck = lay_out_campaign(content, options)
    ctx = deck.ctx
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
        options.progress,
    )


def lay_out_campaign(content: CampaignContent, options: DeckOptions) -> Deck:
    """Every slide laid out, not yet painted (how full each is can be asked of it)."""
    internal = options.include_internal
    ctx = campaign_ctx(content, options.lang, internal)
    if not internal:
        content = for_client(content)
    deck = Deck(ctx)
    chosen = wanted(options.sections, CAMPAIGN_SECTIONS, () if internal else INTERNAL_SECTIONS)
    makers: dict[str, Callable[[Ctx, CampaignContent], list[Slide]]] = {
        "challenge": challenge,
        "audience": audience,
        "strategy": strategy,
        "channels": channels,
        "timeline": timeline,
        "budget": budget,
        "results": results,
        "team": team,
        "approvals": approvals,
        "next_steps": next_steps,
    }
    parts: list[tuple[str, list[tuple[str, list[Slide]]]]] = []
    for part, names in PARTS:
        made = [(n, makers[n](ctx, content)) for n in names if n in chosen]
        made = _merged(ctx, content, [(n, s) for n, s in made if s])
        parts.append((part, made))
    if "cover" in chosen:
        parts, fact = _lone_facts(ctx, content, parts)
        parts, answers, budget_too = thin_brief.fold(
            content, parts, frozenset(chosen), lambda s: (s.fill or 1) < MERGE_BELOW
        )
        if budget_too:  # the budget's figure left the strategy's slide with its answers
            fact = " · ".join(x for x in (fact, _budget_fact(ctx, content)) if x)
        deck.add(cover(ctx, content, fact, answers))
    parts = [(p, m) for p, m in parts if m]
    # Dividers help a reader find their way in a long deck; in a short one each would
    # announce a single slide, so the sections follow the cover (bookmarks stay).
    dividers = sum(len(s) for _, made in parts for _, s in made) > SHORT_DECK
    for number, (part, made) in enumerate(parts, 1):
        if part == "part_work_together" and content.results:
            part = "part_worked_together"  # a finished campaign: not "how we will work"
        if dividers:
            contents = [section_title(ctx, n, content) for n, _ in made]
            divider = divider_slide(ctx, number, ctx.label(part), contents=contents)
            deck.add(divider, bookmark=ctx.label(part))
        for name, slides in made:
            deck.add(slides, bookmark=section_title(ctx, name, content), level=1 if dividers else 0)
    deck.add(closing(ctx, content))
    return deck


SHORT_DECK = 4  # at most this many content slides: no part dividers


def _lone_facts(
    ctx: Ctx, content: CampaignContent, parts: list[tuple[str, list[tuple[str, list[Slide]]]]]
) -> tuple[list[tuple[str, list[tuple[str, list[Slide]]]]], str]:
    """Sections that stayed one near-empty slide holding a single fact, as in a campaign
    just opened, leave their slide and become facts on the cover: the budget as one big
    number nothing in its part could share a slide with ("Budget: €30,000"), the timeline
    as the campaign's one bar from its start to its deadline ("Campaign: 1 Apr – 30 Jun").
    Said once, where they still read."""
    c = content
    single = {"budget": "" if c.plan else _budget_fact(ctx, c), "timeline": ""}
    if c.starts and c.deadline and not (c.plan or c.work or c.milestones):
        span = _when(ctx, min(c.starts, c.deadline), max(c.starts, c.deadline))
        single["timeline"] = f"{ctx.label('campaign_span')}: {span}"
    facts: list[str] = []
    out = []
    for part, made in parts:
        gone = {
            n for n, s in made if single.get(n) and len(s) == 1 and (s[0].fill or 1) < MERGE_BELOW
        }
        facts += [single[n] for n in ("timeline", "budget") if n in gone]
        out.append((part, [(n, s) for n, s in made if n not in gone]))
    return out, " · ".join(facts)


def _budget_fact(ctx: Ctx, c: CampaignContent) -> str:
    return f"{ctx.label('budget')}: {ctx.fmt.money(c.budget)}" if c.budget and c.budget > 0 else ""


def section_title(ctx: Ctx, name: str, content: CampaignContent) -> str:
    if name == "team":
        return ctx.label("campaign_team")
    if name == "budget":
        return ctx.label("budget")
    return ctx.label(name)


def cover(
    ctx: Ctx, c: CampaignContent, fact: str = "", answers: Sequence[thin_brief.Fact] = ()
) -> Slide:
    """The cover; `fact` is a figure with no slide of its own (a lone budget), `answers`
    a thin brief's (thin_brief)."""
    who = " · ".join(x for x in (plain(c.client), plain(c.brand)) if x)
    sub = " · ".join(x for x in (plain(c.kind), plain(c.code), fact) if x)
    when = " · ".join(x for x in (ctx.fmt.date(c.made_on), plain(c.version)) if x)
    return cover_slide(
        ctx,
        kicker=who,
        title=c.campaign,
        subtitle=sub,
        when=when,
        # The brand's logo when it has one, else the client's: never a client's monogram
        # square beside the brand's logo.
        logos=(c.agency.logo, c.brand_logo or c.client_logo),
        facts=[(ctx.label(a.key), a.lines) for a in answers],
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


def challenge_and_audience(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    """The objectives, the product and the KPIs beside the audience and the market on one
    slide, when both are short (each alone would leave most of its slide empty)."""
    f = {k: _field(c, k) for k in ("objectives", "product", "kpis", "target_audience", "market")}

    def both(large: bool) -> list[Slide]:
        left = [
            *_labelled(ctx, "objectives", f["objectives"], large),
            *_labelled(ctx, "product", f["product"], large),
            *_labelled(ctx, "kpis", f["kpis"], large),
        ]
        right = [
            *_labelled(ctx, "target_audience", f["target_audience"], large),
            *_labelled(ctx, "market", f["market"], large),
        ]
        return _two(ctx, ctx.label("challenge_audience"), left, right)

    slides = roomy(both)
    return slides if len(slides) == 1 else []


def strategy(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    """The insight, our approach and proposal (and the mandatories) beside the key message
    on a panel."""
    return roomy(lambda large: _strategy(ctx, c, large))


def strategy_and_plan(ctx: Ctx, c: CampaignContent, present: frozenset[str]) -> list[Slide]:
    """Before there is a media plan: the strategy, the channels the brief names and the
    budget as one figure on one slide (each alone would be a line or a box). Once there is
    a plan, its lines are the channels' slide and the budget's chart: nothing merges."""
    if c.plan:
        return []
    slides = roomy(lambda large: _strategy(ctx, c, large, present))
    return slides if len(slides) == 1 else []


def _budget_items(ctx: Ctx, c: CampaignContent, large: bool) -> list[Flowable]:
    if not (c.budget and c.budget > 0):
        return []
    s = ctx.styles
    figure = para(
        ctx.fmt.money(c.budget),
        s.big.clone("budget_fig", fontSize=t.TITLE, leading=t.leading(t.TITLE)),
    )
    figure.spaceAfter = 6
    return [
        kicker(ctx, ctx.label("budget")),
        figure,
        *text_items(ctx, _field(c, "budget"), large=large),
    ]


def _strategy(
    ctx: Ctx, c: CampaignContent, large: bool, present: frozenset[str] = frozenset({"strategy"})
) -> list[Slide]:
    s = ctx.styles
    left: list[Flowable] = []
    message = ""
    if "strategy" in present:
        left = (
            _labelled(ctx, "insight", _field(c, "insight"), large)
            + _labelled(ctx, "approach", c.approach, large)
            + _labelled(ctx, "proposal", c.proposal_summary, large)
            + _labelled(ctx, "mandatories", _field(c, "mandatories"), large)
        )
        message = _field(c, "key_message")
    if "channels" in present:
        left += _labelled(ctx, "channels_short", _field(c, "channels"), large)
    budget = _budget_items(ctx, c, large) if "budget" in present else []
    right: list[Flowable] = []
    if message:
        quote = s.quote_large if large else s.quote
        right = [para(ctx.label("key_message"), s.kicker.clone("km", spaceBefore=0))]
        right += [para(b, quote) for b in message.split("\n\n") if b.strip()]
        for f in right[1:]:
            f.spaceAfter = 8
    # The budget's big figure goes under the key message on the panel: in the left column
    # it would split the column's text (one size, one block) in two, and text extraction
    # (poppler, by layout) would read the panel between the halves.
    if right:
        right += budget
    else:
        left += budget
    title = ctx.label("strategy" if present == {"strategy"} else "strategy_plan")
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
    """The campaign's plan of work (its tasks and milestones) when it has one; else the
    media plan's lines, else its span; then its dated milestones."""
    rows = [Row(w.name, w.team, w.starts, w.ends, w.milestone, w.done) for w in c.work]
    for line in c.plan if not rows else ():
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


def contact_lines(c: CampaignContent) -> list[str]:
    a = c.agency
    return [x for x in (a.address, a.phone, a.email, a.website) if plain(x)]


def closing(ctx: Ctx, c: CampaignContent) -> Slide:
    return closing_slide(ctx, title=ctx.label("thanks"), lines=contact_lines(c), logo=c.agency.logo)


# Sections that share one slide when one of them alone would leave most of its slide
# empty: (the sections, the merged section's name, its maker given those present).
Merge = Callable[[Ctx, CampaignContent, frozenset[str]], list[Slide]]
MERGES: tuple[tuple[tuple[str, ...], str, Merge], ...] = (
    (("challenge", "audience"), "challenge_audience", lambda x, c, _: challenge_and_audience(x, c)),
    (("strategy", "channels", "budget"), "strategy_plan", strategy_and_plan),
    (("team", "next_steps"), "team_and_steps", lambda x, c, _: team_and_steps(x, c)),
)
MERGE_BELOW = 0.5  # how full a section's one slide may be and still be merged


def _merged(
    ctx: Ctx, content: CampaignContent, made: list[tuple[str, list[Slide]]]
) -> list[tuple[str, list[Slide]]]:
    """A part's sections with the near-empty ones merged onto one slide (in the place of
    the first) when they fit on one; never a slide with too little to say."""
    for names, name, make in MERGES:
        found = {n: s for n, s in made if n in names and len(s) == 1}
        if len(found) < 2 or min(s[0].fill or 1.0 for s in found.values()) >= MERGE_BELOW:
            continue
        merged = make(ctx, content, frozenset(found))
        if merged:
            first = next(n for n, _ in made if n in found)
            made = [
                (name, merged) if n == first else (n, s)
                for n, s in made
                if n not in found or n == first
            ]
    return made
