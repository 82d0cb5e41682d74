"""Words in colour read in both schemes: the service queue's SLA countdown and the
satisfaction page's health bands were painted in the light scheme's dark red, amber and
green whatever the scheme, and in the dark one «-44 d 20 h» or «En riesgo» hardly showed
on the table's grey (the tour's service-…-dark and satisfaction-…-dark pictures)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agencia.decks.theme import contrast
from agencia.domain.enums import Channel
from agencia.domain.satisfaction_enums import HealthBand
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.ui import style
from agencia.ui.satisfaction.tables import band_colour
from agencia.ui.service.queue_model import QueueModel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("house_style")]  # taken off after
READABLE = 4.5  # WCAG AA for body text
NOW = datetime(2026, 11, 2, 9, tzinfo=UTC)


def _request(due: datetime, status: RequestStatus, breached: bool) -> SimpleNamespace:
    return SimpleNamespace(
        id=1,
        due=due,
        next_due=due,
        status=status.value,
        breached=breached,
        escalation=False,
        subject="Logo pixelado",
        account="D'Arcy Cosmética",
        channel=Channel.EMAIL.value,
        kind=RequestKind.INCIDENT.value,
        priority=Priority.HIGH.value,
        assignee="Álvaro García Rubio",
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_sla_countdown_reads_on_the_table(qapp: QApplication, scheme: style.Scheme) -> None:
    style.apply_style(qapp, scheme)
    model = QueueModel()
    model.now = NOW
    model.set_rows(
        [
            _request(NOW - timedelta(days=3), RequestStatus.ASSIGNED, True),  # breached
            _request(NOW + timedelta(hours=1), RequestStatus.ASSIGNED, False),  # nearly due
            _request(NOW + timedelta(days=5), RequestStatus.ASSIGNED, False),  # on time
        ]
    )
    base = style.tokens()["surface"]  # the table's background
    inks = []
    for row in range(3):
        brush = model.data(model.index(row, QueueModel.SLA_COLUMN), Qt.ItemDataRole.ForegroundRole)
        assert brush is not None, row
        inks.append(brush.color().name())
    assert len(set(inks)) == 3, inks  # three states, three colours
    for ink in inks:
        assert contrast(ink, base) >= READABLE, (scheme, ink, base)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_health_bands_read_on_the_table(qapp: QApplication, scheme: style.Scheme) -> None:
    style.apply_style(qapp, scheme)
    base = style.tokens()["surface"]
    for band in HealthBand:
        ink = band_colour(band).name()
        assert contrast(ink, base) >= READABLE, (scheme, band, ink, base)
