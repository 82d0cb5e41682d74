"""The data area in the window («Datos»): the imports made, importing a spreadsheet
(`import_dialog.ImportDialog`) and undoing an import whole while nothing was edited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind, Changes
from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.data.history import ImportRow, list_imports, may_import, nothing_listed
from agencia.services.data.undo import Undone, undo_import
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext, Area
from agencia.ui.data.import_dialog import ImportDialog
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.errors import error_text, show_message
from agencia.ui.widgets.record_table import RecordTable
from agencia.ui.widgets.table_model import Column, RowsModel

SPREADSHEETS = "*.csv *.txt *.tsv *.xlsx"


class DataArea(Area):
    id = AreaId.DATA
    icon_name = "document"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self._page: QWidget | None = None
        self.model = RowsModel(
            [
                Column(self.tr("Nº"), lambda r: str(r.id)),
                Column(self.tr("Fecha"), lambda r: f"{r.at:%Y-%m-%d %H:%M}"),
                Column(self.tr("Archivo"), lambda r: r.file_name),
                Column(self.tr("Contenido"), lambda r: render(f"data.kind.{r.kind}")),
                Column(self.tr("Creados"), lambda r: str(r.created)),
                Column(self.tr("Actualizados"), lambda r: str(r.updated)),
                Column(self.tr("Rechazadas"), lambda r: str(r.rejected)),
                Column(self.tr("Por"), lambda r: r.by),
                Column(self.tr("Estado"), self._state),
            ],
            self,
        )
        self.model.set_muted(lambda r: r.undone_at is not None)
        self.dialog: ImportDialog | None = None
        # a role that writes no kind of record an import holds (a trainee) is not offered it
        self.can_import = may_import(ctx.actor.role)
        ctx.actions.register(
            ActionSpec(
                ActionId.DATA_IMPORT,
                self.tr("Importar hoja de cálculo…"),
                area=self.id,
                menu="file",
            ),
            self.choose_file,
            self,
        )
        ctx.actions.get(ActionId.DATA_IMPORT).setEnabled(self.can_import)
        ctx.actions.register(
            ActionSpec(ActionId.DATA_UNDO, self.tr("Deshacer importación"), area=self.id),
            self.undo_selected,
            self,
        )
        ctx.ops.changed.connect(self._changed)

    def _state(self, row: ImportRow) -> str:
        return self.tr("Deshecha") if row.undone_at else self.tr("Importada")

    def title(self) -> str:
        return self.tr("Datos")

    def widget(self) -> QWidget:
        if self._page is None:
            self._page = self._build()
            self.refresh()
        return self._page

    def _build(self) -> QWidget:
        page = QWidget()
        self.table = RecordTable()  # one line a row, a cut text whole in its tooltip
        self.table.setObjectName("imports_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicatorShown(False)  # newest first, fixed
        # the number, date, content, figures and state whole; file and person elide
        self.fit = ColumnFit(self.table, whole=(0, 1, 3, 4, 5, 6, 8))
        self.import_button = importing = QPushButton(self.tr("Importar hoja de cálculo…"))
        importing.clicked.connect(self.choose_file)
        importing.setVisible(self.can_import)
        # off until an import still in place is chosen: there is nothing to undo before
        self.undo_button = undoing = QPushButton(self.tr("Deshacer importación"))
        undoing.clicked.connect(self.undo_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_undo)
        self.model.modelReset.connect(self._update_undo)
        self.empty = EmptyState(
            self._nothing_listed(),
            self.tr(
                "Importe una hoja de cálculo con cuentas, contactos, marcas o personas: "
                "aparecerá aquí, y se podrá deshacer."
            )
            if self.can_import
            else self.tr(
                "Su rol no permite importar datos: lo hacen quienes gestionan cuentas, "
                "personas o proveedores."
            ),
            self.tr("Importar hoja de cálculo…") if self.can_import else "",
            icon_name="document",
        )
        self.empty.action_clicked.connect(self.choose_file)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.empty)
        self.list_stack.addWidget(self.table)
        self.model.modelReset.connect(self._show_list_or_empty)
        buttons = QHBoxLayout()
        buttons.addWidget(importing)
        buttons.addWidget(undoing)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)  # as the other pages
        intro = QLabel(
            self.tr(
                "Cuentas, contactos, marcas y personas desde CSV o Excel. Una importación "
                "se puede deshacer entera mientras no se haya modificado nada de lo importado."
            )
        )
        intro.setWordWrap(True)  # never wider than a 1024-px window
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.list_stack, 1)
        self._update_undo()
        return page

    def _nothing_listed(self) -> str:
        """Only the administrator sees every import: anyone else is told that none of
        theirs (or their group's) is there, never that nobody imported anything."""
        kind = nothing_listed(self.ctx.actor)
        if kind == "data.no_imports_group":
            return self.tr("No hay importaciones de su grupo")
        if kind == "data.no_imports_own":
            return self.tr("No hay importaciones suyas")
        return self.tr("Aún no hay importaciones")

    def _show_list_or_empty(self) -> None:
        """The imports, or what goes here and how to make the first one."""
        has_rows = self.model.rowCount() > 0
        self.list_stack.setCurrentWidget(self.table if has_rows else self.empty)

    def _update_undo(self, *_args: object) -> None:
        row = self.selected()
        can = row is not None and row.undoable  # in place, and theirs (or an administrator)
        self.undo_button.setEnabled(can)
        self.ctx.actions.get(ActionId.DATA_UNDO).setEnabled(can)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.ctx.ops.read(list_imports, on_done=self.model.set_rows, key="data.imports")

    def _changed(self, changes: Changes) -> None:
        if self._page is not None and changes.touches({ChangeKind.DATA_IMPORT}):
            self.refresh()

    def choose_file(self) -> None:
        if not self.can_import:
            return
        name, _ = QFileDialog.getOpenFileName(
            self._page, self.tr("Importar hoja de cálculo"), "",
            self.tr("Hojas de cálculo (%1)").replace("%1", SPREADSHEETS),
        )  # fmt: skip
        if name:
            self.open_dialog(Path(name))

    def open_dialog(self, path: Path) -> ImportDialog:
        self.dialog = ImportDialog(self.ctx, path, parent=self._page)
        self.dialog.imported.connect(lambda _id: self.refresh())
        self.dialog.open()
        return self.dialog

    def selected(self) -> ImportRow | None:
        if self._page is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        found = self.model.row(rows[0].row()) if rows else None
        return found if isinstance(found, ImportRow) else None

    def undo_selected(self) -> None:
        row = self.selected()
        if row is None or not row.undoable:
            return
        asked = QMessageBox.question(
            self._page,
            self.tr("Deshacer importación"),
            fill(
                self.tr("¿Deshacer la importación de «%1»? Se retirarán %2 registros creados y se "
                        "restaurarán %3 actualizados."),
                row.file_name,
                row.created,
                row.updated,
            ),
        )  # fmt: skip
        if asked == QMessageBox.StandardButton.Yes:
            self.undo(row.id)

    def undo(self, import_id: int) -> None:
        def done(undone: Undone) -> None:
            self.ctx.toast(undone.sentence(import_id))

        def refused(error: BaseException) -> None:
            show_message(
                self._page or QWidget(),
                self.tr("Deshacer importación"),
                error_text(error),
                QMessageBox.Icon.Warning,
            )

        self.ctx.ops.write(undo_import, import_id, on_done=done, on_error=refused)


def create(ctx: AppContext) -> Area:
    return DataArea(ctx)
