"""The communications area's page, «Comunicaciones»: the log of every contact with its
delivery confirmation, an account's timeline, and the mail from unknown senders.

`open_record(account_id)` shows that account's timeline (other pages link to it through
`ctx.navigate(AreaId.COMMUNICATIONS, account_id)`).

The area is built when the window is idle (its rail button), its page only when first
shown: the controller, its views, actions and first reads (and the modules they import)
cost megabytes a person who never opens «Comunicaciones» should not pay for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.area import AppContext, Area

if TYPE_CHECKING:
    from agencia.ui.communications.controller import CommunicationsController


class CommunicationsArea(Area):
    id = AreaId.COMMUNICATIONS
    icon_name = "mail"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self._controller: CommunicationsController | None = None

    @property
    def controller(self) -> CommunicationsController:
        """The page's controller, made the first time the page is asked for."""
        if self._controller is None:
            from agencia.ui.communications.controller import CommunicationsController

            self._controller = CommunicationsController(self.ctx, self)
        return self._controller

    @property
    def page_built(self) -> bool:
        return self._controller is not None

    def title(self) -> str:
        return self.tr("Comunicaciones")

    def widget(self) -> QWidget:
        return self.controller.view

    def activated(self) -> None:
        self.controller._visibility_changed(True)

    def open_record(self, record_id: int) -> None:
        self.controller.show_timeline(record_id, "")

    def focus_search(self) -> None:
        self.controller.log.account.setFocus()


def create(ctx: AppContext) -> Area:
    return CommunicationsArea(ctx)
