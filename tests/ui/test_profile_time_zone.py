"""The profile dialog keeps the agency's time zone: typed, checked beside its field, saved."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from campaign_world import Cast, build_cast
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.agency.profile import get_profile
from agencia.ui.agency.area import TeamArea, create
from agencia.ui.agency.profile_actions import PROFILE, ProfileActions
from agencia.ui.agency.profile_dialog import ProfileDialog


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


@pytest.fixture
def opened() -> Iterator[list[ProfileActions]]:
    """The profile actions a test made (their areas kept alive); dialogs closed after."""
    made: list[ProfileActions] = []
    yield made
    for actions in made:
        if actions.dialog is not None:
            actions.dialog.done(0)
        actions.ctx.ops.shutdown()


def test_the_agencys_time_zone_is_typed_checked_and_saved(
    qtbot: QtBot, cast: Cast, opened: list[ProfileActions]
) -> None:
    ctx, _recorder = make_context(cast.db, cast.admin)
    area = create(ctx)
    assert isinstance(area, TeamArea)
    area.setParent(ctx.ops)  # alive as long as the test's Operations
    opened.append(area.profile_actions)
    ctx.actions.get(PROFILE).trigger()
    dialog = opened[-1].dialog
    assert isinstance(dialog, ProfileDialog)
    qtbot.addWidget(dialog)
    assert dialog.time_zone.text() == ""
    dialog.time_zone.setText("America/Ciudad_de_Mexico")
    dialog.revalidate()
    assert not dialog.save_button.isEnabled()
    dialog.time_zone.setText("America/Mexico_City")
    assert dialog.revalidate()
    dialog.save()
    qtbot.waitUntil(until(lambda: opened[-1].dialog is None))
    assert get_profile(cast.db, cast.admin).time_zone == "America/Mexico_City"
