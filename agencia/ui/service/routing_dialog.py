"""«Reglas de reparto»: the switchboard as the administrator edits it — the rules in the
order they are tried, a rule added (conditions, a person or a team, its place) or
removed. What happens when none applies is said under the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import Channel, Department
from agencia.domain.labels import label
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.service import routing
from agencia.ui.ops import Operations
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.table_model import ROW_ROLE, Column, RowsModel


def _enum_combo(members: Any, anything: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(anything, None)
    for member in members:
        combo.addItem(label(member), member)
    return combo


class RoutingDialog(QDialog):
    """Reads and writes through `ops`; refreshes itself after each write."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Reglas de reparto"))
        self.setObjectName("routing-dialog")
        anything = self.tr("Cualquiera")
        self.model = RowsModel(
            [
                Column("#", lambda r: str(r.position)),
                Column(self.tr("Tipo"), lambda r: label(RequestKind(r.kind)) if r.kind else "—"),
                Column(self.tr("Canal"), lambda r: label(Channel(r.channel)) if r.channel else "—"),
                Column(
                    self.tr("Prioridad"),
                    lambda r: label(Priority(r.priority)) if r.priority else "—",
                ),
                Column(self.tr("Marca"), lambda r: r.brand or "—"),
                Column(self.tr("Para"), self._target),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        fallback = QLabel(
            self.tr(
                "Se prueban en orden; la primera que coincide decide. Si ninguna coincide: "
                "el ejecutivo principal de la cuenta, su equipo y, por último, el director "
                "del grupo."
            )
        )
        fallback.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Quitar la regla"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove)

        self.kind = _enum_combo(RequestKind, anything)
        self.channel = _enum_combo(Channel, anything)
        self.priority = _enum_combo(Priority, anything)
        self.brand_search = QLineEdit()
        self.brand_search.setPlaceholderText(self.tr("Buscar marca o cuenta…"))
        self.brand_search.textChanged.connect(self._find_brands)
        self.brand = QComboBox()
        self.brand.addItem(anything, None)
        self.to_person = QRadioButton(self.tr("Persona"))
        self.to_team = QRadioButton(self.tr("Equipo"))
        self.to_person.setChecked(True)
        self.person = QComboBox()
        self.team = QComboBox()
        for department in Department:
            self.team.addItem(label(department), department)
        self.position = QSpinBox()
        self.position.setRange(0, 999)  # 0: after the last rule
        self.position.setSpecialValueText(self.tr("Al final"))
        self.add_button = QPushButton(self.tr("Añadir la regla"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self._add)
        self.error = QLabel("")
        self.error.setObjectName("routing-error")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")  # the scheme's own red (style sheet)

        form = QFormLayout()
        form.addRow(self.tr("Tipo"), self.kind)
        form.addRow(self.tr("Canal"), self.channel)
        form.addRow(self.tr("Prioridad"), self.priority)
        brand_row = QHBoxLayout()
        brand_row.addWidget(self.brand_search)
        brand_row.addWidget(self.brand, 1)
        form.addRow(self.tr("Marca"), brand_row)
        person_row = QHBoxLayout()
        person_row.addWidget(self.to_person)
        person_row.addWidget(self.person, 1)
        team_row = QHBoxLayout()
        team_row.addWidget(self.to_team)
        team_row.addWidget(self.team, 1)
        form.addRow(self.tr("Para"), person_row)
        form.addRow("", team_row)
        form.addRow(self.tr("Posición"), self.position)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(fallback)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(buttons)
        resize_within_screen(self, 720, 600)
        self.ops.read(routing.people, on_done=self._people, on_error=self._failed)
        self._find_brands("")
        self.reload()

    def _target(self, row: Any) -> str:
        if row.staff:
            return str(row.staff)
        return self.tr("Equipo: {0}").format(label(Department(row.team))) if row.team else ""

    def reload(self) -> None:
        self.ops.read(
            routing.list_rules, on_done=self.model.set_rows, on_error=self._failed, key="rules"
        )

    def _people(self, people: list[routing.Choice]) -> None:
        self.person.clear()
        for choice in people:
            self.person.addItem(choice.name, choice.id)

    def _find_brands(self, text: str) -> None:
        self.ops.read(routing.brands, text, on_done=self._brands, key="routing-brands")

    def _brands(self, found: list[routing.Choice]) -> None:
        self.brand.clear()
        self.brand.addItem(self.tr("Cualquiera"), None)
        for choice in found:
            self.brand.addItem(choice.name, choice.id)
        if found and self.brand_search.text().strip():
            self.brand.setCurrentIndex(1)

    def rule(self) -> routing.NewRule:
        """The rule as the form holds it."""
        by_person = self.to_person.isChecked()
        return routing.NewRule(
            kind=self.kind.currentData(),
            channel=self.channel.currentData(),
            priority=self.priority.currentData(),
            brand_id=self.brand.currentData(),
            staff_id=self.person.currentData() if by_person else None,
            team=None if by_person else self.team.currentData(),
            position=self.position.value() or None,
        )

    def _add(self) -> None:
        self.error.setText("")
        self.ops.write(routing.add_rule, self.rule(), on_done=self._written, on_error=self._failed)

    def _remove(self) -> None:
        current = self.table.currentIndex()
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            self.error.setText(self.tr("Elija primero la regla que quiere quitar."))
            return
        self.ops.write(routing.remove_rule, row.id, on_done=self._written, on_error=self._failed)

    def _written(self, _result: object) -> None:
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(error_text(error))
