"""The coordination page in the GUI tests: the area as the window creates it, shown for
one person of the cast, on its first tab («Mis tareas») or on its timeline."""

from __future__ import annotations

from campaign_world import Cast
from gui_support import Recorder, make_context, until
from pytestqt.qtbot import QtBot

from agencia.ui.coordination.area import CoordinationArea, create


def open_coordination(
    qtbot: QtBot, cast: Cast, who: str = "executive"
) -> tuple[CoordinationArea, Recorder]:
    """The page shown at 1200×700 for `who`, activated as the rail does. The test keeps
    the area: it owns the controller."""
    ctx, recorder = make_context(cast.db, cast.actor(who))
    area = create(ctx)
    assert isinstance(area, CoordinationArea)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    area.activated()
    return area, recorder


def open_timeline(
    qtbot: QtBot, cast: Cast, who: str = "executive"
) -> tuple[CoordinationArea, Recorder]:
    """The page on its timeline tab, the timeline read."""
    area, recorder = open_coordination(qtbot, cast, who)
    controller = area.controller
    controller.page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(until(lambda: controller.timeline is not None))
    return area, recorder
