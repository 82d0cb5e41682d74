"""The brief's fields as editors in a form: what they hold, filling them from a version,
the template's questions and the campaign's own facts offered in the empty fields, and
the checks made while typing. The brief tab (versions, saving, conflicts) holds one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from agencia.domain import validation as v
from agencia.domain.briefs import FIELD_NAMES, TEMPLATES
from agencia.domain.enums import CampaignKind
from agencia.domain.messages import render
from agencia.services.campaigns.briefs import BriefInput
from agencia.services.campaigns.views import BriefView, CampaignDetail
from agencia.ui.area import AppContext
from agencia.ui.campaigns.brief_diff import field_label
from agencia.ui.widgets.doc_widgets import GrowingTextEdit, MoneyEdit, OptionalDateEdit
from agencia.ui.widgets.form import Form

# Fields written as a sentence or a list read better in a box that grows; (min lines).
MULTI_LINE: dict[str, int] = {
    "objectives": 3,
    "market": 2,
    "target_audience": 2,
    "insight": 2,
    "key_message": 2,
    "mandatories": 2,
    "channels": 2,
    "kpis": 2,
}

State = dict[str, Any]  # the editors' contents: "template" and each field name
translate = QCoreApplication.translate


class BriefFields:
    """`template` is the tab's choice of campaign kind; `edited` runs on every keystroke."""

    def __init__(self, ctx: AppContext, template: QComboBox, edited: Callable[[], None]) -> None:
        self.ctx = ctx
        self.template = template
        self.loading = False  # the editors are being filled, not typed in
        self._editable: bool | None = None  # as the editors were last set
        self.form = Form()
        self.editors: dict[str, QWidget] = {}
        for name in FIELD_NAMES:
            editor: QWidget
            if name in MULTI_LINE:
                editor = GrowingTextEdit("", MULTI_LINE[name], 14)
            elif name == "budget":
                editor = MoneyEdit(ctx.locale, ctx.currency)
                editor.setMaximumWidth(240)
            elif name == "deadline":
                editor = OptionalDateEdit(ctx.locale)
                editor.setMaximumWidth(240)
            else:
                editor = QLineEdit()
            editor.setObjectName(f"brief_{name}")
            self.form.add(name, field_label(name), editor)
            self.editors[name] = editor
        self.note = QLineEdit()
        self.note.setObjectName("brief_note")
        # the words are the brief tab's: translated in its context
        self.note.setPlaceholderText(translate("BriefTab", "Qué cambia en esta versión (opcional)"))
        self.form.add("note", translate("BriefTab", "Nota de la versión"), self.note)
        for editor in [*self.editors.values(), self.note]:
            if isinstance(editor, QPlainTextEdit | QLineEdit):
                editor.textChanged.connect(edited)
            elif isinstance(editor, OptionalDateEdit):
                editor.dateChanged.connect(lambda _d: edited())

    # -- what the editors hold -----------------------------------------------------------------
    def kind(self) -> CampaignKind:
        return CampaignKind(self.template.currentData() or CampaignKind.AWARENESS.value)

    def state(self) -> State:
        """What the editors hold now (the version note is not part of the brief)."""
        state: State = {"template": self.kind()}
        for name, editor in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                state[name] = editor.toPlainText()
            elif isinstance(editor, OptionalDateEdit):
                state[name] = editor.date_value()
            elif isinstance(editor, QLineEdit):
                state[name] = editor.text()
        return state

    def loaded_state(self, brief: BriefView | None, default_kind: CampaignKind) -> State:
        """The state the editors would hold showing `brief` (None: an empty brief)."""
        fields = brief.fields if brief else {}
        state: State = {"template": brief.template if brief else default_kind}
        for name in FIELD_NAMES:
            value = fields.get(name)
            if name == "deadline":
                state[name] = value
            elif name == "budget":
                state[name] = (
                    "" if value is None else self.ctx.locale.toString(float(value), "f", 2)
                )
            else:
                state[name] = "" if value is None else str(value)
        return state

    def apply_state(self, state: State) -> None:
        self.loading = True
        try:
            at = self.template.findData(CampaignKind(state["template"]).value)
            self.template.setCurrentIndex(max(at, 0))
            for name, editor in self.editors.items():
                value = state.get(name)
                if isinstance(editor, GrowingTextEdit):
                    editor.set_text_keeping_cursor(value or "")
                elif isinstance(editor, OptionalDateEdit):
                    editor.set_date_value(value)
                elif isinstance(editor, QLineEdit) and editor.text() != (value or ""):
                    editor.setText(value or "")
        finally:
            self.loading = False

    def collect(self) -> BriefInput:
        state = self.state()
        budget = self.editors["budget"]
        assert isinstance(budget, MoneyEdit)
        amount = budget.amount() if budget.is_valid() else None
        return BriefInput(
            template=state["template"],
            objectives=state["objectives"],
            brand=state["brand"],
            product=state["product"],
            market=state["market"],
            target_audience=state["target_audience"],
            insight=state["insight"],
            key_message=state["key_message"],
            mandatories=state["mandatories"],
            channels=state["channels"],
            budget=amount,
            kpis=state["kpis"],
            deadline=state["deadline"],
            note=self.note.text(),
        )

    def field_errors(self) -> dict[str, str]:
        errors: v.FieldErrors = {}
        budget = self.editors["budget"]
        if isinstance(budget, MoneyEdit) and not budget.is_valid():
            errors["budget"] = ("field.amount", {})
        for name, limit in (("brand", 160), ("product", 200)):
            editor = self.editors[name]
            if isinstance(editor, QLineEdit):
                v.too_long(errors, name, editor.text().strip(), limit)
        v.too_long(errors, "note", self.note.text().strip(), 300)
        return {k: render(code, params) for k, (code, params) in errors.items()}

    # -- the template and the campaign's facts -----------------------------------------------
    def campaign_hints(self, d: CampaignDetail | None) -> dict[str, str]:
        """What the campaign itself already says, offered for the brief's matching fields."""
        if d is None:
            return {}
        hints = {"brand": d.row.brand, "product": ", ".join(name for _, name in d.products)}
        if d.row.budget:
            hints["budget"] = self.ctx.locale.toString(float(d.row.budget), "f", 2)
        return {k: v for k, v in hints.items() if v}

    def apply_placeholders(self, d: CampaignDetail | None) -> None:
        read_only = d is not None and not d.can_edit
        template = TEMPLATES.get(self.kind(), {})
        hints = self.campaign_hints(d)
        for name, editor in self.editors.items():
            text = "" if read_only else template.get(name) or hints.get(name, "")
            if isinstance(editor, QPlainTextEdit | QLineEdit):
                editor.setPlaceholderText(text if not read_only else "—")

    def fill_empty(self, d: CampaignDetail) -> list[str]:
        """Fill the empty fields with the template's questions and the campaign's facts;
        the names of the fields filled."""
        template = TEMPLATES.get(self.kind(), {})
        hints = self.campaign_hints(d)
        filled: list[str] = []
        for name, editor in self.editors.items():
            text = template.get(name) or hints.get(name, "")
            if isinstance(editor, QPlainTextEdit) and text and not editor.toPlainText().strip():
                editor.setPlainText(text)
                filled.append(name)
            elif isinstance(editor, QLineEdit) and text and not editor.text().strip():
                editor.setText(text)
                filled.append(name)
            elif (
                isinstance(editor, OptionalDateEdit)
                and editor.date_value() is None
                and d.row.deadline is not None
            ):
                editor.set_date_value(d.row.deadline)
                filled.append(name)
        return filled

    def set_editable(self, editable: bool) -> None:
        """The editors writable or read-only; nothing done when they already are (each
        campaign opened set eight style sheets again: a third of the page's filling)."""
        if editable == self._editable:
            return
        self._editable = editable
        for name, editor in [*self.editors.items(), ("note", self.note)]:
            if isinstance(editor, GrowingTextEdit):
                editor.set_read_only_look(not editable)
                editor.set_min_lines(MULTI_LINE.get(name, 2) if editable else 1)
            elif isinstance(editor, QLineEdit):
                editor.setReadOnly(not editable)
            elif isinstance(editor, OptionalDateEdit):
                editor.setReadOnly(not editable)
                editor.setButtonSymbols(
                    OptionalDateEdit.ButtonSymbols.UpDownArrows
                    if editable
                    else OptionalDateEdit.ButtonSymbols.NoButtons
                )
        self.note.setVisible(editable)
        self.form.labels["note"].setVisible(editable)
