"""`--format xlsx --out FILE.xlsx` on every list: the workbook opened with openpyxl has
the CSV's columns, dates as dates, money as numbers in the currency's format, and text
that looks like a formula kept as text."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from cli_support import one_line, run
from openpyxl import load_workbook

from agencia.cli.parser import build_parser


def _sheet(path: Path) -> list[list[object]]:
    book = load_workbook(path)
    assert book.active is not None
    return [[c.value for c in row] for row in book.active.iter_rows()]


def test_every_list_offers_xlsx() -> None:
    commands = next(a for a in build_parser()._actions if a.dest == "command")
    lists = []
    for name, parser in commands.choices.items():  # type: ignore[attr-defined]
        subs = [a for a in parser._actions if getattr(a, "choices", None) and a.dest != "format"]
        for sub_name, sub in (
            (f"{name} {k}", p)
            for s in subs
            if isinstance(s.choices, dict)
            for k, p in s.choices.items()
        ):
            lists += [(sub_name, sub)]
        lists.append((name, parser))
    offered = {
        n
        for n, p in lists
        for a in p._actions
        if "--format" in a.option_strings and "csv" in (a.choices or ()) and "table" in a.choices
    }
    assert {"accounts list", "campaigns list", "staff list"} <= offered
    for n, p in lists:
        if n in offered:
            fmt = next(a for a in p._actions if "--format" in a.option_strings)
            assert "xlsx" in fmt.choices, n
            assert any("--out" in a.option_strings for a in p._actions), n


def test_campaigns_as_a_workbook_have_typed_cells(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "campañas.xlsx"
    status, printed, err = run(
        capsys, "campaigns", "list", "--db", demo_url, "--format", "xlsx", "--out", str(out)
    )
    assert (status, printed, err) == (0, "", "")
    status, listed, _ = run(capsys, "campaigns", "list", "--db", demo_url, "--format", "json")
    expected = json.loads(listed)
    rows = _sheet(out)
    header, body = rows[0], rows[1:]
    assert header[:3] == ["id", "code", "name"] and "budget" in header
    assert len(body) == len(expected)
    budget, start, currency = (header.index(c) for c in ("budget", "start_date", "currency"))
    first = next(r for r in body if r[start] is not None)
    source = next(e for e in expected if e["id"] == first[0])
    assert isinstance(first[budget], int | float) and first[budget] == float(source["budget"])
    started = first[start]
    assert isinstance(started, datetime)  # openpyxl reads a date cell as a datetime
    assert started.date() == date.fromisoformat(source["start_date"])
    book = load_workbook(out)
    assert book.active is not None
    cell = book.active.cell(row=body.index(first) + 2, column=budget + 1)
    assert cell.data_type == "n" and ("€" in cell.number_format or "$" in cell.number_format)
    assert first[currency] == source["currency"]


def test_text_that_looks_like_a_formula_stays_text(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    hostile = "=cmd|' /C calc'!A0"
    source = tmp_path / "cuentas.csv"
    source.write_text(f"Nombre;Ciudad\n{hostile};Vigo\n", encoding="utf-8")
    status, _, err = run(capsys, "import", "accounts", str(source), "--db", demo_url)
    assert (status, err) == (0, "")
    out = tmp_path / "cuentas.xlsx"
    status, _, err = run(
        capsys, "accounts", "list", "--db", demo_url, "--search", "calc",
        "--format", "xlsx", "--out", str(out),
    )  # fmt: skip
    assert (status, err) == (0, "")
    book = load_workbook(out)
    sheet = book.active
    assert sheet is not None
    names = [c for c in sheet["B"] if c.value == hostile]
    assert len(names) == 1
    assert names[0].data_type == "s" and names[0].quotePrefix


def test_xlsx_without_out_says_where_is_missing(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url, "--format", "xlsx")
    assert (status, out) == (1, "")
    assert "--out" in one_line(err)
