"""«Fusionar con otra cuenta…»: the account shown is kept; the person picks the duplicate,
reads what would move from it (both accounts named, each kind of record counted), and
confirms once. The merge itself is `agencia.services.accounts.merge` (administrators)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.messages import render
from agencia.services.accounts.merge import MergePlan, merge_plan
from agencia.services.accounts.queries import account_options
from agencia.ui.ops import Operations
from agencia.ui.widgets.account_picker import AccountPicker


def plan_text(plan: MergePlan) -> str:
    """Both accounts and what moves, one kind of record a line (plain text)."""
    lines = [
        render(
            "merge.plan",
            {
                "duplicate": plan.duplicate_name,
                "duplicate_id": plan.duplicate_id,
                "keep": plan.keep_name,
                "keep_id": plan.keep_id,
            },
        )
    ]
    shown = [m for m in plan.moves if m.count or m.left]
    for move in shown:
        line = f"• {render('merge.' + move.table)}: {move.count}"
        if move.left:
            line += f" ({render('merge.left', {'count': move.left})})"
        lines.append(line)
    if not shown:
        lines.append(f"• {render('merge.nothing')}")
    return "\n".join(lines)


class MergeDialog(QDialog):
    """Signals: `confirmed(plan)` when the person merges what the plan shows."""

    confirmed = Signal(object)  # MergePlan

    def __init__(
        self, ops: Operations, keep_id: int, keep_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fusionar con otra cuenta"))
        self.setMinimumWidth(520)
        self._ops = ops
        self._keep_id = keep_id
        self.plan: MergePlan | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Se conserva «%1». Elija la cuenta duplicada: todo lo suyo (contactos, marcas, "
                "campañas, equipo, historial) pasa a «%1» y la duplicada desaparece. Queda en "
                "el historial."
            ).replace("%1", keep_name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.picker = AccountPicker(ops, keep_id, self, find=account_options)
        self.picker.setPlaceholderText(self.tr("Escriba el nombre de la cuenta duplicada"))
        layout.addWidget(self.picker)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("mergeSummary")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(self.tr("Fusionar"), self)
        self.merge_button.setEnabled(False)  # not before what moves is shown
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self._merge)
        layout.addWidget(buttons)
        self.picker.choice_changed.connect(self._chosen)

    def _chosen(self) -> None:
        self.plan = None
        self.merge_button.setEnabled(False)
        duplicate = self.picker.account_id
        if duplicate is None:
            self.summary.setText("")
            return
        self.summary.setText(self.tr("Calculando lo que pasa de una a otra…"))
        self._ops.read(
            merge_plan,
            self._keep_id,
            duplicate,
            on_done=self._plan_arrived,
            on_error=lambda error: self.summary.setText(str(error)),
            key=f"merge_plan.{id(self)}",
        )

    def _plan_arrived(self, plan: MergePlan) -> None:
        if plan.duplicate_id != self.picker.account_id:
            return  # chosen again meanwhile
        self.plan = plan
        self.summary.setText(plan_text(plan))
        self.merge_button.setEnabled(True)

    def _merge(self) -> None:
        if self.plan is not None:
            self.confirmed.emit(self.plan)
            self.accept()
