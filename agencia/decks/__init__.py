"""The client decks: plain content in (agencia.decks.content), PDF bytes out (ReportLab).

Four decks share one design system (../shared/DECKS.md): the agency's credentials, a
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
    """

    lang: str = "es"
    sections: frozenset[str] | None = None
    progress: Callable[[int, int], None] | None = None


def render_agency(content: CredentialsContent, options: DeckOptions) -> bytes:
    """The agency's credentials (prepared for content.prepared_for when given)."""
    from agencia.decks.credentials import build_agency

    return build_agency(content, options.lang, options.sections, options.progress)


def render_campaign(content: CampaignContent, options: DeckOptions) -> bytes:
    """A campaign's presentation to its client."""
    from agencia.decks.campaign import build_campaign

    return build_campaign(content, options.lang, options.sections, options.progress)


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
    "render_agency",
    "render_approvals",
    "render_brief",
    "render_campaign",
]
