"""A brief of a line or two makes no slide of its own: its answers go on the cover.

A campaign just opened often has a brief of one or two short answers (what it wants, who
it speaks to, a key message). Laid out, each section is a title over a line — a slide
with too little to say (DECKS.md: merge it or leave it out), and its part's neighbours
are empty too, so nothing can share its slide. Such a section leaves its slide and its
answers become facts on the cover, under the campaign's kind and dates («Objetivos: Que
se conozca la marca en Madrid»), as a lone budget or date range does
(`campaign._lone_facts`): said once, where they still read. A section with more to say
(a third answer, an answer of more than two lines) keeps its slide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from agencia.decks.content import CampaignContent
from agencia.decks.slides import Slide
from agencia.decks.text import blocks

# What the cover takes beside the campaign's kind, dates and budget with its title still
# at the cover's size (a two-line title included): four answers of a line, or two of two.
MAX_FACTS = 4
MAX_LINES = 2  # lines (or bullets) of one answer
MAX_CHARS = 120  # characters of one answer: at most two lines on the cover
MAX_TOTAL = 240  # characters of all the answers on the cover

# Each section's answers as (label key, field): a brief field, or the proposal's own.
_CHALLENGE = (("objectives", "objectives"), ("product", "product"), ("kpis", "kpis"))
_AUDIENCE = (("target_audience", "target_audience"), ("market", "market"))
_STRATEGY = (
    ("insight", "insight"),
    ("approach", ":approach"),
    ("proposal", ":proposal_summary"),
    ("mandatories", "mandatories"),
    ("key_message", "key_message"),
)
_CHANNELS = (("channels_short", "channels"),)
SECTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "challenge": _CHALLENGE,
    "audience": _AUDIENCE,
    "challenge_audience": _CHALLENGE + _AUDIENCE,
    "strategy": _STRATEGY,
    "channels": _CHANNELS,
    "strategy_plan": _STRATEGY + _CHANNELS,  # and the budget as one figure (see `fold`)
}


@dataclass(frozen=True, slots=True)
class Fact:
    """An answer said on the cover: its label's key and its lines."""

    key: str
    lines: tuple[str, ...]


Made = list[tuple[str, list[Slide]]]


def _value(c: CampaignContent, source: str) -> str:
    if source.startswith(":"):
        return str(getattr(c, source[1:]) or "").strip()
    return (c.brief.get(source) or "").strip()


def _lines(text: str) -> tuple[str, ...] | None:
    """An answer's lines when it is short enough for the cover, else None."""
    lines = tuple(line.strip() for b in blocks(text) for line in b.text.split("\n"))
    lines = tuple(line for line in lines if line)
    if len(lines) > MAX_LINES or sum(len(line) for line in lines) > MAX_CHARS:
        return None
    return lines


def answers(c: CampaignContent, section: str, chosen: frozenset[str]) -> list[Fact] | None:
    """The answers `section`'s slide shows, as cover facts, or None when it has more to
    say than the cover takes. The merged strategy slide shows the channels' answer only
    when the channels' section was chosen, the strategy's only when that was. Not the
    brief's (the team, the timeline), or a media plan's table: None."""
    if section not in SECTIONS or (section == "channels" and c.plan):
        return None
    facts = []
    for key, source in SECTIONS[section]:
        if section == "strategy_plan":
            part = "channels" if key == "channels_short" else "strategy"
            if part not in chosen:
                continue
        text = _value(c, source)
        if not text:
            continue
        lines = _lines(text)
        if lines is None:
            return None
        facts.append(Fact(key, lines))
    return facts or None


def _room(facts: list[Fact]) -> bool:
    return len(facts) <= MAX_FACTS and sum(len(x) for f in facts for x in f.lines) <= MAX_TOTAL


def fold(
    c: CampaignContent,
    parts: list[tuple[str, Made]],
    chosen: frozenset[str],
    thin: Callable[[Slide], bool],
) -> tuple[list[tuple[str, Made]], list[Fact], bool]:
    """The parts without the brief's sections that stayed one `thin` slide of a few short
    answers; those answers (as many as the cover takes, in the deck's order); and
    whether the budget's figure, on the merged strategy slide, left with them (the
    cover then says it as a lone budget). A budget with a note of its own keeps the
    slide."""
    facts: list[Fact] = []
    budget = False
    out = []
    for part, made in parts:
        kept: Made = []
        for name, slides in made:
            found = answers(c, name, chosen) if len(slides) == 1 and thin(slides[0]) else None
            with_budget = (
                name == "strategy_plan" and "budget" in chosen and bool(c.budget and c.budget > 0)
            )
            if with_budget and (c.brief.get("budget") or "").strip():
                found = None
            if found is None or not _room(facts + found):
                kept.append((name, slides))
                continue
            facts += found
            budget = budget or with_budget
        out.append((part, kept))
    return out, facts, budget
