"""What the four decks share: the context made from the content and the options, which
sections to draw, and the metadata."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from agencia.decks.content import AgencyProfile
from agencia.decks.formats import Fmt, deck_locale
from agencia.decks.slides import Ctx, Meta
from agencia.decks.styles import Styles
from agencia.decks.text import plain
from agencia.decks.theme import Theme


def make_ctx(
    agency: AgencyProfile,
    *,
    lang: str,
    locale: str,
    currency: str,
    client: str,
    version: str,
    made_on: date,
    internal: bool = False,
    latam: bool = False,
) -> Ctx:
    lang = "en" if lang == "en" else "es"
    th = Theme.of(agency)
    return Ctx(
        theme=th,
        styles=Styles(th),
        fmt=Fmt(locale, lang, currency, typed_in=agency.locale),
        lang=lang,
        agency=plain(agency.name),
        client=plain(client),
        version=plain(version),
        made_on=made_on,
        internal=internal,
        latam=latam and lang == "es",
    )


def wanted(
    sections: frozenset[str] | None, known: Iterable[str], left_out: Iterable[str] = ()
) -> set[str]:
    """The sections to draw: all but `left_out` when None, else those named (unknown
    names ignored)."""
    every = set(known)
    return every - set(left_out) if sections is None else every & set(sections)


def meta(ctx: Ctx, *, title: str, subject: str, made_on: date, locale: str) -> Meta:
    loc = deck_locale(locale, ctx.lang)
    tag = f"{loc.language}-{loc.territory}" if loc.territory else loc.language
    return Meta(
        title=plain(title),
        author=ctx.agency,
        subject=plain(subject),
        lang=tag,
        made_on=made_on,
    )
