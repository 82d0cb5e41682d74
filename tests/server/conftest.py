"""tests/server: an agency whose people connect to the server as themselves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from server_world import ServerAgency, build


@pytest.fixture
def server_agency(pg_url: str) -> Iterator[ServerAgency]:
    found, owner = build(pg_url)
    try:
        yield found
    finally:
        owner.close()
