"""The agency profile in the GUI tests: the Equipo area as the window creates it (it
registers Archivo ▸ Perfil de la agencia…) and the dialog that action opens.

Every ProfileActions made is added to the list of the `profile_actions` fixture
(tests/ui/conftest.py), which closes their dialogs and stops their Operations after the
test.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from agencia.ui.agency.area import TeamArea, create
from agencia.ui.agency.profile_actions import PROFILE, ProfileActions
from agencia.ui.agency.profile_dialog import ProfileDialog
from agencia.ui.area import AppContext


def add_team_area(ctx: AppContext, made: list[ProfileActions]) -> None:
    """Create the Equipo area on `ctx`, alive as long as its Operations."""
    area = create(ctx)
    assert isinstance(area, TeamArea)
    area.setParent(ctx.ops)
    made.append(area.profile_actions)


def open_profile(qtbot: QtBot, ctx: AppContext, made: list[ProfileActions]) -> ProfileDialog:
    """The profile dialog as a person opens it: through the action the area registered."""
    add_team_area(ctx, made)
    ctx.actions.get(PROFILE).trigger()
    dialog = made[-1].dialog
    assert isinstance(dialog, ProfileDialog)
    qtbot.addWidget(dialog)
    return dialog
