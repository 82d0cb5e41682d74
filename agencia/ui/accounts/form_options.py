"""The choices the account form offers, apart from the form: the controller loads them
when the list opens, and the form itself (with its pickers) is imported only when opened."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from agencia.services.results import Option


@dataclass(frozen=True)
class FormOptions:
    """The choices the form offers, loaded once by the controller."""

    groups: Sequence[Option] = ()
    executives: Sequence[Option] = ()
    sectors: Sequence[str] = ()
    names: dict[int, str] = field(default_factory=dict)
