"""Importing a spreadsheet: which column feeds which field, a preview of the first rows
and of what each becomes, a check that lists every problem by row and column, and the
import itself with a progress bar while the window stays responsive.

The file is read and the import run by the services (`agencia.services.data`) through
the window's operations: reads on a reader, the check and the import on the writer. The
check is the import run dry: the same rules, nothing written.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.data.fields import ImportKind, fields_of
from agencia.services.data.imports import ImportOptions, ImportReport
from agencia.services.data.preview import FilePreview, becomes, import_from_window, preview_file
from agencia.services.data.rows import Duplicates
from agencia.ui.area import AppContext
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.screen_fit import resize_within_screen

_NOT_IMPORTED = ""
CELL_CAP = 320  # the widest a preview column grows for its values


class _Progress(QObject):
    """Carries the writer thread's progress to the dialog (a queued signal)."""

    moved = Signal(int, int)


class ImportDialog(QDialog):
    """Signals: `imported(int)` with the new import's id once it is written."""

    imported = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        path: Path,
        kind: ImportKind = ImportKind.ACCOUNTS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.preview: FilePreview | None = None
        self.last_report: ImportReport | None = None
        self.setWindowTitle(self.tr("Importar %1").replace("%1", path.name))
        resize_within_screen(self, 920, 640)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)

        self.kind = QComboBox()
        for k, label in self._kinds():
            self.kind.addItem(label, k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.sheet = QComboBox()
        self.found = QLabel()
        self.found.setObjectName("import_found")
        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("import_mapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Columna del archivo"), self.tr("Se importa como"), self.tr("Ejemplo")]
        )
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.rows = QTableWidget(0, 0)
        self.rows.setObjectName("import_preview")
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.setWordWrap(False)  # one line a row; a long value elides, whole in its tip
        self.skip_invalid = QCheckBox(
            self.tr("Importar solo las filas correctas (las demás, con sus motivos, a un CSV)")
        )
        self.duplicates = QComboBox()
        self.duplicates.addItem(self.tr("Señalarlas como problema"), Duplicates.REPORT)
        self.duplicates.addItem(self.tr("Omitirlas"), Duplicates.SKIP)
        self.duplicates.addItem(self.tr("Actualizar esa cuenta"), Duplicates.UPDATE)
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("import_summary")
        self.bar = QProgressBar()
        self.bar.setVisible(False)

        self.check_button = QPushButton(self.tr("Comprobar"))
        self.import_button = QPushButton(self.tr("Importar"))
        self.import_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))

        form = QFormLayout()
        form.addRow(self.tr("Contenido"), self.kind)
        form.addRow(self.tr("Hoja"), self.sheet)
        form.addRow(self.tr("Filas repetidas"), self.duplicates)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.found, 1)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Columnas")))
        layout.addWidget(self.mapping, 2)
        layout.addWidget(QLabel(self.tr("Así quedarán las primeras filas")))
        layout.addWidget(self.rows, 2)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self._show_mapping())
        self.sheet.currentIndexChanged.connect(lambda _i: self._reload())
        self._set_busy(True)
        self.load(None)

    def _kinds(self) -> list[tuple[ImportKind, str]]:
        return [
            (ImportKind.ACCOUNTS, self.tr("Cuentas")),
            (ImportKind.CONTACTS, self.tr("Contactos del cliente")),
            (ImportKind.BRANDS, self.tr("Marcas y productos")),
            (ImportKind.STAFF, self.tr("Personas de la agencia")),
            (ImportKind.VENDORS, self.tr("Proveedores")),
        ]

    def current_kind(self) -> ImportKind:
        return ImportKind(self.kind.currentData())

    # -- reading the file -------------------------------------------------------------
    def load(self, sheet: str | None) -> None:
        path, kind = self.path, self.current_kind()
        self.ctx.ops.read(
            lambda _db, _actor: preview_file(path, kind, sheet),
            on_done=self._loaded,
            on_error=self._failed,
            key=f"data.preview.{id(self)}",
        )

    def _reload(self) -> None:
        if self.preview is not None and self.sheet.currentText() != self.preview.sheet:
            self.load(self.sheet.currentText())

    def _loaded(self, preview: FilePreview) -> None:
        self.preview = preview
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(preview.sheets))
        self.sheet.setCurrentText(preview.sheet)
        self.sheet.setEnabled(len(preview.sheets) > 1)
        self.sheet.blockSignals(False)
        if preview.encoding == "xlsx":
            found = self.tr("Libro de Excel, hoja «%1»").replace("%1", preview.sheet)
        else:
            separator = {";": self.tr("punto y coma"), ",": self.tr("coma"),
                         "\t": self.tr("tabulador"), "|": "|"}[preview.delimiter]  # fmt: skip
            found = fill(self.tr("Texto %1, separado por %2"), preview.encoding.upper(), separator)
        self.found.setText(found)
        self._show_mapping()
        self._set_busy(False)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.summary.setText(error_text(error))

    # -- the mapping and the preview ---------------------------------------------------
    def _show_mapping(self) -> None:
        preview = self.preview
        if preview is None:
            return
        from agencia.services.data.fields import guess_mapping

        guessed = guess_mapping(self.current_kind(), preview.headers)
        by_column = {column: name for name, column in guessed.items()}
        self.mapping.setRowCount(len(preview.headers))
        for column, header in enumerate(preview.headers):
            self.mapping.setItem(column, 0, _item(header))
            choice = QComboBox()
            choice.addItem(self.tr("— No importar —"), _NOT_IMPORTED)
            for f in fields_of(self.current_kind()):
                label = render(f"data.field.{f.name}") + (" *" if f.required else "")
                choice.addItem(label, f.name)
            choice.setCurrentIndex(max(0, choice.findData(by_column.get(column, _NOT_IMPORTED))))
            choice.currentIndexChanged.connect(lambda _i: self._show_rows())
            self.mapping.setCellWidget(column, 1, choice)
            sample = next((r.cell(column) for r in preview.rows if r.cell(column)), "")
            self.mapping.setItem(column, 2, _item(sample))
        self.mapping.resizeColumnsToContents()
        self._show_rows()

    def chosen_mapping(self) -> dict[str, int]:
        """field → column, as the person left the choices (the first column wins)."""
        mapping: dict[str, int] = {}
        for column in range(self.mapping.rowCount()):
            choice = self.mapping.cellWidget(column, 1)
            name = choice.currentData() if isinstance(choice, QComboBox) else _NOT_IMPORTED
            if name and name not in mapping:
                mapping[name] = column
        return mapping

    def set_field(self, column: int, field: str) -> None:
        """Map `column` to `field` ("" leaves it out), as a person would with its list."""
        choice = self.mapping.cellWidget(column, 1)
        assert isinstance(choice, QComboBox)
        choice.setCurrentIndex(choice.findData(field))

    def _show_rows(self) -> None:
        preview = self.preview
        if preview is None:
            return
        mapping = self.chosen_mapping()
        names = [f.name for f in fields_of(self.current_kind()) if f.name in mapping]
        self.rows.setColumnCount(len(names) + 1)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Fila")] + [render(f"data.field.{n}") for n in names]
        )
        self.rows.setRowCount(len(preview.rows))
        for i, row in enumerate(preview.rows):
            values = becomes(row, mapping)
            self.rows.setItem(i, 0, _item(str(row.number)))
            for j, name in enumerate(names, start=1):
                self.rows.setItem(i, j, _item(values.get(name, "")))
        self._fit_rows()
        missing = [
            render(f"data.field.{f.name}")
            for f in fields_of(self.current_kind())
            if f.required and f.name not in mapping
        ]
        self.import_button.setEnabled(not missing)
        self.check_button.setEnabled(not missing)
        self.summary.setText(
            self.tr("Falta asignar: %1").replace("%1", ", ".join(missing)) if missing else ""
        )

    def _fit_rows(self) -> None:
        """Every title whole and each value as wide as it needs, up to `CELL_CAP` (a long
        address elides there, whole in its tooltip)."""
        self.rows.resizeColumnsToContents()
        for column in range(self.rows.columnCount()):
            if self.rows.columnWidth(column) > CELL_CAP:
                self.rows.setColumnWidth(column, CELL_CAP)

    # -- checking and importing --------------------------------------------------------
    def options(self, *, dry_run: bool) -> ImportOptions:
        sheet = self.preview.sheet if self.preview and self.preview.sheet else None
        return replace(
            ImportOptions(),
            dry_run=dry_run,
            skip_invalid=self.skip_invalid.isChecked(),
            duplicates=Duplicates(self.duplicates.currentData()),
            mapping=self.chosen_mapping(),
            sheet=sheet,
        )

    def run(self, *, dry_run: bool) -> None:
        self._set_busy(True)
        self.problems.clear()
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.ctx.ops.write(
            import_from_window,
            self.path,
            self.current_kind(),
            self.options(dry_run=dry_run),
            self._progress.moved.emit,
            on_done=self._done,
            on_error=self._failed_run,
        )

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, result: Any) -> None:
        report: ImportReport = result.report
        self.last_report = report
        self._set_busy(False)
        self.bar.setVisible(False)
        for problem in report.problems:
            self.problems.addItem(problem.describe())
        text = report.summary(sha256_digits=12)
        if result.rejects is not None:
            text += "\n" + render("data.rejects_written", {"path": str(result.rejects)})
        self.summary.setText(text)
        if report.written and report.import_id is not None:
            self.import_button.setEnabled(False)
            self.check_button.setEnabled(False)
            self.imported.emit(report.import_id)

    def _failed_run(self, error: BaseException) -> None:
        self._set_busy(False)
        self.bar.setVisible(False)
        self.summary.setText(error_text(error))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.kind, self.mapping, self.skip_invalid, self.duplicates):
            widget.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
            self.check_button.setEnabled(False)
        elif self.preview is not None:
            self._show_rows()


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)
    return item
