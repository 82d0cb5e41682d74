"""Archivo ▸ «Perfil de la agencia…» and «Tipos de cambio…»: window-wide actions in the
registry (menus and the command palette show them), registered for administrators only
(Action.AGENCY_SETTINGS), like the approval thresholds beside them. Opening the
profile by other means is refused with the reason; the profile is read on a reader
first, and a toast says when it is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from agencia.domain.messages import role_name
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.agency.profile import AgencyProfileView, get_profile
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.agency.profile_dialog import ProfileDialog
from agencia.ui.agency.rates_dialog import RatesDialog
from agencia.ui.area import AppContext
from agencia.ui.formatting import set_time_zone
from agencia.ui.widgets.asked_from import asking_window, still_open
from agencia.ui.widgets.errors import error_text

PROFILE = ActionId.AGENCY_PROFILE
RATES = ActionId.AGENCY_RATES
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
        # the window the person asked from: the profile opens on it once its read answers
        # (on the window active by then, it became the child of whatever dialog that was
        # — the exchange rates, deleted on closing — and went with it, edits and all)
        self._asked_from: QWidget | None = None
        self.rates: RatesDialog | None = None  # open now (tests look at it)
        self.rates_action: QAction | None = None
        if may_edit_profile(ctx):
            spec = ActionSpec(PROFILE, self.tr("Perfil de la agencia…"), None, "brand", menu=MENU)
            self.action = ctx.actions.register(spec, self.open_profile, self)
            self.action.setStatusTip(self.tr("Lo que las presentaciones dicen de la agencia"))
            rates = ActionSpec(RATES, self.tr("Tipos de cambio…"), None, "refresh", menu=MENU)
            self.rates_action = ctx.actions.register(rates, self.open_rates, self)
            self.rates_action.setStatusTip(
                self.tr("Lo que vale cada moneda de los clientes en la de la agencia")
            )

    def open_rates(self) -> None:
        """The exchange rates, for an administrator (the list is read as it opens)."""
        if not may_edit_profile(self.ctx):
            return
        if self.rates is not None and self.rates.isVisible():
            self.rates.raise_()
            return
        self.rates = RatesDialog(
            self.ctx.ops,
            self.ctx.locale,
            self.ctx.currency,
            self.ctx.toast,
            QApplication.activeWindow(),
        )
        self.rates.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rates.destroyed.connect(lambda *_a: setattr(self, "rates", None))
        self.rates.open()

    def open_profile(self) -> None:
        if not may_edit_profile(self.ctx):
            role = role_name(self.ctx.actor.role.value, gender=self.ctx.actor.title_gender.value)
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
        self._asked_from = asking_window()
        self.ctx.ops.read(get_profile, on_done=self._show, on_error=self._failed)

    def _show(self, profile: AgencyProfileView) -> None:
        if self.dialog is not None:
            return
        dialog = ProfileDialog(self.ctx.ops, profile, self.ctx.locale, still_open(self._asked_from))
        dialog.saved.connect(self._saved)
        if self._last is not None:  # kept until now: its answer may still be read
            self._last.deleteLater()
        self.dialog = dialog
        self._last = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _saved(self, _result: object, data: object) -> None:
        """Saved: the window's moments follow the agency's time zone from now on."""
        zone = getattr(data, "time_zone", None)
        if isinstance(zone, str):
            set_time_zone(zone.strip())
        self.ctx.toast(self.tr("Perfil de la agencia guardado"))

    def _closed(self, dialog: ProfileDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _failed(self, error: BaseException) -> None:
        self.ctx.toast(error_text(error))
