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


def _typed(rows: list[list[Cell]], columns: list[str]) -> list[list[tuple[object, str, str]]]:
    """Each row's cells in `columns` (by the header's names) as (value, type, format)."""
    where = [[c.value for c in rows[0]].index(name) for name in columns]
    return [[(r[i].value, r[i].data_type, r[i].number_format) for i in where] for r in rows]


def _window_then_command_line(
    qtbot: QtBot,
    cast: Cast,
    area_class: type[AccountsArea] | type[CampaignsArea],
    out: Path,
    toast: str,
    capsys: pytest.CaptureFixture[str],
) -> list[list[Cell]]:
    """The list exported by the window to `out` (its toast saying `toast`), checked cell
    for cell (value, type, number format) against the same list written by
    `agencia <list> --format xlsx`, in every column the window writes (the command line
    may write more); returns the window's rows, header first."""
    ctx, recorder = make_context(cast.db, cast.admin)
    try:
        area = area_class(ctx)
        page = area.widget()
        qtbot.addWidget(page)
        page.show()
        controller = area.controller
        qtbot.waitUntil(until(lambda: controller.model.loaded))
        controller.export_to(out)
        qtbot.waitUntil(until(lambda: bool(recorder.toasts)))
        assert recorder.toasts[-1] == toast
    finally:
        ctx.ops.shutdown()
    rows = _cells(out)

    noun = "accounts" if area_class is AccountsArea else "campaigns"
    cli_out = out.with_name(f"cli-{noun}.xlsx")
    url = str(cast.db.url.render_as_string(hide_password=False))
    status = cli.main([noun, "list", "--db", url, "--format", "xlsx", "--out", str(cli_out)])
    assert status == 0, capsys.readouterr()
    columns = [str(c.value) for c in rows[0]]
    assert _typed(rows, columns) == _typed(_cells(cli_out), columns)  # row for row
    return rows


def test_the_window_writes_the_campaigns_list_as_a_typed_workbook(
    qtbot: QtBot, cast: Cast, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "campañas.xlsx"
    toast = "1 campaña exportada a campañas.xlsx"
    rows = _window_then_command_line(qtbot, cast, CampaignsArea, out, toast, capsys)

    header = [c.value for c in rows[0]]
    assert header == list(CSV_COLUMNS)
    row = dict(zip(header, rows[1], strict=True))
    assert row["name"].value == "=Navidad «en familia»" and row["name"].data_type == "s"
    assert row["budget"].data_type == "n" and row["budget"].value == 120000.5
    assert "€" in row["budget"].number_format
    assert isinstance(row["start_date"].value, datetime)
    assert row["start_date"].number_format == "dd/mm/yyyy"


def test_the_window_writes_the_accounts_list_as_the_command_line_does(
    qtbot: QtBot, cast: Cast, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    group = cast.actor("director").group_id
    formula = add_account(cast.db, "=SUMA(A1) Ñandú", group_id=group, tax_id="00000000T")
    out = tmp_path / "cuentas.xlsx"
    toast = "3 cuentas exportadas a cuentas.xlsx"
    rows = _window_then_command_line(qtbot, cast, AccountsArea, out, toast, capsys)

    header = [c.value for c in rows[0]]
    assert header == list(ACCOUNT_COLUMNS)
    by_id = {r[0].value: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert set(by_id) == {cast.account_id, cast.other_account_id, formula}
    row = by_id[formula]
    assert row["id"].data_type == "n"  # ids as numbers, not text
    assert row["name"].value == "=SUMA(A1) Ñandú" and row["name"].data_type == "s"
    assert row["tax_id"].value == "00000000T" and row["tax_id"].data_type == "s"  # zeros kept
    assert row["group_id"].value == group and row["group_id"].data_type == "n"
