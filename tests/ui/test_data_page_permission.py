"""The «Datos» page follows who is looking (explore7 L5, M4): a trainee sees none of the
administrator's imports and is not offered «Importar hoja…»; the administrator sees the
import and may import and undo it."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import small_agency
from gui_support import make_context
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import
from agencia.ui.actions import ActionId
from agencia.ui.data.area import DataArea

pytestmark = pytest.mark.gui


def test_a_trainee_sees_no_one_elses_imports_and_is_not_offered_importing(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    a = small_agency(sqlite_db)
    path = tmp_path / "contactos.csv"
    path.write_text("Cuenta;Nombre;Apellidos\nCoca-Cola;María;Peña\n", encoding="utf-8")
    made = run_import(a.db, a.admin, path, ImportKind.CONTACTS)
    assert made.created == 1, made.problems

    ctx, _ = make_context(a.db, a.actor("pablo"))
    area = DataArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    assert area.model.rowCount() == 0  # the administrator's import is not his to see
    assert not area.import_button.isVisibleTo(page)
    assert not ctx.actions.get(ActionId.DATA_IMPORT).isEnabled()
    assert not area.empty.button.isVisibleTo(page)
    assert "no permite importar" in area.empty.body.text()

    ctx, _ = make_context(a.db, a.admin)
    admin_area = DataArea(ctx)
    admin_page = admin_area.widget()
    qtbot.addWidget(admin_page)
    assert admin_area.model.rowCount() == 1
    assert admin_area.import_button.isVisibleTo(admin_page)
    assert ctx.actions.get(ActionId.DATA_IMPORT).isEnabled()
