"""The list of a person's delegations, given and held: who, the period, why, its state as
a chip, and «Revocar» on those they gave that are not over.

Signals: `revoke_requested(DelegationView)` when a «Revocar» button is pressed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from agencia.services.campaigns.approval_settings import DelegationView
from agencia.ui.formatting import date_text
from agencia.ui.widgets.elided import ChipOrElidedDelegate
from agencia.ui.widgets.status_chip import CHIP_ROLE, Chip, cell_width
from agencia.ui.widgets.text import plain_tip

translate = QCoreApplication.translate

STATE_COLORS = {
    "active": "#2e7d32",
    "scheduled": "#1565c0",
    "over": "#616161",
    "revoked": "#c62828",
}


def delegation_state(delegation: DelegationView, today: date) -> str:
    """revoked, over (its last day has passed), scheduled (not begun) or active."""
    if delegation.revoked:
        return "revoked"
    if delegation.ends_on < today:
        return "over"
    if delegation.starts_on > today:
        return "scheduled"
    return "active"


def state_label(state: str) -> str:
    return {
        "active": translate("ApprovalSettings", "Activa"),
        "scheduled": translate("ApprovalSettings", "Programada"),
        "over": translate("ApprovalSettings", "Terminada"),
        "revoked": translate("ApprovalSettings", "Revocada"),
    }.get(state, state)


def state_chip(state: str) -> Chip:
    return Chip(state_label(state), STATE_COLORS.get(state, "#616161"))


class DelegationsTable(QTableWidget):
    """The delegations of `staff_id` (the person signed in), one a row."""

    COLUMNS = ("who", "starts", "ends", "reason", "state", "revoke")
    revoke_requested = Signal(object)  # DelegationView

    def __init__(
        self, staff_id: int | None, locale: QLocale, parent: QWidget | None = None
    ) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.staff_id = staff_id
        self.locale_ = locale
        self.delegations: list[DelegationView] = []
        self.revoke_buttons: dict[int, QPushButton] = {}
        self.setObjectName("delegationsTable")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Delegación"),
                self.tr("Desde"),
                self.tr("Hasta"),
                self.tr("Motivo"),
                self.tr("Estado"),
                "",
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setItemDelegate(ChipOrElidedDelegate(self))
        self.verticalHeader().hide()
        row_height = max(self.fontMetrics().height() + 18, 34)  # room for the button
        self.verticalHeader().setDefaultSectionSize(row_height)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(0, 240)  # fitted to the names in set_delegations
        metrics = self.fontMetrics()
        date_width = metrics.horizontalAdvance(date_text(date(2026, 12, 28), locale)) + 24
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(col, max(date_width, metrics.horizontalAdvance("Desde") + 24))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        widest = max(cell_width(state_chip(s), self.font()) for s in STATE_COLORS)
        self.setColumnWidth(4, max(widest, metrics.horizontalAdvance(self.tr("Estado")) + 24))
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Fixed)
        probe = QPushButton(self.tr("Revocar"))  # measured, never shown
        probe.ensurePolished()
        self.setColumnWidth(5, probe.sizeHint().width() + 16)
        probe.deleteLater()

    def set_delegations(self, items: Sequence[DelegationView], today: date) -> None:
        self.delegations = list(items)
        self.revoke_buttons.clear()
        self.setRowCount(0)
        self.setRowCount(len(self.delegations))
        for row, d in enumerate(self.delegations):
            given = d.from_staff_id == self.staff_id
            who = (
                self.tr("Delegada en %1").replace("%1", d.to_name)
                if given
                else self.tr("Recibida de %1").replace("%1", d.from_name)
            )
            state = delegation_state(d, today)
            cells = [
                QTableWidgetItem(who),
                QTableWidgetItem(date_text(d.starts_on, self.locale_)),
                QTableWidgetItem(date_text(d.ends_on, self.locale_)),
                QTableWidgetItem(d.reason),
                QTableWidgetItem(state_label(state)),
            ]
            cells[0].setToolTip(
                plain_tip(
                    self.tr("Usted delega sus aprobaciones en %1").replace("%1", d.to_name)
                    if given
                    else self.tr("%1 le delega sus aprobaciones").replace("%1", d.from_name)
                )
            )
            if d.reason:
                cells[3].setToolTip(plain_tip(d.reason))
            cells[4].setData(CHIP_ROLE, state_chip(state))
            for col, cell in enumerate(cells):
                self.setItem(row, col, cell)
            if given and state in ("active", "scheduled"):
                self.setCellWidget(row, 5, self._revoke_button(d))
        if self.delegations:  # the names whole, within reason; the reason takes what is left
            names = max(
                self.fontMetrics().horizontalAdvance((self.item(r, 0) or QTableWidgetItem()).text())
                for r in range(len(self.delegations))
            )
            self.setColumnWidth(0, min(max(names + 24, 200), 340))

    def _revoke_button(self, delegation: DelegationView) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(4, 2, 4, 2)
        button = QPushButton(self.tr("Revocar"), holder)
        button.setObjectName(f"revoke-{delegation.id}")
        button.setAutoDefault(False)
        button.setToolTip(self.tr("Revocar la delegación en %1").replace("%1", delegation.to_name))
        button.clicked.connect(lambda _c=False, d=delegation: self.revoke_requested.emit(d))
        row.addWidget(button)
        self.revoke_buttons[delegation.id] = button
        return holder

    def rows(self) -> list[tuple[str, str, str, str, str, bool]]:
        """What the list shows: who, from, to, reason, state, and whether «Revocar» is there."""
        out = []
        for row, d in enumerate(self.delegations):
            texts = [(self.item(row, c) or QTableWidgetItem()).text() for c in range(5)]
            out.append((*texts, d.id in self.revoke_buttons))
        return out  # type: ignore[return-value]
