"""Moments the window shows (a sign-off, the trail) are on the agency's clock, not the
machine's: set at sign-in from the agency's time zone and again when its profile is saved."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from agencia.db.database import Database
from agencia.ui import formatting
from agencia.ui.formatting import date_text, datetime_text, set_time_zone


@pytest.fixture(autouse=True)
def _machine_clock_after() -> Iterator[None]:
    yield
    set_time_zone("")


def test_moments_follow_the_agencys_time_zone() -> None:
    moment = datetime(2026, 11, 24, 3, 5, tzinfo=UTC)
    es = QLocale("es_ES")
    set_time_zone("America/Mexico_City")  # UTC-6 in November
    assert datetime_text(moment, es) == "23 nov 2026, 21:05"
    assert date_text(moment, es) == "23 nov 2026"  # still the 23rd in Mexico
    set_time_zone("Europe/Madrid")
    assert datetime_text(moment, es) == "24 nov 2026, 4:05"
    set_time_zone("No/Such_Zone")  # unknown: the machine's, as before zones were kept
    assert formatting._zone is None


def test_saving_the_profile_moves_the_clock(sqlite_db: Database) -> None:
    from factories import set_up
    from gui_support import make_context

    from agencia.services.agency.profile import get_profile
    from agencia.ui.agency.profile_actions import ProfileActions
    from agencia.ui.agency.profile_merge import as_input

    admin = set_up(sqlite_db)
    ctx, recorder = make_context(sqlite_db, admin)
    actions = ProfileActions(ctx)
    saved = replace(as_input(get_profile(sqlite_db, admin)), time_zone=" America/Bogota ")
    actions._saved(None, saved)  # what the dialog's `saved` signal hands over
    moment = datetime(2026, 11, 24, 3, 5, tzinfo=UTC)
    assert datetime_text(moment, QLocale("es_ES")) == "23 nov 2026, 22:05"
    assert recorder.toasts == ["Perfil de la agencia guardado"]
