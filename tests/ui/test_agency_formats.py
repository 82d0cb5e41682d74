"""Signing in sets how the window writes moments and numbers in one call
(`formatting.use_agency_formats`), the one the app and the screenshot scripts share: the
agency's clock, its region, and the interface's language in that region as Qt's default."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from agencia.ui import formatting
from agencia.ui.formatting import datetime_text, use_agency_formats


@dataclass(frozen=True)
class Agency:
    time_zone: str
    locale: str


@pytest.fixture(autouse=True)
def _as_before() -> Iterator[None]:
    default = QLocale()
    yield
    formatting.set_time_zone("")
    formatting.set_region("")
    QLocale.setDefault(default)


def test_signing_in_sets_clock_region_and_default_locale() -> None:
    locale = use_agency_formats(Agency("America/Mexico_City", "es_MX"), "en")
    assert locale.language() == QLocale.Language.English
    assert QLocale() == locale  # every page's QLocale() writes as the window does
    assert formatting.region().name() == "es_MX"
    moment = datetime(2026, 11, 24, 3, 5, tzinfo=UTC)  # the 23rd, 21:05 in Mexico City
    assert datetime_text(moment, QLocale()).startswith("23 Nov 2026")


def test_no_agency_yet_is_this_machines_clock_and_region() -> None:
    formatting.set_time_zone("Europe/Madrid")
    use_agency_formats(None, "es")
    assert formatting._zone is None
    assert QLocale().language() == QLocale.Language.Spanish
