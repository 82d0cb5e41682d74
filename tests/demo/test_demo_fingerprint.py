"""What the demo contains does not change when its making does: the small demo and the
large one made small (`demo_fingerprint.py`) give the fingerprints kept in
`demo_fingerprint.json`, table by table. Other tests and the screenshot tour rely on the
demo's accounts, names and counts; a change meant to alter them regenerates the file with
`python tests/demo/demo_fingerprint.py small|large` and says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from demo_fingerprint import demo_fingerprint

KEPT = Path(__file__).with_name("demo_fingerprint.json")


@pytest.mark.parametrize("size", ["small", "large"])
def test_the_demo_holds_what_it_held(size: str) -> None:
    kept = json.loads(KEPT.read_text(encoding="utf-8"))[size]
    found = demo_fingerprint(size)
    changed = {t: (kept.get(t), found.get(t)) for t in kept.keys() | found.keys()}
    assert {t: pair for t, pair in changed.items() if pair[0] != pair[1]} == {}
