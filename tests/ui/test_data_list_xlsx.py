"""A list exported from the window as an Excel workbook: the same typed cells as the
command line's `--format xlsx` (dates as dates, budgets as numbers in the currency's
format, text as text), opened with openpyxl."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from campaign_world import Cast, build_cast, new_campaign
from factories import add_account
from gui_support import make_context, until
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from pytestqt.qtbot import QtBot

from agencia import cli
from agencia.db.database import Database
from agencia.services.accounts.queries import CSV_COLUMNS as ACCOUNT_COLUMNS
from agencia.services.campaigns.queries import CSV_COLUMNS
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.campaigns.area import CampaignsArea

pytestmark = pytest.mark.gui


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    cast = build_cast(sqlite_db)
    new_campaign(cast, name="=Navidad «en familia»", budget="120000.50")
    return cast


def _cells(path: Path) -> list[list[Cell]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return [list(row) for row in sheet.iter_rows()]  # type: ignore[misc]


def test_the_window_writes_the_campaigns_list_as_a_typed_workbook(
    qtbot: QtBot, cast: Cast, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx, recorder = make_context(cast.db, cast.admin)
    area = CampaignsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    controller = area.controller
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    out = tmp_path / "campañas.xlsx"
    controller.export_to(out)
    qtbot.waitUntil(until(lambda: bool(recorder.toasts)))
    assert recorder.toasts[-1] == "1 campaña exportada a campañas.xlsx"

    rows = _cells(out)
    header = [c.value for c in rows[0]]
    assert header == list(CSV_COLUMNS)
    row = dict(zip(header, rows[1], strict=True))
    assert row["name"].value == "=Navidad «en familia»" and row["name"].data_type == "s"
    assert row["budget"].data_type == "n" and row["budget"].value == 120000.5
    assert "€" in row["budget"].number_format
    assert isinstance(row["start_date"].value, datetime)
    assert row["start_date"].number_format == "dd/mm/yyyy"

    cli_out = tmp_path / "cli.xlsx"
    url = str(cast.db.url.render_as_string(hide_password=False))
    status = cli.main(["campaigns", "list", "--db", url, "--format", "xlsx", "--out", str(cli_out)])
    assert status == 0, capsys.readouterr()
    cli_rows = _cells(cli_out)
    cli_header = [c.value for c in cli_rows[0]]
    from_cli = dict(zip(cli_header, cli_rows[1], strict=True))
    for column in header:  # every column the window writes, typed as the command line types it
        assert (row[column].value, row[column].data_type, row[column].number_format) == (
            from_cli[column].value,
            from_cli[column].data_type,
            from_cli[column].number_format,
        ), column
    ctx.ops.shutdown()


def test_the_window_writes_the_accounts_list_as_the_command_line_does(
    qtbot: QtBot, cast: Cast, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    group = cast.actor("director").group_id
    formula = add_account(cast.db, "=SUMA(A1) Ñandú", group_id=group, tax_id="00000000T")
    ctx, recorder = make_context(cast.db, cast.admin)
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    controller = area.controller
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    out = tmp_path / "cuentas.xlsx"
    controller.export_to(out)
    qtbot.waitUntil(until(lambda: bool(recorder.toasts)))
    assert recorder.toasts[-1] == "3 cuentas exportadas a cuentas.xlsx"

    rows = _cells(out)
    header = [c.value for c in rows[0]]
    assert header == list(ACCOUNT_COLUMNS)
    by_id = {r[0].value: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert set(by_id) == {cast.account_id, cast.other_account_id, formula}
    row = by_id[formula]
    assert row["id"].data_type == "n"  # ids as numbers, not text
    assert row["name"].value == "=SUMA(A1) Ñandú" and row["name"].data_type == "s"
    assert row["tax_id"].value == "00000000T" and row["tax_id"].data_type == "s"  # zeros kept
    assert row["group_id"].value == group and row["group_id"].data_type == "n"

    cli_out = tmp_path / "cli.xlsx"
    url = str(cast.db.url.render_as_string(hide_password=False))
    status = cli.main(["accounts", "list", "--db", url, "--format", "xlsx", "--out", str(cli_out)])
    assert status == 0, capsys.readouterr()
    cli_rows = _cells(cli_out)
    assert len(cli_rows) == len(rows)
    for mine, theirs in zip(rows, cli_rows, strict=True):  # cell for cell
        assert [(c.value, c.data_type, c.number_format) for c in mine] == [
            (c.value, c.data_type, c.number_format) for c in theirs
        ]
    ctx.ops.shutdown()
