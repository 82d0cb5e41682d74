"""The communications area's page, «Comunicaciones»: the log of every contact with its
delivery confirmation, an account's timeline, and the mail from unknown senders.

`open_record(account_id)` shows that account's timeline (other pages link to it through
`ctx.navigate(AreaId.COMMUNICATIONS, account_id)`)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.area import AppContext, Area
from agencia.ui.communications.controller import CommunicationsController


class CommunicationsArea(Area):
    id = AreaId.COMMUNICATIONS
    icon_name = "mail"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = CommunicationsController(ctx, self)

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
