"""Golden files: the sample decks' bytes, by SHA-256, so that any change to how a deck
looks shows up here and is looked at (pdftoppm) before the new fingerprints are accepted.

Rendering is deterministic (ReportLab's invariant mode, dates from the content), but the
bytes also depend on ReportLab, Pillow, zlib and the fonts: after upgrading one of them,
or after changing the design on purpose, look at the pages and then regenerate with
`AGENCIA_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/decks/test_deck_golden.py`.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from deck_pdf import reader
from deck_samples import CAMPAIGN, CREDENTIALS, empty_campaign, long_campaign

from agencia.decks import (
    DeckOptions,
    render_agency,
    render_approvals,
    render_brief,
    render_campaign,
)

GOLDEN = Path(__file__).parent / "golden" / "decks.json"
UPDATE = os.environ.get("AGENCIA_UPDATE_GOLDEN") == "1"

DECKS: dict[str, Callable[[], bytes]] = {
    "credentials_es": lambda: render_agency(CREDENTIALS, DeckOptions()),
    "credentials_en": lambda: render_agency(CREDENTIALS, DeckOptions(lang="en")),
    "campaign_es": lambda: render_campaign(CAMPAIGN, DeckOptions()),
    "campaign_long": lambda: render_campaign(long_campaign(), DeckOptions()),
    "campaign_empty": lambda: render_campaign(empty_campaign(), DeckOptions()),
    "campaign_sections": lambda: render_campaign(
        CAMPAIGN, DeckOptions(sections=frozenset({"cover", "timeline", "budget"}))
    ),
    "brief_es": lambda: render_brief(CAMPAIGN, DeckOptions()),
    "approvals_en": lambda: render_approvals(CAMPAIGN, DeckOptions(lang="en")),
}


def _fingerprint(pdf: bytes) -> dict[str, object]:
    return {"sha256": hashlib.sha256(pdf).hexdigest(), "pages": len(reader(pdf).pages)}


def test_golden_decks() -> None:
    found = {name: _fingerprint(make()) for name, make in DECKS.items()}
    if UPDATE or not GOLDEN.exists():
        GOLDEN.write_text(json.dumps(found, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        if not UPDATE:
            pytest.skip(f"{GOLDEN.name} written: look at the decks, then commit it")
        return
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    changed = {name for name in DECKS if expected.get(name) != found[name]}
    assert not changed, (
        f"these decks changed: {sorted(changed)}; look at them (pdftoppm -r 60 -png) and, "
        "if the change is meant, run with AGENCIA_UPDATE_GOLDEN=1"
    )
