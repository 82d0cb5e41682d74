"""Coordinación › Proveedores as a reviewer read it: every heading of the supplier's card
reaches the English file, money stands right-aligned, a job's status reads as a status
does, one rating format in the directory and in the jobs; the timeline's bar at 1024."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from agencia.domain.coordination_enums import VendorCategory
from agencia.services.coordination.vendors import JobLine, VendorRow
from agencia.ui.coordination import page as coordination_page
from agencia.ui.coordination.page import CoordinationPage

SPAIN = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
BIN = Path(sys.executable).parent


def _margin_clear(button: QPushButton) -> bool:
    """The last 8 px inside the border, across the middle rows, hold no ink."""
    button.setEnabled(True)
    image = button.grab().toImage()
    width, middle = image.width(), image.height() // 2
    ground = image.pixelColor(width - 6, 6)
    return all(
        image.pixelColor(x, y) == ground
        for x in range(width - 10, width - 2)
        for y in range(middle - 4, middle + 5)
    )


def _job(**changes: object) -> JobLine:
    fields: dict[str, object] = dict(
        id=1, version=1, vendor_id=1, vendor="Estudio Lumen", campaign_id=1,
        campaign="D'Arcy Paris · Sérum Noche", description="Sesión de producto",
        quote=Decimal("12000"), currency="EUR", requested_by="", approved_by="",
        approved_at=None, po_number="OC-2026-0005", delivered_on=date(2026, 11, 2),
        invoiced_amount=Decimal("12000"), rating=2,
    )  # fmt: skip
    fields.update(changes)
    return JobLine(**fields)  # type: ignore[arg-type]


def test_lupdate_finds_every_heading_of_the_supplier_card(tmp_path: Path) -> None:
    """A translate() inside an f-string's braces runs, but lupdate never reads it: the
    heading stayed «Valoraciones» in the English window."""
    ts = tmp_path / "page.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none",
         coordination_page.__file__, "-ts", str(ts)],
        check=True, capture_output=True,
    )  # fmt: skip
    sources = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    assert {"Valoraciones", "Aún no hay trabajos."} <= sources


def test_jobs_money_right_status_as_a_label_rating_as_the_directory(qtbot: QtBot) -> None:
    page = CoordinationPage(SPAIN)
    qtbot.addWidget(page)
    model = page.job_model
    model.set_rows([_job()])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    cells = [model.index(0, c).data() for c in range(6)]
    right = int(Qt.AlignmentFlag.AlignRight)
    for name in ("Presupuesto", "Facturado"):
        align = model.index(0, headers.index(name)).data(Qt.ItemDataRole.TextAlignmentRole)
        assert align is not None and int(align) & right, name
    assert cells[headers.index("Orden de compra")] == "OC-2026-0005 · Entregado"
    vendor = VendorRow(
        1, "Estudio Lumen", VendorCategory.PHOTOGRAPHER, "Aitana", "", "", True, 1,
        Decimal("2"), 1,
    )  # fmt: skip
    assert page._stars(vendor).startswith(cells[headers.index("Valoración")])
    assert cells[headers.index("Valoración")] == "2,0 ★"


def test_the_timeline_bar_at_1024_keeps_the_campaign_start_and_the_status_arrow(
    qtbot: QtBot,
    house_style: None,  # its paddings place the menu's arrow
) -> None:
    page = CoordinationPage(SPAIN)
    qtbot.addWidget(page)
    page.resize(1024 - 64 - 32, 600)  # the window at 1024 with its rail collapsed
    page.tabs.setCurrentIndex(1)
    page.show()
    qtbot.waitExposed(page)
    whole = "Viña Ibáñez · Vendimia de otoño 2026 (10 tareas)"
    page.campaign_box.addItem(whole)
    button = page.status_button
    plain = QPushButton(button.text())
    qtbot.addWidget(plain)
    arrow = 12  # the style sheet's chevron, beside the word and not over it
    assert button.sizeHint().width() >= plain.sizeHint().width() + arrow
    assert button.width() >= button.sizeHint().width()
    assert _margin_clear(button), "the chevron drawn over the border"
    shown = page.campaign_box.shown_text()
    assert shown != whole and shown.endswith("…")
    assert shown.startswith("Viña Ibáñez · Vend")
