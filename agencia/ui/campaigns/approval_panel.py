"""The Aprobaciones tab: the campaign's next steps, the brief's decision, and the trail.

One button per move the campaign could make now (`detail.moves`): enabled only for whom
the life table and the approval rules allow, and when not, the tooltip says why (the
service's own reason, rendered). Each runs through GUI-3's `run_move`, which asks the
decision the move needs. The brief's decision (Aprobar brief / Pedir cambios) asks for a
comment — required when asking for changes. Below, every approval ever recorded, newest
first: who decided (or which client contact), for whom, when, how, and the SHA-256 of the
exact document decided on, with the proof to open or save.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.campaign_life import Need
from agencia.domain.enums import CampaignStatus, Decision
from agencia.domain.errors import DomainError
from agencia.domain.messages import render
from agencia.services.campaigns.documents import read_document
from agencia.services.campaigns.flow import decide_brief
from agencia.services.campaigns.views import ApprovalView, CampaignDetail, DocumentView, MoveOption
from agencia.ui.accounts.labels import channel_label
from agencia.ui.area import AppContext
from agencia.ui.campaigns.decision_dialogs import run_move
from agencia.ui.campaigns.labels import (
    approver_text,
    decision_chip,
    decision_label,
    move_label,
    need_label,
    short_sha,
    stage_label,
)
from agencia.ui.formatting import date_text, datetime_text
from agencia.ui.resources import icon
from agencia.ui.widgets.elided import ChipOrElidedDelegate
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.form_dialog import describe
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.image_picker import DocumentThumbnail
from agencia.ui.widgets.status_chip import CHIP_ROLE
from agencia.ui.widgets.table_model import Column, RowsModel
from agencia.ui.widgets.text import WrapLabel, plain_label, plain_tip

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

# what the campaign's entities are called in ops.changed (a decision touches them all)


def _heading(text: str, parent: QWidget) -> WrapLabel:
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
                return (
                    translate("ApprovalsModel", "%1, contacto del cliente (registrado por %2)")
                    .replace("%1", a.contact)
                    .replace("%2", a.decided_by)
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
            return (
                translate("ApprovalsModel", "Decidido el %1; registrado el %2")
                .replace("%1", when(a))
                .replace("%2", datetime_text(a.at, locale))
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


class CommentDialog(QDialog):
    """The comment of a decision: required when it asks for changes or rejects."""

    def __init__(self, title: str, prompt: str, required: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.required = required
        self.prompt = plain_label(prompt, self)
        self.prompt.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("Qué hay que cambiar y por qué")
            if required
            else self.tr("Opcional: un comentario para el equipo")
        )
        self.text.setAccessibleName(self.tr("Comentario"))
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(title, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(8)
        column.addWidget(self.prompt)
        column.addWidget(self.text, 1)
        column.addWidget(self.buttons)
        self.text.textChanged.connect(self._check)
        self._check()
        self.resize(460, 260)

    def _check(self) -> None:
        ok = not self.required or bool(self.comment())
        self.ok_button.setEnabled(ok)
        self.ok_button.setToolTip("" if ok else render("campaign.needs_comment"))

    def comment(self) -> str:
        return self.text.toPlainText().strip()


class ApprovalPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalPanel")
        self.ctx = ctx
        self.detail: CampaignDetail | None = None
        self.move_buttons: dict[CampaignStatus, QPushButton] = {}
        self.last_message = ""
        self.open_url = QDesktopServices.openUrl  # tests replace it

        # -- next steps ------------------------------------------------------------------
        self.moves_heading = _heading(self.tr("Siguiente paso"), self)
        self.moves_note = WrapLabel("", self)
        self.moves_note.setProperty("role", "secondary")
        self.moves_row = QHBoxLayout()
        self.moves_row.setSpacing(8)
        self.moves_why = WrapLabel("", self)
        self.moves_why.setObjectName("movesWhy")
        self.moves_why.setProperty("role", "caption")

        # -- the brief's decision ------------------------------------------------------------
        self.brief_box = QWidget(self)
        self.brief_heading = _heading("", self.brief_box)
        self.approve_brief = QPushButton(icon("check"), self.tr("Aprobar brief…"), self.brief_box)
        self.approve_brief.setObjectName("approveBrief")
        self.approve_brief.setProperty("primary", True)
        self.changes_brief = QPushButton(icon("undo"), self.tr("Pedir cambios…"), self.brief_box)
        self.changes_brief.setObjectName("changesBrief")
        self.brief_why = WrapLabel("", self.brief_box)
        self.brief_why.setProperty("role", "caption")
        brief_buttons = QHBoxLayout()
        brief_buttons.setSpacing(8)
        for button in (self.approve_brief, self.changes_brief):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            brief_buttons.addWidget(button)
        brief_buttons.addStretch(1)
        brief_column = QVBoxLayout(self.brief_box)
        brief_column.setContentsMargins(0, 0, 0, 0)
        brief_column.setSpacing(8)
        brief_column.addWidget(self.brief_heading)
        brief_column.addLayout(brief_buttons)
        brief_column.addWidget(self.brief_why)
        self.approve_brief.clicked.connect(lambda: self.decide_brief(Decision.APPROVED))
        self.changes_brief.clicked.connect(lambda: self.decide_brief(Decision.CHANGES_REQUESTED))

        # -- the results (a completed campaign) ----------------------------------------------
        self.results_box = QWidget(self)
        self.results_heading = _heading(self.tr("Resultados"), self.results_box)
        self.results_story = WrapLabel("", self.results_box)
        self.results_story.setObjectName("resultsStory")
        self.results_story.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results_kpis = WrapLabel("", self.results_box)
        self.results_kpis.setObjectName("resultsKpis")
        self.results_kpis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        results_column = QVBoxLayout(self.results_box)
        results_column.setContentsMargins(0, 0, 0, 0)
        results_column.setSpacing(4)
        results_column.addWidget(self.results_heading)
        results_column.addWidget(self.results_story)
        results_column.addWidget(self.results_kpis)
        self.key_visual = DocumentThumbnail(ctx.ops, QSize(240, 135), self.results_box)
        results_column.addWidget(self.key_visual)

        # -- the trail -------------------------------------------------------------------------
        self.history_heading = _heading(self.tr("Historial de aprobaciones"), self)
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
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.moves_heading)
        column.addWidget(self.moves_note)
        column.addLayout(self.moves_row)
        column.addWidget(self.moves_why)
        column.addSpacing(8)
        column.addWidget(self.brief_box)
        column.addWidget(self.results_box)
        column.addSpacing(8)
        column.addWidget(self.history_heading)
        column.addLayout(tools)
        column.addWidget(self.history_stack, 1)
        self._update_tools()

    # -- showing ---------------------------------------------------------------------------
    def set_detail(self, detail: CampaignDetail) -> None:
        self.detail = detail
        self._show_moves(detail)
        self._show_brief(detail)
        self._show_results(detail)
        selected = self._current_approval()
        self.model.set_rows(detail.approvals)
        if selected is not None:
            for n, a in enumerate(detail.approvals):
                if a.id == selected.id:
                    self.table.selectRow(n)
        self.history_stack.setCurrentWidget(self.table if detail.approvals else self.history_empty)
        for button in self.tool_buttons:
            button.setVisible(bool(detail.approvals))
        self._update_tools()

    def _show_moves(self, detail: CampaignDetail) -> None:
        while self.moves_row.count():
            item = self.moves_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.move_buttons = {}
        self.moves_note.setVisible(detail.status is CampaignStatus.INTERNAL_REVIEW)
        self.moves_note.setText(
            self.tr("Con este presupuesto la aprobación interna corresponde a: %1.").replace(
                "%1", approver_text(detail.required_role)
            )
        )
        regular = [m for m in detail.moves if m.target is not CampaignStatus.CANCELLED]
        cancel = [m for m in detail.moves if m.target is CampaignStatus.CANCELLED]
        for move in regular:
            self.moves_row.addWidget(self._move_button(detail, move))
        self.moves_row.addStretch(1)
        for move in cancel:
            self.moves_row.addWidget(self._move_button(detail, move))
        if not detail.moves:
            self.moves_why.setText(self.tr("La campaña está cerrada: ya no cambia de estado."))
        elif not any(m.allowed for m in detail.moves):
            self.moves_why.setText(
                self.tr(
                    "Ningún cambio de estado está en su mano ahora; cada botón dice por qué al "
                    "pasar el ratón por encima."
                )
            )
        else:
            self.moves_why.setText("")
        self.moves_why.setVisible(bool(self.moves_why.text()))

    def _move_button(self, detail: CampaignDetail, move: MoveOption) -> QPushButton:
        text = move_label(detail.status, move.target)
        if move.need is not Need.NOTHING and move.need not in (Need.APPROVED_BRIEF, Need.PROPOSAL):
            text += "…"  # it asks for a decision first
        button = QPushButton(text, self)
        button.setObjectName(f"move_{move.target.value}")
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        button.setEnabled(move.allowed)
        if move.allowed:
            need = need_label(move.need)
            button.setToolTip(need and self.tr("Pide: %1").replace("%1", need))
        else:
            reason = render(*move.reason) if move.reason else ""
            button.setToolTip(plain_tip(reason))
            button.setAccessibleDescription(reason)
        if move.target is CampaignStatus.CANCELLED:
            button.setIcon(icon("close"))
        elif move.allowed and move.target not in (
            CampaignStatus.CHANGES_REQUESTED,
            CampaignStatus.REJECTED,
        ):
            button.setProperty("primary", True)
        button.clicked.connect(lambda _c=False, t=move.target: self.move_to(t))
        self.move_buttons[move.target] = button
        return button

    def _show_brief(self, detail: CampaignDetail) -> None:
        brief = detail.latest_brief
        deciding = detail.status is CampaignStatus.BRIEF
        self.brief_box.setVisible(deciding)
        if not deciding:
            return
        if brief is None:
            self.brief_heading.setText(self.tr("Brief"))
            why = self.tr("Aún no hay brief: escríbalo en la pestaña Brief para poder aprobarlo.")
            allowed = False
        else:
            title = self.tr("Brief v%1").replace("%1", str(brief.number))
            if brief.decision is not None:
                title += " — " + decision_label(brief.decision)
            self.brief_heading.setText(title)
            allowed = detail.brief_decision is None
            why = "" if allowed else render(*detail.brief_decision)  # type: ignore[misc]
        for button in (self.approve_brief, self.changes_brief):
            button.setEnabled(allowed)
            button.setToolTip(plain_tip(why))
            button.setAccessibleDescription(why)
        self.brief_why.setText(why)
        self.brief_why.setVisible(bool(why))

    def _show_results(self, detail: CampaignDetail) -> None:
        """What a completed campaign achieved: the story and each KPI against its target."""
        shown = detail.status is CampaignStatus.COMPLETED or bool(
            detail.results_story or detail.results_kpis
        )
        self.results_box.setVisible(shown)
        if not shown:
            return
        self.results_story.setText(detail.results_story or self.tr("Sin resumen."))
        lines = [
            self.tr("%1: objetivo %2 · conseguido %3")
            .replace("%1", k.name)
            .replace("%2", k.target or "—")
            .replace("%3", k.achieved or "—")
            for k in detail.results_kpis
        ]
        self.results_kpis.setText("\n".join(f"• {line}" for line in lines))
        self.results_kpis.setVisible(bool(lines))
        visual = detail.key_visual
        self.key_visual.show_document(visual.id if visual else None, visual.name if visual else "")

    # -- moving ----------------------------------------------------------------------------
    def move_to(self, target: CampaignStatus) -> None:
        """A status button: GUI-3's dialogs ask what the move needs, then the service moves."""
        detail = self.detail
        if detail is None:
            return
        run_move(self, self.ctx, detail.id, detail.version, target)

    def decide_brief(self, decision: Decision) -> None:
        detail = self.detail
        brief = detail.latest_brief if detail is not None else None
        if detail is None or brief is None:
            return
        approving = decision is Decision.APPROVED
        dialog = CommentDialog(
            self.tr("Aprobar brief") if approving else self.tr("Pedir cambios"),
            (
                self.tr("Aprobar la versión %1 del brief de «%2»; el equipo podrá empezar.")
                if approving
                else self.tr("Pedir cambios en la versión %1 del brief de «%2»: explique cuáles.")
            )
            .replace("%1", str(brief.number))
            .replace("%2", detail.row.name),
            required=not approving,
            parent=self,
        )
        if not self.ask(dialog):
            return
        self.ctx.ops.write(
            decide_brief,
            detail.id,
            brief.number,
            decision,
            dialog.comment(),
            on_done=lambda _r: self.ctx.toast(
                self.tr("Brief aprobado") if approving else self.tr("Cambios pedidos en el brief")
            ),
            on_error=self.report,
        )

    def ask(self, dialog: QDialog) -> bool:
        """Run a dialog (tests replace this to answer it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # -- the trail ---------------------------------------------------------------------------
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
            self.inform(self.tr("No se pudo escribir el archivo: %1").replace("%1", str(error)))
            return
        self.open_url(QUrl.fromLocalFile(str(path)))

    # -- telling people ---------------------------------------------------------------------
    def inform(self, text: str) -> None:
        self.last_message = text
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Campañas"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def report(self, error: BaseException) -> None:
        self.inform(
            describe(error)
            if isinstance(error, DomainError)
            else self.tr("Error inesperado: %1").replace("%1", str(error))
        )
