"""An account opened by a link, global search or another area: in the window its page
is read first and alone, and the list selects its row afterwards, once nothing is in
flight, without reading the account a second time (`detail_page.open_page_first`).
The account page itself is built at idle before anyone opens one (`warm_page`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.domain.areas import AreaId
from agencia.ui.area import AppContext
from agencia.ui.ops import Operations
from agencia.ui.shell import area_builder
from agencia.ui.shell.window import MainWindow


def _window(qtbot: QtBot, ops: Operations) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    ctx = AppContext(ops, window.registry, ops.actor, QLocale("es_ES"), "EUR")
    window.install(ctx, "Agencia Norte", lazy=True)
    return window


def test_the_page_comes_first_then_the_list_selects_its_row(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], monkeypatch: Any
) -> None:
    monkeypatch.setattr(area_builder, "QUIET_MS", 60_000)  # no idle building meanwhile
    ops = make_ops(agency.admin, synchronous=False)
    window = _window(qtbot, ops)
    controller = window.areas[AreaId.ACCOUNTS].controller  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: controller.built_detail)  # warmed at idle
    qtbot.waitUntil(lambda: ops.in_flight == 0)
    reads: list[tuple[str, tuple[Any, ...]]] = []
    read = ops.read

    def recorded(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> int:
        reads.append((getattr(fn, "__name__", str(fn)), args))
        return read(fn, *args, **kwargs)

    monkeypatch.setattr(ops, "read", recorded)
    selected: list[int] = []
    controller.list_view.current_changed.connect(selected.append)
    muebles = agency.ids["muebles"]

    window.navigate(AreaId.ACCOUNTS, muebles)
    assert controller.list_view.selected_id != muebles  # not yet: the page first
    qtbot.waitUntil(
        lambda: controller.detail is not None and controller.detail.id == muebles,
        timeout=20_000,
    )
    assert controller.detail_view.isVisible()
    assert controller.detail_view.title.text() == "Muebles García"
    qtbot.waitUntil(lambda: controller.list_view.selected_id == muebles)
    assert selected == [muebles]  # the row follows the page …
    qtbot.waitUntil(lambda: ops.in_flight == 0)
    qtbot.wait(300)  # past the quiet moment anything else would wait for
    assert [args for name, args in reads if name == "get_account"] == [(muebles,)]  # … once

    # a click on another row opens it as before
    coca = agency.ids["coca"]
    controller.list_view.select_account(coca)
    qtbot.waitUntil(
        lambda: controller.detail is not None and controller.detail.id == coca, timeout=20_000
    )
    assert [args for name, args in reads if name == "get_account"] == [(muebles,), (coca,)]
