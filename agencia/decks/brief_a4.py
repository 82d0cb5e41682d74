"""The brief on A4 portrait, to print and sign: the campaign's facts, every filled field
of the latest brief in the template's order (a long brief flows onto more pages), and a
closing agreement with a signature box for the client and one for the agency."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Table

from agencia.decks import a4
from agencia.decks import theme as t
from agencia.decks.a4 import CONTENT_W, Heading, PaperStyles, para
from agencia.decks.build import make_ctx, meta
from agencia.decks.content import CampaignContent
from agencia.decks.labels import label
from agencia.decks.slides import Ctx
from agencia.decks.text import plain
from agencia.decks.theme import rl
from agencia.domain.briefs import BRIEF_FIELDS

SIGN_H = 92.0  # room to sign by hand


def build_brief_a4(content: CampaignContent, lang: str) -> bytes:
    """The brief to sign, in `lang` ("es" or "en"), for the client in `content.locale`."""
    c = content
    lang = "en" if lang == "en" else "es"
    ctx = make_ctx(
        c.agency,
        lang=lang,
        locale=c.locale,
        currency=c.currency,
        client=c.client,
        version="",
        made_on=c.made_on,
        latam=c.latam,
    )
    # The sheet is the brief: its footer names the brief's version, not the proposal's.
    ctx.version = ctx.label("brief_version", n=c.brief_number) if c.brief_number else ""
    ps = PaperStyles(ctx.theme)
    title = f"{ctx.label('brief_sheet')} — {plain(c.campaign)}"
    return a4.render(
        ctx,
        story(ctx, ps, c),
        meta(
            ctx,
            title=title,
            subject=ctx.label("brief_subject", campaign=plain(c.campaign), client=plain(c.client)),
            made_on=c.made_on,
            locale=c.locale,
        ),
    )


def story(ctx: Ctx, ps: PaperStyles, c: CampaignContent) -> list[Flowable]:
    f = ctx.fmt
    budget = c.brief_budget if c.brief_budget is not None else c.budget
    kicker = (
        ctx.label("brief_number", n=c.brief_number)
        if c.brief_number
        else label("brief_to_sign", ctx.lang)
    )
    items = a4.head(
        ctx,
        ps,
        kicker=kicker,
        title=c.campaign,
        subtitle=" · ".join(x for x in (plain(c.client), plain(c.brand)) if x),
        pairs=[
            (ctx.label("code"), plain(c.code)),
            (ctx.label("kind"), plain(c.kind)),
            (ctx.label("status"), plain(c.status)),
            (ctx.label("budget"), f.money(budget) if budget else ""),
            (ctx.label("starts"), f.date(c.starts)),
            (ctx.label("deadline"), f.date(c.brief_deadline or c.deadline)),
        ],
        agency_logo=c.agency.logo,
        client_logo=c.client_logo or c.brand_logo,
    )
    filled = False
    for name, es, en in BRIEF_FIELDS:
        text = (c.brief.get(name) or "").strip()
        if not plain(text):
            continue
        filled = True
        items.extend(a4.section(ps, en if ctx.lang == "en" else es))
        items.extend(a4.user_text(ps, text))
    if not filled:
        items.append(para(ctx.label("brief_empty"), ps.small))
    items.append(signatures(ctx, ps, c.client))
    return items


def signatures(ctx: Ctx, ps: PaperStyles, client: str) -> Flowable:
    """The agreement and two boxes to sign (client, agency), kept together on one page."""
    lang = ctx.lang
    half = (CONTENT_W - 16) / 2

    def box(party: str) -> Table:
        rows = [
            [para(label("sign_for", lang, party=party), ps.cell_head)],
            [para(label("sign_name", lang), ps.label)],
            [para(label("sign_signature", lang), ps.label)],
            [para(label("sign_date", lang), ps.label)],
        ]
        table = Table(rows, colWidths=[half], rowHeights=[None, 34, SIGN_H - 34, 30])
        table.setStyle(
            a4.table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, rl(t.RULE)),
                    ("LINEBELOW", (0, 0), (-1, 2), 0.4, rl(t.RULE)),
                    ("BACKGROUND", (0, 0), (-1, 0), rl(t.LIGHT)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return table

    pair = Table(
        [[box(plain(client) or ctx.label("client")), box(ctx.agency)]],
        colWidths=[half + 16, half],
        hAlign="LEFT",
    )
    pair.setStyle(
        a4.table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return KeepTogether(
        [
            Heading(label("sign_title", lang), ps.heading, level=1),  # kept with its boxes
            para(label("sign_text", lang), ps.body),
            a4.space(6),
            pair,
        ]
    )
