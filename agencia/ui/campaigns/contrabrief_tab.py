"""The agency's answer to the brief: what we understood, our questions, the approach we
propose — and which version of the brief it answers.

One record per campaign, saved over itself with its version column: if someone else saved
it meanwhile, nothing is overwritten; the person keeps their text and chooses.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.errors import Conflict
from agencia.services.campaigns.contrabrief import ContrabriefInput, save_contrabrief
from agencia.services.campaigns.views import CampaignDetail, ContrabriefView
from agencia.services.results import SaveResult
from agencia.ui.area import AppContext
from agencia.ui.campaigns.brief_diff import field_label, shown_values
from agencia.ui.campaigns.document_tab import EditingTab
from agencia.ui.formatting import datetime_text
from agencia.ui.widgets.conflict import ConflictRow
from agencia.ui.widgets.doc_widgets import GrowingTextEdit, heading
from agencia.ui.widgets.form import Form

translate = QCoreApplication.translate

FIELDS = ("understanding", "questions", "approach")

Texts = tuple[str, str, str]


class ContrabriefTab(EditingTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "contrabriefTab", parent)
        self._version: int | None = None  # the saved record the edits start from
        self._baseline: Texts = ("", "", "")
        self._drafts: dict[int, tuple[Texts, int | None]] = {}
        self.outdated = False  # the brief moved on since the contrabrief answered it
        self.make_bar(
            self.tr("Guardar contrabrief"),
            self.tr("Guardar (Ctrl+S)"),
            "saveContrabrief",
            "contrabriefState",
        )

        self.understanding = GrowingTextEdit(
            self.tr(
                "Lo que la agencia entendió del brief, con sus palabras: el problema, "
                "el objetivo, a quién hablamos."
            ),
            4,
            16,
        )
        self.questions = GrowingTextEdit(
            self.tr(
                "Lo que falta saber o hay que confirmar con el cliente, una pregunta por línea."
            ),
            3,
            16,
        )
        self.approach = GrowingTextEdit(
            self.tr("Cómo proponemos resolverlo: la idea, los medios, los tiempos."), 4, 16
        )
        self.editors = {
            "understanding": self.understanding,
            "questions": self.questions,
            "approach": self.approach,
        }
        self.form = Form()
        self.form.add("understanding", self.tr("Lo que entendimos"), self.understanding)
        self.form.add("questions", self.tr("Preguntas al cliente"), self.questions)
        self.form.add("approach", self.tr("Enfoque propuesto"), self.approach)
        for name, editor in self.editors.items():
            editor.setObjectName(f"contrabrief_{name}")
            editor.textChanged.connect(self._edited)
        holder = QWidget()
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 4, 12, 12)
        holder_column.addWidget(self.form)
        holder_column.addStretch(1)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setWidget(holder)

        # the brief being answered, beside the answer
        self.brief_view = QTextBrowser(self)
        self.brief_view.setObjectName("contrabriefBrief")
        self.brief_view.setOpenLinks(False)
        self.brief_title = heading("", self)
        side = QWidget(self)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(12, 4, 0, 0)
        side_column.setSpacing(8)
        side_column.addWidget(self.brief_title)
        side_column.addWidget(self.brief_view, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.form_scroll)
        self.split.addWidget(side)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(True)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.state_label, 1)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        column.addLayout(bar)
        column.addWidget(self.notice)
        column.addWidget(self.split, 1)
        self._update_state()

    # -- what the page calls -----------------------------------------------------------------
    def set_detail(self, detail: CampaignDetail) -> None:
        another = self.keep_aside(detail)
        self.detail = detail
        saved = detail.contrabrief
        saved_version = saved.version if saved else None
        if another:
            self.notice.clear()
            self._load(saved)
            draft = self.take_draft(detail.id)
            if draft is not None:
                self._apply(draft[0])
                self._version = draft[1]
                if draft[1] != saved_version:
                    self._show_stale()
                else:
                    self.notice.show_notice(
                        self.tr("Se han recuperado sus cambios sin guardar en el contrabrief.")
                    )
        elif not self.has_unsaved_changes():
            if saved_version != self._version or self._texts() != self._saved_texts(saved):
                self._load(saved)
                if self.notice.kind == "warning":
                    self.notice.clear()
        elif saved_version != self._version:
            self._show_stale()
        self._show_brief(detail)
        self._apply_editable()
        self._update_state()

    def _show_brief(self, detail: CampaignDetail) -> None:
        latest = detail.latest_brief
        if latest is None:
            self.brief_title.setText(self.tr("El brief"))
            self.brief_view.setPlainText(self.tr("La campaña aún no tiene brief."))
            return
        self.brief_title.setText(self.tr("El brief v%1").replace("%1", str(latest.number)))
        values = shown_values(latest.fields, self.ctx.locale, detail.row.currency)
        parts = [
            f"<p style='margin-bottom:2px'><b>{html.escape(field_label(name))}</b></p>"
            f"<p style='margin-top:0'>{html.escape(text).replace(chr(10), '<br>')}</p>"
            for name, text in values.items()
            if text
        ]
        bar = self.brief_view.verticalScrollBar().value()
        self.brief_view.setHtml("".join(parts))
        self.brief_view.verticalScrollBar().setValue(bar)

    def has_unsaved_changes(self) -> bool:
        return self._texts() != self._baseline

    def draft_state(self) -> tuple[Texts, int | None]:
        return self._texts(), self._version

    def unsaved_noun(self) -> str:
        return self.tr("el contrabrief")

    def leave_question(self) -> str:
        return self.tr("El contrabrief tiene cambios sin guardar. ¿Descartarlos?")

    # -- contents -------------------------------------------------------------------------------
    def _texts(self) -> Texts:
        return (
            self.understanding.toPlainText(),
            self.questions.toPlainText(),
            self.approach.toPlainText(),
        )

    @staticmethod
    def _saved_texts(saved: ContrabriefView | None) -> Texts:
        if saved is None:
            return ("", "", "")
        return (saved.understanding, saved.questions, saved.approach)

    def _apply(self, texts: Texts) -> None:
        self._loading = True
        try:
            for editor, text in zip(
                (self.understanding, self.questions, self.approach), texts, strict=True
            ):
                editor.set_text_keeping_cursor(text)
        finally:
            self._loading = False

    def _load(self, saved: ContrabriefView | None) -> None:
        self._apply(self._saved_texts(saved))
        self._version = saved.version if saved else None
        self._baseline = self._texts()

    def _edited(self) -> None:
        if not self._loading:
            self._update_state()

    # -- saving ---------------------------------------------------------------------------------
    def save(self, over_version: int | None = None, *, overwrite: bool = False) -> None:
        """Save over the version the edits started from (or, when the person chose to go over
        someone else's text, over `over_version`)."""
        d = self.detail
        if d is None or not d.can_edit or self._saving:
            return
        version = over_version if overwrite else self._version
        understanding, questions, approach = texts = self._texts()
        self.set_saving(True)
        self.ctx.ops.write(
            save_contrabrief,
            d.id,
            ContrabriefInput(understanding, questions, approach),
            version,
            on_done=lambda result: self._saved(d.id, result, texts),
            on_error=lambda error: self._failed(d.id, error),
        )

    def _saved(self, campaign_id: int, result: SaveResult, texts: Texts) -> None:
        self._saving = False
        if self.shows(campaign_id):
            self._version = result.version
            self._baseline = texts
            self.notice.clear()
        self.ctx.toast(self.tr("Contrabrief guardado"))
        self._update_state()

    def _failed(self, campaign_id: int, error: BaseException) -> None:
        if self.save_refused(campaign_id, error):
            return
        if isinstance(error, Conflict):
            self._show_stale()
        else:
            self.show_error(error)

    def _show_stale(self) -> None:
        self.show_stale(
            self.tr(
                "Otra persona guardó el contrabrief mientras usted lo editaba. Sus cambios "
                "siguen aquí: guárdelos encima o descártelos para ver lo guardado."
            ),
            [
                (self.tr("Comparar"), self.compare),
                (self.tr("Guardar los míos encima"), self._overwrite),
                (self.tr("Descartar los míos"), self.discard),
            ],
        )

    def conflict_rows(self, fresh: CampaignDetail) -> list[ConflictRow]:
        theirs = self._saved_texts(fresh.contrabrief)
        return [
            ConflictRow(self.form.labels[name].text(), mine, saved)
            for name, mine, saved in zip(FIELDS, self._texts(), theirs, strict=True)
        ]

    def keep_theirs(self, detail: CampaignDetail) -> None:
        self._discarded(detail)

    def keep_mine(self, fresh: CampaignDetail) -> None:
        self.save(fresh.contrabrief.version if fresh.contrabrief else None, overwrite=True)

    def _overwrite(self) -> None:
        """Go over what someone else saved: learn its version first, then save on top."""
        self.read_fresh(
            lambda fresh: self.save(
                fresh.contrabrief.version if fresh.contrabrief else None, overwrite=True
            )
        )

    def discard(self) -> None:
        if self.detail is None or not self.confirm_discard(
            self.tr("¿Descartar los cambios sin guardar del contrabrief? Se perderán.")
        ):
            return
        self.read_fresh(self._discarded)

    def _discarded(self, detail: CampaignDetail) -> None:
        if not self.shows(detail.id):
            return
        self._load(detail.contrabrief)
        self.notice.clear()
        self._update_state()

    # -- state ----------------------------------------------------------------------------------
    def _apply_editable(self) -> None:
        editable = self.detail is not None and self.detail.can_edit
        for editor in self.editors.values():
            editor.set_read_only_look(not editable)
        self.save_button.setVisible(editable)
        self.discard_button.setVisible(editable)

    def _update_state(self) -> None:
        d = self.detail
        editable = d is not None and d.can_edit
        dirty = self.has_unsaved_changes()
        self.update_bar()
        if d is None:
            self.state_label.setText("")
            return
        latest = d.latest_brief
        saved = d.contrabrief
        parts: list[str] = []
        if saved is None:
            parts.append(
                self.tr("Aún no hay contrabrief.")
                + (
                    " "
                    + self.tr("Responderá a la versión %1 del brief.").replace(
                        "%1", str(latest.number)
                    )
                    if latest
                    else ""
                )
            )
        else:
            answered = (
                self.tr("Responde al brief v%1").replace("%1", str(saved.brief_number))
                if saved.brief_number
                else self.tr("Escrito antes de que hubiera brief")
            )
            parts.append(
                f"{answered} · {saved.author or '—'} · "
                f"{datetime_text(saved.updated_at, self.ctx.locale)}"
            )
            if latest is not None and latest.number != saved.brief_number:
                parts.append(
                    self.tr("El brief ya va por la v%1: revise si sigue valiendo").replace(
                        "%1", str(latest.number)
                    )
                )
        if dirty:
            parts.append(self.tr("Cambios sin guardar"))
        if not editable:
            parts.append(self.read_only_reason())
        self.state_label.setText(" — ".join(parts))
        self.outdated = (
            saved is not None and latest is not None and latest.number != saved.brief_number
        )

    def role_refusal(self) -> str:
        return self.tr("Su rol no permite editar el contrabrief de esta campaña.")
