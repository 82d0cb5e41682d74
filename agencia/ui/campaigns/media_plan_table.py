"""The media plan's table: one line per row, edited in place, sized for its editors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agencia.ui.campaigns.media_plan_model import DESCRIPTION, PlanDelegate, PlanModel
from agencia.ui.widgets.headers import set_widths

translate = QCoreApplication.translate


def plan_table(model: PlanModel, parent: QWidget) -> QTableView:
    """The table over `model`, with its delegate, selection and column widths."""
    table = QTableView(parent)
    table.setObjectName("planTable")
    table.setAccessibleName(translate("MediaPlanTab", "Plan de medios"))
    table.setModel(model)
    table.setItemDelegate(PlanDelegate(model, table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(
        max(table.fontMetrics().height() + 16, 32)  # room for the editors
    )
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
    set_widths(header, (170, 240, 150, 124, 124))
    return table
