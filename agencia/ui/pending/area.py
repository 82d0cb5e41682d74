"""The Pendientes area: what waits for the signed-in person, and its count on the rail."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.area import AppContext, Area
from agencia.ui.pending.controller import PendingController


class PendingArea(Area):
    id = AreaId.PENDING
    icon_name = "inbox"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = PendingController(ctx, self)
        self.controller.count_changed.connect(self.badge_changed)
        # the badge from the start, once the window has connected to it and the page shown
        # has had its first answers: counting reads every area's tables (seconds on a big
        # agency), and beside the shown page's first read it would slow that read down
        QTimer.singleShot(0, self._count_when_idle)

    def _count_when_idle(self) -> None:
        if shiboken6.isValid(self.controller):
            self.ctx.ops.when_idle(self.controller.count_at_start)

    def title(self) -> str:
        return self.tr("Pendientes")

    def widget(self) -> QWidget:
        return self.controller.view

    def activated(self) -> None:
        self.controller.refresh()  # the day may have turned: what is overdue changes

    def open_record(self, record_id: int) -> None:
        """Pendientes has no records of its own: it shows the list."""
        self.controller.refresh()

    def focus_search(self) -> None:
        self.controller.view.focus_list()


def create(ctx: AppContext) -> Area:
    return PendingArea(ctx)


if __name__ == "__main__":  # python -m agencia.ui.pending.area: the page alone, with demo data
    from agencia.ui.widgets.harness import run

    def build(ctx: AppContext) -> QWidget:
        area = PendingArea(ctx)
        area.controller.refresh()
        return area.widget()

    raise SystemExit(run("Pendientes", build))
