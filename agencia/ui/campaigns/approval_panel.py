"""The Aprobaciones tab: the campaign's next steps, the brief's decision, and the trail.

One button per move the campaign could make now (`detail.moves`): enabled only for whom
the life table and the approval rules allow, and when not, the tooltip says why (the
service's own reason, rendered). Each runs through GUI-3's `run_move`, which asks the
decision the move needs. The brief's decision (Aprobar brief / Pedir cambios) asks for a
comment — required when asking for changes. Below, every approval ever recorded, newest
first: who decided (or which client contact), for whom, when, how, and the SHA-256 of the
exact document decided on, with the proof to open or save (`ApprovalTrail`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.areas import AreaId
from agencia.domain.campaign_life import Need
from agencia.domain.enums import CampaignStatus, Decision
from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.campaigns.flow import decide_brief
from agencia.services.campaigns.views import CampaignDetail, MoveOption
from agencia.ui.area import AppContext
from agencia.ui.campaigns.approval_trail import ApprovalTrail, section_heading
from agencia.ui.campaigns.key_visual import DocumentThumbnail
from agencia.ui.campaigns.labels import (
    approver_text,
    decision_label,
    move_label,
    need_label,
)
from agencia.ui.campaigns.move_run import run_move
from agencia.ui.resources import icon
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import WrapLabel, plain_label, plain_tip
from agencia.ui.widgets.typed_dialog import TypedDialog


class CommentDialog(TypedDialog):
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
        self.restored_note = plain_label(self.restored_text(), self)
        self.restored_note.setObjectName("commentRestored")
        self.restored_note.setWordWrap(True)
        self.restored_note.setProperty("role", "secondary")
        self.restored_note.hide()
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
        column.addWidget(self.restored_note)
        column.addWidget(self.buttons)
        self.text.textChanged.connect(self._check)
        self._check()
        resize_within_screen(self, 460, 260)

    def _check(self) -> None:
        ok = not self.required or bool(self.comment())
        self.ok_button.setEnabled(ok)
        self.ok_button.setToolTip("" if ok else render("campaign.needs_comment"))

    def comment(self) -> str:
        return self.text.toPlainText().strip()

    def typed(self) -> str:
        return self.comment()

    def draft_restored(self) -> None:
        self.restored_note.show()


class ApprovalPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalPanel")
        self.ctx = ctx
        self.detail: CampaignDetail | None = None
        self.move_buttons: dict[CampaignStatus, QPushButton] = {}
        self.last_message = ""

        # -- next steps ------------------------------------------------------------------
        self.moves_heading = section_heading(self.tr("Siguiente paso"), self)
        self.moves_note = WrapLabel("", self)
        self.moves_note.setProperty("role", "secondary")
        self.moves_row = QHBoxLayout()
        self.moves_row.setSpacing(8)
        self.moves_why = WrapLabel("", self)
        self.moves_why.setObjectName("movesWhy")
        self.moves_why.setProperty("role", "caption")

        # -- the brief's decision ------------------------------------------------------------
        self.brief_box = QWidget(self)
        self.brief_heading = section_heading("", self.brief_box)
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
        self.results_heading = section_heading(self.tr("Resultados"), self.results_box)
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
        self.trail = ApprovalTrail(ctx, self)
        self.trail.problem.connect(self.inform)

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
        column.addWidget(self.trail, 1)

    # -- showing ---------------------------------------------------------------------------
    def set_detail(self, detail: CampaignDetail) -> None:
        self.detail = detail
        self._show_moves(detail)
        self._show_brief(detail)
        self._show_results(detail)
        self.trail.show_approvals(detail.approvals)

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
            fill(
                self.tr("%1: objetivo %2 · conseguido %3"),
                k.name,
                k.target or "—",
                k.achieved or "—",
            )
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
            fill(
                self.tr("Aprobar la versión %1 del brief de «%2»; el equipo podrá empezar.")
                if approving
                else self.tr("Pedir cambios en la versión %1 del brief de «%2»: explique cuáles."),
                str(brief.number),
                detail.row.name,
            ),
            required=not approving,
            parent=self,
        )
        # a long «cambios solicitados» survives a crash: the person's draft, this brief's
        dialog.keep_draft(
            getattr(self.ctx.ops, "db", None),
            f"campaigns.brief_comment.{brief.number}.{decision.value}",
            detail.id,
            detail.row.name,
            {"comment": dialog.text},
            AreaId.CAMPAIGNS,
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

    # -- telling people ---------------------------------------------------------------------
    def inform(self, text: str) -> None:
        self.last_message = text
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Campañas"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def report(self, error: BaseException) -> None:
        self.inform(error_text(error))
