"""The campaign's brief: a form of the brief's fields, saved as a new version each time, and
its history with a field-by-field comparison of any two versions.

Edits are kept across reloads of the same campaign (the page reloads on every change);
if someone else saves a version meanwhile, nothing is overwritten: the person is told, can
compare, and chooses. Leaving a campaign with unsaved edits keeps them aside until it is
opened again (`has_unsaved_changes`/`confirm_leave` let the page ask first). The fields'
editors are `BriefFields`' (brief_form.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.briefs import FIELD_NAMES
from agencia.domain.enums import CampaignKind
from agencia.domain.errors import Conflict, DomainError, ValidationError
from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.campaigns.briefs import BriefInput, save_brief
from agencia.services.campaigns.views import BriefView, CampaignDetail
from agencia.services.results import SaveResult
from agencia.ui.area import AppContext
from agencia.ui.campaigns.brief_diff import DRAFT, BriefHistory
from agencia.ui.campaigns.brief_form import BriefFields, State
from agencia.ui.campaigns.document_tab import EditingTab
from agencia.ui.campaigns.labels import decision_label, kind_label
from agencia.ui.campaigns.undo_edits import push_brief_edit
from agencia.ui.formatting import datetime_text, money
from agencia.ui.widgets.doc_widgets import MoneyEdit, segmented


class BriefTab(EditingTab):
    saved = Signal(int)  # the version number just saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "briefTab", parent)
        self._base: int | None = None  # the version the edits in the form start from
        self._baseline: State = {}
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
        self.make_bar(
            self.tr("Guardar versión"),
            self.tr("Guarda el brief como una versión nueva (Ctrl+S)"),
            "saveBrief",
            "briefState",
        )

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

        # -- the form ----------------------------------------------------------------------
        self.fields = BriefFields(ctx, self.template, self._edited)
        self.form = self.fields.form
        self.editors = self.fields.editors
        self.note = self.fields.note
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
        # editable, as made: said now, while the tab is built (when the window is idle),
        # the first campaign opened restyles its editors only if it is read-only, and
        # once — the first look's set-up (the scheme's follower) is not paid then
        self.fields.set_editable(True)
        self.fields.apply_placeholders(self.detail)
        self._update_state()

    # -- what the page calls -----------------------------------------------------------------
    def set_detail(self, detail: CampaignDetail) -> None:
        """Show `detail`; the same campaign again keeps the edits, scroll and selection."""
        another = self.keep_aside(detail)
        self.detail = detail
        budget = self.editors["budget"]
        assert isinstance(budget, MoneyEdit)
        budget.set_currency(detail.row.currency)
        latest = detail.latest_brief
        latest_number = latest.number if latest else None
        if another:
            self.notice.clear()
            self._load(latest)
            draft = self.take_draft(detail.id)
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

    def draft_state(self) -> tuple[State, int | None]:
        return self._state(), self._base

    def unsaved_noun(self) -> str:
        return self.tr("el brief")

    def leave_question(self) -> str:
        return self.tr("El brief tiene cambios sin guardar. ¿Descartarlos?")

    def show_view(self, which: int) -> None:
        """0: the form; 1: the versions and their comparison."""
        self.views.button(which).setChecked(True)
        if which == 1:
            self._refresh_comparison()
        self.stack.setCurrentIndex(which)
        self._update_state()

    # -- the form's contents ---------------------------------------------------------------------
    def _kind(self) -> CampaignKind:
        return self.fields.kind()

    def _state(self) -> State:
        """What the editors hold now (the version note is not part of the brief)."""
        return self.fields.state()

    def _loaded_state(self, brief: BriefView | None) -> State:
        """The state the editors would hold showing `brief` (None: an empty brief)."""
        return self.fields.loaded_state(brief, self._default_kind())

    def _default_kind(self) -> CampaignKind:
        return self.detail.row.kind if self.detail else CampaignKind.AWARENESS

    def _apply_state(self, state: State) -> None:
        self.fields.apply_state(state)
        self.fields.apply_placeholders(self.detail)

    def _load(self, brief: BriefView | None) -> None:
        """Show `brief` (the latest version) as the starting point of the next edits."""
        self._apply_state(self._loaded_state(brief))
        self._base = brief.number if brief else None
        self._baseline = self._state()
        self.form.touched.clear()
        self.form.show_all = False
        self.form.set_errors({})

    def collect(self) -> BriefInput:
        return self.fields.collect()

    def _edited(self) -> None:
        if self.fields.loading:
            return
        self.form.set_errors(self.fields.field_errors())
        self._update_state()

    # -- templates --------------------------------------------------------------------------------
    def _template_changed(self) -> None:
        self.fields.apply_placeholders(self.detail)
        self._edited()

    def use_template(self) -> None:
        """Fill the empty fields with the template's questions and the campaign's facts."""
        if self.detail is None or not self.detail.can_edit:
            return
        filled = self.fields.fill_empty(self.detail)
        if filled:
            text = (
                self.tr("Plantilla «%1» aplicada a un campo vacío: revíselo antes de guardar.")
                if len(filled) == 1
                else self.tr(
                    "Plantilla «%1» aplicada a %2 campos vacíos: revíselos antes de guardar."
                )
            )
            self.notice.show_notice(fill(text, kind_label(self._kind()), str(len(filled))))
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
        errors = self.fields.field_errors()
        if errors:
            self.form.set_errors(errors)
            self.form.reveal_all()
            self.notice.show_notice(self.tr("Revise los campos marcados."), "error")
            return
        base = self._base if on_top_of is None else on_top_of
        data = self.collect()
        state = self._state()
        before = d.latest_brief if d.latest_brief and d.latest_brief.number == base else None
        self.set_saving(True)
        self.ctx.ops.write(
            save_brief,
            d.id,
            data,
            base,
            on_done=lambda result: self._saved(d.id, result, state, before, data),
            on_error=lambda error: self._failed(d.id, error),
        )

    def _saved(
        self,
        campaign_id: int,
        result: SaveResult,
        state: State,
        before: BriefView | None = None,
        data: BriefInput | None = None,
    ) -> None:
        self._saving = False
        if data is not None and self.detail is not None:  # Editar ▸ Deshacer: the text before
            name = self.detail.row.name
            push_brief_edit(self.ctx, campaign_id, name, before, data, result.version)
        if self.shows(campaign_id):
            self._base = result.version  # the number of the version just saved
            self._baseline = state  # whatever was typed while saving stays unsaved
            self.note.clear()
            self.notice.clear()
        self.ctx.toast(self.tr("Brief guardado como versión %1").replace("%1", str(result.version)))
        self.saved.emit(result.version)
        self._update_state()

    def _failed(self, campaign_id: int, error: BaseException) -> None:
        if self.save_refused(campaign_id, error):
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
        self.show_error(error)

    def _show_stale(self, number: int) -> None:
        """Someone saved version `number` while these edits were open: say so, offer choices."""
        self.show_stale(
            render("brief.stale", {"number": number}) + " " + self.tr("Sus cambios siguen aquí."),
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
        if self.detail is None or not self.confirm_discard(
            self.tr("¿Descartar los cambios sin guardar del brief? Se perderán.")
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
        editable = self.detail is not None and self.detail.can_edit
        self.fields.set_editable(editable)
        self.template.setEnabled(editable)
        self.fields.apply_placeholders(self.detail)

    def role_refusal(self) -> str:
        return self.tr(
            "Su rol no permite editar el brief de esta campaña; puede leerlo y comparar versiones."
        )

    def _update_state(self) -> None:
        d = self.detail
        dirty = self.has_unsaved_changes()
        editable = d is not None and d.can_edit
        on_form = self.stack.currentIndex() == 0
        self.update_bar()
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
            text = fill(
                self.tr("Versión %1 · %2 · %3"),
                latest.number,
                latest.author or "—",
                datetime_text(latest.created_at, self.ctx.locale),
            )
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
