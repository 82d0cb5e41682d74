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
    the set is not rendered); progress(done, total): called while slides are drawn.
    """

    lang: str = "es"
    sections: frozenset[str] | None = None
    progress: Callable[[int, int], None] | None = None


def render_agency(content: CredentialsContent, options: DeckOptions) -> bytes:
    raise NotImplementedError


def render_campaign(content: CampaignContent, options: DeckOptions) -> bytes:
    raise NotImplementedError


def render_brief(content: CampaignContent, options: DeckOptions) -> bytes:
    raise NotImplementedError


def render_approvals(content: CampaignContent, options: DeckOptions) -> bytes:
    raise NotImplementedError


__all__ = [
    "DeckOptions",
    "render_agency",
    "render_approvals",
    "render_brief",
    "render_campaign",
]
