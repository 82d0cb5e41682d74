"""Signing in builds the menu bar once, with the area shown first and its own menu:
building it before that area's page and again after doubled the work at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.ui.area import AppContext
from agencia.ui.ops import Operations
from agencia.ui.shell import area_builder, menus
from agencia.ui.shell.window import MainWindow


def test_sign_in_builds_the_menus_once_with_the_area_shown(
    qtbot: QtBot,
    agency: Any,
    make_ops: Callable[..., Operations],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)  # no idle building in this test
    window = MainWindow()
    qtbot.addWidget(window)
    ops = make_ops(agency.admin)
    ctx = AppContext(ops, window.registry, ops.actor, QLocale("es_ES"), "EUR")
    built: list[str] = []
    real = menus.build_menus

    def counted(bar: Any, registry: Any, titles: Any, current: str, menus: Any) -> Any:
        built.append(current)
        return real(bar, registry, titles, current, menus)

    monkeypatch.setattr(menus, "build_menus", counted)
    window.install(ctx, "Agencia Norte", lazy=True)
    shown = str(window._current)
    assert built == [shown]  # once, knowing the area shown
    visible = [m.menuAction().isVisible() for k, m in window._menus.items() if k == shown]
    assert visible == [True] or shown not in window._menus
    go = [a.text() for a in window._menus["go"].actions()]
    assert go and all(go)  # the areas built so far, in the Ir menu
