"""The Equipo area: the account department's hierarchy and who leads which account."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.agency.controller import TeamController
from agencia.ui.agency.profile_actions import ProfileActions
from agencia.ui.area import AppContext, Area


class TeamArea(Area):
    id = AreaId.TEAM
    icon_name = "team"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = TeamController(ctx, self)
        # Archivo ▸ Perfil de la agencia…, for administrators
        self.profile_actions = ProfileActions(ctx, self)

    def title(self) -> str:
        return self.tr("Equipo")

    def widget(self) -> QWidget:
        return self.controller.view

    def activated(self) -> None:
        self.controller.start()

    def open_record(self, record_id: int) -> None:
        """A person's id: select them in the tree."""
        self.controller.start()
        self.controller.view.select("staff", record_id)

    def focus_search(self) -> None:
        self.controller.view.focus_filter()

    def save_state(self) -> None:
        self.controller.view.save_state()


def create(ctx: AppContext) -> Area:
    return TeamArea(ctx)
