"""«Reglas de reparto»: the switchboard as the administrator edits it — the rules in the
order they are tried, a rule added (conditions, a person or a team, its place) or
removed. What happens when none applies is said under the list.

The conditions are a house `Form` (labels level with their fields), adding and closing
share one button row, «Quitar la regla» is offered only for a chosen rule, and an empty
list says what goes there (a reviewer's screenshots showed each the other way)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import Channel, Department
from agencia.domain.labels import label
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.service import routing
from agencia.ui.ops import Operations
from agencia.ui.widgets.asking_dialog import AskingDialog
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.placeholder_fit import hint_width
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.table_model import ROW_ROLE, Column, RowsModel


def _enum_combo(members: Any, anything: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(anything, None)
    for member in members:
        combo.addItem(label(member), member)
    return combo


def _row(*widgets: QWidget) -> QWidget:
    """Widgets side by side as one field of the form, the last one taking the room."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets[:-1]:
        line.addWidget(widget)
    line.addWidget(widgets[-1], 1)
    return row


class RoutingDialog(AskingDialog):
    """Reads and writes through `ops`; refreshes itself after each write. Conditions
    chosen and not added are asked about before the dialog closes (`AskingDialog`: Guardar
    adds the rule); an added rule leaves the form blank for the next."""

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
        self.table.selectionModel().selectionChanged.connect(self._offer_removal)
        self.empty = EmptyState(
            self.tr("Aún no hay reglas de reparto"),
            self.tr(
                "Elija abajo las condiciones y a quién va la solicitud, y pulse «Añadir la "
                "regla». Las reglas aparecerán aquí, en el orden en que se prueban."
            ),
            parent=self,
        )
        self.empty.setObjectName("routing-empty")
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.list_stack.setCurrentWidget(self.empty)
        self.model.modelReset.connect(self._rules_shown)
        fallback = QLabel(
            self.tr(
                "Se prueban en orden; la primera que coincide decide. Si ninguna coincide: "
                "el ejecutivo principal de la cuenta, su equipo y, por último, el director "
                "del grupo. Una regla a una persona se salta en las cuentas cuyas "
                "solicitudes esa persona no puede atender."
            )
        )
        fallback.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Quitar la regla"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)  # until a rule is chosen
        self.remove_button.clicked.connect(self._remove)

        self.kind = _enum_combo(RequestKind, anything)
        self.channel = _enum_combo(Channel, anything)
        self.priority = _enum_combo(Priority, anything)
        self.brand_search = QLineEdit()
        self.brand_search.setPlaceholderText(self.tr("Buscar marca o cuenta…"))
        self.brand_search.textChanged.connect(self._find_brands)
        self.brand_search.setMinimumWidth(hint_width(self.brand_search))  # its hint whole
        self.brand = QComboBox()
        self.brand.addItem(anything, None)
        self.to_person = QRadioButton(self.tr("Persona"))
        self.to_team = QRadioButton(self.tr("Equipo"))
        self.to_person.setChecked(True)
        # one or the other: each sits in its own row, where Qt's exclusivity (by parent)
        # no longer ties them
        self.target = QButtonGroup(self)
        self.target.addButton(self.to_person)
        self.target.addButton(self.to_team)
        self.person = QComboBox()
        self.team = QComboBox()
        for department in Department:
            self.team.addItem(label(department), department)
        self.position = QSpinBox()
        self.position.setRange(0, 999)  # 0: after the last rule
        self.position.setSpecialValueText(self.tr("Al final"))
        self.add_button = QPushButton(self.tr("Añadir la regla"))
        self.add_button.setProperty("primary", True)  # accent-coloured in the button row too
        self.add_button.clicked.connect(self._add)
        self.error = QLabel("")
        self.error.setObjectName("routing-error")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")  # the scheme's own red (style sheet)

        self.form = Form(self)  # the house's: each label level with its field
        self.form.add("kind", self.tr("Tipo"), self.kind)
        self.form.add("channel", self.tr("Canal"), self.channel)
        self.form.add("priority", self.tr("Prioridad"), self.priority)
        self.form.add("brand_id", self.tr("Marca"), _row(self.brand_search, self.brand))
        self.form.add("staff_id", self.tr("Para"), _row(self.to_person, self.person))
        self.form.add("team", "", _row(self.to_team, self.team))
        self.form.add("rule_position", self.tr("Posición"), self.position)
        # one button row: the rule added beside «Cerrar», not stacked over it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter adds the rule; made default before it was in the dialog, «Cerrar» (first
        # in the focus chain) took its place when the dialog showed
        self.add_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(fallback)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
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

    def _rules_shown(self) -> None:
        """The list, or what goes there when there is no rule yet; nothing chosen now."""
        has_rules = self.model.rowCount() > 0
        self.list_stack.setCurrentWidget(self.table if has_rules else self.empty)
        self._offer_removal()

    def _offer_removal(self, *_args: object) -> None:
        """«Quitar la regla» only with a rule chosen: enabled with none, it only scolded."""
        self.remove_button.setEnabled(self._chosen() is not None)

    def _chosen(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

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
            rule_position=self.position.value() or None,
        )

    def _add(self) -> None:
        self.error.setText("")
        self.ops.write(routing.add_rule, self.rule(), on_done=self._added, on_error=self._failed)

    def _added(self, _result: object) -> None:
        for box in (self.kind, self.channel, self.priority):
            box.setCurrentIndex(0)  # «Cualquiera»
        self.brand_search.clear()  # its answer sets the brand back to «Cualquiera»
        self.brand.setCurrentIndex(0)
        self.position.setValue(0)
        self.reload()
        self.saved_changes(True)

    def has_unsaved_changes(self) -> bool:
        """A condition or a place chosen and the rule not added (who it goes to alone is
        the form's default, not a choice)."""
        return bool(
            any(b.currentData() is not None for b in (self.kind, self.channel, self.priority))
            or self.brand.currentData() is not None
            or self.brand_search.text().strip()
            or self.position.value()
        )

    def save_changes(self) -> None:
        self._add()

    def _remove(self) -> None:
        row = self._chosen()
        if row is None:
            self.error.setText(self.tr("Elija primero la regla que quiere quitar."))
            return
        self.ops.write(routing.remove_rule, row.id, on_done=self._written, on_error=self._failed)

    def _written(self, _result: object) -> None:
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(error_text(error))
        self.saved_changes(False)
