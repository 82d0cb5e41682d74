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


def test_a_director_sees_her_groups_import_but_may_not_undo_it(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    """explore8 L3 in the window: Lucía lists the import Javier made (his name on it),
    «Deshacer importación» stays off for it; Álvaro, with only the administrator's import
    in the database, is not told there are none at all."""
    a = small_agency(sqlite_db)
    path = tmp_path / "contactos.csv"
    path.write_text("Cuenta;Nombre;Apellidos\nCoca-Cola;María;Peña\n", encoding="utf-8")
    made = run_import(a.db, a.actor("javier"), path, ImportKind.CONTACTS)
    assert made.created == 1, made.problems

    ctx, _ = make_context(a.db, a.actor("lucia"))
    area = DataArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    assert area.model.rowCount() == 1
    assert area.model.index(0, 7).data() == "Javier Núñez Calvo"
    area.table.selectRow(0)
    assert not area.undo_button.isEnabled()
    assert not ctx.actions.get(ActionId.DATA_UNDO).isEnabled()

    ctx, _ = make_context(a.db, a.actor("alvaro"))
    alvaro = DataArea(ctx)
    alvaro_page = alvaro.widget()
    qtbot.addWidget(alvaro_page)
    assert alvaro.model.rowCount() == 0
    assert "Aún no hay" not in alvaro.empty.title.text()
    assert "suya" in alvaro.empty.title.text()
