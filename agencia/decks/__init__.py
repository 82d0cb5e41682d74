"""The client decks: plain content in (agencia.decks.content), PDF bytes out (ReportLab).

Four decks share one design system (decks/theme.py): the agency's credentials, a
campaign's presentation, a one-page brief sheet and an approval record. Rendering is
deterministic: the same content and options give the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from agencia.decks.content import CampaignContent, CredentialsContent


@dataclass(frozen=True)
class DeckOptions:
    """How to render a deck.

    lang: the deck's own labels ("es" or "en"); sections: the sections to include, by the
    names in AGENCY_SECTIONS / CAMPAIGN_SECTIONS (None: all of them; a section left out of
    the set is not rendered); progress(done, total): called as slides are drawn, first
    with done = 0 once the page count is known.

    include_internal: a client deck never shows the agency's internal decisions and
    comments (brief and internal review) unless a person asks for them here; the deck
    then says "Uso interno" on every page. None of sections means every section but the
    internal ones (INTERNAL_SECTIONS) unless they are included.
    """

    lang: str = "es"
    sections: frozenset[str] | None = None
    progress: Callable[[int, int], None] | None = None
    include_internal: bool = False


def render_agency(content: CredentialsContent, options: DeckOptions) -> bytes:
    """The agency's credentials (prepared for content.prepared_for when given)."""
    from agencia.decks.credentials import build_agency

    return build_agency(content, options.lang, options.sections, options.progress)


def render_campaign(content: CampaignContent, options: DeckOptions) -> bytes:
    """A campaign's presentation to its client."""
    from agencia.decks.campaign import build_campaign

    return build_campaign(content, options)


def slide_fills(content: CampaignContent, options: DeckOptions) -> list[float | None]:
    """How full each slide of a campaign deck is: its content's area over the area under
    its title (None for the cover, dividers and the closing slide), from the layout."""
    from agencia.decks.campaign import lay_out_campaign

    return [slide.fill for slide in lay_out_campaign(content, options).slides]


def agency_fills(content: CredentialsContent, options: DeckOptions) -> list[float | None]:
    """How full each slide of the credentials is, as `slide_fills` measures a campaign's."""
    from agencia.decks.credentials import lay_out_agency

    return [slide.fill for slide in lay_out_agency(content, options.lang, options.sections).slides]


def render_brief(content: CampaignContent, options: DeckOptions) -> bytes:
    """The campaign's brief on one 16:9 page (continued on a second when it is long)."""
    from agencia.decks.brief_sheet import build_brief

    return build_brief(content, options.lang, options.progress)


def render_approvals(content: CampaignContent, options: DeckOptions) -> bytes:
    """The campaign's approval record: every decision with its document's SHA-256."""
    from agencia.decks.approval_record import build_approvals

    return build_approvals(content, options.lang, options.progress)


__all__ = [
    "DeckOptions",
    "agency_fills",
    "render_agency",
    "render_approvals",
    "render_brief",
    "render_campaign",
    "slide_fills",
]
