"""The meeting report (acta) on A4: who met, where and when, what was agreed and who does
what by when — the document the client receives and acknowledges (its SHA-256 is what
the acknowledgement refers to).

Read top to bottom: letterhead, the subject as the title, the facts, the attendees on
both sides, the agreements, the next steps (a table that continues on the next page
with its header), a closing line, the footer.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Table

from agencia.decks import a4
from agencia.decks.a4 import CONTENT_W, PaperStyles, para
from agencia.decks.build import meta
from agencia.decks.paper_content import ActaContent, ActaStep, Attendee
from agencia.decks.slides import Ctx, Meta
from agencia.decks.text import plain


def build_acta(c: ActaContent, lang: str, *, latam: bool = False) -> bytes:
    """The acta's PDF in `lang` ("es" or "en"; Latin America's Spanish when `latam`), for
    the client in `c.locale`."""
    ctx = a4.client_ctx(c, lang, "acta", latam=latam)
    ps = PaperStyles(ctx.theme)
    return a4.render(ctx, story(ctx, ps, c), _meta(ctx, c))


def _meta(ctx: Ctx, c: ActaContent) -> Meta:
    day = ctx.fmt.date(c.held_on)
    return meta(
        ctx,
        title=f"{ctx.label('acta')} — {plain(c.subject)}",
        subject=ctx.label("acta_subject", date=day, client=plain(c.client)),
        made_on=c.made_on,
        locale=c.locale,
    )


def story(ctx: Ctx, ps: PaperStyles, c: ActaContent) -> list[Flowable]:
    f = ctx.fmt
    campaign = f"{plain(c.campaign)} ({plain(c.code)})" if c.code else plain(c.campaign)
    items = a4.head(
        ctx,
        ps,
        kicker=ctx.label("acta"),
        title=c.subject,
        subtitle=" · ".join(x for x in (plain(c.campaign), plain(c.client)) if x),
        pairs=[
            (ctx.label("date"), f.date(c.held_on)),
            (ctx.label("acta_place"), plain(c.place)),
            (ctx.label("client"), plain(c.client)),
            (ctx.label("campaign"), campaign),
            (ctx.label("acta_author"), plain(c.author)),
        ],
        agency_logo=c.agency.logo,
        client_logo=c.client_logo,
    )
    items.extend(a4.section(ps, ctx.label("acta_attendees")))
    items.append(_attendees(ctx, ps, c))
    items.extend(a4.section(ps, ctx.label("acta_agreements")))
    agreed = a4.user_text(ps, c.agreements)
    items.extend(agreed or [para(ctx.label("acta_no_agreements"), ps.small)])
    items.extend(a4.section(ps, ctx.label("acta_steps")))
    if c.next_steps:
        items.append(_steps(ctx, ps, c))
    else:
        items.append(para(ctx.label("acta_no_steps"), ps.small))
    items.append(a4.space(14))
    items.append(para(ctx.label("acta_closing"), ps.small))
    return items


def _people(ps: PaperStyles, people: tuple[Attendee, ...], nobody: str) -> list[Flowable]:
    if not people:
        return [para(nobody, ps.small)]
    return [
        para(f"{plain(p.name)} — {plain(p.position)}" if p.position else plain(p.name), ps.cell)
        for p in people
    ]


def _attendees(ctx: Ctx, ps: PaperStyles, c: ActaContent) -> Flowable:
    """The agency's people and the client's, each under its side's name; one below the
    other, so that a reader (and a text extraction) takes each side whole."""

    nobody = ctx.label("acta_nobody")
    rows = [
        [para(ctx.label("acta_ours", agency=ctx.agency), ps.cell_head)],
        [_people(ps, c.ours, nobody)],
        [para(ctx.label("acta_theirs", client=ctx.client or plain(c.client)), ps.cell_head)],
        [_people(ps, c.theirs, nobody)],
    ]
    table = Table(rows, colWidths=[CONTENT_W], hAlign="LEFT")
    table.setStyle(
        a4.table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 2), (-1, 2), 8),
            ]
        )
    )
    return table


def _status(ctx: Ctx, step: ActaStep, today: date) -> str:
    if step.done:
        return ctx.label("step_done")
    if step.due is not None and step.due < today:
        return ctx.label("step_overdue")
    return ctx.label("step_open")


def _steps(ctx: Ctx, ps: PaperStyles, c: ActaContent) -> Flowable:

    rows = []
    for n, s in enumerate(c.next_steps, start=1):
        side = ctx.label("acta_side_client" if s.client_side else "acta_side_agency")
        owner = f"{plain(s.owner)} ({side})" if s.owner else "—"
        rows.append(
            [
                f"{n}.",
                s.description,
                owner,
                ctx.fmt.date(s.due) if s.due else "—",
                _status(ctx, s, c.made_on),
            ]
        )
    return a4.grid(
        ps,
        ["#", ctx.label("step"), ctx.label("owner"), ctx.label("due"), ctx.label("status")],
        rows,
        (0.06, 0.44, 0.22, 0.14, 0.14),
    )
