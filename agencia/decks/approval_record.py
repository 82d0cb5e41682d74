"""The approval record: who decided what, when, at which stage, on which document
(its SHA-256 fingerprint, in groups of eight to be read and compared)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from agencia.decks import theme as t
from agencia.decks.build import meta
from agencia.decks.campaign import campaign_ctx
from agencia.decks.content import CampaignContent
from agencia.decks.layout import Column, flow_slides, para, raw, table, widths_for
from agencia.decks.slides import Deck
from agencia.decks.text import markup, plain, sha_groups


def _note(text: str) -> str:
    """A grey caption line under a cell's text (the text escaped here)."""
    return f'<br/><font size="{t.CAPTION}" color="{t.GREY}">{markup(text)}</font>'


def build_approvals(
    content: CampaignContent, lang: str, progress: Callable[[int, int], None] | None
) -> bytes:
    ctx = campaign_ctx(content, lang, internal=True)  # marked internal on every page
    s = ctx.styles
    c = content
    title = ctx.label("approval_record")
    subtitle = " · ".join(x for x in (plain(c.campaign), plain(c.client), plain(c.code)) if x)
    items: list[Flowable]
    if not c.decisions:
        items = [para(ctx.label("no_decisions"), s.body)]
    else:
        keys = ("date", "stage", "document", "decision", "who", "comment", "fingerprint")
        header = [para(ctx.label(k), s.table_head) for k in keys]
        rows: list[list[Flowable | str]] = []
        grey = []
        for i, d in enumerate(c.decisions):
            st = s.table_grey if d.superseded else s.table
            decision = f'<font name="Lato-Bold">{markup(d.decision)}</font>'
            notes = []
            if plain(d.channel):
                notes.append(ctx.label("via", channel=plain(d.channel)))
            if d.superseded:
                notes.append(ctx.label("superseded"))
            if notes:
                decision += _note(" · ".join(notes))
            who = markup(d.who)
            if plain(d.on_behalf_of):
                who += _note(ctx.label("on_behalf_of", name=plain(d.on_behalf_of)))
            sha = (
                "<br/>".join(markup(line) for line in sha_groups(d.document_sha256))
                if plain(d.document_sha256)
                else "—"
            )
            rows.append(
                [
                    para(ctx.fmt.short_date(d.decided_on), st),
                    para(d.stage, st),
                    para(d.subject, st),
                    raw(decision, st),
                    raw(who, st),
                    para(d.comment, st),
                    raw(
                        sha,
                        s.caption.clone(
                            "sha", textColor=t.rl(t.INK) if not d.superseded else t.rl(t.GREY)
                        ),
                    ),
                ]
            )
            if d.superseded:
                grey.append(i)
        items = [
            table(
                ctx, header, rows, widths_for((1.25, 1.5, 1.6, 1.5, 1.9, 2.8, 1.6)), grey_rows=grey
            )
        ]
    deck = Deck(ctx)
    deck.add(
        flow_slides(ctx, title, [Column(t.col_x(0), t.CONTENT_W, items)], subtitle=subtitle),
        bookmark=title,
    )
    return deck.render(
        meta(
            ctx,
            title=f"{title} — {plain(c.campaign)}",
            subject=ctx.label(
                "approval_subject", campaign=plain(c.campaign), client=plain(c.client)
            ),
            made_on=c.made_on,
            locale=c.locale,
        ),
        progress,
    )
