"""The agency profile opens once its read answers, on the window the person asked from —
not on whatever window is active by then: opened as the child of another dialog that
was active when the answer came (the exchange rates, deleted on closing), it went with
that dialog, the person's edits with it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from campaign_world import Cast, build_cast
from gui_support import held_read, make_context, until
from profile_support import add_team_area
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.ui.agency import profile_actions as module
from agencia.ui.agency.profile_actions import PROFILE, ProfileActions
from agencia.ui.agency.profile_dialog import ProfileDialog


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The profile's read waits for the test's word (a slow reader on a busy machine)."""
    with held_read(monkeypatch, module, "get_profile") as gate:
        yield gate


def test_a_dialog_closed_meanwhile_does_not_take_the_profile_with_it(
    qtbot: QtBot, sqlite_db: Database, profile_actions: list[ProfileActions], held: threading.Event
) -> None:
    cast: Cast = build_cast(sqlite_db)
    ctx, _recorder = make_context(cast.db, cast.admin, synchronous=False)
    add_team_area(ctx, profile_actions)
    actions = profile_actions[-1]
    ctx.actions.get(PROFILE).trigger()  # the profile is read on a reader …
    actions.open_rates()  # … while the person opens the exchange rates
    rates = actions.rates
    assert rates is not None
    rates.activateWindow()
    qtbot.waitUntil(until(rates.isActiveWindow))
    held.set()  # the profile's answer comes with the rates dialog active
    qtbot.waitUntil(until(lambda: actions.dialog is not None))
    dialog = actions.dialog
    assert isinstance(dialog, ProfileDialog)
    rates.close()  # deleted on closing
    qtbot.waitUntil(until(lambda: actions.rates is None))
    assert shiboken6.isValid(dialog), "the profile went with the rates dialog"
    assert dialog.isVisible()
