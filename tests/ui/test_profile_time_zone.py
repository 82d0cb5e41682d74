"""The profile dialog keeps the agency's time zone: typed, checked beside its field, saved."""

from __future__ import annotations

import pytest
from campaign_world import Cast, build_cast
from gui_support import make_context, until
from profile_support import open_profile
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.agency.profile import get_profile
from agencia.ui.agency.profile_actions import ProfileActions


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def test_the_agencys_time_zone_is_typed_checked_and_saved(
    qtbot: QtBot, cast: Cast, profile_actions: list[ProfileActions]
) -> None:
    ctx, _recorder = make_context(cast.db, cast.admin)
    dialog = open_profile(qtbot, ctx, profile_actions)
    assert dialog.time_zone.text() == "Europe/Madrid"  # set up in Spain: its zone (0030)
    dialog.time_zone.setText("America/Ciudad_de_Mexico")
    dialog.revalidate()
    assert not dialog.save_button.isEnabled()
    dialog.time_zone.setText("America/Mexico_City")
    assert dialog.revalidate()
    dialog.save()
    qtbot.waitUntil(until(lambda: profile_actions[-1].dialog is None))
    assert get_profile(cast.db, cast.admin).time_zone == "America/Mexico_City"
