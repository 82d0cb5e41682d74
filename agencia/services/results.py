"""What every area's services hand back: a write's result, an item for a choice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a write hands back: the record, its new version, and warnings for people."""

    id: int
    version: int
    warnings: tuple[tuple[str, dict[str, Any]], ...] = ()


@dataclass(frozen=True, slots=True)
class Option:
    """An item for a filter or a combo box."""

    id: int
    label: str
