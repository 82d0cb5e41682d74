"""The import dialog in a real window: columns recognised and mapped by hand, the preview
of what each row becomes, the check naming rows and columns, the import on the writer
thread with its progress, and the «Datos» page undoing it."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import make_context, until
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from agencia.domain.tax_ids import problem
from agencia.services.accounts.queries import AccountQuery, list_accounts
from agencia.services.data.fields import ImportKind
from agencia.ui.data.area import DataArea
from agencia.ui.data.import_dialog import ImportDialog

pytestmark = pytest.mark.gui


def cif(number: int) -> str:
    base = f"B{number:07d}"
    return next(base + str(d) for d in range(10) if problem("ES", base + str(d)) is None)


def names(agency: object) -> set[str]:
    rows = list_accounts(agency.db, agency.admin, AccountQuery())  # type: ignore[attr-defined]
    return {r.name for r in rows}


@pytest.fixture
def spreadsheet(tmp_path: Path) -> Path:
    path = tmp_path / "clientes.csv"
    lines = [
        "Cliente;CIF;Población;Denominación",
        f"Conservas Ñora;{cif(5500001)};Murcia;Conservas Ñora, S.L.",
        "Mala;B12345678;Lugo;Mala, S.A.",
        f"Vinos Peñafiel;{cif(5500002)};Valladolid;",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def test_map_check_and_import_then_undo(
    qtbot: QtBot, agency: object, spreadsheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, recorder = make_context(agency.db, agency.admin, synchronous=False)  # type: ignore[attr-defined]
    area = DataArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    before = names(agency)
    dialog = area.open_dialog(spreadsheet)
    qtbot.waitUntil(until(lambda: dialog.preview is not None))
    assert dialog.current_kind() is ImportKind.ACCOUNTS
    assert "CP1252" in dialog.found.text() and "punto y coma" in dialog.found.text()
    # recognised: Cliente, CIF, Población; «Denominación» is mapped by hand
    assert dialog.chosen_mapping() == {"trade_name": 0, "tax_id": 1, "city": 2}
    dialog.set_field(3, "legal_name")
    assert dialog.chosen_mapping()["legal_name"] == 3
    headers = [dialog.rows.horizontalHeaderItem(i).text() for i in range(dialog.rows.columnCount())]
    assert headers == ["Fila", "Nombre comercial", "Razón social", "NIF/CIF/RFC/CUIT", "Ciudad"]
    assert dialog.rows.item(0, 2).text() == "Conservas Ñora, S.L."

    dialog.check_button.click()
    qtbot.waitUntil(until(lambda: dialog.last_report is not None))
    assert dialog.problems.count() == 1
    assert dialog.problems.item(0).text().startswith("Fila 3, columna «CIF»")
    assert names(agency) == before  # the check wrote nothing

    dialog.skip_invalid.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=20000) as imported:
        dialog.import_button.click()
    import_id = imported.args[0]
    assert names(agency) - before == {"Conservas Ñora", "Vinos Peñafiel"}
    assert (spreadsheet.parent / "clientes.rechazadas.csv").is_file()
    assert "clientes.rechazadas.csv" in dialog.summary.text()
    dialog.close()

    qtbot.waitUntil(until(lambda: area.model.rowCount() == 1))
    assert area.model.row(0).id == import_id
    area.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    area.undo_selected()
    qtbot.waitUntil(until(lambda: recorder.toasts))
    assert recorder.toasts[-1].startswith(f"Importación {import_id} deshecha")
    assert names(agency) == before
    qtbot.waitUntil(until(lambda: area.model.row(0).undone_at is not None))
    ctx.ops.shutdown()


def test_a_file_that_cannot_be_read_says_why(qtbot: QtBot, agency: object, tmp_path: Path) -> None:
    path = tmp_path / "viejo.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    ctx, _ = make_context(agency.db, agency.admin)  # type: ignore[attr-defined]
    dialog = ImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    assert ".xlsx" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    ctx.ops.shutdown()


def test_a_spanish_teams_sheet_through_the_dialog(
    qtbot: QtBot, agency: object, tmp_path: Path
) -> None:
    """The team as a Spanish agency keeps it: Windows-1252, semicolons, roles in the plural
    («Ejecutiva de cuentas»), a day-first date and a decimal comma in columns not imported."""
    path = tmp_path / "equipo.csv"
    lines = [
        "Nombre;Rol;Correo;Teléfono;Alta;Sueldo",
        "Begoña Núñez Peña;Ejecutiva de cuentas;bego@agencia.es;91 123 45 67;31/12/2026;1.850,50",
        "Íñigo Ibáñez;Gerente de cuentas;inigo@agencia.es;;01/02/2026;2.100,00",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    ctx, _ = make_context(agency.db, agency.admin, synchronous=False)  # type: ignore[attr-defined]
    dialog = ImportDialog(ctx, path, ImportKind.STAFF)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(until(lambda: dialog.preview is not None))
    assert dialog.chosen_mapping() == {"full_name": 0, "role": 1, "email": 2, "phone": 3}
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.import_button.click()
    assert dialog.problems.count() == 0
    assert dialog.last_report is not None and dialog.last_report.created == 2
    ctx.ops.shutdown()
