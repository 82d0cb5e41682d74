"""Areas built when first needed (ui/shell/area_builder.py): at sign-in only up to the
area shown, the others when switched to, searched for, asked by the palette, or when the
window is idle — in rail order each time, so the rail and Alt+number never change."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from agencia.areas import ui_modules
from agencia.domain.areas import AreaId
from agencia.services.search import SearchHit
from agencia.ui import settings
from agencia.ui.actions import ActionId
from agencia.ui.area import AppContext
from agencia.ui.ops import Operations
from agencia.ui.shell import area_builder
from agencia.ui.shell.window import MainWindow


def _window(qtbot: QtBot, ops: Operations) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    ctx = AppContext(ops, window.registry, ops.actor, QLocale("es_ES"), "EUR")
    window.install(ctx, "Agencia Norte", lazy=True)
    window.show()
    qtbot.waitExposed(window)
    return window


def _all_ids(qtbot: QtBot, ops: Operations) -> list[str]:
    eager = MainWindow()
    qtbot.addWidget(eager)
    ctx = AppContext(ops, eager.registry, ops.actor, QLocale("es_ES"), "EUR")
    created = eager.install(ctx, "Agencia Norte")
    return [str(a.id) for a in created]


def test_sign_in_builds_only_up_to_the_area_shown(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)  # no idle building in this test
    window = _window(qtbot, make_ops(agency.admin))
    assert list(window.areas) == [AreaId.PENDING, AreaId.ACCOUNTS]  # rail order, then stop
    assert window.current_area() is window.areas[AreaId.ACCOUNTS]
    assert list(window.rail.buttons) == ["pending", "accounts"]
    assert not window.builder.done

    # switching to an area not built builds it, and what lies before it on the rail
    assert window.switch_to(AreaId.TEAM)
    assert list(window.areas)[:4] == ["pending", "accounts", "campaigns", "team"]
    assert window.current_area() is window.areas[AreaId.TEAM]
    assert list(window.rail.buttons)[:4] == ["pending", "accounts", "campaigns", "team"]


def test_search_and_pending_reach_areas_not_built(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)
    settings.put(settings.LAST_AREA, "pending")
    window = _window(qtbot, make_ops(agency.admin))
    assert list(window.areas) == [AreaId.PENDING]
    coca = agency.ids["coca"]
    hit = SearchHit("account", coca, "Coca-Cola", "", coca, AreaId.ACCOUNTS, coca)
    window.open_hit(hit)
    assert window.current_area() is window.areas[AreaId.ACCOUNTS]
    window.navigate(AreaId.CAMPAIGNS, None)  # as Pendientes does with a campaign
    assert window.current_area() is window.areas[AreaId.CAMPAIGNS]
    assert not window.switch_to("nowhere")  # type: ignore[arg-type]


def test_idle_time_and_the_palette_build_the_rest(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    ops = make_ops(agency.admin)
    expected = _all_ids(qtbot, ops)
    monkeypatch.setattr(area_builder, "QUIET_MS", 10)
    window = _window(qtbot, make_ops(agency.admin))
    qtbot.waitUntil(lambda: window.builder.done, timeout=60_000)
    built = [str(a) for a in window.areas] + [str(a.id) for a in window.extensions]
    assert sorted(built) == sorted(expected)
    assert list(window.rail.buttons) == [a for a in expected if a in window.areas]
    assert len(expected) <= len(ui_modules())

    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)
    again = _window(qtbot, make_ops(agency.admin))
    assert not again.builder.done
    again.open_palette()
    assert again.builder.done
    assert list(again.rail.buttons) == list(window.rail.buttons)
    again.palette_popup.hide()


def test_the_area_shown_at_sign_in_asks_for_its_list_before_the_rest_is_built(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    """The accounts list is read while the controller, its page and actions are made
    (`create_shown`), once; an area built later asks for nothing until it is shown."""
    from agencia.ui.accounts import controller as accounts_controller
    from agencia.ui.accounts.list_model import AccountListModel

    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)
    asked_when_built: list[bool] = []
    made = accounts_controller.AccountsController.__init__

    def init(self: Any, ctx: Any, list_view: Any, parent: Any = None) -> None:
        asked_when_built.append(list_view.asked)
        made(self, ctx, list_view, parent)

    monkeypatch.setattr(accounts_controller.AccountsController, "__init__", init)
    queries: list[object] = []
    set_query = AccountListModel.set_query
    monkeypatch.setattr(
        AccountListModel, "set_query", lambda model, q: (queries.append(q), set_query(model, q))
    )
    ops = make_ops(agency.admin, synchronous=False)
    window = _window(qtbot, ops)
    view = window.areas[AreaId.ACCOUNTS].controller.list_view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.model.loaded, timeout=30_000)
    assert asked_when_built == [True] and len(queries) == 1  # asked as built, not again

    settings.put(settings.LAST_AREA, "pending")  # built when switched to: asked then
    later = _window(qtbot, make_ops(agency.admin, synchronous=False))
    assert later.switch_to(AreaId.ACCOUNTS)
    assert asked_when_built == [True, False] and len(queries) == 2


def test_an_area_builds_its_page_when_first_shown(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    """Built when idle, an area has its rail button and Alt+number, but no page (no
    controller, views or reads) until it is shown; Pendientes' link, the palette and
    the shortcuts list make it then."""
    monkeypatch.setattr(area_builder, "QUIET_MS", 10)
    window = _window(qtbot, make_ops(agency.admin))
    qtbot.waitUntil(lambda: window.builder.done, timeout=60_000)
    area = window.areas[AreaId.COMMUNICATIONS]
    assert "communications" in window.rail.buttons
    assert not area.page_built
    assert window.findChild(QWidget, "communications-page") is None
    assert window.registry.get(ActionId.go_to(AreaId.COMMUNICATIONS)) is not None
    assert ActionId.COMMUNICATIONS_LOG not in {spec.id for spec, _a in window.registry.all()}
    assert ActionId.DECK_AGENCY in {spec.id for spec, _a in window.registry.all()}

    window.navigate(AreaId.COMMUNICATIONS, agency.ids["coca"])  # as a Pendientes link does
    assert area.page_built
    assert window.stack.currentWidget() is window.findChild(QWidget, "communications-page")
    assert ActionId.COMMUNICATIONS_LOG in {spec.id for spec, _a in window.registry.all()}

    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)
    again = _window(qtbot, make_ops(agency.admin))
    again.open_palette()  # every action listed: the pages not shown are made for it
    assert again.areas[AreaId.COMMUNICATIONS].page_built
    assert ActionId.COMMUNICATIONS_LOG in {spec.id for spec, _a in again.registry.all()}
    again.palette_popup.hide()


def test_the_decks_area_imports_its_dialog_when_first_opened() -> None:
    """The deck dialog and the renderer it brings (megabytes) are not imported with the
    decks' actions, only when «Presentación de agencia…» is first chosen."""
    code = (
        "import sys, agencia.ui.decks.area as a; "
        "sys.exit('agencia.ui.decks.dialog' in sys.modules or 'reportlab' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False)
    assert done.returncode == 0


def test_every_area_of_the_rail_has_its_alt_number(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    """Ten areas on the administrator's rail: Alt+1…9, and Alt+0 for the tenth
    (Satisfacción had none)."""
    monkeypatch.setattr(area_builder, "QUIET_MS", 10)
    window = _window(qtbot, make_ops(agency.admin))
    qtbot.waitUntil(lambda: window.builder.done, timeout=60_000)
    keys = []
    for area_id in window.areas:
        action = window.registry.get(ActionId.go_to(area_id))
        assert action is not None, area_id
        keys.append(action.shortcut().toString())
    assert keys == [f"Alt+{n % 10}" for n in range(1, len(keys) + 1)] and len(keys) == 10
