"""The area controller every area's controller subclasses: it starts once, when first
shown; it hears only the changes it is concerned with, and only once started; its
actions work only while its page shows; errors are said one way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from agencia.domain.actor import SYSTEM
from agencia.domain.changes import ChangeKind as K
from agencia.domain.changes import Changes
from agencia.domain.errors import NotFound
from agencia.ui.actions import ActionRegistry
from agencia.ui.area import AppContext
from agencia.ui.ops import Operations
from agencia.ui.widgets.area_controller import AreaController
from agencia.ui.widgets.errors import error_text


class Probe(AreaController):
    CONCERNS = frozenset({K.ACCOUNT})

    def __init__(self, ctx: AppContext, page: QWidget, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = page
        self.loads = 0
        self.heard: list[Changes] = []
        self.details: list[int] = []
        self.shown = True

    def title(self) -> str:
        return "Prueba"

    def message_parent(self) -> QWidget:
        return self.page

    def load(self) -> None:
        self.loads += 1

    def _changed(self, changes: Changes) -> None:
        self.heard.append(changes)
        self._reload_detail()

    def load_detail(self, record_id: int) -> None:
        self._wanted_id = record_id
        self.details.append(record_id)

    def record_shown(self) -> bool:
        return self.shown


MakeOps = Callable[..., Operations]


def probe(qtbot: QtBot, make_ops: MakeOps) -> Probe:
    ctx = AppContext(make_ops(SYSTEM), ActionRegistry(), SYSTEM, QLocale("es_ES"), "EUR")
    page = QWidget()
    qtbot.addWidget(page)
    return Probe(ctx, page, page)


def test_it_starts_once_when_first_shown_and_hears_only_its_changes(
    qtbot: QtBot, make_ops: MakeOps
) -> None:
    controller = probe(qtbot, make_ops)
    controller.ops.changed.emit(Changes.of(K.ACCOUNT))
    assert controller.heard == []  # not started: nothing on screen to refresh
    controller._visibility_changed(True)
    controller._visibility_changed(False)
    controller._visibility_changed(True)
    assert controller.loads == 1
    controller.ops.changed.emit(Changes.of(K.CAMPAIGN))
    assert controller.heard == []  # not its concern
    controller.ops.changed.emit(Changes.of(K.ACCOUNT, K.CAMPAIGN))
    assert [c.kinds for c in controller.heard] == [frozenset({K.ACCOUNT, K.CAMPAIGN})]
    assert controller.details == []  # no record open

    controller.load_detail(7)
    controller.ops.changed.emit(Changes.of(K.ACCOUNT))
    assert controller.details == [7, 7]  # the open record again
    controller.shown = False
    controller.ops.changed.emit(Changes.of(K.ACCOUNT))
    assert controller.details == [7, 7]  # not on screen: not worth a read


def test_errors_are_said_one_way(qtbot: QtBot, make_ops: MakeOps) -> None:
    controller = probe(qtbot, make_ops)
    controller.report(RuntimeError("disco lleno"))
    assert controller.last_message == "Error inesperado: disco lleno"
    refused = NotFound("account.not_found", id=3)
    controller.report(refused)
    assert controller.last_message == error_text(refused)
    assert "inesperado" not in controller.last_message
