"""Ayuda ▸ Manual de Agencia (both languages) beside the shortcuts sheet; Archivo ▸
Imprimir… and Imprimir la lista… through Qt's print dialog: a list prints every row it
holds over as many sheets as it needs, a page prints as it is shown."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from agencia.domain.areas import AreaId
from agencia.ui.actions import ActionId
from agencia.ui.area import AppContext
from agencia.ui.ops import Operations
from agencia.ui.shell.manual import ManualDialog, manual_text
from agencia.ui.shell.printing import Printing, find_list, print_list, print_page, rows_ready
from agencia.ui.shell.window import MainWindow


def _window(qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations]) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    ops = make_ops(agency.admin)
    window.install(AppContext(ops, window.registry, ops.actor, QLocale("es_ES"), "EUR"))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _text(path: Path) -> list[str]:
    pages = PdfReader(str(path)).pages
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in pages]


def test_the_manual_is_in_the_help_menu_in_both_languages(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations]
) -> None:
    window = _window(qtbot, agency, make_ops)
    help_menu = window.registry.for_menu("help")
    manual = window.registry.get(ActionId.MANUAL)
    assert manual in help_menu and window.registry.get(ActionId.SHORTCUTS) in help_menu
    assert manual.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    manual.trigger()
    dialog = window.findChild(ManualDialog)
    assert isinstance(dialog, ManualDialog)
    qtbot.waitExposed(dialog)
    shown = dialog.browser.toPlainText()
    assert "Manual de Agencia" in shown and "Pendientes" in shown and "Ctrl+K" in shown
    dialog.close()
    spanish, english = manual_text("es"), manual_text("en")
    assert english.startswith("# The Agencia manual")
    heads = re.compile(r"^##? ", re.MULTILINE)
    assert len(heads.findall(spanish)) == len(heads.findall(english)) >= 8  # the same manual
    for shortcut in re.findall(r"Ctrl\+[A-Z0-9/](?![a-zá-ú])", spanish):
        assert shortcut in english


def test_a_list_prints_every_row_over_several_sheets(qtbot: QtBot, tmp_path: Path) -> None:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Cuenta", "Sector", "Presupuesto"])
    for n in range(1, 151):
        model.appendRow(
            [
                QStandardItem(f"Cliente {n:03d}"),
                QStandardItem("Bebidas"),
                QStandardItem(f"{n * 1000}"),
            ]
        )
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setColumnHidden(1, True)  # what the person hid stays out of the printout
    view.resize(400, 200)  # a dozen rows on screen
    print_list(view, "Cuentas", _pdf_printer(tmp_path / "lista.pdf"))
    pages = _text(tmp_path / "lista.pdf")
    assert len(pages) > 1
    whole = " ".join(pages)
    assert pages[0].startswith("Cuentas") and "150 filas" in pages[0]
    assert "Cliente 001" in whole and "Cliente 150" in whole and "150000" in whole
    assert "Bebidas" not in whole and "Sector" not in whole


def test_the_accounts_list_prints_through_the_print_dialog(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], tmp_path: Path
) -> None:
    window = _window(qtbot, agency, make_ops)
    window.switch_to(AreaId.ACCOUNTS)
    page = window.stack.currentWidget()
    assert page is not None
    view = find_list(page)
    assert view is not None
    qtbot.waitUntil(lambda: view.model().rowCount() == 2 and rows_ready(view))
    printing = window.registry.get(ActionId.PRINT_LIST)
    assert printing in window.registry.for_menu("file")
    assert window.registry.get(ActionId.PRINT).shortcut() == QKeySequence(
        QKeySequence.StandardKey.Print
    )
    printer = window.findChild(Printing).printer  # the one the dialog opens on
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cuentas.pdf"))
    printing.trigger()
    dialog = window.findChild(QPrintDialog)
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    assert dialog.printer() is printer
    dialog.accept()
    qtbot.waitUntil(lambda: (tmp_path / "cuentas.pdf").exists())
    text = " ".join(_text(tmp_path / "cuentas.pdf"))
    assert "Coca-Cola" in text and "Muebles García" in text and "2 filas" in text


def test_a_page_prints_as_it_is_shown(
    qtbot: QtBot, agency: Any, make_ops: Callable[..., Operations], tmp_path: Path
) -> None:
    window = _window(qtbot, agency, make_ops)
    window.switch_to(AreaId.ACCOUNTS)
    page = window.stack.currentWidget()
    assert page is not None
    view = find_list(page)
    assert view is not None
    qtbot.waitUntil(lambda: rows_ready(view) and view.model().rowCount() == 2)
    print_page(page, "Cuentas", _pdf_printer(tmp_path / "pagina.pdf"))
    (text,) = _text(tmp_path / "pagina.pdf")
    assert text.startswith("Cuentas ·") and "Coca-Cola" in text
