"""One registry of actions with stable IDs: menus, toolbars, context menus and the
command palette (Ctrl+K) all read it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    id: str  # stable, e.g. "accounts.new"
    label: str  # already translated
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    icon: str | None = None  # name of an SVG in resources/icons
    area: str = ""  # "" for window-wide actions
    menu: str = ""  # menu id it belongs to: "file", "edit", "view", "go", "help", or an area


class ActionRegistry(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[str, tuple[ActionSpec, QAction]] = {}

    def register(
        self, spec: ActionSpec, triggered: Callable[[], None], parent: QObject | None = None
    ) -> QAction:
        if spec.id in self._actions:
            raise ValueError(f"action {spec.id} registered twice")
        action = QAction(spec.label, parent or self)
        action.setObjectName(spec.id)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon:
            from agencia.ui.resources import icon

            action.setIcon(icon(spec.icon))
        action.triggered.connect(lambda _checked=False: triggered())
        self._actions[spec.id] = (spec, action)
        return action

    def get(self, action_id: str) -> QAction:
        return self._actions[action_id][1]

    def spec(self, action_id: str) -> ActionSpec:
        return self._actions[action_id][0]

    def all(self) -> list[tuple[ActionSpec, QAction]]:
        return list(self._actions.values())

    def for_menu(self, menu: str) -> list[QAction]:
        return [a for s, a in self._actions.values() if s.menu == menu]
