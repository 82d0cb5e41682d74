"""The decks' two actions, registered once: «Presentación de agencia…» (Archivo, anywhere)
and «Generar presentación…» (offered on the campaign page, beside «Editar»).

The campaign action follows which campaign's page shows (`AppContext.shown`): it is live
exactly while one does, and opens that campaign's deck. Nothing here knows the campaigns
area; it only needs the shell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from agencia.domain.areas import AreaId
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.navigation import Shown

if TYPE_CHECKING:
    from agencia.ui.decks.dialog import DeckDialog


class DeckActions(QObject):
    """Owns the decks' actions and the one deck dialog open at a time."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: DeckDialog | None = None
        self.agency_action = ctx.actions.register(
            ActionSpec(
                ActionId.DECK_AGENCY,
                self.tr("Presentación de agencia…"),
                None,
                "document",
                None,
                "file",
            ),
            self.open_agency,
            self,
        )
        self.agency_action.setToolTip(
            self.tr("Las credenciales de la agencia en PDF, para un cliente o un prospecto")
        )
        self.campaign_action = ctx.actions.register(
            ActionSpec(
                ActionId.DECK_CAMPAIGN,
                self.tr("Generar presentación…"),
                None,
                "document",
                AreaId.CAMPAIGNS,
                AreaId.CAMPAIGNS,
                header=AreaId.CAMPAIGNS,
            ),
            self.open_campaign,
            self,
        )
        ctx.shown.changed.connect(self._shown)
        self._update()

    def _shown(self, shown: Shown) -> None:
        if shown.area is AreaId.CAMPAIGNS:
            self._update()

    def _update(self) -> None:
        action = self.campaign_action
        if not shiboken6.isValid(action):
            return
        enabled = self.current_campaign() is not None
        action.setEnabled(enabled)
        action.setToolTip(
            self.tr("La presentación de la campaña, su hoja de brief o su registro de aprobaciones")
            if enabled
            else self.tr("Generar presentación — Abra una campaña.")
        )

    def current_campaign(self) -> int | None:
        """The campaign whose page shows, if one does."""
        return self.ctx.shown.now(AreaId.CAMPAIGNS).record_id

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
        # the dialog (and the deck renderer it imports) when first opened, not with the area
        from agencia.ui.decks.dialog import DeckDialog

        dialog = DeckDialog(
            self.ctx,
            "agency" if scope == "agency" else "campaign",
            target_id,
            QApplication.activeWindow(),
        )
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: DeckDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
