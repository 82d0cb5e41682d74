"""Archivo ▸ «Umbrales de aprobación…» and «Delegar aprobaciones…»: window-wide actions in
the registry (so the menus and the command palette show them), registered by the
campaigns area for whom they are meant and for nobody else.

The thresholds are the agency's settings (an administrator's: Action.AGENCY_SETTINGS);
delegating is for those who approve internally (Action.INTERNAL_APPROVAL: supervisors,
managers, directors). Someone else never sees the action, and opening the dialog by other
means is refused with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from agencia.domain.messages import role_name
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.campaigns.approval_settings import Thresholds, get_thresholds
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.campaigns.delegations_dialog import DelegationsDialog
from agencia.ui.campaigns.thresholds_dialog import ThresholdsDialog
from agencia.ui.widgets.asked_from import asking_window, still_open
from agencia.ui.widgets.errors import error_text

THRESHOLDS = ActionId.APPROVAL_THRESHOLDS
DELEGATE = ActionId.APPROVAL_DELEGATE
MENU = "file"  # beside Preferencias: the person's and the agency's settings


def may_set_thresholds(ctx: AppContext) -> bool:
    return scope_for(ctx.actor.role, Action.AGENCY_SETTINGS) is not Scope.NONE


def may_delegate(ctx: AppContext) -> bool:
    return (
        ctx.actor.staff_id is not None
        and scope_for(ctx.actor.role, Action.INTERNAL_APPROVAL) is not Scope.NONE
    )


class ApprovalActions(QObject):
    """Registers the actions the person may use and opens their dialogs (one at a time)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actions: dict[ActionId, QAction] = {}
        self.dialog: QDialog | None = None  # the one open now (tests look at it)
        self._last: QDialog | None = None
        self._asked_from: QWidget | None = None  # the window the last ask came from
        if may_set_thresholds(ctx):
            self._register(
                ActionSpec(
                    THRESHOLDS, self.tr("Umbrales de aprobación…"), None, "check", menu=MENU
                ),
                self.open_thresholds,
            )
        if may_delegate(ctx):
            self._register(
                ActionSpec(DELEGATE, self.tr("Delegar aprobaciones…"), None, "swap", menu=MENU),
                self.open_delegations,
            )

    def _register(self, spec: ActionSpec, handler: object) -> None:
        action = self.ctx.actions.register(spec, handler, self)  # type: ignore[arg-type]
        action.setStatusTip(spec.label.removesuffix("…"))
        self.actions[spec.id] = action

    def _window(self) -> QWidget | None:
        """The window the person asked from, if still open (see widgets/asked_from)."""
        return still_open(self._asked_from)

    def _refuse(self, why: str) -> None:
        role = role_name(self.ctx.actor.role.value, gender=self.ctx.actor.title_gender.value)
        self.ctx.toast(why.replace("%1", role))

    def _show(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Rejected)
        if self._last is not None:  # kept until now: its answer may still be read
            self._last.deleteLater()
        self.dialog = self._last = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- thresholds ----------------------------------------------------------------------------
    def open_thresholds(self) -> None:
        if not may_set_thresholds(self.ctx):
            self._refuse(self.tr("Su rol (%1) no permite cambiar los umbrales de aprobación."))
            return
        self._asked_from = asking_window()
        self.ctx.ops.read(get_thresholds, on_done=self._show_thresholds, on_error=self._failed)

    def _show_thresholds(self, thresholds: Thresholds) -> None:
        dialog = ThresholdsDialog(self.ctx.ops, thresholds, self.ctx.locale, self._window())
        dialog.saved.connect(
            lambda _result, _data: self.ctx.toast(self.tr("Umbrales de aprobación guardados"))
        )
        self._show(dialog)

    # -- delegations ---------------------------------------------------------------------------
    def open_delegations(self) -> None:
        if not may_delegate(self.ctx):
            self._refuse(self.tr("Su rol (%1) no aprueba internamente: no tiene qué delegar."))
            return
        self._asked_from = asking_window()
        self._show(
            DelegationsDialog(
                self.ctx.ops, self.ctx.actor, self.ctx.locale, self.ctx.toast, self._window()
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.ctx.toast(error_text(error))
