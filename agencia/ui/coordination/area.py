"""The coordination area: Mis tareas, a campaign's timeline, the workload and the
suppliers. Pendientes and the campaign page open it at a campaign (its timeline)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.area import AppContext, Area
from agencia.ui.coordination.controller import CoordinationController
from agencia.ui.widgets.places import take_place


class CoordinationArea(Area):
    id = AreaId.COORDINATION
    icon_name = "calendar"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = CoordinationController(ctx, self)

    def title(self) -> str:
        return self.tr("Coordinación")

    def widget(self) -> QWidget:
        return self.controller.page

    def activated(self) -> None:
        self.controller.start()

    def open_record(self, record_id: int) -> None:
        """A campaign: its timeline; a supplier (a search hit asks for the place
        "vendors"): the directory at it."""
        place = take_place(self.ctx, AreaId.COORDINATION, record_id)
        if place is not None and place.where == "vendors":
            self.controller.page.tabs.setCurrentIndex(3)
            self.controller.show_vendor(record_id)
        else:
            self.controller.page.tabs.setCurrentIndex(1)
            self.controller.show_campaign(record_id)
        self.controller.start()


def create(ctx: AppContext) -> Area:
    return CoordinationArea(ctx)


if __name__ == "__main__":  # python -m agencia.ui.coordination.area: the page alone
    from agencia.ui.widgets.harness import run

    def build(ctx: AppContext) -> QWidget:
        area = CoordinationArea(ctx)
        area.controller.start()
        return area.widget()

    raise SystemExit(run("Coordinación", build))
