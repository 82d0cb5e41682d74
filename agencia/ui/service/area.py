"""The service area's page, «Atención al cliente»: the queue of requests on their SLA
clocks and the open request's thread."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.area import AppContext, Area
from agencia.ui.service.controller import ServiceController


class ServiceArea(Area):
    id = AreaId.SERVICE
    icon_name = "service"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = ServiceController(ctx, self)

    def title(self) -> str:
        return self.tr("Atención al cliente")

    def widget(self) -> QWidget:
        return self.controller.view

    def activated(self) -> None:
        self.controller._visibility_changed(True)
        self.controller.reload()

    def open_record(self, record_id: int) -> None:
        self.controller.show(record_id)


def create(ctx: AppContext) -> Area:
    return ServiceArea(ctx)
