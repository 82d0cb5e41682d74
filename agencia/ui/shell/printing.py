"""Archivo ▸ Imprimir… (Ctrl+P) and Archivo ▸ Imprimir la lista… (Ctrl+Mayús+P), through
the system's print dialog (which also offers «Imprimir a un archivo PDF»).

«Imprimir…» prints the page as it is shown, like «Guardar en PDF lo que se ve»
(`print_page.paint_page`). «Imprimir la lista…» prints the page's list as a table over
as many sheets as it needs — every row the list holds under its search and filters, its
visible columns, numbers aligned as on screen — not the dozen rows that fit the screen.
A big list's rows arrive by the page (`IdListModel`): printing waits for them, and prints
at most `MAX_ROWS`, saying so on the sheet.

The window registers the two actions before its first paint; what printing itself uses
(Qt's item views and text documents, HTML escaping) is imported when printing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence

from agencia.ui.actions import ActionId, ActionSpec

if TYPE_CHECKING:  # Qt's print support (and the system's printers) only when printing
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractItemView, QWidget

    from agencia.ui.shell.window import MainWindow

translate = QCoreApplication.translate
MAX_ROWS = 2000  # a longer list is narrowed with its search and filters first
WAIT_MS = 15000  # how long printing waits for a big list's rows


def print_label() -> str:
    return translate("Printing", "Imprimir…")


def print_list_label() -> str:
    return translate("Printing", "Imprimir la lista…")


def find_list(page: QWidget) -> QAbstractItemView | None:
    """The page's list: the focused table if it is on the page, else its largest visible
    table or tree with rows (the account list beside an account, not its contacts)."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView

    views = [
        view
        for view in page.findChildren(QAbstractItemView)
        if isinstance(view, QTableView | QTreeView)
        and view.isVisibleTo(page)
        and view.model() is not None
        and view.model().columnCount() > 0
    ]
    focused = next((v for v in views if v.hasFocus()), None)
    if focused is not None:
        return focused
    with_rows = [v for v in views if v.model().rowCount() > 0] or views
    return max(with_rows, key=lambda v: v.width() * v.height(), default=None)


def _columns(view: QAbstractItemView) -> list[int]:
    from PySide6.QtWidgets import QTableView, QTreeView

    model = view.model()
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if isinstance(view, QTreeView):
        header = view.header()
    shown = [
        c for c in range(model.columnCount()) if header is None or not header.isSectionHidden(c)
    ]
    if header is not None:  # in the order the person arranged them
        shown.sort(key=header.visualIndex)
    return shown


def rows_ready(view: QAbstractItemView, limit: int = MAX_ROWS) -> bool:
    """Whether every row to print has arrived (asking for those that have not)."""
    model = view.model()
    loaded = getattr(model, "is_page_loaded", None)
    if loaded is None:
        return True
    ready = True
    for row in range(min(model.rowCount(), limit)):
        if not loaded(row):
            model.index(row, 0).data()  # asks for the row's page
            ready = False
    return ready


def list_html(view: QAbstractItemView, title: str, limit: int = MAX_ROWS) -> str:
    """The list as an HTML table: the title, the date and the count above it."""
    import html
    from datetime import datetime

    model = view.model()
    columns = _columns(view)
    total = model.rowCount()
    count = min(total, limit)
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    if count < total:
        note = translate(
            "Printing",
            "Las primeras %1 de %2 filas: acote la lista con la búsqueda o los filtros.",
        )
        note = note.replace("%1", str(count)).replace("%2", str(total))
    elif total == 1:
        note = translate("Printing", "1 fila")
    else:
        note = translate("Printing", "%1 filas").replace("%1", str(total))
    parts = [
        "<html><body>",
        f"<h2>{html.escape(title)}</h2>",
        f"<p style='color:#5E6673'>{html.escape(stamp)} · {html.escape(note)}</p>",
        "<table width='100%' cellspacing='0' cellpadding='4' border='0'>",
        "<thead><tr>",
    ]
    for column in columns:
        name = model.headerData(column, Qt.Orientation.Horizontal) or ""
        parts.append(
            "<th align='left' style='border-bottom:1px solid #5E6673'>"
            f"{html.escape(str(name))}</th>"
        )
    parts.append("</tr></thead><tbody>")
    root = view.rootIndex()
    for row in range(count):
        parts.append("<tr>")
        for column in columns:
            index = model.index(row, column, root)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            align = index.data(Qt.ItemDataRole.TextAlignmentRole)
            right = align is not None and bool(int(align) & int(Qt.AlignmentFlag.AlignRight))
            parts.append(
                f"<td align='{'right' if right else 'left'}' "
                "style='border-bottom:1px solid #E0E3E8'>"
                f"{html.escape('' if text is None else str(text))}</td>"
            )
        parts.append("</tr>")
    parts.append("</tbody></table></body></html>")
    return "".join(parts)


def print_list(view: QAbstractItemView, title: str, printer: QPrinter) -> None:
    """The list on `printer`, over as many sheets as it takes, numbered."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setDefaultFont(view.font())
    document.setHtml(list_html(view, title))
    document.print_(printer)


def print_page(page: QWidget, title: str, printer: QPrinter) -> None:
    """The page as it is shown, on one sheet."""
    from PySide6.QtGui import QPainter

    from agencia.ui.shell.print_page import paint_page

    painter = QPainter(printer)
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        paint_page(painter, page, title, area.width(), area.height())
    finally:
        painter.end()


class Printing(QObject):
    """The two actions on the window's registry; each opens the print dialog."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None
        register = window.registry.register
        self.print_action = register(
            ActionSpec(
                ActionId.PRINT, print_label(), QKeySequence.StandardKey.Print, "print", menu="file"
            ),
            self.print_page,
            window,
        )
        self.print_list_action = register(
            ActionSpec(
                ActionId.PRINT_LIST, print_list_label(), "Ctrl+Shift+P", "print", menu="file"
            ),
            self.print_list,
            window,
        )

    @property
    def printer(self) -> QPrinter:
        """One printer for the session: the dialog opens on the last choice (printer,
        copies). Made when first printing: it loads Qt's print support and asks the system
        for its printers, which the window's start has no need of."""
        if self._printer is None:
            from PySide6.QtPrintSupport import QPrinter

            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    def _title(self) -> str:
        area = self.window.current_area()
        return area.title().replace("&", "") if area is not None else self.window.windowTitle()

    def _ask(self, then: Callable[[QPrinter], None]) -> None:
        printer = self.printer
        from PySide6.QtPrintSupport import QPrintDialog

        printer.setDocName(self._title())
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(print_label().rstrip("…"))
        dialog.accepted.connect(lambda: then(printer))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # (PySide's QPrintDialog.open wants a receiver)

    def print_page(self) -> None:
        page = self.window.stack.currentWidget()
        if page is not None:
            title = self._title()
            self._ask(lambda printer: print_page(page, title, printer))

    def print_list(self) -> None:
        page = self.window.stack.currentWidget()
        view = find_list(page) if page is not None else None
        if view is None:
            self.window.toast(translate("Printing", "Esta página no tiene ninguna lista."))
            return
        title = self._title()
        self._ask(lambda printer: self._when_ready(view, title, printer, WAIT_MS))

    def _when_ready(
        self, view: QAbstractItemView, title: str, printer: QPrinter, left: int
    ) -> None:
        if rows_ready(view) or left <= 0:
            print_list(view, title, printer)
            return
        QTimer.singleShot(100, lambda: self._when_ready(view, title, printer, left - 100))
