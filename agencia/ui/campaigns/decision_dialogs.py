"""The decisions that move a campaign, and `run_move`, the GUI's one way to move one.

The board's drop and the campaign page's buttons both call `run_move`: it loads the
campaign, asks the life table (agencia.domain.campaign_life) what the move needs, says
at once why not when the person may not make it, opens the dialog of the decision the
move needs (DESIGN.md: "a board drag to a state that needs a decision opens that
decision's dialog"), and hands the move with its decision to campaign_flow.move_campaign
through ctx.ops. Cancel moves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.actor import Actor
from agencia.domain.campaign_life import CLOSED, Need, move_for
from agencia.domain.enums import CampaignStatus, Channel, Decision
from agencia.domain.errors import Conflict, DomainError
from agencia.domain.messages import render, role_name
from agencia.services import Database
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.flow import (
    ClientDecisionStep,
    InternalDecisionStep,
    PresentationStep,
    ReasonStep,
    ResultsStep,
    Step,
    move_campaign,
)
from agencia.services.campaigns.queries import AccountChoices, account_choices, get_campaign
from agencia.services.campaigns.views import CampaignDetail, KpiResult
from agencia.services.results import SaveResult
from agencia.ui.accounts.labels import channel_label
from agencia.ui.area import AppContext
from agencia.ui.campaigns.labels import decision_chip, move_label, status_chip, status_label
from agencia.ui.formatting import medium_date_format, money
from agencia.ui.ops import Operations
from agencia.ui.resources import icon
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog, describe
from agencia.ui.widgets.image_picker import key_visual_picker
from agencia.ui.widgets.status_chip import StatusChip
from agencia.ui.widgets.text import plain_label, plain_tip

S = CampaignStatus
OnDone = Callable[[bool], None]

DECISION_BY_TARGET = {
    S.READY_FOR_CLIENT: Decision.APPROVED,
    S.APPROVED: Decision.APPROVED,
    S.CHANGES_REQUESTED: Decision.CHANGES_REQUESTED,
    S.REJECTED: Decision.REJECTED,
}


def _move(
    db: Database, actor: Actor, campaign_id: int, target: S, version: int, step: Step | None
) -> SaveResult:
    return move_campaign(db, actor, campaign_id, target, version=version, step=step)


def _read_file(_db: Database, _actor: Actor, path: Path) -> DocumentInput:
    """Runs on a reader: a 50 MB file never blocks the window."""
    upload = DocumentInput.from_path(path)
    if not upload.data:
        raise DomainError("document.empty", name=upload.name)
    return upload


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1048576:.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1)} KB"


def show_refusal(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Why a move did not happen: said at once, in the person's words."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("moveRefusal")
    box.setTextFormat(Qt.TextFormat.PlainText)  # it may name a campaign
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


# -- the dialogs ------------------------------------------------------------------------------


class MoveDialog(FormDialog):
    """A decision that moves a campaign: one Need's form, saved through move_campaign."""

    def __init__(
        self,
        ops: Operations,
        detail: CampaignDetail,
        target: S,
        version: int,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.locale_ = locale or QLocale()
        self._local_fields: set[str] = set()
        self.choosers: list[_FileChooser] = []
        self.detail = detail
        self.target = target
        self.version = version
        self.action_text = move_label(detail.status, target)
        self.setWindowTitle(f"{self.action_text} — {detail.row.name}")
        self.save_button.setText(self.action_text)
        self.save_button.setToolTip(self.tr("%1 (Ctrl+S)").replace("%1", self.action_text))
        self.body.addWidget(self._header())
        self.form = Form(self)
        self.body.addWidget(self.form)

    def _header(self) -> QWidget:
        row = self.detail.row
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        name = plain_label(row.name, box)
        name.setProperty("role", "heading")
        name.setObjectName("moveCampaign")
        column.addWidget(name)
        client = " · ".join(p for p in (row.account, row.brand) if p)
        column.addWidget(self._secondary(client, box))
        chips = QHBoxLayout()
        chips.setSpacing(8)
        chips.setContentsMargins(0, 4, 0, 0)
        source = StatusChip(box)
        source.set_chip(status_chip(self.detail.status))
        arrow = QLabel("→", box)
        arrow.setProperty("role", "secondary")
        arrow.setAccessibleName(self.tr("pasa a"))
        target = StatusChip(box)
        target.set_chip(status_chip(self.target))
        for widget in (source, arrow, target):
            chips.addWidget(widget)
        chips.addStretch(1)
        column.addLayout(chips)
        return box

    @staticmethod
    def _secondary(text: str, parent: QWidget) -> QLabel:
        label = plain_label(text, parent)
        label.setProperty("role", "secondary")
        label.setWordWrap(True)
        return label

    def _comment_editor(self, placeholder: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(96)
        return editor

    def step(self) -> Step:
        raise NotImplementedError

    def fit(self, width: int) -> None:
        """`width` wide and as tall as its wrapped lines need (no field is cut)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        self.resize(width, max(height, self.sizeHint().height()))

    def local_errors(self) -> dict[str, str]:
        """What the dialog itself finds wrong (no service code says it), by field."""
        return {}

    def revalidate(self) -> bool:
        local = self.local_errors()
        for name in self._local_fields - set(local):
            self._extra_errors.pop(name, None)
        self._extra_errors.update(local)
        self._local_fields = set(local)
        valid = super().revalidate()
        if any(chooser.reading for chooser in self.choosers):
            self.save_button.setEnabled(False)  # a file is still being read
            return False
        return valid

    def collect(self) -> Step:
        return self.step()

    def submit(self, data: Step) -> None:
        self.write(_move, self.detail.id, self.target, self.version, data)

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        self.save_button.setText(self.action_text)
        if isinstance(error, Conflict):  # say where the campaign is now
            self.show_banner(describe(error))


class InternalDecisionDialog(MoveDialog):
    """The agency's approver decides on the latest proposal (the target says which way)."""

    def __init__(
        self,
        ops: Operations,
        detail: CampaignDetail,
        target: S,
        version: int,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(ops, detail, target, version, parent, locale=locale)
        self.setObjectName("internalDecisionDialog")
        self.decision = DECISION_BY_TARGET[target]
        chip = StatusChip(self)
        chip.set_chip(decision_chip(self.decision))
        self.form.add_row(self.tr("Decisión"), chip)
        proposal = detail.latest_proposal
        if proposal is not None:
            files = ", ".join(d.name for d in proposal.documents) or self.tr("sin archivos")
            text = self.tr("v%1 — %2").replace("%1", str(proposal.number))
            text = text.replace("%2", proposal.summary.splitlines()[0] if proposal.summary else "")
            self.form.add_row(self.tr("Propuesta"), self._secondary(text.rstrip(" —"), self))
            self.form.add_row(self.tr("Archivos"), self._secondary(files, self))
        level = self.tr("%1 o superior (presupuesto %2)")
        level = level.replace("%1", role_name(detail.required_role.value))
        level = level.replace("%2", money(detail.row.budget, detail.row.currency, self.locale_))
        self.form.add_row(self.tr("Aprueba"), self._secondary(level, self))
        required = self.decision is not Decision.APPROVED
        self.comment = self._comment_editor(
            self.tr("Qué debe cambiar y por qué")
            if self.decision is Decision.CHANGES_REQUESTED
            else self.tr("Por qué se rechaza")
            if self.decision is Decision.REJECTED
            else self.tr("Observaciones para el equipo (opcional)")
        )
        self.form.add(
            "comment", self.tr("Comentario *") if required else self.tr("Comentario"), self.comment
        )
        self.add_form(self.form)
        self.fit(560)
        self.revalidate()
        self.comment.setFocus()

    def step(self) -> InternalDecisionStep:
        return InternalDecisionStep(comment=self.comment.toPlainText())

    def field_errors(self, data: Step) -> FieldErrors:
        assert isinstance(data, InternalDecisionStep)
        if self.decision is not Decision.APPROVED and not data.comment.strip():
            return {"comment": ("campaign.needs_comment", {})}
        return {}


class _FileChooser:
    """Reads a file the person picked, off the GUI thread, and hands it back."""

    def __init__(self, dialog: MoveDialog, field: str) -> None:
        self.dialog = dialog
        self.field = field
        self.reading = False
        dialog.choosers.append(self)

    def pick(self, title: str, then: Callable[[DocumentInput], None]) -> None:
        path, _filter = QFileDialog.getOpenFileName(self.dialog, title)
        if path:
            self.read(Path(path), then)

    def read(self, path: Path, then: Callable[[DocumentInput], None]) -> None:
        self.reading = True
        self.dialog.set_extra_error(self.field, "")
        self.dialog.save_button.setEnabled(False)

        def done(upload: DocumentInput) -> None:
            self.reading = False
            if shiboken6.isValid(self.dialog):
                then(upload)
                self.dialog.revalidate()

        def failed(error: BaseException) -> None:
            self.reading = False
            if shiboken6.isValid(self.dialog):
                text = describe(error) if isinstance(error, DomainError) else str(error)
                self.dialog.set_extra_error(self.field, text)
                self.dialog.form.reveal_all()

        self.dialog.ops.read(_read_file, path, on_done=done, on_error=failed)


class PresentationDialog(MoveDialog):
    """What was shown to the client: one of the latest proposal's files, or a file now."""

    ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(
        self,
        ops: Operations,
        detail: CampaignDetail,
        target: S,
        version: int,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(ops, detail, target, version, parent, locale=locale)
        self.setObjectName("presentationDialog")
        self.upload: DocumentInput | None = None
        self.chooser = _FileChooser(self, "document")
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.documents = QListWidget(box)
        self.documents.setObjectName("presentedDocuments")
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        proposal = detail.latest_proposal
        for document in proposal.documents if proposal is not None else ():
            item = QListWidgetItem(
                icon("document"),
                self._document_text(
                    document.name, document.size, proposal.number if proposal else 0
                ),
            )
            item.setData(self.ID_ROLE, document.id)
            item.setToolTip(plain_tip(f"{document.name}\nSHA-256 {document.sha256}"))
            self.documents.addItem(item)
        self.documents.setFixedHeight(max(72, min(180, 30 * (self.documents.count() + 1) + 8)))
        column.addWidget(self.documents)
        self.pick_button = QPushButton(icon("folder"), self.tr("Elegir otro archivo…"), box)
        self.pick_button.setObjectName("pickPresented")
        self.pick_button.clicked.connect(
            lambda: self.chooser.pick(self.tr("Documento presentado al cliente"), self._use_upload)
        )
        column.addWidget(self.pick_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.form.add("document", self.tr("Documento presentado *"), box)
        self.documents.currentRowChanged.connect(lambda _row: self._touched())
        self.comment = self._comment_editor(
            self.tr("Dónde y a quién se presentó, cómo fue (opcional)")
        )
        self.form.add("comment", self.tr("Nota"), self.comment)
        self.add_form(self.form)
        if self.documents.count():
            self.documents.setCurrentRow(0)  # the proposal's main document
        self.fit(560)
        self.revalidate()
        self.documents.setFocus()

    def _document_text(self, name: str, size: int, number: int) -> str:
        text = self.tr("%1 — %2 · propuesta v%3").replace("%1", name)
        return text.replace("%2", size_text(size)).replace("%3", str(number))

    def _touched(self) -> None:
        self.form.touched.add("document")
        self.revalidate()

    def use_file(self, path: Path) -> None:
        """A file from disk (the file dialog's answer; tests call it directly)."""
        self.chooser.read(path, self._use_upload)

    def _use_upload(self, upload: DocumentInput) -> None:
        self.upload = upload
        for n in range(self.documents.count() - 1, -1, -1):
            if self.documents.item(n).data(self.ID_ROLE) is None:
                self.documents.takeItem(n)
        text = self.tr("%1 — %2 · archivo nuevo").replace("%1", upload.name)
        item = QListWidgetItem(icon("document"), text.replace("%2", size_text(len(upload.data))))
        item.setData(self.ID_ROLE, None)
        self.documents.addItem(item)
        self.documents.setCurrentItem(item)

    def step(self) -> PresentationStep:
        item = self.documents.currentItem()
        comment = self.comment.toPlainText()
        if item is None:
            return PresentationStep(comment=comment)
        document_id = item.data(self.ID_ROLE)
        if document_id is None:
            return PresentationStep(upload=self.upload, comment=comment)
        return PresentationStep(document_id=int(document_id), comment=comment)

    def field_errors(self, data: Step) -> FieldErrors:
        assert isinstance(data, PresentationStep)
        if self.chooser.reading:
            return {}
        if data.document_id is None and data.upload is None:
            return {"document": ("campaign.needs_document", {})}
        return {}


class ClientDecisionDialog(MoveDialog):
    """The client's answer: who decided, when, how it reached us, and the proof."""

    def __init__(
        self,
        ops: Operations,
        detail: CampaignDetail,
        target: S,
        version: int,
        choices: AccountChoices,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(ops, detail, target, version, parent, locale=locale)
        self.setObjectName("clientDecisionDialog")
        self.decision = DECISION_BY_TARGET[target]
        self.today = today or date.today()
        self.proof: DocumentInput | None = None
        self.chooser = _FileChooser(self, "proof")
        self.form.add_row(
            self.tr("Documento presentado"), self._secondary(self._presented_text(), self)
        )

        self.contact = QComboBox(self)
        self.contact.setObjectName("decisionContact")
        for contact_id, name, position in choices.contacts:
            self.contact.addItem(f"{name} — {position}" if position else name, contact_id)
        self.contact.setPlaceholderText(self.tr("Quién decidió en el cliente"))
        self.contact.setCurrentIndex(0 if len(choices.contacts) == 1 else -1)
        self.decided_on = QDateEdit(self)
        self.decided_on.setObjectName("decisionDate")
        self.decided_on.setLocale(self.locale_)
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat(medium_date_format(self.locale_))
        self.decided_on.setMaximumDate(_qdate(self.today))
        self.decided_on.setDate(_qdate(self.today))
        self.channel = QComboBox(self)
        self.channel.setObjectName("decisionChannel")
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.channel.setCurrentIndex(max(self.channel.findData(Channel.EMAIL.value), 0))
        required = self.decision is not Decision.APPROVED
        self.comment = self._comment_editor(
            self.tr("Qué pide cambiar el cliente")
            if self.decision is Decision.CHANGES_REQUESTED
            else self.tr("Por qué lo rechaza el cliente")
            if self.decision is Decision.REJECTED
            else self.tr("Lo que dijo el cliente (opcional)")
        )
        proof_box = QWidget(self)
        row = QHBoxLayout(proof_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.proof_label = plain_label(self.tr("Sin justificante"), proof_box)
        self.proof_label.setProperty("role", "secondary")
        self.attach_button = QPushButton(icon("document"), self.tr("Adjuntar…"), proof_box)
        self.attach_button.setToolTip(
            self.tr("Una firma escaneada, el correo del cliente… (máximo 50 MB)")
        )
        self.attach_button.clicked.connect(
            lambda: self.chooser.pick(self.tr("Justificante de la decisión"), self._use_proof)
        )
        self.remove_button = QPushButton(self.tr("Quitar"), proof_box)
        self.remove_button.hide()
        self.remove_button.clicked.connect(self._remove_proof)
        row.addWidget(self.proof_label, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_button)
        self.form.add("contact_id", self.tr("Contacto del cliente *"), self.contact)
        self.form.add("decided_on", self.tr("Fecha *"), self.decided_on)
        self.form.add("channel", self.tr("Canal *"), self.channel)
        self.form.add(
            "comment", self.tr("Comentario *") if required else self.tr("Comentario"), self.comment
        )
        self.form.add("proof", self.tr("Justificante"), proof_box)
        self.add_form(self.form)
        self.decided_on.dateChanged.connect(lambda _d: self.revalidate())
        if not choices.contacts:
            self.contact.setEnabled(False)
            self.form.reveal_all()
        self.fit(580)
        self.revalidate()
        self.contact.setFocus()

    def _presented_text(self) -> str:
        """The document the client saw (the presentation's SHA-256), by name when known."""
        sha = self.detail.presented_sha256
        for p in self.detail.proposals:
            for d in p.documents:
                if sha and d.sha256 == sha:
                    text = self.tr("%1 · propuesta v%2").replace("%1", d.name)
                    return text.replace("%2", str(p.number)) + f" (SHA-256 {sha[:12]}…)"
        if sha:
            return self.tr("Archivo presentado (SHA-256 %1…)").replace("%1", sha[:12])
        proposal = self.detail.latest_proposal
        if proposal is not None:
            return self.tr("Propuesta v%1").replace("%1", str(proposal.number))
        return "—"

    def use_proof(self, path: Path) -> None:
        """A proof file from disk (the file dialog's answer; tests call it directly)."""
        self.chooser.read(path, self._use_proof)

    def _use_proof(self, upload: DocumentInput) -> None:
        self.proof = upload
        self.proof_label.setText(f"{upload.name} — {size_text(len(upload.data))}")
        self.remove_button.show()

    def _remove_proof(self) -> None:
        self.proof = None
        self.proof_label.setText(self.tr("Sin justificante"))
        self.remove_button.hide()
        self.set_extra_error("proof", "")

    def step(self) -> ClientDecisionStep:
        d = self.decided_on.date()
        return ClientDecisionStep(
            contact_id=int(self.contact.currentData() or 0),
            decided_on=date(d.year(), d.month(), d.day()),
            channel=Channel(self.channel.currentData() or Channel.EMAIL.value),
            comment=self.comment.toPlainText(),
            proof=self.proof,
        )

    def field_errors(self, data: Step) -> FieldErrors:
        assert isinstance(data, ClientDecisionStep)
        errors: FieldErrors = {}
        if self.contact.count() and not data.contact_id:
            errors["contact_id"] = ("field.required", {})
        if data.decided_on > self.today:
            errors["decided_on"] = ("approval.future_date", {})
        if self.decision is not Decision.APPROVED and not data.comment.strip():
            errors["comment"] = ("campaign.needs_comment", {})
        return errors

    def local_errors(self) -> dict[str, str]:
        if self.contact.count() == 0:
            return {
                "contact_id": self.tr(
                    "La cuenta no tiene contactos: añada en Cuentas a quien decide en el cliente."
                )
            }
        return {}


_LEADING_NUMBER = re.compile(r"^([<>≥≤+~\-]?\s*\d[\d.,]*\s*(?:%|pp|€|\$)?)\s+(\D.*)$")
_TRAILING_NUMBER = re.compile(r"^(\D*?[^\d\s<>≥≤+~\-])\s*([<>≥≤+~\-]?\s*\d.*)$")


def split_kpis(text: str) -> list[tuple[str, str]]:
    """A brief's KPIs text as (name, target) rows: "Prueba 12 %, notoriedad 30 %" gives
    ("Prueba", "12 %") and ("Notoriedad", "30 %"); a decimal comma does not split."""
    rows: list[tuple[str, str]] = []
    for raw in re.split(r"[;\n]|,(?!\d)", text or ""):
        part = raw.strip().lstrip("-•*·").strip().rstrip(".")
        if not part:
            continue
        if ":" in part:
            name, target = (p.strip() for p in part.split(":", 1))
        elif match := _LEADING_NUMBER.match(part):
            target, name = match.group(1).strip(), match.group(2).strip()
        elif match := _TRAILING_NUMBER.match(part):
            name, target = match.group(1).strip(), match.group(2).strip()
        else:
            name, target = part, ""
        name = re.sub(r"\s+(de|del|en|a|al|hasta|of|to)$", "", name, flags=re.IGNORECASE)
        if name:
            rows.append((name[:1].upper() + name[1:], target))
    return rows


class ResultsDialog(MoveDialog):
    """Completing a campaign: each KPI of the brief against what it reached, and the story."""

    def __init__(
        self,
        ops: Operations,
        detail: CampaignDetail,
        target: S,
        version: int,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(ops, detail, target, version, parent, locale=locale)
        self.setObjectName("resultsDialog")
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.kpis = QTableWidget(0, 3, box)
        self.kpis.setObjectName("resultKpis")
        self.kpis.setHorizontalHeaderLabels(
            [self.tr("KPI"), self.tr("Objetivo"), self.tr("Alcanzado")]
        )
        header = self.kpis.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.kpis.setColumnWidth(1, 120)
        self.kpis.setColumnWidth(2, 120)
        self.kpis.verticalHeader().hide()
        self.kpis.setMinimumHeight(160)
        self.kpis.setTabKeyNavigation(False)
        column.addWidget(self.kpis)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.add_button = QPushButton(icon("add"), self.tr("Añadir KPI"), box)
        self.add_button.clicked.connect(lambda: self._add_row("", "", "", edit=True))
        self.remove_button = QPushButton(icon("delete"), self.tr("Quitar KPI"), box)
        self.remove_button.clicked.connect(self._remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.form.add("results", self.tr("KPI"), box)
        self.story = self._comment_editor(
            self.tr("Qué consiguió la campaña, qué aprendimos, qué diría el cliente")
        )
        self.story.setFixedHeight(120)
        self.form.add("story", self.tr("Resumen"), self.story)
        self.key_visual = key_visual_picker(self)
        self.form.add("key_visual", self.tr("Imagen clave"), self.key_visual)
        self.add_form(self.form)
        brief = detail.latest_brief
        if detail.results_kpis:
            for k in detail.results_kpis:
                self._add_row(k.name, k.target, k.achieved)
        elif brief is not None:
            for name, goal in split_kpis(str(brief.fields.get("kpis") or "")):
                self._add_row(name, goal, "")
        self.story.setPlainText(detail.results_story)
        self.kpis.itemChanged.connect(lambda _item: self._touched())
        self.story.textChanged.connect(self._touched)
        self.fit(620)
        self.revalidate()
        if self.kpis.rowCount():
            # the cursor on the first "reached" cell, unselected: typing fills it in
            self.kpis.setCurrentCell(0, 2, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.kpis.setFocus()
        else:
            self.story.setFocus()

    def _add_row(self, name: str, goal: str, achieved: str, edit: bool = False) -> None:
        row = self.kpis.rowCount()
        self.kpis.insertRow(row)
        for col, text in enumerate((name, goal, achieved)):
            self.kpis.setItem(row, col, QTableWidgetItem(text))
        if edit:
            self.kpis.setCurrentCell(row, 0)
            item = self.kpis.item(row, 0)
            if item is not None:
                self.kpis.editItem(item)

    def _remove_row(self) -> None:
        row = self.kpis.currentRow()
        if row >= 0:
            self.kpis.removeRow(row)
            self._touched()

    def _touched(self) -> None:
        self.form.touched.add("results")
        self.revalidate()

    def rows(self) -> tuple[KpiResult, ...]:
        def cell(r: int, c: int) -> str:
            item = self.kpis.item(r, c)
            return item.text().strip() if item is not None else ""

        return tuple(
            KpiResult(cell(r, 0), cell(r, 1), cell(r, 2))
            for r in range(self.kpis.rowCount())
            if cell(r, 0) or cell(r, 2)
        )

    def step(self) -> ResultsStep:
        image = self.key_visual.image
        visual = DocumentInput(image.name, image.data, image.content_type) if image else None
        return ResultsStep(story=self.story.toPlainText(), kpis=self.rows(), key_visual=visual)

    def revalidate(self) -> bool:
        valid = super().revalidate()
        picker = getattr(self, "key_visual", None)  # None while the dialog is being built
        if picker is not None and picker.reading:  # the image is still being read
            self.save_button.setEnabled(False)
            return False
        return valid

    def field_errors(self, data: Step) -> FieldErrors:
        assert isinstance(data, ResultsStep)
        missing = [k.name for k in data.kpis if k.name and not k.achieved]
        shown = missing and ("results" in self.form.touched or self.form.show_all)
        self.form.set_warning(  # advice once the person has started: it never blocks
            "results",
            self.tr("Sin valor alcanzado: %1").replace("%1", ", ".join(missing)) if shown else "",
        )
        if not data.story.strip() and not any(k.achieved for k in data.kpis):
            return {"results": ("campaign.needs_results", {})}
        return {}

    def local_errors(self) -> dict[str, str]:
        if any(k.achieved and not k.name for k in self.rows()):
            return {"results": self.tr("Cada valor alcanzado necesita el nombre de su KPI.")}
        return {}


class ReasonDialog(MoveDialog):
    """A director cancels a campaign, and says why."""

    def __init__(
        self,
        ops: Operations,
        detail: CampaignDetail,
        target: S,
        version: int,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(ops, detail, target, version, parent, locale=locale)
        self.setObjectName("reasonDialog")
        self.cancel_button.setText(self.tr("Volver"))
        note = self._secondary(
            self.tr(
                "La campaña quedará cancelada y ya no se podrá modificar; su historia se conserva."
            ),
            self,
        )
        self.body.insertWidget(1, note)
        self.reason = self._comment_editor(self.tr("Por qué se cancela"))
        self.form.add("reason", self.tr("Motivo *"), self.reason)
        self.add_form(self.form)
        self.fit(520)
        self.revalidate()
        self.reason.setFocus()

    def step(self) -> ReasonStep:
        return ReasonStep(reason=self.reason.toPlainText())

    def field_errors(self, data: Step) -> FieldErrors:
        assert isinstance(data, ReasonStep)
        if not data.reason.strip():
            return {"reason": ("campaign.needs_reason", {})}
        return {}


DIALOGS: dict[Need, type[MoveDialog]] = {
    Need.INTERNAL_DECISION: InternalDecisionDialog,
    Need.PRESENTED_DOCUMENT: PresentationDialog,
    Need.CLIENT_DECISION: ClientDecisionDialog,
    Need.RESULTS: ResultsDialog,
    Need.REASON: ReasonDialog,
}


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


# -- run_move ---------------------------------------------------------------------------------


class _MoveRun(QObject):
    """One move from start to end: load, check, ask, write, tell. Lives with its parent."""

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        campaign_id: int,
        version: int,
        target: S,
        on_done: OnDone | None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.version = version
        self.target = target
        self.on_done = on_done
        self.detail: CampaignDetail | None = None
        self.dialog: MoveDialog | None = None
        self.finished = False

    def start(self) -> None:
        self.ctx.ops.read(
            get_campaign, self.campaign_id, on_done=self._loaded, on_error=self._error
        )

    def _alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self.parent_widget)

    def _loaded(self, detail: CampaignDetail) -> None:
        if not self._alive():
            return
        self.detail = detail
        move = move_for(detail.status, self.target)
        title = (
            move_label(detail.status, self.target)
            if move
            else QCoreApplication.translate("DecisionDialogs", "Mover campaña")
        )
        if detail.version != self.version:
            self._refuse(title, render("campaign.moved_meanwhile", {"source": detail.status}))
            return
        if move is None:
            code = "campaign.closed" if detail.status in CLOSED else "campaign.move_not_in_life"
            params = {"status": detail.status, "source": detail.status, "target": self.target}
            self._refuse(title, render(code, params))
            return
        option = next((o for o in detail.moves if o.target is self.target), None)
        if option is not None and not option.allowed and option.reason is not None:
            self._refuse(title, render(*option.reason))
            return
        if move.need is Need.CLIENT_DECISION:
            self.ctx.ops.read(
                account_choices,
                detail.row.account_id,
                on_done=self._open_client_decision,
                on_error=self._error,
            )
        elif move.need in DIALOGS:
            self._open(
                DIALOGS[move.need](
                    self.ctx.ops,
                    detail,
                    self.target,
                    self.version,
                    self.parent_widget,
                    locale=self.ctx.locale,
                )
            )
        else:
            self.ctx.ops.write(
                _move,
                self.campaign_id,
                self.target,
                self.version,
                None,
                on_done=self._moved,
                on_error=self._error,
            )

    def _open_client_decision(self, choices: AccountChoices) -> None:
        if not self._alive() or self.detail is None:
            return
        self._open(
            ClientDecisionDialog(
                self.ctx.ops,
                self.detail,
                self.target,
                self.version,
                choices,
                self.parent_widget,
                locale=self.ctx.locale,
            )
        )

    def _open(self, dialog: MoveDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(lambda result, _data: self._moved(result))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._finish(False)  # no-op when the dialog saved: the move already finished

    def _moved(self, _result: Any) -> None:
        if self.detail is not None and not self.finished:
            text = QCoreApplication.translate("DecisionDialogs", "«%1» pasa a «%2».").replace(
                "%1", self.detail.row.name
            )
            self.ctx.toast(text.replace("%2", status_label(self.target)))
        self._finish(True)

    def _error(self, error: BaseException) -> None:
        if not self._alive():
            return
        text = (
            describe(error)
            if isinstance(error, DomainError)
            else QCoreApplication.translate("DecisionDialogs", "Error inesperado: %1").replace(
                "%1", str(error)
            )
        )
        self._refuse(QCoreApplication.translate("DecisionDialogs", "Mover campaña"), text)

    def _refuse(self, title: str, text: str) -> None:
        show_refusal(self.parent_widget, title, text)
        self._finish(False)

    def _finish(self, ok: bool) -> None:
        if not self.finished:
            self.finished = True
            if self.on_done is not None:
                self.on_done(ok)
        if self.dialog is None and shiboken6.isValid(self):
            self.deleteLater()


def run_move(
    parent: QWidget,
    ctx: AppContext,
    campaign_id: int,
    version: int,
    target: CampaignStatus,
    on_done: OnDone | None = None,
) -> None:
    """Move a campaign to `target`: with the decision's dialog when the move needs one, a
    refusal said at once when it may not happen; `on_done(True)` once it has moved."""
    _MoveRun(parent, ctx, campaign_id, version, CampaignStatus(target), on_done).start()
