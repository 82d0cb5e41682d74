"""The «Datos» page's undo of an import says what went, as the command line's `data undo`
does: how many records, the first five by name in the file's order, the rest counted —
the one sentence (`data.undone_named`), not only a count."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import
from agencia.ui.data.area import DataArea

pytestmark = pytest.mark.gui

CLIENTS = ("Ámbar", "Brisa", "Cobalto", "Dátil", "Enebro", "Fresno", "Granate")


def test_the_undo_names_the_records_it_took_back(
    qtbot: QtBot, agency: object, tmp_path: Path
) -> None:
    path = tmp_path / "clientes.csv"
    path.write_text("Nombre comercial\n" + "\n".join(CLIENTS) + "\n", encoding="utf-8")
    report = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS)  # type: ignore[attr-defined]
    assert report.import_id is not None
    ctx, recorder = make_context(agency.db, agency.admin)  # type: ignore[attr-defined]
    area = DataArea(ctx)
    qtbot.addWidget(area.widget())
    area.undo(report.import_id)
    qtbot.waitUntil(until(lambda: recorder.toasts))
    assert recorder.toasts == [
        f"Importación {report.import_id} deshecha: 7 registros retirados o restaurados "
        "(Ámbar, Brisa, Cobalto, Dátil, Enebro y 2 más)."
    ]
