"""Pendientes' controller: loads what waits for the person off the GUI thread, keeps the
rail's count up to date after every change, opens each item in its own area where its
work is (one mechanism for every area: `request_place`), and does an item's action in
place through that area's service."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from agencia.areas import pending_for
from agencia.domain.areas import AreaId
from agencia.domain.errors import DomainError
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.places import Place, request_place

if TYPE_CHECKING:  # the page and its actions are imported when first shown or used
    from agencia.services.pending.items import PendingItem
    from agencia.ui.pending.actions import ActionDialog, Answer
    from agencia.ui.pending.view import PendingView

# each kind: the part of its record's page its work is on (a tab there); kinds not named
# here open their record as it opens from anywhere else
WHERE = {
    "approve_brief": "approvals",
    "approve_proposal": "proposals",
    "present": "approvals",
    "client_decision": "approvals",
    "changes": "proposals",
    "send_report": "meetings",
    "acknowledgement": "meetings",
    "next_step": "meetings",
}
# a «y N más» line of approvals: the campaigns list, on the campaigns in the status the
# approvals wait in (a place with no record: the list, filtered by `Place.item`)
LISTS = {
    "approve_brief_more": "brief",
    "approve_proposal_more": "internal_review",
}

log = logging.getLogger(__name__)


class PendingController(QObject):
    count_changed = Signal(int)  # how many things wait for the person (the rail's badge)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[PendingItem] = []
        self.loaded = False
        self.asked = False  # a read of the list was started (its answer may be on its way)
        self._view: PendingView | None = None
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(250)  # a burst of changes (a move and its decision) reloads once
        self._reload.timeout.connect(self.refresh)
        # a bound method, not a lambda: Qt drops the connection with this controller (the
        # operations outlive a session: after «Cambiar de usuario…» a lambda reached a
        # deleted timer at every change)
        ctx.ops.changed.connect(self._changed)
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
            from agencia.ui.pending.view import PendingView

            self._view = PendingView(self.ctx.locale)
            self._view.open_item.connect(self.open_item)
            self._view.act.connect(self.act)
            if self.loaded:
                self._view.set_items(self.items)
        return self._view

    def _changed(self, _kinds: object) -> None:
        self._reload.start()

    def refresh(self) -> None:
        """Ask again (on a reader): the list, and with it the count."""
        self.asked = True
        self.ctx.ops.read(pending_for, on_done=self._loaded, on_error=self._failed, key="pending")

    def count_at_start(self) -> None:
        """The rail's count after sign-in, unless the list was asked for meanwhile (the
        page shown, a change heard): one read, not two."""
        if not self.asked:
            self.refresh()

    def _loaded(self, items: list[PendingItem]) -> None:
        if not shiboken6.isValid(self):
            return
        self.items = list(items)
        self.loaded = True
        if self._view is not None:
            self._view.set_items(self.items)
        from agencia.services.pending.items import weight

        self.count_changed.emit(sum(weight(item) for item in self.items))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            log.error("pending items could not be loaded: %s", error)
        if self._view is not None and shiboken6.isValid(self._view):
            self._view.empty.set_texts(
                self.tr("No se pudieron cargar los pendientes"),
                error_text(error),
            )
            self._view.stack.setCurrentWidget(self._view.empty)

    def open_item(self, item: PendingItem) -> None:
        """The item's record in its own area (a campaign, a request, a task's campaign, an
        account's results), at the tab and the document the work is in."""
        if item.kind in LISTS:  # the rest of its approvals: where they all are
            request_place(self.ctx, Place(item.area, 0, "statuses", LISTS[item.kind]))
            return
        where = WHERE.get(item.kind, "")
        place = Place(item.area, item.campaign_id, where, item.title, item.item_id)
        request_place(self.ctx, place)

    def act(self, item: PendingItem) -> None:
        """The item's main action, here: asked once when it needs words, then written by
        its area's service (which checks the permission and the version again)."""
        from agencia.ui.pending.actions import (
            ActionDialog,
            Answer,
            action_for,
            done_text,
            write_for,
        )

        action = action_for(item)
        if action is None or self._view is None:
            return
        answer: Answer | None = Answer()
        if action.kind != "step_done":
            db = getattr(self.ctx.ops, "db", None)  # its draft's
            answer = self.ask(ActionDialog(item, action, self.ctx.locale, self._view, db))
        if answer is None:
            return
        self._view.show_error("")
        write, args = write_for(item, action, answer)
        self.ctx.ops.write(
            write,
            *args,
            on_done=lambda _result: self.ctx.toast(done_text(action)),
            on_error=self._refused,
        )

    def ask(self, dialog: ActionDialog) -> Answer | None:
        """Run the action's dialog (tests replace this to answer it)."""
        try:
            if dialog.exec() != dialog.DialogCode.Accepted:
                return None
            return dialog.answer()
        finally:
            dialog.deleteLater()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            log.error("a pending item's action failed: %s", error)
        if self._view is not None and shiboken6.isValid(self._view):
            self._view.show_error(error_text(error))
        self.refresh()  # what changed meanwhile shows as it is now
