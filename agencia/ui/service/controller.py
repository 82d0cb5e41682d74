"""The service queue's controller: reads the queue and the chosen request off the GUI
thread and refreshes them when a request or a communication changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind, Changes
from agencia.services.service import to_campaign
from agencia.services.service.queries import list_requests, show_request
from agencia.services.service.weekly import weekly
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.service.queue_view import QueueView
from agencia.ui.service.request_edits import RequestEdits
from agencia.ui.service.routing_dialog import RoutingDialog
from agencia.ui.widgets.area_controller import AreaController

QUEUE_PAGE = 500  # the first of the queue: what is due soonest (one index, ~25 ms at 100,000)


class ServiceController(AreaController):
    CONCERNS = frozenset(
        {ChangeKind.SERVICE_REQUEST, ChangeKind.COMMUNICATION, ChangeKind.ROUTING_RULE}
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = QueueView()
        self.rows: list[Any] = []
        self.detail: Any = None
        self._breached = False
        self.view.request_chosen.connect(self.show)
        self.view.breached_only.connect(self._filter)
        self.view.routing_button.setVisible(ctx.actor.is_admin)
        self.view.admin = ctx.actor.is_admin  # its empty queue says who takes requests
        self.view.routing_asked.connect(self.edit_routing)
        self.view.campaign_asked.connect(self.make_campaign)
        self.view.request_dropped.connect(self._dropped)
        self.routing_dialog: RoutingDialog | None = None
        self.actions[ActionId.SERVICE_REFRESH] = ctx.actions.register(
            ActionSpec(
                ActionId.SERVICE_REFRESH,
                self.tr("Actualizar la cola"),
                "F5",
                "refresh",
                AreaId.SERVICE,
                AreaId.SERVICE,
            ),
            self.reload,
            self,
        )
        self.edits = RequestEdits(self)
        self.edits.update()

    def edit_routing(self) -> None:
        """The switchboard's rules (the administrator's)."""
        self.routing_dialog = RoutingDialog(self.ops, self.view)
        self.routing_dialog.open()

    def make_campaign(self, request_id: int) -> None:
        """The request becomes a campaign brief; the campaign opens on its page."""
        self.ops.write(
            to_campaign.make_campaign,
            request_id,
            on_done=lambda campaign_id: self.ctx.navigate(AreaId.CAMPAIGNS, campaign_id),
            on_error=self.report,
        )

    def title(self) -> str:
        return self.tr("Atención al cliente")

    def message_parent(self) -> QWidget:
        return self.view

    def load(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._filter(self._breached)

    def _filter(self, breached: bool) -> None:
        self._breached = breached
        self.ops.read(self._list, on_done=self._loaded, on_error=self.report, key="service")
        self.ops.read(weekly, on_done=self.view.chart.set_weeks, on_error=self.report, key="sla")

    def _list(self, db: Any, actor: Any) -> Any:
        return list_requests(db, actor, breached=self._breached, limit=QUEUE_PAGE)

    def _loaded(self, rows: list[Any]) -> None:
        self.rows = list(rows)
        self.view.set_rows(self.rows)
        if self._wanted_id is not None:
            self.view.select(self._wanted_id)

    def show(self, request_id: int) -> None:
        self._wanted_id = request_id
        self.start()
        self.load_detail(request_id)

    def load_detail(self, record_id: int) -> None:
        self.ops.read(
            show_request,
            record_id,
            on_done=self._detail,
            on_error=self.report,
            key="service-detail",
        )

    def _detail(self, detail: Any) -> None:
        self.detail = detail
        self.view.show_detail(detail)
        self._update_actions()

    def _dropped(self) -> None:
        self.detail = None
        self._update_actions()

    def _update_actions(self) -> None:
        self.rule(ActionId.SERVICE_REFRESH, True)
        self.edits.update()

    def _changed(self, changes: Changes) -> None:
        self._filter(self._breached)
        self._reload_detail()
