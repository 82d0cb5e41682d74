"""What was said shows in the log's pane (tester): a contact logged with a summary of
several lines, or an imported message's text, was shown nowhere — the pane had its
subject, account, channel, date and person only. Now the pane ends with it, as plain
text (markup in it shown as written, never run), its lines kept, scrolling down and
never sideways however long a word, at 1280×800 and 1024×700, in Spanish and English
(screenshots in /tmp)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_support import make_context, until
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Direction
from agencia.services.communications import intake, log
from agencia.ui.communications.area import CommunicationsArea, create
from agencia.ui.shell import i18n

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk

pytestmark = pytest.mark.gui

SUMMARY = (
    "Llamada con Ana sobre la campaña de verano.\n"
    "Pide <b>dos</b> cambios & un presupuesto:\n"
    "1. Cambiar el titular\n"
    "2. Revisar https://cafe-madrid.es/" + "campaña-de-verano-" * 12 + "\n\n"
    "Volvemos a hablar el lunes."
)
HTML_MAIL = (
    b"From: ana@cafe-madrid.es\r\nTo: servicio@agencia.es\r\nSubject: Fotos\r\n"
    b"Message-ID: <h1@cafe-madrid.es>\r\nDate: Tue, 10 Mar 2026 10:00:00 +0100\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<html><head><style>p{color:red}</style></head><body>"
    b"<img src=http://tracker.example/p.gif><script>alert(1)</script>"
    b"<p>Hola,</p><p>Os mando las fotos.<br>Un saludo</p></body></html>\r\n"
)
# the page in a 1280×800 window (rail open) and in a 1024×700 one (rail collapsed)
SIZES = {"1280x800": (1040, 720), "1024x700": (940, 620)}


@pytest.fixture(params=["es", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QLocale()
    i18n.install_translators(qapp, request.param)
    QLocale.setDefault(QLocale("es_ES" if request.param == "es" else "en_GB"))
    yield request.param
    i18n.install_translators(qapp, "es")
    QLocale.setDefault(before)


@pytest.fixture
def desk(sqlite_db: Database) -> Desk:
    desk = service_desk(sqlite_db)
    madrid = desk.accounts["madrid"]
    log.log_communication(
        desk.db,
        desk.actor("exec"),
        log.NewCommunication(
            madrid,
            Channel.PHONE,
            Direction.INBOUND,
            "Cambios de la campaña de verano",
            summary=SUMMARY,
            contact_ids=(desk.contacts["ana"],),
            occurred_at=datetime(2026, 3, 12, 9, tzinfo=UTC),
        ),
    )
    intake.import_files(desk.db, desk.actor("exec"), [HTML_MAIL], madrid)
    return desk


def _page(qtbot: QtBot, desk: Desk) -> CommunicationsArea:
    ctx, _ = make_context(desk.db, desk.actor("exec"))
    area = create(ctx)
    assert isinstance(area, CommunicationsArea)
    qtbot.addWidget(area.widget())
    area.widget().show()
    area.activated()
    qtbot.waitUntil(until(lambda: area.controller.log.model.rowCount() == 2))
    return area


@pytest.mark.parametrize("size", SIZES)
def test_the_pane_shows_what_was_said(qtbot: QtBot, desk: Desk, language: str, size: str) -> None:
    area = _page(qtbot, desk)
    area.widget().resize(*SIZES[size])
    view = area.controller.log
    subjects = [view.model.row(n).subject for n in range(2)]
    view.table.selectRow(subjects.index("Cambios de la campaña de verano"))
    qtbot.waitUntil(until(view.detail_pane.showing_details))
    text = view.detail.toPlainText()
    heading = QCoreApplication.translate("LogView", "Resumen")  # «Summary» once translated
    assert heading in text
    said = text[text.index(heading) + len(heading) :].strip()
    assert said.replace("\u2028", "\n").splitlines() == SUMMARY.splitlines()  # lines kept
    assert "<b>dos</b> cambios &" in text  # shown as written, not as markup
    QApplication.processEvents()
    bar = view.detail.horizontalScrollBar()
    assert bar.maximum() == 0, "the long address pushes the pane sideways"
    area.widget().grab().save(f"/tmp/communications-summary-{language}-{size}.png")
    view.table.selectRow(subjects.index("Fotos"))
    qtbot.waitUntil(until(lambda: "Fotos" in view.detail.toPlainText()))
    text = view.detail.toPlainText()
    assert QCoreApplication.translate("LogView", "Mensaje") in text
    assert "Hola,\n\nOs mando las fotos.\nUn saludo" in text.replace("\u2028", "\n")
    assert "alert" not in text and "tracker" not in text and "<" not in text
    area.widget().grab().save(f"/tmp/communications-mail-{language}-{size}.png")
