"""The deck tests' shared demo agency (tests/decks/deck_demo.py), filled once a session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from deck_demo import Demo, open_demo


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory, _sqlite_template: Path) -> Iterator[Demo]:
    """The small demo, seed 0, on SQLite: read by every deck test that needs real decks."""
    yield from open_demo(tmp_path_factory.mktemp("demo-decks") / "demo.sqlite3", _sqlite_template)
