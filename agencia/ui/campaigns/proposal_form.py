"""A new version of the proposal: its summary and notes, the files of the previous version
it keeps, and the files added from disk.

A file over the limit (documents.MAX_BYTES) or empty is refused when it is chosen, from its
size alone, before a byte of it is read; the files are read when the version is saved, on
the writer's thread, never on the GUI's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.messages import render
from agencia.services import Actor, Database
from agencia.services.campaigns.documents import MAX_BYTES, DocumentInput, too_large
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.views import ProposalView
from agencia.services.results import SaveResult
from agencia.ui.ops import Operations
from agencia.ui.resources import icon
from agencia.ui.widgets.doc_widgets import GrowingTextEdit, file_size, secondary
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen


def save_with_files(
    db: Database,
    actor: Actor,
    campaign_id: int,
    summary: str,
    notes: str,
    keep_document_ids: tuple[int, ...],
    paths: tuple[Path, ...],
) -> SaveResult:
    """Read the chosen files (here, off the GUI thread) and save the version with them."""
    uploads = tuple(DocumentInput.from_path(path) for path in paths)
    return save_proposal(
        db,
        actor,
        campaign_id,
        ProposalInput(summary, notes, uploads, keep_document_ids),
    )


class ProposalDialog(FormDialog):
    def __init__(
        self,
        ops: Operations,
        locale: QLocale,
        campaign_id: int,
        previous: ProposalView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("proposalForm")
        number = previous.number + 1 if previous else 1
        self.setWindowTitle(self.tr("Propuesta — versión %1").replace("%1", str(number)))
        self.save_button.setText(self.tr("Guardar versión %1").replace("%1", str(number)))
        self._locale = locale
        self.campaign_id = campaign_id
        self.previous = previous
        self.paths: list[Path] = []
        self.refusals: list[str] = []  # what was refused when chosen, as people read it

        self.summary = GrowingTextEdit(
            self.tr("Qué propone la agencia en esta versión, en pocas líneas"), 3, 8, self
        )
        self.notes = GrowingTextEdit(
            self.tr("Qué cambia respecto a la anterior, qué falta, para quién (opcional)"),
            2,
            6,
            self,
        )
        if previous is not None:
            self.summary.setPlainText(previous.summary)
        self.kept = QListWidget(self)
        self.kept.setObjectName("keptFiles")
        for document in previous.documents if previous else ():
            item = QListWidgetItem(
                f"{document.name} — {file_size(document.size, locale)}", self.kept
            )
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(document.sha256)
        self._fit(self.kept)
        self.added = QListWidget(self)
        self.added.setObjectName("addedFiles")
        self._fit(self.added)
        self.add_button = QPushButton(icon("add"), self.tr("Añadir archivos…"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Quitar"), self)
        self.remove_button.clicked.connect(self.remove_current)
        uploads = QWidget(self)
        column = QVBoxLayout(uploads)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.added)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(
            secondary(
                self.tr(
                    "Hasta %1 MB por archivo; se guardan en la base de datos con su SHA-256."
                ).replace("%1", str(MAX_BYTES // 1048576)),
                uploads,
            )
        )

        self.form = Form(self)
        self.form.add("summary", self.tr("Resumen *"), self.summary)
        self.form.add("notes", self.tr("Notas"), self.notes)
        if previous is not None and previous.documents:
            self.form.add(
                "kept",
                self.tr("Archivos de la v%1").replace("%1", str(previous.number)),
                self.kept,
            )
        else:
            self.kept.hide()
        self.form.add("uploads", self.tr("Archivos nuevos"), uploads)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        self.kept.itemChanged.connect(lambda _i: self.revalidate())
        resize_within_screen(self, 680, 560)
        self.revalidate()
        self.summary.setFocus()
        self.summary.selectAll()

    @staticmethod
    def _fit(widget: QListWidget) -> None:
        line = widget.fontMetrics().height() + 8
        widget.setFixedHeight(4 * line + 6)

    # -- files ----------------------------------------------------------------------------------
    def choose_files(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Añadir archivos a la propuesta"), folder
        )
        self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Take the files that can go (by their size alone); say why the others cannot."""
        refused: list[str] = []
        for path in paths:
            try:
                size = path.stat().st_size
            except OSError as exc:
                refused.append(
                    render("document.unreadable", {"name": path.name, "detail": exc.strerror})
                )
                continue
            if size > MAX_BYTES:
                refused.append(str(too_large(path.name, size)))
                continue
            if size == 0:
                refused.append(render("document.empty", {"name": path.name}))
                continue
            if path in self.paths:
                continue
            self.paths.append(path)
            item = QListWidgetItem(f"{path.name} — {file_size(size, self._locale)}", self.added)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
        self.refusals = refused
        if not refused:
            self.form.set_warning("uploads", "")
        else:
            tail = (
                self.tr("No se ha añadido.") if len(refused) == 1 else self.tr("No se han añadido.")
            )
            self.form.set_warning("uploads", " ".join([*refused, tail]))
        self.revalidate()

    def remove_current(self) -> None:
        row = self.added.currentRow()
        if row < 0:
            return
        item = self.added.takeItem(row)
        if item is not None:
            self.paths.remove(Path(str(item.data(Qt.ItemDataRole.UserRole))))
        self.revalidate()

    def kept_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.kept.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.kept.count())
            if self.kept.item(n).checkState() == Qt.CheckState.Checked
        )

    # -- the form -------------------------------------------------------------------------------
    def collect(self) -> tuple[str, str, tuple[int, ...], tuple[Path, ...]]:
        return (
            self.summary.toPlainText(),
            self.notes.toPlainText(),
            self.kept_ids(),
            tuple(self.paths),
        )

    def field_errors(self, data: tuple[str, str, tuple[int, ...], tuple[Path, ...]]) -> FieldErrors:
        return {} if data[0].strip() else {"summary": ("proposal.empty", {})}

    def submit(self, data: tuple[str, str, tuple[int, ...], tuple[Path, ...]]) -> None:
        summary, notes, keep, paths = data
        if paths:
            self.save_button.setText(self.tr("Guardando archivos…"))
        self.write(
            save_with_files,
            self.campaign_id,
            summary,
            notes,
            keep,
            paths,
        )
