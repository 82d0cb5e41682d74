"""The Campañas area: the campaigns list, the pipeline board and the campaign page."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.ui.area import AppContext, Area
from agencia.ui.campaigns.controller import CampaignsController


class CampaignsArea(Area):
    id = "campaigns"
    icon_name = "campaign"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = CampaignsController(ctx, self)

    def title(self) -> str:
        return self.tr("Campañas")

    def widget(self) -> QWidget:
        return self.controller.page

    def activated(self) -> None:
        self.controller.start()

    def open_record(self, record_id: int) -> None:
        """A campaign, from global search, Pendientes or another area."""
        self.controller.open_campaign(record_id)

    def show_account(self, account_id: int, name: str) -> None:
        """The campaigns of one account (the account page's "Campañas de la cuenta")."""
        self.controller.show_account(account_id, name)

    def focus_search(self) -> None:
        self.controller.focus_search()

    def save_state(self) -> None:
        self.controller.save_state()


def create(ctx: AppContext) -> Area:
    area = CampaignsArea(ctx)
    from agencia.ui.decks.wiring import install  # «Generar presentación…» on the page

    install(ctx, area.controller)
    return area
