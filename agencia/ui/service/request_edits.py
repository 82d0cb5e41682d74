"""The queue's writes: «Nueva solicitud…», «Mover a…» and «Reasignar…», each an action of
the registry (menu, palette, the page's buttons) whose rule says why it is not offered.
The queue and the open request refresh by the window's change notice, as after any
write; a new request is opened once saved, with its SLA said in the toast."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from agencia.domain.areas import AreaId
from agencia.domain.labels import label
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.results import SaveResult
from agencia.services.service.queries import RequestDetail, show_request
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.formatting import datetime_text
from agencia.ui.service.request_forms import MoveDialog, NewRequestDialog, ReassignDialog
from agencia.ui.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from agencia.ui.service.controller import ServiceController


class RequestEdits(QObject):
    """Registers the actions, keeps their rule, opens the forms; `dialog` is the one open."""

    def __init__(self, controller: ServiceController) -> None:
        super().__init__(controller)
        self.c = controller
        self.dialog: FormDialog | None = None
        role = controller.ctx.actor.role
        self.may_log = scope_for(role, Action.LOG_COMMUNICATION) is not Scope.NONE
        self.may_reassign = scope_for(role, Action.REASSIGN_REQUESTS) is not Scope.NONE
        # a request becomes a campaign through the campaigns' own services: their rule too
        self.may_brief = self.may_log and scope_for(role, Action.EDIT_BRIEFS) is not Scope.NONE
        view = controller.view
        self.buttons: dict[ActionId, QPushButton] = {
            ActionId.SERVICE_NEW_REQUEST: view.new_button,
            ActionId.SERVICE_MOVE_REQUEST: view.move_button,
            ActionId.SERVICE_REASSIGN_REQUEST: view.reassign_button,
        }
        for action_id, text, shortcut, icon, do in (
            (ActionId.SERVICE_NEW_REQUEST, self.tr("Nueva solicitud…"),
             QKeySequence.StandardKey.New, "add", self.new_request),
            (ActionId.SERVICE_MOVE_REQUEST, self.tr("Mover a…"), None, None, self.move),
            (ActionId.SERVICE_REASSIGN_REQUEST, self.tr("Reasignar…"), None, None, self.reassign),
        ):  # fmt: skip
            spec = ActionSpec(action_id, text, shortcut, icon, AreaId.SERVICE, AreaId.SERVICE)
            controller.actions[action_id] = controller.ctx.actions.register(spec, do, controller)
            self.buttons[action_id].clicked.connect(do)

    def update(self) -> None:
        """Each action (and its button) enabled when it applies, else saying why."""
        open_ = self.c.detail
        chosen = self.tr("Elija una solicitud de la cola")
        self._offer(
            ActionId.SERVICE_NEW_REQUEST,
            self.may_log,
            self.tr("Su puesto no permite registrar solicitudes de clientes"),
        )
        self._offer(
            ActionId.SERVICE_MOVE_REQUEST,
            open_ is not None and self.may_log,
            chosen if open_ is None else self.tr("Su puesto no permite mover solicitudes"),
        )
        self._offer(
            ActionId.SERVICE_REASSIGN_REQUEST,
            open_ is not None and self.may_reassign,
            self.tr("Su puesto no permite reasignar solicitudes")
            if not self.may_reassign
            else chosen,
        )
        self._offer_campaign(open_, chosen)

    def _offer_campaign(self, open_: RequestDetail | None, chosen: str) -> None:
        """«Convertir en brief de campaña»: for who may write briefs, once per request."""
        button = self.c.view.campaign_button
        why = ""
        if not self.may_brief:
            why = self.tr("Su puesto no permite crear campañas ni briefs")
        elif open_ is None:
            why = chosen
        elif open_.campaign_id is not None:
            why = self.tr("Esta solicitud ya es la campaña «%1»").replace("%1", open_.campaign)
        button.setEnabled(not why)
        button.setToolTip(why)

    def _offer(self, action_id: ActionId, enabled: bool, why: str) -> None:
        self.c.rule(action_id, enabled, why)
        button = self.buttons[action_id]
        button.setEnabled(enabled)
        button.setToolTip("" if enabled else why)

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def new_request(self) -> None:
        if not self.may_log:
            return
        dialog = NewRequestDialog(self.c.ops, self.c.view)
        dialog.saved.connect(self._created)
        self._open(dialog)

    def _created(self, result: SaveResult, _data: Any) -> None:
        """Open it, and say where it went and when it is due (the service's routing and
        clock decided both)."""
        self.c.show(result.id)
        self.c.ops.read(show_request, result.id, on_done=self._tell_sla, on_error=self.c.report)

    def _tell_sla(self, detail: RequestDetail) -> None:
        row = detail.row
        due = datetime_text(row.due, QLocale()) if row.due is not None else "—"
        text = (
            self.tr("Solicitud «%1» registrada para %2; resolver antes del %3")
            .replace("%1", row.subject)
            .replace("%2", row.assignee or "—")
            .replace("%3", due)
        )
        self.c.ctx.toast(text)

    def move(self) -> None:
        detail = self.c.detail
        if detail is None or not self.may_log:
            return
        dialog = MoveDialog(self.c.ops, detail.row, self.c.view)
        dialog.saved.connect(
            lambda _result, data: self.c.ctx.toast(
                self.tr("«%1»: %2").replace("%1", detail.row.subject).replace("%2", label(data[0]))
            )
        )
        self._open(dialog)

    def reassign(self) -> None:
        detail = self.c.detail
        if detail is None or not self.may_reassign:
            return
        dialog = ReassignDialog(self.c.ops, detail.row, self.c.view)
        dialog.saved.connect(
            lambda _result, _data: self.c.ctx.toast(
                self.tr("«%1» reasignada a %2")
                .replace("%1", detail.row.subject)
                .replace("%2", dialog.person.currentText())
            )
        )
        self._open(dialog)
