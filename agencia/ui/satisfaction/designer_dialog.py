"""The survey designer: a name, the scale (odd: 5, 7 or 9 points, and the words on its
points) and the dimensions with their questions, written one per line — a dimension
on its own line, each of its questions below it starting with a dash. Saving a survey
that already has responses makes a new revision (the service's rule; the window says so).
Its editors are fields of the house form's (`FormDialog`): Esc asks before dropping what
was typed, and a crash leaves a draft, one per survey, that the designer takes back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from agencia.domain.labels import label
from agencia.domain.satisfaction_enums import ScaleWording
from agencia.domain.survey_scales import ALLOWED_POINTS
from agencia.domain.survey_templates import DimensionDef, TemplateDef, validate_template
from agencia.services.satisfaction.templates import create_template, update_template
from agencia.ui.ops import Operations
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen


def as_text(dimensions: tuple[DimensionDef, ...]) -> str:
    lines: list[str] = []
    for dimension in dimensions:
        lines.append(dimension.name)
        lines.extend(f"- {q}" for q in dimension.questions)
    return "\n".join(lines)


def from_text(text: str, keys: dict[str, Any] | None = None) -> tuple[DimensionDef, ...]:
    """Dimensions from the designer's lines (a shipped dimension kept by name keeps its
    key, so its results still meet the earlier ones)."""
    found: list[tuple[str, list[str]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("-", "•", "*")):
            if not found:
                found.append(("", []))
            found[-1][1].append(line.lstrip("-•* ").strip())
        else:
            found.append((line, []))
    known = keys or {}
    return tuple(DimensionDef(name, tuple(qs), known.get(name)) for name, qs in found)


class DesignerDialog(FormDialog):
    def __init__(self, ops: Operations, view: Any | None, parent: QWidget | None = None) -> None:
        title = self.tr("Editar encuesta") if view is not None else self.tr("Nueva encuesta")
        super().__init__(ops, title, parent)
        self.setObjectName("satisfaction-designer")
        self.view = view
        self.name = QLineEdit(view.name if view else "")
        self.name.setObjectName("designer-name")
        self.points = QComboBox()
        self.points.setObjectName("designer-points")
        for points in ALLOWED_POINTS:
            self.points.addItem(self.tr("%1 puntos").replace("%1", str(points)), points)
        self.wording = QComboBox()
        for wording in ScaleWording:
            self.wording.addItem(label(wording), wording)
        self.text = QPlainTextEdit(as_text(view.dimensions) if view else "")
        self.text.setObjectName("designer-text")
        self.text.setMinimumHeight(320)
        if view is not None:
            self.points.setCurrentIndex(max(0, self.points.findData(view.points)))
            self.wording.setCurrentIndex(max(0, self.wording.findData(view.wording)))
        self.form = Form(self)
        self.form.add("name", self.tr("Nombre *"), self.name)
        self.form.add("points", self.tr("Escala"), self.points)
        self.form.add("wording", self.tr("Palabras"), self.wording)
        self.body.addWidget(self.form)
        hint = QLabel(
            self.tr(
                "Una dimensión por línea; debajo, sus preguntas, cada una empezando por un guion."
            )
        )
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self.lines = Form(self)  # the lines span the width: no caption beside them
        self.lines.layout_.setHorizontalSpacing(0)
        self.lines.add("dimensions", "", self.text)
        self.lines.labels["dimensions"].hide()
        self.body.addWidget(self.lines)
        if view is not None and view.responses:
            note = QLabel(
                self.tr("Esta encuesta ya tiene respuestas: al guardar se crea una revisión nueva.")
            )
            note.setWordWrap(True)
            self.body.addWidget(note)
        self.add_form(self.form)
        self.add_form(self.lines)
        self.revalidate()  # Guardar waits for a name and a dimension with its questions
        self.name.setFocus()  # not Cancelar, first in the chain while Guardar is disabled
        resize_within_screen(self, 640, 600)

    def _draft_key(self) -> tuple[str, str]:
        """One draft per survey edited («Editar encuesta» does not name it), one for a new one."""
        record = f"survey {self.view.id}" if self.view is not None else self.windowTitle()
        return f"form.{type(self).__name__}", record

    def collect(self) -> TemplateDef:
        keys = {d.name: d.key for d in self.view.dimensions} if self.view else {}
        return TemplateDef(
            self.name.text(),
            from_text(self.text.toPlainText(), keys),
            self.points.currentData(),
            self.wording.currentData(),
        )

    def field_errors(self, data: Any) -> FieldErrors:
        """The service's rules; those of one dimension or question («dimension.2.questions»)
        go under the lines they are typed in, the first of them, so that a disabled
        Guardar always says why."""
        errors: FieldErrors = {}
        for field, reason in validate_template(data).items():
            where = "dimensions" if field.startswith("dimension") else field
            errors.setdefault(where, reason)
        return errors

    def submit(self, data: Any) -> None:
        if self.view is None:
            self.write(create_template, data)
        else:
            self.write(update_template, self.view.id, data, self.view.version)
