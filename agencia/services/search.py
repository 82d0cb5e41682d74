"""Global search's shared parts: a hit, a group of hits, and how a limit is shared out.

Each area finds its own records (its `search` provider, declared in its `area` module);
`agencia.areas.search_everything` asks every area in one read and shares the limit.
The words typed are matched the way the accounts list matches them (quoted,
prefix-matched, accents and case ignored), and only inside what the person may see.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import case

from agencia.domain.areas import AreaId
from agencia.domain.text import words

LIMIT = 20

Kind = Literal["account", "contact", "campaign", "vendor"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One line of the global search's results, and what opening it shows: `area` at
    `target_id` (a contact opens its account, a campaign its page)."""

    kind: Kind
    id: int
    title: str
    subtitle: str
    account_id: int
    area: AreaId
    target_id: int
    active: bool = True


@dataclass(frozen=True, slots=True)
class SearchGroup:
    """An area's hits of one kind; groups are listed by `rank` (accounts first)."""

    rank: int
    hits: list[SearchHit]


def starts_first(column: Any, typed: str) -> Any:
    """Rank names that start with the first word typed above those that merely contain it."""
    first = words(typed)[0]
    return case((column.like(f"{first}%"), 0), else_=1)


def joined(*parts: str) -> str:
    """A subtitle made of the parts that are not empty."""
    return " · ".join(p for p in parts if p)


def share(groups: list[list[SearchHit]], limit: int) -> list[SearchHit]:
    """Up to `limit` hits in group order: each group gets an equal share, and what one
    group does not use goes to the others."""
    taken = [0] * len(groups)
    left = limit
    while left > 0:
        hungry = [i for i, g in enumerate(groups) if taken[i] < len(g)]
        if not hungry:
            break
        share = max(left // len(hungry), 1)
        for i in hungry:
            more = min(share, len(groups[i]) - taken[i], left)
            taken[i] += more
            left -= more
    return [hit for group, n in zip(groups, taken, strict=True) for hit in group[:n]]
