"""How we will work together: the team and who does what, the approvals so far (the
client's; the internal ones only when a person includes them) and the next steps, each
done, overdue or still to do at the deck's date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from agencia.decks import theme as t
from agencia.decks.cards import (
    BADGE,
    Card,
    balanced_columns,
    card_slides,
    draw_card_row,
    initials_badge,
    read_whole,
)
from agencia.decks.content import CampaignContent, Person
from agencia.decks.layout import (
    Column,
    flow_slides,
    kicker,
    para,
    table,
    text_items,
    title_height,
    widths_for,
)
from agencia.decks.slides import Ctx, Slide
from agencia.decks.text import plain

MERGED_TEAM = 6  # at most this many people in one row over the next steps
SMALL_BADGE = 32.0


def _team_cards(ctx: Ctx, c: CampaignContent, badge_size: float = BADGE) -> list[Card]:
    return person_cards(ctx, c.team, badge_size)


def person_cards(ctx: Ctx, people: Sequence[Person], badge_size: float = BADGE) -> list[Card]:
    """A card a person: initials, name, role (and title), what they do here; the texts at
    one size (the name's, the table's on small cards) so that text extraction reads each
    card's name with its role (cards.read_whole), not a row's names, then their roles."""
    s = ctx.styles
    size = t.BODY if badge_size >= BADGE else t.TABLE

    def at(style: ParagraphStyle) -> ParagraphStyle:
        return style.clone(f"{style.name}_{size}", fontSize=size, leading=t.leading(size))

    cards = []
    for p in people:
        badge, bh = initials_badge(ctx, p.name, badge_size)
        items: list[Flowable] = [para(p.name, at(s.card_name))]
        role = " · ".join(x for x in (p.role, p.title) if x)
        if role:
            items.append(para(role, at(s.card_role)))
        if p.part:
            items.append(para(p.part, at(s.card_part)))
        for f in items[:-1]:
            f.spaceAfter = 3
        cards.append(Card(read_whole(items, size), badge=badge, badge_h=bh))
    return cards


def team(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    cards = _team_cards(ctx, c)
    if not cards:
        return []
    title = ctx.label("campaign_team")
    slides = card_slides(ctx, title, cards, balanced_columns(len(cards)))
    if slides is not None:
        return slides
    # A card taller than a slide (what a person does here, at length) cannot be drawn:
    # the team as text, each person's name over their role and part, continued as it
    # needs; never the team left out.
    flow: list[Flowable] = []
    for p in c.team:
        role = " · ".join(x for x in (p.role, p.title) if x)
        head = p.name or role
        if head:
            flow.append(kicker(ctx, head))
        if p.name and role:
            flow.append(para(role, ctx.styles.body))
        flow += text_items(ctx, p.part)
    return flow_slides(ctx, title, [Column(t.col_x(0), t.span(8), flow)])


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


def _step_state(ctx: Ctx, done: bool, due: date | None) -> str:
    """Done, overdue (its date before the deck's) or still to do: a step past its date is
    never shown as upcoming."""
    if done:
        return ctx.label("step_done")
    if due is not None and ctx.made_on is not None and due < ctx.made_on:
        return ctx.label("step_overdue")
    return ctx.label("step_open")


def _steps_table(ctx: Ctx, c: CampaignContent) -> Table | None:
    s = ctx.styles
    steps = [n for n in c.next_steps if plain(n.description) or plain(n.owner)]
    if not steps:
        return None
    header = [para(ctx.label(k), s.table_head) for k in ("step", "owner", "due", "status")]
    rows: list[list[Flowable | str]] = [
        [
            para(n.description, s.table),
            para(n.owner, s.table),
            para(ctx.fmt.short_date(n.due), s.table),
            para(_step_state(ctx, n.done, n.due), s.table_bold if not n.done else s.table_grey),
        ]
        for n in steps
    ]
    return table(ctx, header, rows, widths_for((6, 3, 1.6, 1.4)))


def next_steps(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    tbl = _steps_table(ctx, c)
    if tbl is None:
        return []
    return flow_slides(ctx, ctx.label("next_steps"), [Column(t.col_x(0), t.CONTENT_W, [tbl])])


def team_and_steps(ctx: Ctx, c: CampaignContent) -> list[Slide]:
    """A small team (one row of cards) over a short list of steps, on one slide: each
    alone would leave most of its slide empty. [] when they do not fit together."""
    people = len(c.team)
    if not 0 < people <= MERGED_TEAM:
        return []
    cards = _team_cards(ctx, c, BADGE if people <= 4 else SMALL_BADGE)
    tbl = _steps_table(ctx, c)
    columns = balanced_columns(people) if people <= 4 else people
    if tbl is None:
        return []
    title = ctx.label("team_and_steps")
    w = (t.CONTENT_W - (columns - 1) * t.GUTTER) / columns
    row_h = max(card.measure(w) for card in cards)
    top = title_height(ctx, title)

    def row(slide: Slide, top: float) -> None:
        draw_card_row(slide, cards, t.MARGIN_X, top, w)

    items = [kicker(ctx, ctx.label("next_steps")), tbl]
    column = Column(t.col_x(0), t.CONTENT_W, items, first_top=top - row_h - 20)
    slides = flow_slides(ctx, title, [column], first_extra=row)
    return slides if len(slides) == 1 else []
