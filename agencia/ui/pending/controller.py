"""Pendientes' controller: loads what waits for the person off the GUI thread, keeps the
rail's count up to date after every change, and opens the campaign an item is about."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from agencia.areas import pending_for
from agencia.domain.areas import AreaId
from agencia.domain.errors import DomainError
from agencia.services.pending.items import PendingItem
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.pending.view import PendingView
from agencia.ui.widgets.errors import error_text

log = logging.getLogger(__name__)


class PendingController(QObject):
    count_changed = Signal(int)  # how many things wait for the person (the rail's badge)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[PendingItem] = []
        self.loaded = False
        self._view: PendingView | None = None
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(250)  # a burst of changes (a move and its decision) reloads once
        self._reload.timeout.connect(self.refresh)
        ctx.ops.changed.connect(lambda _kinds: self._reload.start())
        ctx.actions.register(
            ActionSpec(
                ActionId.PENDING_REFRESH,
                self.tr("Actualizar pendientes"),
                "F5",
                "refresh",
                AreaId.PENDING,
                AreaId.PENDING,
            ),
            self.refresh,
            self,
        )

    @property
    def view(self) -> PendingView:
        if self._view is None:
            self._view = PendingView(self.ctx.locale)
            self._view.open_campaign.connect(self.open_campaign)
            if self.loaded:
                self._view.set_items(self.items)
        return self._view

    def refresh(self) -> None:
        """Ask again (on a reader): the list, and with it the count."""
        self.ctx.ops.read(pending_for, on_done=self._loaded, on_error=self._failed, key="pending")

    def _loaded(self, items: list[PendingItem]) -> None:
        if not shiboken6.isValid(self):
            return
        self.items = list(items)
        self.loaded = True
        if self._view is not None:
            self._view.set_items(self.items)
        self.count_changed.emit(len(self.items))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            log.error("pending items could not be loaded: %s", error)
        if self._view is not None and shiboken6.isValid(self._view):
            self._view.empty.set_texts(
                self.tr("No se pudieron cargar los pendientes"),
                error_text(error),
            )
            self._view.stack.setCurrentWidget(self._view.empty)

    def open_campaign(self, campaign_id: int) -> None:
        self.ctx.navigate(AreaId.CAMPAIGNS, campaign_id)
