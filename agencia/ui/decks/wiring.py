"""The decks' two actions, registered once: «Presentación de agencia…» (Archivo, anywhere)
and «Generar presentación…» (the campaigns area, on a campaign's page, beside «Editar»).

The campaigns area installs them when it is created (`install(ctx, controller)`); this
module reads which campaign its page shows from the controller and follows its
«Volver a la lista» action, which is live exactly while a campaign's page shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from agencia.ui.actions import ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.decks.dialog import DeckDialog

if TYPE_CHECKING:
    from agencia.ui.campaigns.controller import CampaignsController

AGENCY_ACTION = "deck.agency"
CAMPAIGN_ACTION = "deck.campaign"
_PAGE_SHOWN = "campaigns.back"  # enabled exactly while a campaign's page shows


class DeckActions(QObject):
    """Owns the decks' actions and the one deck dialog open at a time."""

    def __init__(
        self,
        ctx: AppContext,
        campaigns: CampaignsController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaigns = campaigns
        self.dialog: DeckDialog | None = None
        self.agency_action = ctx.actions.register(
            ActionSpec(
                AGENCY_ACTION, self.tr("Presentación de agencia…"), None, "document", "", "file"
            ),
            self.open_agency,
            self,
        )
        self.agency_action.setToolTip(
            self.tr("Las credenciales de la agencia en PDF, para un cliente o un prospecto")
        )
        self.campaign_action: QAction | None = None
        if campaigns is not None:
            self.campaign_action = ctx.actions.register(
                ActionSpec(
                    CAMPAIGN_ACTION,
                    self.tr("Generar presentación…"),
                    None,
                    "document",
                    "campaigns",
                    "campaigns",
                ),
                self.open_campaign,
                self,
            )
            campaigns.page.addAction(self.campaign_action)
            campaigns.detail_view.set_header_actions([self.campaign_action])
            campaigns.actions[_PAGE_SHOWN].changed.connect(self._update)
            self._update()

    def _update(self) -> None:
        action = self.campaign_action
        if action is None or not shiboken6.isValid(action) or self.campaigns is None:
            return
        page_shown = self.campaigns.actions[_PAGE_SHOWN]
        enabled = shiboken6.isValid(page_shown) and page_shown.isEnabled()
        action.setEnabled(enabled)
        action.setToolTip(
            self.tr("La presentación de la campaña, su hoja de brief o su registro de aprobaciones")
            if enabled
            else self.tr("Generar presentación — Abra una campaña.")
        )

    def current_campaign(self) -> int | None:
        """The campaign whose page shows, if one does."""
        c = self.campaigns
        if c is None or c.detail is None or not c.page.showing_campaign:
            return None
        return c.detail.id

    def open_agency(self) -> None:
        self._open("agency", None)

    def open_campaign(self) -> None:
        campaign_id = self.current_campaign()
        if campaign_id is not None:
            self._open("campaign", campaign_id)

    def _open(self, scope: str, target_id: int | None) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        parent: QWidget | None = QApplication.activeWindow()
        if parent is None and self.campaigns is not None:
            parent = self.campaigns.page.window()
        dialog = DeckDialog(
            self.ctx, "agency" if scope == "agency" else "campaign", target_id, parent
        )
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: DeckDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


def install(ctx: AppContext, campaigns: CampaignsController | None = None) -> DeckActions:
    """Register the decks' actions; with the campaigns area's controller, also the
    campaign page's «Generar presentación…»."""
    parent: QObject | None = campaigns
    return DeckActions(ctx, campaigns, parent)
