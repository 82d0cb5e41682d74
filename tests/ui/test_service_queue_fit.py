"""The queue's warnings read the same in Spanish and English: at 1280×800 the Spanish
table hid «Avisos» while the English one cut «Breached» to «Breach…». A flag is whole or
its column hidden (a narrow window), never cut; at 1280×800 it shows in both languages
(the request's pane keeps a narrower width of its own, the queue the rest)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from agencia.ui.service.queue_model import FLAGS
from agencia.ui.service.queue_view import PANE_WIDTH, QueueView
from agencia.ui.shell import i18n

pytestmark = pytest.mark.gui
NOW = datetime(2026, 12, 7, 9, tzinfo=UTC)
# the column once «Avisos» is the SLA's standing now, a chip (test_service_queue_chips)
WORDS = {"es": ("Plazo", "Incumplida, Escalada"), "en": ("Deadline", "Breached, Escalated")}


@pytest.fixture(params=["es", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QLocale()
    i18n.install_translators(qapp, request.param)
    QLocale.setDefault(QLocale("es_ES" if request.param == "es" else "en_GB"))
    yield request.param
    i18n.install_translators(qapp, "es")
    QLocale.setDefault(before)


def _rows() -> list[SimpleNamespace]:
    words = [
        ("El banner de la home no carga en móviles", "Grupo Alimentario Peñalara", "assigned"),
        ("Retraso en la entrega de los roll-ups", "Kola-Sierra Refrescos", "in_progress"),
        ("Nuevas tallas para el catálogo", "Pérez & Hijos", "waiting_on_client"),
    ]
    return [
        SimpleNamespace(
            id=n,
            next_due=NOW - timedelta(days=45, hours=18),
            due=None,
            status=status,
            subject=subject,
            account=account,
            channel="email",
            kind="incident",
            priority="urgent",
            assignee="Álvaro García Rubio",
            breached=n < 2,
            escalation=1 if n == 0 else 0,
        )
        for n, (subject, account, status) in enumerate(words)
    ]


def _queue(qtbot: QtBot, width: int) -> QueueView:
    view = QueueView()
    qtbot.addWidget(view)
    view.resize(width, 700)
    view.show()
    view.set_rows(_rows(), NOW)
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.pane.width() == PANE_WIDTH)  # the pane laid out
    view.fit.fit()
    return view


def _flags_whole_or_hidden(view: QueueView, language: str) -> bool:
    table = view.table
    header, both = WORDS[language]
    assert view.model.headerData(FLAGS, table.horizontalHeader().orientation()) == header
    assert view.model.index(0, FLAGS).data() == both
    if table.isColumnHidden(FLAGS):
        return False
    chips = table.itemDelegateForColumn(FLAGS)  # a chip's room: its own size hint
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    for n in range(view.model.rowCount()):
        index = view.model.index(n, FLAGS)
        wants = chips.sizeHint(option, index).width()
        assert wants <= table.columnWidth(FLAGS), index.data()
    return True


def test_the_warnings_show_whole_at_1280(qtbot: QtBot, language: str) -> None:
    view = _queue(qtbot, 1056)  # the page's width in a 1280×800 window
    assert _flags_whole_or_hidden(view, language), "the warnings are hidden"


def test_the_warnings_are_never_cut_in_a_narrow_window(qtbot: QtBot, language: str) -> None:
    view = _queue(qtbot, 960)  # 1024×700, the rail collapsed
    _flags_whole_or_hidden(view, language)
    shown = [c for c in range(view.model.columnCount()) if not view.table.isColumnHidden(c)]
    assert sum(view.table.columnWidth(c) for c in shown) <= view.table.viewport().width()


def test_the_request_pane_keeps_the_width_the_person_gave_it(qtbot: QtBot) -> None:
    view = _queue(qtbot, 1056)
    split = view.splitter
    split.moveSplitter(split.width() - 400, 1)  # the person drags the divider
    qtbot.waitUntil(lambda: abs(view.pane.width() - 400) <= split.handleWidth())
    kept = view.pane.width()
    view.resize(1200, 700)  # a wider window: the queue takes the difference
    qtbot.waitUntil(lambda: view.table.width() > 700 and view.pane.width() == kept)
    again = QueueView()  # the next time the page opens
    qtbot.addWidget(again)
    again.resize(1056, 700)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.pane.width() == kept)
