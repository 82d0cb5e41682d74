"""Archivo ▸ «Cerrar sesión» and «Cambiar de usuario»: back to the sign-in dialog
without closing the window or the database; on a shared server also «Olvidar mi
contraseña en este equipo» (the keyring's «Recordarme», agencia.ui.shell.server_start).

Unsaved work is asked about first, as when the window closes (Guardar / Descartar /
Cancelar, one thing at a time; Cancelar keeps the session). Then the signed-in person's
areas leave the window — their pages, rail buttons and actions; the window's own actions
stay — and start-up (`agencia.app.Startup`) asks who signs in next: «Cambiar de usuario»
with an empty user name, «Cerrar sesión» with the last one, as at start.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.widgets.unsaved import Answer, UnsavedItem, UnsavedPrompt, ask, items_under

if TYPE_CHECKING:
    from agencia.ui.shell.window import MainWindow

translate = QCoreApplication.translate


def take_down(window: MainWindow) -> None:
    """The signed-in person's areas leave `window` (their state saved first)."""
    window.save_state()
    window.builder.forget()  # the areas not built yet are not wanted any more
    ctx, window.ctx = window.ctx, None
    if ctx is not None:
        ctx.ops.busy_changed.disconnect(window.status.set_busy)
        ctx.ops.failed.disconnect(window.toast)
    for action in window.registry.forget(lambda spec: spec.id.startswith("app.")):
        window.removeAction(action)
        action.deleteLater()
    for page in window._pages.values():
        window.stack.removeWidget(page)
        page.deleteLater()
    for area in [*window.areas.values(), *window.extensions]:
        area.deleteLater()
    window._pages.clear()
    window.areas.clear()
    window.extensions.clear()
    window._current = None
    window.rail.clear_areas()
    window.title.setText("")
    window.search.hide()
    window.search_field.clear()
    window.search_field.setEnabled(False)
    window.status.set_user("", "")
    window.rebuild_menus()


class SessionActions(QObject):
    """The two actions; `sign_in_again(switch_user)` once the areas are gone."""

    def __init__(
        self,
        window: MainWindow,
        sign_in_again: Callable[[bool], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.sign_in_again = sign_in_again
        self.prompt: UnsavedPrompt | None = None
        self._queue: list[UnsavedItem] = []
        register = window.registry.register
        self.sign_out_action = register(
            ActionSpec(
                ActionId.SIGN_OUT,
                translate("Session", "Cerrar sesión"),
                None,
                "sign-out",
                menu="file",
            ),
            lambda: self.leave(switch_user=False),
            window,
        )
        self.switch_action = register(
            ActionSpec(
                ActionId.SWITCH_USER,
                translate("Session", "Cambiar de usuario…"),
                None,
                "swap",
                menu="file",
            ),
            lambda: self.leave(switch_user=True),
            window,
        )
        self.forget_action = register(
            ActionSpec(
                ActionId.FORGET_PASSWORD,
                translate("Session", "Olvidar mi contraseña en este equipo"),
                None,
                None,
                menu="file",
            ),
            self.forget_password,
            window,
        )
        window.rebuild_menus()
        self.set_signed_in(False)

    def set_signed_in(self, signed_in: bool) -> None:
        self.sign_out_action.setEnabled(signed_in)
        self.switch_action.setEnabled(signed_in)
        ctx = self.window.ctx
        on_server = ctx is not None and not getattr(ctx.ops.db, "is_sqlite", True)
        self.forget_action.setVisible(on_server)  # only a server's sign-in remembers
        self.forget_action.setEnabled(signed_in and on_server)

    def forget_password(self) -> None:
        """The keyring forgets the signed-in person's password for this server (the
        next start asks for it again)."""
        from agencia.ui.shell.server_start import forget_remembered

        ctx = self.window.ctx
        if ctx is None:
            return
        ctx.ops.read(forget_remembered, ctx.actor.login, on_done=self._forgotten)

    def _forgotten(self, removed: bool) -> None:
        self.window.toast(
            translate("Session", "Este equipo ya no recuerda su contraseña.")
            if removed
            else translate("Session", "Este equipo no recordaba su contraseña.")
        )

    def leave(self, switch_user: bool) -> None:
        """Ask about each unsaved thing; then sign out (Cancelar: stay)."""
        if self.window.ctx is None or self.prompt is not None:
            return
        self._queue = items_under(self.window)
        self._next(switch_user)

    def _next(self, switch_user: bool) -> None:
        if not self._queue:
            self.prompt = None
            self.set_signed_in(False)
            take_down(self.window)
            self.sign_in_again(switch_user)
            return
        item = self._queue.pop(0)
        leaving = translate("Session", "cerrar la sesión")
        self.prompt = ask(self.window, item, leaving, partial(self._answered, item, switch_user))

    def _answered(self, item: UnsavedItem, switch_user: bool, answer: Answer) -> None:
        self.prompt = None
        if answer is Answer.DISCARD:
            item.discard()
            self._next(switch_user)
        elif answer is Answer.SAVE and item.save is not None:
            item.save(lambda ok: self._next(switch_user) if ok else self._stop())
        else:
            self._stop()

    def _stop(self) -> None:
        self._queue = []
