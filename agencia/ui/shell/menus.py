"""The menu bar, read from the ActionRegistry: Archivo, Editar, Ver, Ir, the current area's
menu, Ayuda. An area's actions go first in a shared menu; the window's own (ids "app.…")
come last, after a separator. Salir and Acerca de close their menus after one more separator,
as on every desktop, whichever module registered the other items and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from agencia.ui.actions import ActionRegistry

STANDARD_MENUS = ("file", "edit", "view", "go", "help")
CLOSING_ACTIONS = ("app.quit", "app.about")  # the last item of Archivo and of Ayuda


def menu_title(menu_id: str) -> str:
    titles = {
        "file": QCoreApplication.translate("Menus", "&Archivo"),
        "edit": QCoreApplication.translate("Menus", "&Editar"),
        "view": QCoreApplication.translate("Menus", "&Ver"),
        "go": QCoreApplication.translate("Menus", "&Ir"),
        "help": QCoreApplication.translate("Menus", "Ay&uda"),
    }
    return titles.get(menu_id, menu_id)


def _fill(menu: QMenu, actions: list[tuple[str, QAction]]) -> None:
    """The menu's items in their order (None: a separator); a menu that lists them
    already is left as it is (the window rebuilds its bar whenever actions are added)."""
    area_actions = [a for action_id, a in actions if not action_id.startswith("app.")]
    window_actions = [
        a
        for action_id, a in actions
        if action_id.startswith("app.") and action_id not in CLOSING_ACTIONS
    ]
    closing = [a for action_id, a in actions if action_id in CLOSING_ACTIONS]
    items: list[QAction | None] = list(area_actions)
    if area_actions and window_actions:
        items.append(None)
    items += window_actions
    if closing and (area_actions or window_actions):
        items.append(None)
    items += closing
    shown = [None if a.isSeparator() else a for a in menu.actions()]
    if shown == items:
        return
    menu.clear()
    for action in items:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


def build_menus(
    bar: QMenuBar,
    registry: ActionRegistry,
    area_titles: dict[str, str],
    current_area: str,
    menus: dict[str, QMenu],
) -> dict[str, QMenu]:
    """(Re)build the bar; `menus` keeps the QMenu objects between calls."""
    by_menu: dict[str, list[tuple[str, QAction]]] = {}
    for spec, action in registry.all():
        if spec.menu:
            by_menu.setdefault(spec.menu, []).append((spec.id, action))
    order = [*STANDARD_MENUS[:4], *[m for m in by_menu if m not in STANDARD_MENUS], "help"]
    listed: list[QMenu] = []
    for menu_id in order:
        entries = by_menu.get(menu_id, [])
        is_area_menu = menu_id not in STANDARD_MENUS
        if not entries:
            continue
        menu = menus.get(menu_id)
        if menu is None:
            menu = QMenu(bar)
            menu.setObjectName(f"menu-{menu_id}")
            menus[menu_id] = menu
        title = area_titles.get(menu_id, menu_id) if is_area_menu else menu_title(menu_id)
        menu.setTitle(title)
        _fill(menu, entries)
        listed.append(menu)
        menu.menuAction().setVisible(not is_area_menu or menu_id == current_area)
    if bar.actions() != [menu.menuAction() for menu in listed]:  # else the bar is right
        bar.clear()
        for menu in listed:
            bar.addMenu(menu)
    return menus
