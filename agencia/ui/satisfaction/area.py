"""The satisfaction area's page, «Satisfacción»: account health with its reasons, the
survey results and their charts, improvement actions and the surveys themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.area import AppContext, Area
from agencia.ui.satisfaction.controller import SatisfactionController


class SatisfactionArea(Area):
    id = AreaId.SATISFACTION
    icon_name = "satisfaction"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = SatisfactionController(ctx, self)

    def title(self) -> str:
        return self.tr("Satisfacción")

    def widget(self) -> QWidget:
        return self.controller.view

    def activated(self) -> None:
        self.controller._visibility_changed(True)

    def open_record(self, record_id: int) -> None:
        """An account (from Pendientes: at risk) or an action: show that account's
        results when it is one."""
        self.controller.start()
        self.controller.choose_scope(record_id)


def create(ctx: AppContext) -> Area:
    return SatisfactionArea(ctx)
