"""The campaign's proposal: its versions, newest first, each with its summary, notes and
files (name, size, SHA-256); a file opens in its own application or is saved elsewhere.

Files are fetched from the database on a reader thread and written to a private temporary
folder before the desktop opens them; the SHA-256 of what came out of the database is
checked against the one recorded when it went in.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.text import fill
from agencia.services import Actor, Database
from agencia.services.campaigns.documents import read_document, sha256
from agencia.services.campaigns.views import CampaignDetail, DocumentView, ProposalView
from agencia.services.results import SaveResult
from agencia.ui.area import AppContext
from agencia.ui.campaigns.document_tab import DocumentTab
from agencia.ui.campaigns.proposal_form import ProposalDialog
from agencia.ui.formatting import datetime_text
from agencia.ui.resources import icon
from agencia.ui.widgets.doc_widgets import (
    Notice,
    file_size,
    heading,
    secondary,
    select_row,
    short_sha,
    table,
)
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.table_model import Column, Index, RowsModel
from agencia.ui.widgets.text import WrapLabel

translate = QCoreApplication.translate


AUTHOR_LEAST = 48  # px: a letter or two of the author's name and «…»


@dataclass(frozen=True)
class Written:
    """A document copied out of the database: where, and whether its bytes still match."""

    document: DocumentView
    path: Path
    intact: bool


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all: a half-written copy never takes the name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".agencia-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def copy_to_temp(db: Database, actor: Actor, document_id: int) -> Written:
    """The document in a private temporary folder, named as it was uploaded (reader thread)."""
    view, data = read_document(db, actor, document_id)
    folder = Path(tempfile.gettempdir()) / "agencia-documentos" / view.sha256[:16]
    path = folder / (Path(view.name).name or "documento")
    if not path.exists() or path.stat().st_size != len(data):
        _write(path, data)
    return Written(view, path, sha256(data) == view.sha256)


def copy_to(db: Database, actor: Actor, document_id: int, target: Path) -> Written:
    """The document saved where the person chose (reader thread)."""
    view, data = read_document(db, actor, document_id)
    _write(target, data)
    return Written(view, target, sha256(data) == view.sha256)


class VersionsModel(RowsModel):
    def __init__(self, tab: ProposalsTab) -> None:
        locale = tab.ctx.locale
        super().__init__(
            [
                Column(translate("ProposalsTab", "Versión"), lambda p: f"v{p.number}"),
                Column(
                    translate("ProposalsTab", "Fecha"),
                    lambda p: datetime_text(p.created_at, locale),
                ),
                Column(
                    translate("ProposalsTab", "Archivos"),
                    lambda p: str(len(p.documents)),
                    centered=True,
                ),
                Column(translate("ProposalsTab", "Autor"), lambda p: p.author or "—"),
            ],
            tab,
        )


class FilesModel(RowsModel):
    SIZE, SHA = 1, 2

    def __init__(self, tab: ProposalsTab) -> None:
        locale = tab.ctx.locale
        self._presented = ""
        super().__init__(
            [
                Column(translate("ProposalsTab", "Archivo"), lambda d: d.name),
                Column(translate("ProposalsTab", "Tamaño"), lambda d: file_size(d.size, locale)),
                Column(
                    translate("ProposalsTab", "SHA-256"),
                    lambda d: short_sha(d.sha256),
                    tooltip=lambda d: translate("ProposalsTab", "SHA-256: %1").replace(
                        "%1", d.sha256
                    ),
                    accessible=lambda d: d.sha256,
                ),
                Column(
                    translate("ProposalsTab", "Subido"),
                    lambda d: " · ".join(
                        x for x in (d.uploaded_by, datetime_text(d.uploaded_at, locale)) if x
                    ),
                ),
            ],
            tab,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.column() == self.SHA:
            font = QGuiApplication.font()
            font.setFamilies(["monospace"])
            font.setStyleHint(font.StyleHint.Monospace)
            return font
        return super().data(index, role)


class ProposalsTab(DocumentTab):
    """A version is written in its dialog, saved or cancelled there: nothing to lose on
    leaving."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "proposalsTab", parent)
        # how a copied file is opened and where "save as" goes (tests replace them)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.ask_save_path: Callable[[str], str] = self._ask_save_path

        self.new_button = QPushButton(icon("add"), self.tr("Nueva versión…"), self)
        self.new_button.setObjectName("newProposal")
        self.new_button.clicked.connect(self.new_version)
        self.reason = secondary("", self)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.new_button)
        bar.addWidget(self.reason, 1)
        self.notice = Notice(self)

        self.versions_model = VersionsModel(self)
        self.versions = table(self)
        self.versions.setObjectName("proposalVersions")
        self.versions.setModel(self.versions_model)
        set_widths(self.versions.horizontalHeader(), (64, 140, 70, 100))
        # the author takes what is left, however little, so a narrow list elides it with
        # «…» and a tooltip instead of running it past the edge, cut mid-word
        # (not stretchLastSection: that never shrinks a section below its width before)
        self.versions.horizontalHeader().setStretchLastSection(False)
        self.versions.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions.selectionModel().currentRowChanged.connect(self._chosen)
        # never so narrow that the author has no room for a letter or two and the «…»
        # (the house style's bold titles widen the three fixed columns)
        header = self.versions.horizontalHeader()
        fixed = sum(header.sectionSize(n) for n in range(3))
        scroll = self.versions.verticalScrollBar().sizeHint().width()
        edges = 2 * self.versions.frameWidth() + scroll
        self.versions.setMinimumWidth(max(320, fixed + AUTHOR_LEAST + edges))

        panel = QWidget()
        self.title = heading("", panel)
        self.meta = secondary("", panel)
        self.summary = WrapLabel("", panel)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_heading = heading(self.tr("Notas"), panel)
        self.notes = WrapLabel("", panel)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files_model = FilesModel(self)
        self.files = table(panel)
        self.files.setObjectName("proposalFiles")
        self.files.setModel(self.files_model)
        # the SHA-256 cell always offers the full hash (the elided-text delegate would not)
        self.files.setItemDelegateForColumn(FilesModel.SHA, QStyledItemDelegate(self.files))
        set_widths(self.files.horizontalHeader(), (220, 80, 120, 170))
        self.files.horizontalHeader().setStretchLastSection(False)
        self.files.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files.doubleClicked.connect(lambda _i: self.open_current())
        self.files.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.files_empty = secondary(self.tr("Esta versión no lleva archivos."), panel)
        self.open_button = QPushButton(icon("external"), self.tr("Abrir"), panel)
        self.open_button.clicked.connect(self.open_current)
        self.save_as_button = QPushButton(icon("save"), self.tr("Guardar como…"), panel)
        self.save_as_button.clicked.connect(self.save_current_as)
        self.copy_sha_button = QPushButton(icon("copy"), self.tr("Copiar SHA-256"), panel)
        self.copy_sha_button.setToolTip(
            self.tr("Copia la huella completa del archivo (para una aprobación o un correo)")
        )
        self.copy_sha_button.clicked.connect(self.copy_sha)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.open_button, self.save_as_button, self.copy_sha_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        column = QVBoxLayout(panel)
        column.setContentsMargins(16, 4, 12, 12)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.meta)
        column.addSpacing(4)
        column.addWidget(heading(self.tr("Resumen"), panel))
        column.addWidget(self.summary)
        column.addSpacing(4)
        column.addWidget(self.notes_heading)
        column.addWidget(self.notes)
        column.addSpacing(4)
        column.addWidget(heading(self.tr("Archivos"), panel))
        column.addWidget(self.files_empty)
        column.addWidget(self.files)
        column.addLayout(buttons)
        column.addStretch(1)
        self.panel_scroll = QScrollArea(self)
        self.panel_scroll.setWidgetResizable(True)
        self.panel_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.panel_scroll.setWidget(panel)

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.versions)
        self.split.addWidget(self.panel_scroll)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([380, 620])
        self.empty = EmptyState(
            self.tr("Aún no hay propuesta"),
            self.tr(
                "Cada versión de la propuesta guarda su resumen y sus archivos, con su huella "
                "SHA-256, para saber qué se presentó y qué se aprobó."
            ),
            self.tr("Nueva versión…"),
            "document",
            self,
        )
        self.empty.action_clicked.connect(self.new_version)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.split)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(8)
        outer.addLayout(bar)
        outer.addWidget(self.notice)
        outer.addWidget(self.stack, 1)
        self._show(None)

    # -- what the page calls -----------------------------------------------------------------
    def set_detail(self, detail: CampaignDetail) -> None:
        chosen = self.current_version()
        if not self.same_campaign(detail):
            self.notice.clear()
        wanted = self.wanted(detail, chosen.id if chosen is not None else None)
        self.detail = detail
        self.versions_model.set_rows(detail.proposals)
        self.stack.setCurrentIndex(1 if detail.proposals else 0)
        self.empty.set_action_visible(detail.can_edit)
        if detail.proposals:
            row = next((n for n, p in enumerate(detail.proposals) if p.id == wanted), 0)
            select_row(self.versions, row)
        self._show(self.current_version())

    def current_version(self) -> ProposalView | None:
        index = self.versions.currentIndex()
        row = self.versions_model.row(index.row()) if index.isValid() else None
        return row if isinstance(row, ProposalView) else None

    def current_document(self) -> DocumentView | None:
        index = self.files.currentIndex()
        row = self.files_model.row(index.row()) if index.isValid() else None
        return row if isinstance(row, DocumentView) else None

    # -- showing --------------------------------------------------------------------------------
    def _chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.current_version())

    def _show(self, p: ProposalView | None) -> None:
        d = self.detail
        can_edit = d is not None and d.can_edit
        self.new_button.setEnabled(can_edit)
        self.new_button.setVisible(d is None or bool(d.proposals))
        self.reason.setText(self.read_only_reason())
        if p is None:
            for label in (self.title, self.meta, self.summary, self.notes):
                label.setText("")
            self.files_model.set_rows([])
            self._update_buttons()
            return
        latest = d is not None and d.latest_proposal is not None and d.latest_proposal.id == p.id
        title = self.tr("Propuesta v%1").replace("%1", str(p.number))
        if latest:
            title += " " + self.tr("(la última)")
        self.title.setText(title)
        self.meta.setText(
            " · ".join(x for x in (p.author, datetime_text(p.created_at, self.ctx.locale)) if x)
        )
        self.summary.setText(p.summary)
        self.notes.setText(p.notes)
        self.notes.setVisible(bool(p.notes))
        self.notes_heading.setVisible(bool(p.notes))
        current = self.current_document()
        self.files_model.set_rows(p.documents)
        self.files.setVisible(bool(p.documents))
        self.files_empty.setVisible(not p.documents)
        row = next((n for n, doc in enumerate(p.documents) if current and doc.id == current.id), 0)
        if p.documents:
            select_row(self.files, row)
        row_height = self.files.verticalHeader().defaultSectionSize()
        header = self.files.horizontalHeader()
        self.files.setFixedHeight(
            max(header.sizeHint().height(), header.height())
            + row_height * max(len(p.documents), 1)
            + 2 * self.files.frameWidth()
            + 2
        )
        self._update_buttons()

    def role_refusal(self) -> str:
        return self.tr("Su rol no permite preparar propuestas en esta campaña.")

    def _update_buttons(self) -> None:
        chosen = self.current_document() is not None
        for button in (self.open_button, self.save_as_button, self.copy_sha_button):
            button.setEnabled(chosen)

    # -- a new version --------------------------------------------------------------------------
    def new_version(self) -> None:
        d = self.detail
        if d is None or not d.can_edit:
            return
        dialog = ProposalDialog(self.ctx.ops, self.ctx.locale, d.id, d.latest_proposal, self)
        dialog.saved.connect(self._saved)
        self.open_dialog(dialog)

    def _saved(self, result: SaveResult, data: Any) -> None:
        self._wanted = result.id
        files = len(data[2]) + len(data[3])
        text = (
            self.tr("Propuesta v%1 guardada con %2 archivos")
            if files != 1
            else self.tr("Propuesta v%1 guardada con 1 archivo")
        )
        self.ctx.toast(fill(text, str(result.version), str(files)))

    # -- files ----------------------------------------------------------------------------------
    def open_current(self) -> None:
        document = self.current_document()
        if document is not None:
            self.open_document(document.id)

    def open_document(self, document_id: int) -> None:
        """Copy the file out of the database (off the GUI thread), then let the desktop open it."""
        self.notice.show_notice(self.tr("Preparando el archivo…"))
        self.ctx.ops.read(
            copy_to_temp,
            document_id,
            on_done=self._opened,
            on_error=lambda error: self.notice.show_notice(error_text(error), "error"),
        )

    def _opened(self, written: Written) -> None:
        if not self._check(written):
            return
        self.notice.clear()
        if not self.open_url(QUrl.fromLocalFile(str(written.path))):
            self.notice.show_notice(
                self.tr(
                    "No hay ninguna aplicación para abrir «%1» en este equipo; use «Guardar como…»."
                ).replace("%1", written.document.name),
                "warning",
            )

    def save_current_as(self) -> None:
        document = self.current_document()
        if document is None:
            return
        path = self.ask_save_path(document.name)
        if path:
            self.save_document_as(document.id, Path(path))

    def _ask_save_path(self, name: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Guardar documento"), str(Path(folder) / name)
        )
        return path

    def save_document_as(self, document_id: int, target: Path) -> None:
        self.ctx.ops.read(
            copy_to,
            document_id,
            target,
            on_done=self._saved_as,
            on_error=lambda error: self.notice.show_notice(error_text(error), "error"),
        )

    def _saved_as(self, written: Written) -> None:
        if self._check(written):
            self.ctx.toast(
                fill(self.tr("«%1» guardado en %2"), written.path.name, str(written.path.parent))
            )

    def _check(self, written: Written) -> bool:
        if written.intact:
            return True
        self.notice.show_notice(
            self.tr(
                "«%1» no coincide con su huella SHA-256 registrada: el archivo guardado en la "
                "base de datos está dañado. Avise al administrador."
            ).replace("%1", written.document.name),
            "error",
        )
        return False

    def copy_sha(self) -> None:
        document = self.current_document()
        if document is None:
            return
        QGuiApplication.clipboard().setText(document.sha256)
        self.ctx.toast(self.tr("SHA-256 de «%1» copiado").replace("%1", document.name))
