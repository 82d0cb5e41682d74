"""The SLA report's PDF, read back with pdftotext (explore9 L9): the table fits the page
whatever the account's name, typed names print as typed without boxes, a Spanish report
writes Spanish numbers, months and dates, and the period is the real one."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from babel.dates import format_date

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.errors import DomainError
from agencia.domain.models import Account
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.service.report import ComplianceRow, Coverage
from agencia.services.service.report_pdf import sla_pdf, sla_report_pdf
from agencia.services.service.requests import NewRequest, open_request

sys.path.insert(0, str(Path(__file__).resolve().parent))
from service_world import service_desk

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")

LONG = 'Grupo <b>Alimentario</b> \u202efdp.exe 🎉 & <img src="/etc/passwd"/> del Pacífico Sur'
ROWS = [
    ComplianceRow("account", LONG, 3, 1, 2),
    ComplianceRow("executive", "", 3, 1, 2),
    ComplianceRow("month", "2026-10", 1250, 1000, 250),
    ComplianceRow("promise", "contrabrief", 2, 2, 0),
]
OCT_NOV = Coverage(date(2026, 10, 1), date(2026, 11, 30), "es_ES")


def _text(pdf: bytes, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "sla.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode().replace("\u00a0", " ")


def test_a_long_name_wraps_and_every_column_stays_on_the_page(tmp_path: Path) -> None:
    boxes = _text(sla_pdf(ROWS, OCT_NOV, "es"), tmp_path, "-bbox")
    page = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))  # type: ignore[union-attr]
    right = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert right and max(right) <= page - 50  # inside the right margin
    assert ">Cumplimiento<" in boxes


def test_typed_names_print_as_typed_without_boxes(tmp_path: Path) -> None:
    hebrew = [*ROWS, ComplianceRow("account", "Tnuva תנובה", 1, 1, 0)]
    text = _text(sla_pdf(hebrew, OCT_NOV, "es"), tmp_path)
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "sla.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "Lato-Regular" in fonts and "NotoSansHebrew" in fonts and "Helvetica" not in fonts
    flat = " ".join(text.split())
    assert "Grupo <b>Alimentario</b> fdp.exe & <img" in flat  # markup is text
    assert not {"\u202e", "🎉", "■", "\ufffd"} & set(text)
    assert "Sin responsable" in flat


def test_a_spanish_report_writes_spanish_numbers_months_and_dates(tmp_path: Path) -> None:
    flat = " ".join(_text(sla_pdf(ROWS, OCT_NOV, "es"), tmp_path).split())
    assert "Cumplimiento de SLA" in flat
    assert "Periodo: 1 oct 2026 – 30 nov 2026" in flat
    assert "33,3 %" in flat and "80,0 %" in flat and "1.250" in flat
    assert "octubre 2026" in flat and "2026-10" not in flat
    assert "Contrabrief entregado" in flat and "100,0 %" in flat
    english = " ".join(_text(sla_pdf(ROWS, OCT_NOV, "en"), tmp_path).split())
    assert "Period: 1 Oct 2026 – 30 Nov 2026" in english
    assert "33.3%" in english and "October 2026" in english and "Unassigned" in english


def test_letters_no_font_draws_are_refused_naming_them() -> None:
    with pytest.raises(DomainError) as refused:
        sla_pdf([ComplianceRow("account", "Cerveza 中文", 1, 1, 0)], OCT_NOV, "es")
    assert refused.value.code == "deck.undrawable"


def test_without_dates_the_period_runs_from_the_first_request_to_today(
    db: Database, tmp_path: Path
) -> None:
    desk = service_desk(db)
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.get_one(Account, desk.accounts["madrid"]).trade_name = LONG
    received = datetime(2026, 3, 9, 9, tzinfo=UTC)
    request = NewRequest(
        desk.accounts["madrid"], Channel.PHONE, RequestKind.REQUEST, Priority.URGENT, "x",
        received_at=received,
    )  # fmt: skip
    open_request(db, desk.actor("exec"), request)
    flat = " ".join(_text(sla_report_pdf(db, desk.actor("exec"), lang="es"), tmp_path).split())
    today = datetime.now(UTC).date()
    shown = format_date(today, "d MMM y", locale="es_ES")  # the report's day: today
    assert f"Periodo: 9 mar 2026 – {shown}" in flat
    assert "…" not in flat and "marzo 2026" in flat and "0,0 %" in flat
    assert "fdp.exe & <img" in flat
