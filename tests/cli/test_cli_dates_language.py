"""The command line's dates follow the language it speaks (AGENCIA_LANG): an English
`campaign show` says "3 May 2027" and "Dec", never "3 may 2027" or "dic"; the Spanish one
keeps the agency's Spanish; a country Babel has no English for falls back to English."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from cli_seed import Seeded
from cli_support import run

from agencia.cli import formats
from agencia.domain import messages

SPANISH_MONTH = re.compile(r"\b\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\b")


def test_campaign_show_writes_english_dates_in_english(
    capsys: pytest.CaptureFixture[str],
    campaigns_url: str,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "en")
    status, out, err = run(capsys, "campaign", "show", str(seeded.summer), "--db", campaigns_url)
    assert (status, err) == (0, "")
    assert "3 May 2027" in out and "15 Jul 2027" in out
    assert SPANISH_MONTH.findall(out) == []
    monkeypatch.setenv("AGENCIA_LANG", "es")
    status, out, err = run(capsys, "campaign", "show", str(seeded.summer), "--db", campaigns_url)
    assert (status, err) == (0, "")
    assert "3 may 2027" in out and "15 jul 2027" in out


@pytest.mark.parametrize(
    ("lang", "locale", "day", "moment"),
    [
        ("en", "es_ES", "15 Sept 2026", "6 Dec 2026, 16:40"),
        ("es", "es_ES", "15 sept 2026", "6 dic 2026, 16:40"),
        ("en", "es_MX", "Sep 15, 2026", "Dec 6, 2026, 9:40\u202fAM"),
        ("es", "en_GB", "15 sept 2026", "6 dic 2026, 15:40"),
    ],
)
def test_dates_and_moments_follow_the_output_language(
    lang: str, locale: str, day: str, moment: str
) -> None:
    before = messages.language()
    messages.set_language(lang)
    try:
        zone = "America/Mexico_City" if locale == "es_MX" else "Europe/Madrid"
        if locale == "en_GB":
            zone = "Europe/London"
        assert formats.day(date(2026, 9, 15), locale) == day
        at = datetime(2026, 12, 6, 15, 40, 27, tzinfo=UTC)
        assert formats.when(at, locale, zone) == moment
    finally:
        messages.set_language(before)
