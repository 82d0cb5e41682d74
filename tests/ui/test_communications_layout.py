"""«Comunicaciones» reads one line a row: the account's timeline wrapped its date onto two
lines and cut its subject («Fotos del / evento para …») while the «Detalle» column, one
word wide («Mensajería»), took most of the width; «Correo sin asignar» gave its list a
third of the page, wrapped the sender («prensa@diario- / economia.es») and scrolled
sideways at 1024×700. Rows now keep one line (the cut text whole in its tooltip), the
subject has the room, and the mail list has a share of its own that the person may
drag (remembered)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from agencia.services.results import Option
from agencia.ui.communications.timeline_view import TimelineView
from agencia.ui.communications.triage_view import TriageView

pytestmark = pytest.mark.gui
MARGIN = 6  # the style's text margins in a cell (what Qt measures a cell's wish with)

# the page's width in a 1280×800 window (rail open) and in a 1024×700 one (rail collapsed)
WIDTHS = [1040, 940]


@pytest.fixture(autouse=True)
def _spanish() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QLocale.setDefault(before)


def _moments() -> list[SimpleNamespace]:
    at = datetime(2026, 11, 2, 6, 50, tzinfo=UTC)
    words = [
        ("communication", "Fotos del evento para prensa", "courier"),
        ("request", "Fotos del evento para prensa", "in_progress"),
        ("communication", "Copias del contrato firmado", "courier"),
        ("request", "El banner de la home no carga en móviles Android", "assigned"),
        ("communication", "Seguimiento de la cuenta", "email"),
    ]
    return [SimpleNamespace(at=at, kind=k, title=t, detail=d) for k, t, d in words]


def _one_line(table: QTableView) -> None:
    """Every row one line high, fixed, and no cell's text wrapping onto a second."""
    line = table.fontMetrics().height()
    rows = table.verticalHeader()
    assert not table.wordWrap(), "a long text wraps onto a second line"
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    for n in range(table.model().rowCount()):
        # room for one line and the cell's padding, never for a second line
        assert line <= table.rowHeight(n) < 2 * line + 8, (n, table.rowHeight(n))


def _whole(table: QTableView, column: int) -> None:
    metrics = table.fontMetrics()
    assert not table.isColumnHidden(column)
    for n in range(table.model().rowCount()):
        text = table.model().index(n, column).data()
        assert metrics.horizontalAdvance(text) + MARGIN <= table.columnWidth(column), text


def _inside(table: QTableView) -> None:
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_timeline_is_one_line_a_row_and_the_subject_has_the_room(
    qtbot: QtBot, width: int
) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(width, 640)
    view.show()
    view.set_moments(_moments())
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.table.columnWidth(2) > view.table.columnWidth(3))
    table = view.table
    _one_line(table)
    _whole(table, 0)  # «2 nov 2026, 7:50» on one line
    _whole(table, 1)
    _inside(table)
    # the subject gets the room: the short ones whole, the long one cut with its tooltip
    for n in (0, 2, 4):
        metrics = table.fontMetrics()
        text = table.model().index(n, 2).data()
        assert metrics.horizontalAdvance(text) + MARGIN <= table.columnWidth(2), text
    long = table.model().index(3, 2)
    assert long.data(Qt.ItemDataRole.ToolTipRole) == long.data()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_unassigned_mail_list_has_its_share_and_one_line_rows(qtbot: QtBot, width: int) -> None:
    view = TriageView(None, lambda *_a, **_k: list[Option]())
    qtbot.addWidget(view)
    view.resize(width, 560)
    view.show()
    received = datetime(2026, 12, 7, 3, 21, tzinfo=UTC)
    view.set_rows(
        [
            SimpleNamespace(
                id=1,
                received_at=received,
                sender="prensa@diario-economia.es",
                subject="Solicitud de entrevista",
                preview="¿Podrían atendernos esta semana?",
            ),
            SimpleNamespace(
                id=2,
                received_at=received,
                sender="compras@nuevamarca.mx",
                subject="Presupuesto para una campaña de verano",
                preview="Buenos días",
            ),
        ]
    )
    qtbot.waitExposed(view)
    table = view.table
    qtbot.waitUntil(lambda: table.width() >= 0.45 * width)
    _one_line(table)
    _whole(table, 0)
    _inside(table)
    assert not table.horizontalScrollBar().isVisible(), "the list scrolls sideways"
    _whole(table, 1)  # the sender whole: that is what says whose it may be
    # the account's box beside the message says what to type, whole (not «Escriba par…»)
    picker = view.account
    hint = picker.fontMetrics().horizontalAdvance(picker.placeholderText())
    assert picker.width() >= hint + 16, (picker.width(), hint)
    # the person's own divider is kept, and the next time the page opens
    split = view.splitter
    split.moveSplitter(int(width * 0.6), 1)
    qtbot.waitUntil(lambda: abs(table.width() - width * 0.6) < 40)
    kept = table.width()
    again = TriageView(None, lambda *_a, **_k: list[Option]())
    qtbot.addWidget(again)
    again.resize(width, 560)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: abs(again.table.width() - kept) <= 2)
