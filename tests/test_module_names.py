"""No two test modules share a file name: pytest imports them by their base name (no
package `__init__` here), and the second is refused as an «import file mismatch» — a
whole file's tests silently not run, found only by a fresh clone's CI."""

from __future__ import annotations

from collections import Counter
from pathlib import Path


def test_every_test_module_has_its_own_name() -> None:
    names = Counter(p.name for p in Path(__file__).parent.rglob("test_*.py"))
    assert [n for n, count in names.items() if count > 1] == []
