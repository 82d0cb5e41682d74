"""The contrabrief on A4: the agency's answer to the brief — what we understand, what we
ask, how we propose to solve it — with the brief version it answers, for the client."""

from __future__ import annotations

from reportlab.platypus import Flowable

from agencia.decks import a4
from agencia.decks.a4 import PaperStyles, para
from agencia.decks.build import meta
from agencia.decks.paper_content import ContrabriefContent
from agencia.decks.slides import Ctx
from agencia.decks.text import plain


def build_contrabrief(c: ContrabriefContent, lang: str, *, latam: bool = False) -> bytes:
    """The contrabrief's PDF in `lang` ("es" or "en"), for the client in `c.locale`."""
    ctx = a4.client_ctx(c, lang, "contrabrief", latam=latam)
    ps = PaperStyles(ctx.theme)
    return a4.render(
        ctx,
        story(ctx, ps, c),
        meta(
            ctx,
            title=f"{ctx.label('contrabrief')} — {plain(c.campaign)}",
            subject=ctx.label(
                "contrabrief_subject", campaign=plain(c.campaign), client=plain(c.client)
            ),
            made_on=c.made_on,
            locale=c.locale,
        ),
    )


def story(ctx: Ctx, ps: PaperStyles, c: ContrabriefContent) -> list[Flowable]:
    campaign = f"{plain(c.campaign)} ({plain(c.code)})" if c.code else plain(c.campaign)
    answers = ctx.label("contrabrief_answers", n=c.brief_number) if c.brief_number else ""
    items = a4.head(
        ctx,
        ps,
        kicker=ctx.label("contrabrief"),
        title=c.campaign,
        subtitle=" · ".join(x for x in (plain(c.client), plain(c.brand)) if x),
        pairs=[
            (ctx.label("client"), plain(c.client)),
            (ctx.label("campaign"), campaign),
            (ctx.label("brief_sheet"), answers),
            (ctx.label("cb_author"), plain(c.author)),
            (ctx.label("date"), ctx.fmt.date(c.made_on)),
        ],
        agency_logo=c.agency.logo,
        client_logo=c.client_logo,
    )
    filled = False
    for key, text in (
        ("cb_understanding", c.understanding),
        ("cb_questions", c.questions),
        ("cb_approach", c.approach),
    ):
        if not plain(text):
            continue
        filled = True
        items.extend(a4.section(ps, ctx.label(key)))
        items.extend(a4.user_text(ps, text))
    if not filled:
        items.append(para(ctx.label("cb_empty"), ps.small))
    return items
