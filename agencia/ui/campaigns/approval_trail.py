"""The Aprobaciones tab's trail: every approval ever recorded, newest first — who decided
(or which client contact), for whom, when, how, and the SHA-256 of the exact document
decided on — with its SHA-256 to copy and its proof to open or save.

Signals: `problem(text)` when a proof cannot be read or written (the panel tells it).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.text import fill
from agencia.services.campaigns.documents import read_document
from agencia.services.campaigns.views import ApprovalView, DocumentView
from agencia.ui.area import AppContext
from agencia.ui.campaigns.labels import (
    channel_label,
    decision_chip,
    decision_label,
    short_sha,
    stage_label,
)
from agencia.ui.formatting import date_text, datetime_text
from agencia.ui.resources import icon
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.elided import ChipOrElidedDelegate
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.status_chip import CHIP_ROLE
from agencia.ui.widgets.table_model import Column, RowsModel
from agencia.ui.widgets.text import WrapLabel

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


def section_heading(text: str, parent: QWidget) -> WrapLabel:
    label = WrapLabel(text, parent)
    label.setProperty("role", "heading")
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class ApprovalsModel(RowsModel):
    """The approval history; the decision as a chip, superseded decisions greyed."""

    DECISION_COLUMN = 2

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        self._locale = locale

        def who(a: ApprovalView) -> str:
            return a.contact or a.decided_by

        def who_tip(a: ApprovalView) -> str:
            if a.contact:
                return fill(
                    translate("ApprovalsModel", "%1, contacto del cliente (registrado por %2)"),
                    a.contact,
                    a.decided_by,
                )
            return a.decided_by

        def sha(a: ApprovalView) -> str:
            return short_sha(a.document_sha256)

        def sha_tip(a: ApprovalView) -> str:
            if not a.document_sha256:
                return ""
            return translate(
                "ApprovalsModel", "SHA-256 del documento decidido: %1 (Ctrl+C lo copia)"
            ).replace("%1", a.document_sha256)

        def when(a: ApprovalView) -> str:
            return date_text(a.decided_on, locale)

        def when_tip(a: ApprovalView) -> str:
            return fill(
                translate("ApprovalsModel", "Decidido el %1; registrado el %2"),
                when(a),
                datetime_text(a.at, locale),
            )

        def decision_tip(a: ApprovalView) -> str:
            text = decision_label(a.decision)
            if a.superseded:
                text += " — " + translate("ApprovalsModel", "sustituida por una decisión posterior")
            return text

        columns = [
            Column(translate("ApprovalsModel", "Etapa"), lambda a: stage_label(a.stage)),
            Column(translate("ApprovalsModel", "Versión"), lambda a: f"v{a.subject_number}"),
            Column(
                translate("ApprovalsModel", "Decisión"),
                lambda a: decision_label(a.decision),
                decision_tip,
            ),
            Column(translate("ApprovalsModel", "Quién"), who, who_tip),
            Column(translate("ApprovalsModel", "En nombre de"), lambda a: a.on_behalf_of),
            Column(translate("ApprovalsModel", "Fecha"), when, when_tip),
            Column(
                translate("ApprovalsModel", "Canal"),
                lambda a: channel_label(a.channel) if a.channel else "",
            ),
            Column(
                translate("ApprovalsModel", "SHA-256"), sha, sha_tip, lambda a: a.document_sha256
            ),
            Column(
                translate("ApprovalsModel", "Prueba"), lambda a: a.proof.name if a.proof else ""
            ),
            Column(translate("ApprovalsModel", "Comentario"), lambda a: a.comment),
        ]
        super().__init__(columns, parent)
        self.set_muted(lambda a: a.superseded)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == CHIP_ROLE and index.isValid() and index.column() == self.DECISION_COLUMN:
            row = self.row(index.row())
            return decision_chip(row.decision) if isinstance(row, ApprovalView) else None
        if role == Qt.ItemDataRole.FontRole and index.column() == 7:
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        return super().data(index, role)


class ApprovalTrail(QWidget):
    problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_url = QDesktopServices.openUrl  # tests replace it
        self.history_heading = section_heading(self.tr("Historial de aprobaciones"), self)
        self.model = ApprovalsModel(ctx.locale, self)
        self.table = QTableView(self)
        self.table.setObjectName("approvalsTable")
        self.table.setAccessibleName(self.tr("Historial de aprobaciones"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setItemDelegate(ChipOrElidedDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            max(self.table.fontMetrics().height() + 12, 28)
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        set_widths(header, (104, 60, 132, 150, 112, 92, 100, 112, 110))
        # stage, decision, who, when and the comment always; the rest as room allows
        self.fit = ColumnFit(
            self.table, whole=(1, 5), priority=(0, 2, 3, 5, 9, 1, 6, 4, 8, 7), cap=480
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction(icon("copy"), self.tr("Copiar SHA-256"), self.table)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action = QAction(icon("external"), self.tr("Abrir prueba"), self.table)
        self.save_action = QAction(icon("save"), self.tr("Guardar prueba…"), self.table)
        for action in (self.copy_action, self.open_action, self.save_action):
            self.table.addAction(action)
        self.copy_action.triggered.connect(self.copy_sha)
        self.open_action.triggered.connect(lambda: self.fetch_proof(save=False))
        self.save_action.triggered.connect(lambda: self.fetch_proof(save=True))
        self.table.doubleClicked.connect(lambda _i: self.fetch_proof(save=False))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_tools())
        self.history_empty = EmptyState(
            self.tr("Aún no hay aprobaciones"),
            self.tr(
                "Las decisiones sobre el brief, la revisión interna y la del cliente aparecerán "
                "aquí: quién decidió, cuándo y sobre qué documento."
            ),
            icon_name="check",
            parent=self,
        )
        self.history_empty.setObjectName("approvalsEmpty")
        self.history_stack = QStackedWidget(self)
        self.history_stack.addWidget(self.table)
        self.history_stack.addWidget(self.history_empty)
        tools = QHBoxLayout()
        tools.setSpacing(8)
        self.tool_buttons: list[QPushButton] = []
        for action in (self.copy_action, self.open_action, self.save_action):
            button = QPushButton(action.icon(), action.text(), self)
            button.clicked.connect(action.trigger)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            self.tool_buttons.append(button)
            tools.addWidget(button)
        tools.addStretch(1)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.history_heading)
        column.addLayout(tools)
        column.addWidget(self.history_stack, 1)
        self._update_tools()

    def show_approvals(self, approvals: Sequence[ApprovalView]) -> None:
        """The campaign's approvals; the one chosen stays chosen."""
        selected = self._current_approval()
        self.model.set_rows(list(approvals))
        if selected is not None:
            for n, a in enumerate(approvals):
                if a.id == selected.id:
                    self.table.selectRow(n)
        self.history_stack.setCurrentWidget(self.table if approvals else self.history_empty)
        for button in self.tool_buttons:
            button.setVisible(bool(approvals))
        self._update_tools()

    def _current_approval(self) -> ApprovalView | None:
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        return row if isinstance(row, ApprovalView) else None

    def _update_tools(self) -> None:
        approval = self._current_approval()
        has_sha = approval is not None and bool(approval.document_sha256)
        has_proof = approval is not None and approval.proof is not None
        none = self.tr("Elija una aprobación de la lista.")
        self.copy_action.setEnabled(has_sha)
        self.copy_action.setToolTip(
            ""
            if has_sha
            else none
            if approval is None
            else self.tr("Esta decisión no tiene documento.")
        )
        for action in (self.open_action, self.save_action):
            action.setEnabled(has_proof)
            action.setToolTip(
                ""
                if has_proof
                else none
                if approval is None
                else self.tr("Esta decisión no tiene prueba adjunta.")
            )
        for button, action in zip(
            self.tool_buttons, (self.copy_action, self.open_action, self.save_action), strict=True
        ):
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip())

    def copy_sha(self) -> None:
        approval = self._current_approval()
        if approval is None or not approval.document_sha256:
            return
        QGuiApplication.clipboard().setText(approval.document_sha256)
        self.ctx.toast(self.tr("SHA-256 copiado"))

    def fetch_proof(self, save: bool) -> None:
        approval = self._current_approval()
        if approval is None or approval.proof is None:
            return
        proof = approval.proof
        target = ""
        if save:
            target, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Guardar prueba"), proof.name
            )
            if not target:
                return
        self.ctx.ops.read(
            read_document,
            proof.id,
            on_done=lambda found: self._proof_arrived(found, target),
            on_error=self.report,
        )

    def _proof_arrived(self, found: tuple[DocumentView, bytes], target: str) -> None:
        document, data = found
        try:
            if target:
                Path(target).write_bytes(data)
                self.ctx.toast(self.tr("Guardado %1").replace("%1", Path(target).name))
                return
            folder = Path(tempfile.mkdtemp(prefix="agencia-doc-"))
            path = folder / Path(document.name).name
            path.write_bytes(data)
        except OSError as error:
            self.problem.emit(
                self.tr("No se pudo escribir el archivo: %1").replace("%1", str(error))
            )
            return
        self.open_url(QUrl.fromLocalFile(str(path)))

    def report(self, error: BaseException) -> None:
        self.problem.emit(error_text(error))
