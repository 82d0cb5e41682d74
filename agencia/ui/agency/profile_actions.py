"""Archivo ▸ «Perfil de la agencia…»: a window-wide action in the registry (menus and the
command palette show it), registered for administrators only (Action.AGENCY_SETTINGS),
like the approval thresholds beside it. Opening the dialog by other means is refused with
the reason; the profile is read on a reader first, and a toast says when it is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from agencia.domain.messages import role_name
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.agency.profile import AgencyProfileView, get_profile
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.agency.profile_dialog import ProfileDialog
from agencia.ui.area import AppContext
from agencia.ui.widgets.errors import error_text

PROFILE = ActionId.AGENCY_PROFILE
MENU = "file"  # beside Preferencias and the approval thresholds: the agency's settings


def may_edit_profile(ctx: AppContext) -> bool:
    return scope_for(ctx.actor.role, Action.AGENCY_SETTINGS) is not Scope.NONE


class ProfileActions(QObject):
    """Registers «Perfil de la agencia…» for an administrator and opens its dialog."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action: QAction | None = None
        self.dialog: ProfileDialog | None = None  # the one open now (tests look at it)
        self._last: QDialog | None = None
        if may_edit_profile(ctx):
            spec = ActionSpec(PROFILE, self.tr("Perfil de la agencia…"), None, "brand", menu=MENU)
            self.action = ctx.actions.register(spec, self.open_profile, self)
            self.action.setStatusTip(self.tr("Lo que las presentaciones dicen de la agencia"))

    def open_profile(self) -> None:
        if not may_edit_profile(self.ctx):
            role = role_name(self.ctx.actor.role.value)
            self.ctx.toast(
                self.tr("Su rol (%1) no permite cambiar el perfil de la agencia.").replace(
                    "%1", role
                )
            )
            return
        if self.dialog is not None:  # already open: bring it forward
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.ctx.ops.read(get_profile, on_done=self._show, on_error=self._failed)

    def _show(self, profile: AgencyProfileView) -> None:
        if self.dialog is not None:
            return
        dialog = ProfileDialog(self.ctx.ops, profile, self.ctx.locale, QApplication.activeWindow())
        dialog.saved.connect(
            lambda _r, _d: self.ctx.toast(self.tr("Perfil de la agencia guardado"))
        )
        if self._last is not None:  # kept until now: its answer may still be read
            self._last.deleteLater()
        self.dialog = dialog
        self._last = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: ProfileDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _failed(self, error: BaseException) -> None:
        self.ctx.toast(error_text(error))
