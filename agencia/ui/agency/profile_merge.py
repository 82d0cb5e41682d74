"""A save that found the profile changed meanwhile: what the other person changed is
brought in where this person changed nothing; where both changed a field, this person's
value stays. Plain data in, plain data out (the dialog applies it and says what happened).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from agencia.services.agency.profile import AgencyProfileInput, AgencyProfileView

# the fields compared one by one; the logo is compared by the dialog (it knows whether
# the person chose another one)
COMPARED = tuple(
    f.name for f in fields(AgencyProfileInput) if f.name not in ("logo", "remove_logo")
)


def as_input(p: AgencyProfileView) -> AgencyProfileInput:
    """A stored profile as the dialog would collect it untouched (the logo left out)."""
    return AgencyProfileInput(
        **{name: getattr(p, name) for name in COMPARED},
    )


@dataclass(frozen=True, slots=True)
class Merge:
    """`take`: the other person's value for each field only they changed; `both`: the
    fields both changed, differently (this person's value stays)."""

    take: dict[str, Any]
    both: tuple[str, ...]


def merge(read: AgencyProfileView, now: AgencyProfileView, mine: AgencyProfileInput) -> Merge:
    """What to do with `now` (the profile as saved meanwhile), given the profile this
    person `read` and what they have in the dialog (`mine`)."""
    base, theirs = as_input(read), as_input(now)
    take: dict[str, Any] = {}
    both: list[str] = []
    for name in COMPARED:
        was, new, ours = getattr(base, name), getattr(theirs, name), getattr(mine, name)
        if was == new:
            continue
        if ours == was:
            take[name] = new
        elif ours != new:
            both.append(name)
    return Merge(take, tuple(both))
