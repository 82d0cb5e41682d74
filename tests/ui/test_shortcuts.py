"""Ayuda ▸ Atajos de teclado: the sheet lists every action's keys from the registry (the
areas' ones too, as they register), the keys of lists and forms, and filters; Archivo ▸
Guardar en PDF lo que se ve."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from campaign_world import Cast, build_cast
from gui_support import until
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.areas import AreaId
from agencia.ui.actions import ActionId
from agencia.ui.area import AppContext
from agencia.ui.shell.print_page import write_page_pdf
from agencia.ui.shell.shortcuts import ShortcutsDialog
from agencia.ui.shell.window import MainWindow


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def test_the_sheet_lists_every_shortcut_and_filters(
    qtbot: QtBot, cast: Cast, make_ops: Any
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    actor = cast.actor("executive")
    window.install(AppContext(make_ops(actor), window.registry, actor, QLocale("es_ES"), "EUR"))
    window.show()
    action = window.registry.get(ActionId.SHORTCUTS)
    assert action in window.registry.for_menu("help")
    action.trigger()
    qtbot.waitUntil(until(lambda: window.findChild(ShortcutsDialog) is not None))
    sheet = window.findChild(ShortcutsDialog)
    assert isinstance(sheet, ShortcutsDialog)
    rows = dict(sheet.shown())

    def native(keys: str) -> str:  # as this platform and Qt's loaded translation write them
        return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

    assert rows["Paleta de comandos…"] == native("Ctrl+K")
    assert rows["Deshacer"].startswith(native("Ctrl+Z"))
    assert rows["Actualizar pendientes"] == "F5"  # an area's action, from the registry
    assert rows["Atajos de teclado"] == native("Ctrl+/")
    assert rows["Abrir el elemento elegido de una lista"] == "Intro"
    sheet.filter.setText("pendientes")
    names = [name for name, _keys in sheet.shown()]
    assert "Actualizar pendientes" in names and "Atajos de teclado" not in names
    sheet.close()
    window.close_guard.allow = lambda _event: True  # type: ignore[method-assign, assignment]


def test_what_is_shown_is_saved_as_a_pdf(
    qtbot: QtBot, cast: Cast, make_ops: Any, tmp_path: Path
) -> None:
    """Archivo ▸ Guardar en PDF lo que se ve: the current page, its title above (Ctrl+P is
    Imprimir…, the print dialog: tests/ui/test_help_and_print.py)."""
    window = MainWindow()
    qtbot.addWidget(window)
    actor = cast.actor("executive")
    window.install(AppContext(make_ops(actor), window.registry, actor, QLocale("es_ES"), "EUR"))
    window.resize(1280, 800)
    window.show()
    window.switch_to(AreaId.PENDING)
    action = window.registry.get(ActionId.PRINT_PDF)
    assert action in window.registry.for_menu("file")
    assert window.registry.get(ActionId.PRINT).shortcut().matches(
        QKeySequence(QKeySequence.StandardKey.Print)
    ) != (QKeySequence.SequenceMatch.NoMatch)
    page = window.stack.currentWidget()
    assert page is not None
    path = write_page_pdf(page, tmp_path / "pendientes.pdf", "Pendientes")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Pendientes ·" in text  # the title and the date
    assert "Nada pendiente" in text  # what the page shows, drawn as text (not a picture)
    window.close_guard.allow = lambda _event: True  # type: ignore[method-assign, assignment]
