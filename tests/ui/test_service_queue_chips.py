"""The service queue draws its request's status and its SLA's standing as chips, colour
*and* words, like the campaigns list and the board (UI.md): the house chip delegate
(`ui/widgets/status_chip.py`), in the status and «Plazo» columns only — the other cells
stay Qt's plain text, painted without Python. The standing reads in words: on time, at
risk, breached, paused (waiting on the client), met (finished in time), with the
escalation beside it; and each chip reads in the light and the dark scheme."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.decks.theme import contrast
from agencia.domain.service_enums import RequestStatus
from agencia.ui import style
from agencia.ui.service.queue_model import FLAGS, QueueModel
from agencia.ui.service.queue_view import QueueView
from agencia.ui.widgets.status_chip import CHIP_ROLE, Chip, ChipDelegate, chip_colours

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("house_style")]
NOW = datetime(2026, 11, 2, 9, tzinfo=UTC)
STATUS = 6
READABLE = 4.5  # WCAG AA


def _row(
    due: datetime | None,
    status: RequestStatus = RequestStatus.ASSIGNED,
    breached: bool = False,
    escalation: int = 0,
) -> SimpleNamespace:
    return SimpleNamespace(
        id=1,
        due=due,
        next_due=due,
        status=status.value,
        breached=breached,
        escalation=escalation,
        subject="Logo pixelado",
        account="D'Arcy Cosmética",
        channel="email",
        kind="incident",
        priority="high",
        assignee="Álvaro García Rubio",
    )


ROWS = {
    "Incumplida": _row(NOW - timedelta(days=3), breached=True),
    "En riesgo": _row(NOW + timedelta(hours=1)),
    "En plazo": _row(NOW + timedelta(days=5)),
    "En pausa": _row(None, RequestStatus.WAITING_ON_CLIENT),
    "Cumplida": _row(NOW - timedelta(days=9), RequestStatus.RESOLVED),
    "Incumplida, Escalada": _row(NOW - timedelta(days=1), breached=True, escalation=2),
}


def _model() -> QueueModel:
    model = QueueModel()
    model.now = NOW
    model.set_rows(list(ROWS.values()))
    return model


def _chip(model: QueueModel, row: int, column: int) -> Chip:
    chip = model.index(row, column).data(CHIP_ROLE)
    assert isinstance(chip, Chip), (row, column, chip)
    return chip


def test_the_sla_standing_is_a_chip_in_words(qapp: QApplication) -> None:
    model = _model()
    chips = [_chip(model, n, FLAGS) for n in range(model.rowCount())]
    assert [c.text for c in chips] == list(ROWS)
    assert [model.index(n, FLAGS).data() for n in range(model.rowCount())] == list(ROWS)
    # five standings, five colours (an escalation keeps its standing's)
    assert len({c.color for c in chips[:5]}) == 5
    assert chips[5].color == chips[0].color


def test_the_status_is_a_chip_in_the_catalogue_s_words(qapp: QApplication) -> None:
    model = _model()
    assert _chip(model, 0, STATUS).text == "Asignada"
    assert _chip(model, 3, STATUS).text == "Esperando al cliente"
    assert _chip(model, 4, STATUS).text == "Resuelta"
    assert model.index(3, STATUS).data() == "Esperando al cliente"  # the text, for Qt too
    colours = {
        QueueModel.status_chip(status.value).color for status in RequestStatus
    }  # fmt: skip
    assert len(colours) == len(RequestStatus)


def test_only_the_chip_columns_are_painted_by_the_chip_delegate(qtbot: QtBot) -> None:
    view = QueueView()
    qtbot.addWidget(view)
    table = view.table
    chips = {c for c in range(view.model.columnCount()) if table.itemDelegateForColumn(c)}
    assert chips == {STATUS, FLAGS}
    assert all(isinstance(table.itemDelegateForColumn(c), ChipDelegate) for c in chips)
    assert not isinstance(table.itemDelegate(), ChipDelegate)  # Qt's own, for the rest


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_chip_reads_in_either_scheme(qapp: QApplication, scheme: style.Scheme) -> None:
    style.apply_style(qapp, scheme)
    model = _model()
    palette = qapp.palette()
    chips = [_chip(model, n, FLAGS) for n in range(model.rowCount())]
    chips += [QueueModel.status_chip(status.value) for status in RequestStatus]
    for chip in chips:
        fill, _border, ink = chip_colours(chip, palette)
        assert contrast(ink.name(), fill.name()) >= READABLE, (scheme, chip)
