"""Preferencias ▸ Idioma, at once: the window speaks the new language without a restart.

Qt translates a text when it is made, so the window's contents are made again: the new
translators go in, the signed-in person's areas leave the window (as when signing out,
`session.take_down`) and come back under the same session, on the same area and record,
with the window's own actions, menus and status bar named anew. Dates and money follow
(`formatting.interface_locale`: the new language in the agency's region).

Nothing typed is lost: while any form or tab holds unsaved edits the switch is refused,
naming them, and nothing changes. The undo history starts again (its steps are named in
the old language and may answer screens that are gone).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from agencia.ui.actions import ActionId
from agencia.ui.formatting import interface_locale, region
from agencia.ui.navigation import ShownRecords
from agencia.ui.shell import i18n
from agencia.ui.shell.session import take_down
from agencia.ui.widgets.unsaved import items_under

if TYPE_CHECKING:
    from agencia.ui.area import AppContext
    from agencia.ui.shell.window import MainWindow

translate = QCoreApplication.translate

# what MainWindow._register_window_actions registers: dropped and registered again
WINDOW_OWN = frozenset(
    {
        ActionId.PREFERENCES,
        ActionId.QUIT,
        ActionId.FIND,
        ActionId.GLOBAL_SEARCH,
        ActionId.COMMAND_PALETTE,
        ActionId.TOGGLE_RAIL,
        ActionId.PRINT_PDF,
        ActionId.SHORTCUTS,
        ActionId.ABOUT,
    }
)


def _labels() -> dict[ActionId, str]:
    """The window-wide actions other shell parts register, named in the language now in
    force (the same source texts as where they are registered; a test holds them equal)."""
    from agencia.ui.shell.comfort import labels as comfort_labels
    from agencia.ui.shell.edit_menu import EditMenu
    from agencia.ui.shell.restore import _title as restore_title

    return {
        **comfort_labels(),
        ActionId.SIGN_OUT: translate("Session", "Cerrar sesión"),
        ActionId.SWITCH_USER: translate("Session", "Cambiar de usuario…"),
        ActionId.RESTORE_BACKUP: restore_title() + "…",
        ActionId.UNDO: EditMenu.undo_label(""),
        ActionId.REDO: EditMenu.redo_label(""),
        ActionId.CUT: translate("EditMenu", "Cortar"),
        ActionId.COPY: translate("EditMenu", "Copiar"),
        ActionId.PASTE: translate("EditMenu", "Pegar"),
        ActionId.SELECT_ALL: translate("EditMenu", "Seleccionar todo"),
    }


def refusal(window: MainWindow) -> str:
    """Why the language cannot change now ("" when it can): the unsaved things, named."""
    items = items_under(window)
    if not items:
        return ""
    names = "; ".join(item.what for item in items)
    return translate(
        "LanguageSwitch",
        "Antes de cambiar de idioma, guarde o descarte los cambios sin guardar: %1.",
    ).replace("%1", names)


def switch_language(window: MainWindow, language: str) -> str:
    """Speak `language` ("es", "en") now. Returns "" when done, else why it was refused
    (unsaved work: nothing changed)."""
    language = "en" if language.lower().startswith("en") else "es"
    app = QApplication.instance()
    if not isinstance(app, QApplication) or language == i18n.current_language():
        return ""
    why = refusal(window)
    if why:
        return why
    ctx = window.ctx
    area = window._current
    record = ctx.shown.now(area).record_id if ctx is not None and area is not None else None
    connected = window.status.connection_label.text() == window.status.tr("Conectado")
    agency_name = window.rail.agency.text()
    if ctx is not None:
        _forget_undo_history(ctx)
        take_down(window)
    i18n.install_translators(app, language)
    _rename_window(window, connected)
    if ctx is None:
        return ""
    ctx.locale = interface_locale(region(), language)
    QLocale.setDefault(ctx.locale)
    ctx.shown = ShownRecords()  # the old pages' listeners went with them
    window.install(ctx, agency_name)
    if area is not None and area in window.areas:
        window.navigate(area, record)
    return ""


def _forget_undo_history(ctx: AppContext) -> None:
    from agencia.ui.widgets.undo import UndoHistory

    found = ctx.actions.findChild(UndoHistory, "undoHistory")
    if isinstance(found, UndoHistory):
        found.setObjectName("")
        found.deleteLater()


def _rename_window(window: MainWindow, connected: bool) -> None:
    """The window's own words, made again in the language now in force."""
    registry = window.registry
    order = [spec.id for spec, _action in registry.all()]
    for action in registry.forget(lambda spec: spec.id not in WINDOW_OWN):
        window.removeAction(action)
        action.deleteLater()
    window._register_window_actions()
    # the menus list actions in the order they were registered: keep it (Salir stays last)
    known = registry._actions
    registry._actions = {
        **{key: known[key] for key in order if key in known},
        **{key: value for key, value in known.items() if key not in order},
    }
    labels = _labels()
    for spec, action in window.registry.all():
        if spec.id in labels:
            action.setText(labels[spec.id])
    window.edit_menu.update()
    window.rebuild_menus()
    status = window.status
    status.busy_label.setText(status.tr("Trabajando…"))
    if status.connection.isVisible() or connected:
        status.set_connected(connected)
    if status.database_text():
        status.set_database(status.database_text(), window._database_label)
    window.search_field.setPlaceholderText(
        window.search.tr("Buscar cuentas, campañas y contactos…")
    )
    window.rail._apply_width()  # the toggle's words
