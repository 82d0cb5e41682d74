"""The agency's credentials: cover, who we are, what we do, how we work, the team (an
org chart), clients, case studies and contact. Prepared for a client or prospect, their
name is on the cover and in the footer."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from agencia.decks import theme as t
from agencia.decks.build import make_ctx, meta, wanted
from agencia.decks.campaign import MERGE_BELOW
from agencia.decks.cards import (
    PAD,
    BigNumber,
    Card,
    balanced_columns,
    big_numbers,
    card_slides,
    draw_card_row,
    logo_badge,
    monogram_badge,
    numbered_card,
)
from agencia.decks.content import AGENCY_SECTIONS, CaseStudy, CredentialsContent, Person, TeamNode
from agencia.decks.covers import closing_slide, cover_slide, divider_slide
from agencia.decks.layout import (
    CONTENT_BOTTOM,
    Column,
    bullets,
    flow_slides,
    is_bullet,
    kicker,
    paginate,
    para,
    read_whole,
    text_items,
    title_height,
)
from agencia.decks.slides import Ctx, Deck, Slide
from agencia.decks.text import blocks, plain


def build_agency(
    content: CredentialsContent,
    lang: str,
    sections: frozenset[str] | None,
    progress: Callable[[int, int], None] | None,
) -> bytes:
    deck = lay_out_agency(content, lang, sections)
    ctx = deck.ctx
    client = plain(content.prepared_for)
    subject = (
        ctx.label("credentials_subject_for", agency=ctx.agency, client=client)
        if client
        else ctx.label("credentials_subject", agency=ctx.agency)
    )
    return deck.render(
        meta(
            ctx,
            title=f"{ctx.agency} — {ctx.label('credentials')}",
            subject=subject,
            made_on=content.made_on,
            locale=content.locale or content.agency.locale,
        ),
        progress,
    )


def lay_out_agency(
    content: CredentialsContent, lang: str, sections: frozenset[str] | None = None
) -> Deck:
    """Every slide of the credentials laid out, not yet painted (how full each is can
    be asked of it)."""
    a = content.agency
    ctx = make_ctx(
        a,
        lang=lang,
        locale=content.locale or a.locale,
        currency=a.currency,
        client=content.prepared_for,
        version=content.version,
        made_on=content.made_on,
        latam=content.latam,
    )
    deck = Deck(ctx)
    chosen = wanted(sections, AGENCY_SECTIONS)
    if "cover" in chosen:
        deck.add(cover(ctx, content))
    makers: list[tuple[str, Callable[[Ctx, CredentialsContent], list[Slide]]]] = [
        ("about", about),
        ("services", services),
        ("process", process),
        ("team", team),
        ("clients", clients),
    ]
    for name, make in makers:
        if name in chosen:
            deck.add(make(ctx, content), bookmark=ctx.label(name))
    if "cases" in chosen and content.cases:
        names = [plain(case.campaign) for case in content.cases]
        divider = divider_slide(
            ctx, None, ctx.label("cases"), kicker=ctx.label("part_work"), contents=names
        )
        deck.add(divider, bookmark=ctx.label("cases"))
        for case in content.cases:
            deck.add(case_slides(ctx, case), bookmark=plain(case.campaign), level=1)
    if "contact" in chosen:
        deck.add(contact(ctx, content), bookmark=ctx.label("contact"))
    return deck


def cover(ctx: Ctx, c: CredentialsContent) -> Slide:
    a = c.agency
    client = plain(c.prepared_for)
    kick = ctx.label("credentials")
    if client:
        kick += f" · {ctx.label('prepared_for')} {client}"
    return cover_slide(
        ctx,
        kicker=kick,
        title=a.name,
        subtitle=a.tagline,
        when=" · ".join(x for x in (ctx.fmt.date(c.made_on), plain(c.version)) if x),
        logos=(a.logo, c.prepared_for_logo),
    )


def about(ctx: Ctx, c: CredentialsContent) -> list[Slide]:
    """Who we are: the about text a size up beside the tagline, over the agency in
    figures (clients, sectors, people, services, counted from the profile) so that the
    slide says enough (alone it had been a third full); the text at the body size when
    large would not fit, the figures left out when the text needs more than one slide."""
    for figures in (agency_figures(ctx, c), []):
        for large in (True, False):
            slides = _about(ctx, c, large, figures)
            if slides is not None:
                return slides
    return []  # not reached: at the body size without figures the text always flows


def agency_figures(ctx: Ctx, c: CredentialsContent) -> list[BigNumber]:
    """The agency in up to four counts from its profile and this deck's content (none
    when fewer than two are known: one lone figure is not a row)."""

    def people(nodes: tuple[TeamNode, ...]) -> int:
        return sum(1 + people(n.reports) for n in nodes)

    names = [r for r in c.clients if plain(r.name)]
    counts = (
        ("fig_clients", "fig_client", len(names)),
        ("fig_sectors", "fig_sector", len({plain(r.sector) for r in names if plain(r.sector)})),
        ("fig_people", "fig_person", people(c.team)),
        ("fig_services", "fig_service", sum(1 for x in c.agency.services if plain(x))),
    )
    found = [
        BigNumber(ctx.fmt.number(n), ctx.label(one if n == 1 else many))
        for many, one, n in counts
        if n
    ]
    return found if len(found) >= 2 else []


def _about(
    ctx: Ctx, c: CredentialsContent, large: bool, figures: list[BigNumber]
) -> list[Slide] | None:
    """The slide(s) at one size; None when the figures are asked for and the text would
    not fit on one slide above them (or `large` would take more than one slide)."""
    a = c.agency
    title = ctx.label("about")
    body = text_items(ctx, a.about, large=large)
    if body and not large and not is_bullet(body[0]):
        body[0] = para(blocks(a.about)[0].text, ctx.styles.intro)  # the opening, larger
    quote = ctx.styles.quote_large if large else ctx.styles.quote
    side: list[Flowable] = [para(a.tagline, quote)] if plain(a.tagline) else []
    columns = []
    if body:
        columns.append(Column(t.col_x(0), t.span(7), body))
    if side:
        columns.append(
            Column(t.col_x(8 if body else 0), t.span(4 if body else 8), side, panel=True)
        )
    if not columns:
        return []
    if not figures:
        slides = flow_slides(ctx, title, columns)
        return slides if len(slides) <= 1 or not large else None
    cards, cw = big_numbers(ctx, figures)
    row_h = max(card.measure(cw) for card in cards)
    top = title_height(ctx, title)
    room = top - CONTENT_BOTTOM - row_h - 32
    if len(columns) > 1:  # as flow_slides sets them, so that they measure the same
        columns = read_whole(columns)
    heights = []
    for col in columns:
        pages = paginate(col.items, col.width - 2 * col.inset, room - 2 * col.inset)
        if len(pages) != 1:
            return None
        last = pages[0][-1]
        heights.append(last.dy + last.height + 2 * col.inset)

    def row(slide: Slide, top: float) -> None:
        draw_card_row(slide, cards, t.MARGIN_X, top - max(heights) - 32, cw)

    return flow_slides(ctx, title, columns, first_extra=row)


def services(ctx: Ctx, c: CredentialsContent) -> list[Slide]:
    items = [s for s in c.agency.services if plain(s)]
    if not items:
        return []
    cards = []
    for i, service in enumerate(items, start=1):
        cards.append(numbered_card(ctx, i, [para(service, ctx.styles.card_name)]))
    slides = card_slides(ctx, ctx.label("services"), cards, balanced_columns(len(cards)))
    if slides is not None:
        return slides
    return flow_slides(
        ctx, ctx.label("services"), [Column(t.col_x(0), t.span(8), bullets(ctx, items))]
    )


def process(ctx: Ctx, c: CredentialsContent) -> list[Slide]:
    steps = [(plain(a), b) for a, b in c.agency.process if plain(a) or plain(b)]
    if not steps:
        return []
    title = ctx.label("process")
    s = ctx.styles
    cards = []
    for i, (name, what) in enumerate(steps, start=1):
        items: list[Flowable] = [para(name, s.card_name)] if name else []
        items += text_items(ctx, what)
        cards.append(numbered_card(ctx, i, items))
    slides = card_slides(ctx, title, cards, balanced_columns(len(cards)))
    if slides is not None:
        return slides
    flow: list[Flowable] = []
    for i, (name, what) in enumerate(steps, start=1):
        flow.append(kicker(ctx, f"{i:02d} · {name}" if name else f"{i:02d}"))
        flow += text_items(ctx, what)
    return flow_slides(ctx, title, [Column(t.col_x(0), t.span(8), flow)])


SMALL_TEAM = 6  # people shown as cards when their org chart is one short column


def team(ctx: Ctx, c: CredentialsContent) -> list[Slide]:
    """The org chart; a client's small account team (one short column of boxes, a fifth
    of a slide) as cards instead, as the campaign deck shows its team."""
    from agencia.decks.orgchart import org_slides
    from agencia.decks.working import person_cards

    if not c.team:
        return []
    slides = org_slides(ctx, ctx.label("team"), c.team)

    def flat(nodes: tuple[TeamNode, ...]) -> list[Person]:
        return [p for n in nodes for p in (n.person, *flat(n.reports))]

    people = flat(c.team)
    if len(slides) == 1 and len(people) <= SMALL_TEAM and (slides[0].fill or 0) < MERGE_BELOW:
        cards = person_cards(ctx, people)
        return card_slides(ctx, ctx.label("team"), cards, balanced_columns(len(cards))) or slides
    return slides


def clients(ctx: Ctx, c: CredentialsContent) -> list[Slide]:
    """Clients as cards with their logo (or initials), name and sector: four to a row, or
    a denser wall of six to a row when there are many."""
    s = ctx.styles
    refs = [ref for ref in c.clients if plain(ref.name)]
    dense = len(refs) > 8
    columns = balanced_columns(len(refs), (5, 6)) if dense else 4
    pad, logo_h = (12.0, 32.0) if dense else (PAD, 56.0)
    w = (t.CONTENT_W - (columns - 1) * t.GUTTER) / columns - 2 * pad
    cards = []
    for ref in refs:
        badge = logo_badge(ctx, ref.logo, w, logo_h) or monogram_badge(ctx, ref.name, logo_h)
        items: list[Flowable] = [para(ref.name, s.table_bold if dense else s.card_name)]
        if plain(ref.sector):
            items[0].spaceAfter = 2
            items.append(para(ref.sector, s.caption if dense else s.card_role))
        cards.append(
            Card(items, badge=badge[0], badge_h=badge[1], fill=t.WHITE, border=t.RULE, pad=pad)
        )
    if not cards:
        return []
    return card_slides(ctx, ctx.label("clients"), cards, columns) or []


def case_slides(ctx: Ctx, case: CaseStudy) -> list[Slide]:
    """A case study: its texts a size up when that costs no slide."""
    large = _case_slides(ctx, case, True)
    small = _case_slides(ctx, case, False)
    return large if len(large) <= len(small) else small


def _case_slides(ctx: Ctx, case: CaseStudy, large: bool) -> list[Slide]:
    """Challenge, idea and story in columns (the key visual on the right) over the results
    as 2–4 big numbers, on one slide when it all fits; else the texts flow first and the
    results follow on their own slide."""
    title = plain(case.campaign) or plain(case.brand) or plain(case.client)
    year = str(case.year) if case.year else ""
    subtitle = " · ".join(x for x in (plain(case.client), plain(case.brand), year) if x)

    def part(key: str, text: str) -> list[Flowable]:
        items = text_items(ctx, text, large=large)
        return [kicker(ctx, ctx.label(key)), *items] if plain(text) else []

    challenge = part("challenge_label", case.challenge)
    idea = part("idea_label", case.idea)
    story = part("results_label", case.story)
    numbers = [
        BigNumber(
            ctx.fmt.figure(plain(k.achieved)),
            plain(k.name),
            ctx.label("target_short", target=ctx.fmt.figure(plain(k.target)))
            if plain(k.target)
            else "",
        )
        for k in case.results
        if plain(k.achieved) or plain(k.name) or plain(k.target)
    ]
    visual = ctx.image(case.key_visual)
    # A landscape visual takes half the slide beside the texts stacked in one column; a
    # portrait one a third beside two columns; without one, three columns share the width.
    vis_cols = 0 if visual is None else 6 if visual.getSize()[0] >= visual.getSize()[1] else 4
    area = 12 - vis_cols
    texts = [col for col in (challenge, idea) if col]
    if visual is None and story:
        texts.append(story)
    if vis_cols == 6 and texts:
        texts = [challenge + idea]
    later_story = story if visual is not None else []
    n = len(texts)
    span = area // n if n > 1 else min(area, 8)
    top = title_height(ctx, title, subtitle)
    first, rest = numbers[:4], numbers[4:]
    cards, cw = big_numbers(ctx, first, t.span(area)) if first else ([], 0.0)
    nh = max((card.measure(cw) for card in cards), default=0.0)
    room = top - CONTENT_BOTTOM - (nh + 32 if cards else 0)
    laid = [paginate(col, t.span(span), room) for col in texts]
    text_h = max((p[0][-1].dy + p[0][-1].height for p in laid if p and p[0]), default=0.0)
    one_slide = all(len(p) == 1 for p in laid) and not rest and not later_story

    def picture(slide: Slide, top: float) -> None:
        if visual is None:
            return
        vis_w, vis_h = t.span(vis_cols), top - CONTENT_BOTTOM
        iw, ih = visual.getSize()
        scale = min(vis_w / iw, vis_h / ih)
        w, h = iw * scale, ih * scale
        x = t.col_x(12 - vis_cols)
        slide.add(lambda c: c.drawImage(visual, x, top - h, w, h, mask="auto"))
        slide.occupy(w, h)

    columns = [Column(t.col_x(i * span), t.span(span), col) for i, col in enumerate(texts)]
    if one_slide:

        def extra(slide: Slide, top: float) -> None:
            picture(slide, top)
            if cards:
                y = top - (text_h + 32 if texts else 0)
                draw_card_row(slide, cards, t.MARGIN_X, y, cw)

        return flow_slides(ctx, title, columns, subtitle=subtitle, first_extra=extra)
    slides: list[Slide] = []
    if texts or visual is not None:
        slides += flow_slides(ctx, title, columns, subtitle=subtitle, first_extra=picture)
    if first or later_story or rest:
        slides += results_slides(ctx, title, first, later_story, rest)
    return slides


def results_slides(
    ctx: Ctx, title: str, first: list[BigNumber], story: list[Flowable], rest: list[BigNumber]
) -> list[Slide]:
    """A case's results: up to four big numbers across the slide, the story under them,
    any further numbers on a continuation."""
    head = f"{title} · {ctx.label('results_label')}"
    top = title_height(ctx, head)
    cards, cw = big_numbers(ctx, first) if first else ([], 0.0)
    nh = max((card.measure(cw) for card in cards), default=0.0)

    def numbers_row(slide: Slide, top: float) -> None:
        if cards:
            draw_card_row(slide, cards, t.MARGIN_X, top, cw)

    column = Column(t.col_x(0), t.span(8), story, first_top=top - (nh + 32 if cards else 0))
    slides = flow_slides(ctx, head, [column], first_extra=numbers_row)
    for start in range(0, len(rest), 4):
        more, w = big_numbers(ctx, rest[start : start + 4])

        def row(slide: Slide, top: float, more: list[Card] = more, w: float = w) -> None:
            draw_card_row(slide, more, t.MARGIN_X, top, w)

        slides += flow_slides(ctx, ctx.label("cont", title=head), [], first_extra=row)
    return slides


def contact(ctx: Ctx, c: CredentialsContent) -> Slide:
    a = c.agency
    lines = [x for x in (a.address, a.phone, a.email, a.website) if plain(x)]
    return closing_slide(ctx, title=ctx.label("thanks"), lines=lines, logo=a.logo)


__all__ = ["build_agency", "lay_out_agency"]
