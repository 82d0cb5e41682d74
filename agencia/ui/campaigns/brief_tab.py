"""The campaign's brief: a form of the brief's fields, saved as a new version each time, and
its history with a field-by-field comparison of any two versions.

Edits are kept across reloads of the same campaign (the page reloads on every change);
if someone else saves a version meanwhile, nothing is overwritten: the person is told, can
compare, and chooses. Leaving a campaign with unsaved edits keeps them aside until it is
opened again (`has_unsaved_changes`/`confirm_leave` let the page ask first).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agencia.domain import validation as v
from agencia.domain.briefs import FIELD_NAMES, TEMPLATES
from agencia.domain.campaign_life import CLOSED
from agencia.domain.enums import CampaignKind
from agencia.domain.errors import Conflict, DomainError, ValidationError
from agencia.domain.messages import render
from agencia.services.campaigns.edit import BriefInput, save_brief
from agencia.services.campaigns.views import BriefView, CampaignDetail
from agencia.services.results import SaveResult
from agencia.ui.area import AppContext
from agencia.ui.campaigns.brief_diff import DRAFT, BriefHistory, field_label
from agencia.ui.campaigns.doc_widgets import (
    GrowingTextEdit,
    MoneyEdit,
    Notice,
    OptionalDateEdit,
    ask,
    error_text,
    secondary,
    segmented,
)
from agencia.ui.campaigns.labels import decision_label, kind_label, status_label
from agencia.ui.formatting import datetime_text, money
from agencia.ui.resources import icon
from agencia.ui.widgets.form import Form

translate = QCoreApplication.translate

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


class BriefTab(QWidget):
    saved = Signal(int)  # the version number just saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefTab")
        self.ctx = ctx
        self.detail: CampaignDetail | None = None
        self._base: int | None = None  # the version the edits in the form start from
        self._baseline: State = {}
        self._loading = False
        self._saving = False
        self._drafts: dict[int, tuple[State, int | None]] = {}  # campaign id → edits kept aside
        self._always_shown: tuple[QWidget, ...] = ()

        # -- the bar: which view, the template, save ---------------------------------------
        self.edit_view_button = QPushButton(self.tr("Brief"), self)
        self.history_button = QPushButton(self.tr("Versiones"), self)
        self.views = QButtonGroup(self)
        for n, button in enumerate((self.edit_view_button, self.history_button)):
            button.setCheckable(True)
            self.views.addButton(button, n)
        self.edit_view_button.setChecked(True)
        self.views.idClicked.connect(self.show_view)
        segmented(self.edit_view_button, self.history_button)
        self.template = QComboBox(self)
        self.template.setObjectName("briefTemplate")
        for kind in CampaignKind:
            self.template.addItem(kind_label(kind), kind.value)
        self.template.setToolTip(
            self.tr("Tipo de campaña: sus preguntas aparecen en gris en los campos vacíos")
        )
        self.template.currentIndexChanged.connect(self._template_changed)
        self.template_label = QLabel(self.tr("Plantilla"), self)
        self.template_label.setBuddy(self.template)
        self._always_shown = (self.template_label, self.template)  # read-only shows them too
        self.use_template_button = QPushButton(self.tr("Usar plantilla"), self)
        self.use_template_button.setToolTip(
            self.tr("Rellena con el texto de la plantilla los campos que están vacíos")
        )
        self.use_template_button.clicked.connect(self.use_template)
        self.discard_button = QPushButton(self.tr("Descartar cambios"), self)
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton(icon("save"), self.tr("Guardar versión"), self)
        self.save_button.setObjectName("saveBrief")
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Guarda el brief como una versión nueva (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(lambda: self.save())

        bar = QHBoxLayout()
        bar.setSpacing(8)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        switch.addWidget(self.edit_view_button)
        switch.addWidget(self.history_button)
        bar.addLayout(switch)
        bar.addSpacing(16)
        bar.addWidget(self.template_label)
        bar.addWidget(self.template)
        bar.addWidget(self.use_template_button)
        bar.addStretch(1)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.save_button)
        self.state_label = secondary("", self)
        self.state_label.setObjectName("briefState")
        self.notice = Notice(self)

        # -- the form ----------------------------------------------------------------------
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
        self.note.setPlaceholderText(self.tr("Qué cambia en esta versión (opcional)"))
        self.form.add("note", self.tr("Nota de la versión"), self.note)
        for editor in [*self.editors.values(), self.note]:
            self._watch(editor)
        holder = QWidget()
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 4, 12, 12)
        holder_column.addWidget(self.form)
        holder_column.addStretch(1)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("briefScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setWidget(holder)

        # -- the history -------------------------------------------------------------------
        self.history = BriefHistory(ctx.locale, self)
        self.versions = self.history.versions
        self.versions_model = self.history.model
        self.comparison = self.history.comparison

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.form_scroll)
        self.stack.addWidget(self.history)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        column.addLayout(bar)
        column.addWidget(self.state_label)
        column.addWidget(self.notice)
        column.addWidget(self.stack, 1)
        self._apply_placeholders()
        self._update_state()

    # -- what the page calls -----------------------------------------------------------------
    def set_detail(self, detail: CampaignDetail) -> None:
        """Show `detail`; the same campaign again keeps the edits, scroll and selection."""
        previous = self.detail
        if previous is not None and previous.id != detail.id and self.has_unsaved_changes():
            self._drafts[previous.id] = (self._state(), self._base)
        self.detail = detail
        for name in ("budget",):
            editor = self.editors[name]
            assert isinstance(editor, MoneyEdit)
            editor.set_currency(detail.row.currency)
        latest = detail.latest_brief
        latest_number = latest.number if latest else None
        if previous is None or previous.id != detail.id:
            self.notice.clear()
            self._load(latest)
            draft = self._drafts.pop(detail.id, None)
            if draft is not None:
                self._apply_state(draft[0])
                self._base = draft[1]
                if draft[1] != latest_number and latest_number is not None:
                    self._show_stale(latest_number)
                else:
                    self.notice.show_notice(
                        self.tr("Se han recuperado sus cambios sin guardar en este brief.")
                    )
        elif not self.has_unsaved_changes():
            if latest_number != self._base or self._state() != self._loaded_state(latest):
                self._load(latest)
                if self.notice.kind == "warning":
                    self.notice.clear()
        elif latest_number != self._base and latest_number is not None:
            self._show_stale(latest_number)
        self._show_versions(detail)
        self._apply_editable()
        self._update_state()

    def has_unsaved_changes(self) -> bool:
        return bool(self._baseline) and self._state() != self._baseline

    def confirm_leave(self) -> bool:
        """Ask before edits would be lost; True when there are none or the person agrees."""
        if not self.has_unsaved_changes():
            return True
        return ask(
            self,
            self.tr("Cambios sin guardar"),
            self.tr("El brief tiene cambios sin guardar. ¿Descartarlos?"),
            self.tr("Descartar cambios"),
        )

    def show_view(self, which: int) -> None:
        """0: the form; 1: the versions and their comparison."""
        self.views.button(which).setChecked(True)
        if which == 1:
            self._refresh_comparison()
        self.stack.setCurrentIndex(which)
        self._update_state()

    # -- the form's contents ---------------------------------------------------------------------
    def _watch(self, editor: QWidget) -> None:
        if isinstance(editor, QPlainTextEdit | QLineEdit):
            editor.textChanged.connect(self._edited)
        elif isinstance(editor, OptionalDateEdit):
            editor.dateChanged.connect(lambda _d: self._edited())

    def _kind(self) -> CampaignKind:
        return CampaignKind(self.template.currentData() or CampaignKind.AWARENESS.value)

    def _state(self) -> State:
        """What the editors hold now (the version note is not part of the brief)."""
        state: State = {"template": self._kind()}
        for name, editor in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                state[name] = editor.toPlainText()
            elif isinstance(editor, OptionalDateEdit):
                state[name] = editor.date_value()
            elif isinstance(editor, QLineEdit):
                state[name] = editor.text()
        return state

    def _loaded_state(self, brief: BriefView | None) -> State:
        """The state the editors would hold showing `brief` (None: an empty brief)."""
        fields = brief.fields if brief else {}
        kind = brief.template if brief else self._default_kind()
        state: State = {"template": kind}
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

    def _default_kind(self) -> CampaignKind:
        return self.detail.row.kind if self.detail else CampaignKind.AWARENESS

    def _apply_state(self, state: State) -> None:
        self._loading = True
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
            self._loading = False
        self._apply_placeholders()

    def _load(self, brief: BriefView | None) -> None:
        """Show `brief` (the latest version) as the starting point of the next edits."""
        state = self._loaded_state(brief)
        self._apply_state(state)
        self._base = brief.number if brief else None
        self._baseline = self._state()
        self.form.touched.clear()
        self.form.show_all = False
        self.form.set_errors({})

    def collect(self) -> BriefInput:
        state = self._state()
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

    def _field_errors(self) -> dict[str, str]:
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

    def _edited(self) -> None:
        if self._loading:
            return
        self.form.set_errors(self._field_errors())
        self._update_state()

    # -- templates --------------------------------------------------------------------------------
    def _campaign_hints(self) -> dict[str, str]:
        """What the campaign itself already says, offered for the brief's matching fields."""
        d = self.detail
        if d is None:
            return {}
        hints = {"brand": d.row.brand, "product": ", ".join(name for _, name in d.products)}
        if d.row.budget:
            hints["budget"] = self.ctx.locale.toString(float(d.row.budget), "f", 2)
        return {k: v for k, v in hints.items() if v}

    def _apply_placeholders(self) -> None:
        read_only = self.detail is not None and not self.detail.can_edit
        template = TEMPLATES.get(self._kind(), {})
        hints = self._campaign_hints()
        for name, editor in self.editors.items():
            text = "" if read_only else template.get(name) or hints.get(name, "")
            if isinstance(editor, QPlainTextEdit | QLineEdit):
                editor.setPlaceholderText(text if not read_only else "—")

    def _template_changed(self) -> None:
        self._apply_placeholders()
        self._edited()

    def use_template(self) -> None:
        """Fill the empty fields with the template's questions and the campaign's facts."""
        if self.detail is None or not self.detail.can_edit:
            return
        template = TEMPLATES.get(self._kind(), {})
        hints = self._campaign_hints()
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
                and self.detail.row.deadline is not None
            ):
                editor.set_date_value(self.detail.row.deadline)
                filled.append(name)
        if filled:
            text = (
                self.tr("Plantilla «%1» aplicada a un campo vacío: revíselo antes de guardar.")
                if len(filled) == 1
                else self.tr(
                    "Plantilla «%1» aplicada a %2 campos vacíos: revíselos antes de guardar."
                )
            )
            self.notice.show_notice(
                text.replace("%1", kind_label(self._kind())).replace("%2", str(len(filled)))
            )
        else:
            self.notice.show_notice(
                self.tr("Todos los campos ya tienen texto: la plantilla no cambió nada.")
            )

    # -- saving -----------------------------------------------------------------------------------
    def save(self, on_top_of: int | None = None) -> None:
        """Save the form as a new version on top of the version it started from (or, after a
        conflict, on top of `on_top_of`: the newer version the person chose to go over)."""
        d = self.detail
        if d is None or not d.can_edit or self._saving:
            return
        errors = self._field_errors()
        if errors:
            self.form.set_errors(errors)
            self.form.reveal_all()
            self.notice.show_notice(self.tr("Revise los campos marcados."), "error")
            return
        base = self._base if on_top_of is None else on_top_of
        data = self.collect()
        state = self._state()
        self._saving = True
        self._update_state()
        self.ctx.ops.write(
            save_brief,
            d.id,
            data,
            base,
            on_done=lambda result: self._saved(d.id, result, state),
            on_error=lambda error: self._failed(d.id, error),
        )

    def _saved(self, campaign_id: int, result: SaveResult, state: State) -> None:
        self._saving = False
        if self.detail is not None and self.detail.id == campaign_id:
            self._base = result.version  # the number of the version just saved
            self._baseline = state  # whatever was typed while saving stays unsaved
            self.note.clear()
            self.notice.clear()
        self.ctx.toast(self.tr("Brief guardado como versión %1").replace("%1", str(result.version)))
        self.saved.emit(result.version)
        self._update_state()

    def _failed(self, campaign_id: int, error: BaseException) -> None:
        self._saving = False
        self._update_state()
        if self.detail is None or self.detail.id != campaign_id:
            self.ctx.toast(error_text(error))
            return
        if isinstance(error, Conflict) and error.code == "brief.stale":
            number = error.params.get("number")
            if isinstance(number, int):
                self._show_stale(number)
                return
        if isinstance(error, DomainError) and error.code == "brief.unchanged":
            self.notice.show_notice(str(error), "info")
            return
        if isinstance(error, ValidationError):
            errors = {k: render(c, p) for k, (c, p) in error.field_errors.items()}
            self.form.set_errors(errors)
            self.form.reveal_all()
            self.notice.show_notice(self.tr("Revise los campos marcados."), "error")
            return
        self.notice.show_notice(error_text(error), "error")

    def _show_stale(self, number: int) -> None:
        """Someone saved version `number` while these edits were open: say so, offer choices."""
        self.notice.show_notice(
            render("brief.stale", {"number": number}) + " " + self.tr("Sus cambios siguen aquí."),
            "warning",
            [
                (self.tr("Comparar"), lambda: self._compare_draft(number)),
                (
                    self.tr("Guardar los míos como v%1").replace("%1", str(number + 1)),
                    lambda: self.save(number),
                ),
                (self.tr("Descartar los míos"), self.discard),
            ],
        )

    def _compare_draft(self, number: int) -> None:
        self.show_view(1)
        self.comparison.compare(number, DRAFT)

    def discard(self) -> None:
        """Put the latest version back in the form (asks first when there are edits)."""
        if self.detail is None:
            return
        if self.has_unsaved_changes() and not ask(
            self,
            self.tr("Descartar cambios"),
            self.tr("¿Descartar los cambios sin guardar del brief? Se perderán."),
            self.tr("Descartar cambios"),
        ):
            return
        self._load(self.detail.latest_brief)
        self.note.clear()
        self.notice.clear()
        self._update_state()

    # -- history ----------------------------------------------------------------------------------
    def _show_versions(self, detail: CampaignDetail) -> None:
        self.history.set_briefs(detail.briefs)
        count = len(detail.briefs)
        self.history_button.setText(
            self.tr("Versiones (%1)").replace("%1", str(count)) if count else self.tr("Versiones")
        )
        self._refresh_comparison()

    def _refresh_comparison(self) -> None:
        d = self.detail
        if d is None:
            return
        draft = (self._kind(), self._draft_fields()) if self.has_unsaved_changes() else None
        self.comparison.set_versions(d.briefs, d.row.currency, draft)

    def _draft_fields(self) -> dict[str, Any]:
        data = self.collect()
        return {name: getattr(data, name) for name in FIELD_NAMES}

    def select_version(self, number: int) -> None:
        self.history.select_version(number)

    # -- state ------------------------------------------------------------------------------------
    def _apply_editable(self) -> None:
        d = self.detail
        editable = d is not None and d.can_edit
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
        self.template.setEnabled(editable)
        self.note.setVisible(editable)
        self.form.labels["note"].setVisible(editable)
        self._apply_placeholders()

    def read_only_reason(self) -> str:
        d = self.detail
        if d is None or d.can_edit:
            return ""
        if d.status in CLOSED:
            return render("campaign.closed", {"status": status_label(d.status)})
        return self.tr(
            "Su rol no permite editar el brief de esta campaña; puede leerlo y comparar versiones."
        )

    def _update_state(self) -> None:
        d = self.detail
        dirty = self.has_unsaved_changes()
        editable = d is not None and d.can_edit
        on_form = self.stack.currentIndex() == 0
        self.save_button.setEnabled(editable and not self._saving)
        self.save_button.setText(
            self.tr("Guardando…") if self._saving else self.tr("Guardar versión")
        )
        self.discard_button.setEnabled(dirty and not self._saving)
        for widget in (
            self.template_label,
            self.template,
            self.use_template_button,
            self.discard_button,
            self.save_button,
        ):
            widget.setVisible(on_form and (editable or widget in self._always_shown))
        parts: list[str] = []
        latest = d.latest_brief if d else None
        if d is None:
            parts.append("")
        elif latest is None:
            parts.append(
                self.tr("Aún no hay ninguna versión: escriba el brief y guárdelo como v1.")
                if editable
                else self.tr("Aún no hay ninguna versión del brief.")
            )
        else:
            text = self.tr("Versión %1 · %2 · %3").replace("%1", str(latest.number))
            text = text.replace("%2", latest.author or "—")
            text = text.replace("%3", datetime_text(latest.created_at, self.ctx.locale))
            if latest.decision is not None:
                text += " · " + decision_label(latest.decision)
            if latest.fields.get("budget") is not None:
                text += " · " + money(latest.fields["budget"], d.row.currency, self.ctx.locale)
            parts.append(text)
        if dirty:
            parts.append(
                self.tr("Cambios sin guardar sobre la v%1").replace("%1", str(self._base))
                if self._base
                else self.tr("Cambios sin guardar")
            )
        reason = self.read_only_reason()
        if reason:
            parts.append(reason)
        self.state_label.setText(" — ".join(p for p in parts if p))
