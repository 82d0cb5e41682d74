"""The task form: a new task of a campaign or an existing one edited — every field, who
does it (a person, a team or a supplier) and what it waits for, each with its lag in
days. It validates with the service's own rules and saves through it; a refused cycle
comes back under the dependencies with the path that would close it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.coordination_enums import MilestoneKind
from agencia.domain.enums import Department
from agencia.domain.labels import label
from agencia.services.coordination.forms import Choice, TaskFormOptions, TaskRecord, get_task
from agencia.services.coordination.tasks import (
    LAG_LIMIT,
    TaskInput,
    add_task,
    update_task,
    validate_task,
)
from agencia.ui.formatting import date_text
from agencia.ui.ops import Operations
from agencia.ui.widgets.doc_widgets import date_edit, pydate, qdate
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen


def _combo(parent: QWidget, none: str, choices: list[tuple[Any, str]]) -> QComboBox:
    box = QComboBox(parent)
    box.addItem(none, None)
    for value, text in choices:
        box.addItem(text, value)
    return box


def _pick(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


class DependencyRow(QWidget):
    """One thing the task waits for: the task, the lag in days, a button to remove it."""

    def __init__(self, tasks: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.task = QComboBox(self)
        self.task.setObjectName("dependencyTask")
        for choice in tasks:
            self.task.addItem(choice.name, choice.id)
        self.lag = QSpinBox(self)
        self.lag.setObjectName("dependencyLag")
        self.lag.setRange(-LAG_LIMIT, LAG_LIMIT)
        self.lag.setSuffix(self.tr(" días después"))
        self.lag.setToolTip(self.tr("Días de espera tras el fin de esa tarea (negativo: solape)"))
        self.remove = QPushButton(self.tr("Quitar"), self)
        row.addWidget(self.task, 1)
        row.addWidget(self.lag)
        row.addWidget(self.remove)


class DependencyEditor(QWidget):
    """What a task waits for (finish-to-start, with lag). Signal: `changed` on any edit."""

    changed = Signal()

    def __init__(self, tasks: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dependencyEditor")
        self.tasks = tasks
        self.rows: list[DependencyRow] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.add_button = QPushButton(self.tr("Añadir dependencia"), self)
        self.add_button.setObjectName("addDependency")
        self.add_button.setEnabled(bool(tasks))
        if not tasks:
            self.add_button.setToolTip(self.tr("La campaña no tiene otras tareas."))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.column.addWidget(self.add_button)

    def add_row(self, task_id: int | None = None, lag: int = 0) -> DependencyRow:
        row = DependencyRow(self.tasks, self)
        if task_id is not None:
            _pick(row.task, task_id)
        row.lag.setValue(lag)
        row.task.currentIndexChanged.connect(lambda _i: self.changed.emit())
        row.lag.valueChanged.connect(lambda _v: self.changed.emit())
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self.column.insertWidget(self.column.count() - 1, row)
        self.changed.emit()
        return row

    def _remove(self, row: DependencyRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def value(self) -> dict[int, int]:
        return {
            int(r.task.currentData()): r.lag.value()
            for r in self.rows
            if r.task.currentData() is not None
        }

    def set_value(self, depends_on: dict[int, int]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for task_id, lag in depends_on.items():
            self.add_row(task_id, lag)


class TaskFormDialog(FormDialog):
    """New task (`options.task` None) or an existing one edited."""

    def __init__(
        self, ops: Operations, options: TaskFormOptions, locale: QLocale, parent: QWidget | None
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("taskForm")
        self.options = options
        self.record: TaskRecord | None = options.task
        self.loc = locale
        self.setWindowTitle(
            self.tr("Editar tarea — %1").replace("%1", options.task.data.title)
            if options.task is not None
            else self.tr("Nueva tarea de %1").replace("%1", options.campaign)
        )
        self.form = Form(self)
        self.title_edit = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(64)
        self.description.setTabChangesFocus(True)
        start = max(date.today(), options.start or date.today())
        self.start = date_edit(locale, start, self)
        self.due = date_edit(locale, start + timedelta(days=4), self)
        self.hours = QLineEdit(self)
        self.hours.setPlaceholderText(self.tr("Horas estimadas, p. ej. 12,5"))
        self.team = _combo(self, self.tr("(ningún equipo)"), [(d, label(d)) for d in Department])
        self.vendor = _combo(self, self.tr("(ningún proveedor)"), _pairs(options.vendors))
        self.assignee = _combo(self, self.tr("(sin asignar)"), _pairs(options.people))
        self.milestone = _combo(
            self, self.tr("(no es un hito)"), [(m, label(m)) for m in MilestoneKind]
        )
        self.dependencies = DependencyEditor(options.tasks, self)
        rows: list[tuple[str, str, QWidget]] = [
            ("title", self.tr("Título *"), self.title_edit),
            ("description", self.tr("Descripción"), self.description),
            ("start_on", self.tr("Inicio *"), self.start),
            ("due_on", self.tr("Fin *"), self.due),
            ("estimated_hours", self.tr("Horas estimadas"), self.hours),
            ("team", self.tr("Equipo interno"), self.team),
            ("vendor_id", self.tr("Proveedor"), self.vendor),
            ("assignee_id", self.tr("Responsable"), self.assignee),
            ("milestone", self.tr("Hito"), self.milestone),
            ("depends_on", self.tr("Depende de"), self.dependencies),
        ]
        for name, text, editor in rows:
            self.form.add(name, text, editor)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        self.dependencies.changed.connect(self.revalidate)
        if self.record is not None:
            self._fill(self.record.data)
        resize_within_screen(self, 600, 640)
        self.revalidate()
        self.title_edit.setFocus()

    def _fill(self, data: TaskInput) -> None:
        self.title_edit.setText(data.title)
        self.description.setPlainText(data.description)
        self.start.setDate(qdate(data.start_on))
        self.due.setDate(qdate(data.due_on))
        self.hours.setText(self.loc.toString(float(data.estimated_hours), "f", 1))
        _pick(self.team, data.team)
        _pick(self.vendor, data.vendor_id)
        _pick(self.assignee, data.assignee_id)
        _pick(self.milestone, data.milestone)
        self.dependencies.set_value(dict(data.depends_on))

    def collect(self) -> TaskInput:
        return TaskInput(
            title=self.title_edit.text(),
            start_on=pydate(self.start.date()),
            due_on=pydate(self.due.date()),
            description=self.description.toPlainText(),
            team=self.team.currentData(),
            vendor_id=self.vendor.currentData(),
            assignee_id=self.assignee.currentData(),
            estimated_hours=self.hours.text(),
            milestone=self.milestone.currentData(),
            depends_on=self.dependencies.value(),
        )

    def field_errors(self, data: TaskInput) -> FieldErrors:
        errors = dict(validate_task(data))
        if len(self.dependencies.rows) != len(data.depends_on):
            errors["depends_on"] = ("task.dependency_twice", {})
        return errors

    def submit(self, data: TaskInput) -> None:
        if self.record is None:
            self.write(add_task, self.options.campaign_id, data)
        else:
            self.write(update_task, self.record.id, data, self.record.version)

    # -- conflicts ------------------------------------------------------------------------
    def read_current(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        return None if self.record is None else (get_task, (self.record.id,))

    def input_of(self, record: TaskRecord) -> TaskInput:
        return record.data

    def field_texts(self, data: TaskInput) -> dict[str, str]:
        tasks = {c.id: c.name for c in self.options.tasks}
        people = {c.id: c.name for c in self.options.people}
        vendors = {c.id: c.name for c in self.options.vendors}
        links = sorted(f"{tasks.get(t, t)} (+{lag})" for t, lag in data.depends_on.items())
        return {
            "title": data.title,
            "description": data.description,
            "start_on": date_text(data.start_on, self.loc),
            "due_on": date_text(data.due_on, self.loc),
            "estimated_hours": str(data.estimated_hours),
            "team": label(data.team) if data.team else "",
            "vendor_id": vendors.get(data.vendor_id or 0, ""),
            "assignee_id": people.get(data.assignee_id or 0, ""),
            "milestone": label(data.milestone) if data.milestone else "",
            "depends_on": ", ".join(links),
        }

    def take_record(self, record: TaskRecord, *, fill: bool) -> None:
        self.record = record
        if fill:
            self._fill(record.data)


def _pairs(choices: tuple[Choice, ...]) -> list[tuple[Any, str]]:
    return [(c.id, c.name) for c in choices]
