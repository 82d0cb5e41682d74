"""The decisions a move may need: the agency's approval, what was presented to the client,
the client's decision with its proof, and a director's reason to cancel. Each is a
`MoveDialog`; `run_move` (move_run.py) opens the one the move needs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import ApprovalStage, CampaignStatus, Channel, Decision
from agencia.domain.messages import role_name
from agencia.domain.text import fill
from agencia.services.campaigns.decision_floor import decision_floor
from agencia.services.campaigns.documents import DocumentInput, sha256
from agencia.services.campaigns.flow import (
    ClientDecisionStep,
    InternalDecisionStep,
    PresentationStep,
    ReasonStep,
    Step,
    began_on,
)
from agencia.services.campaigns.queries import AccountChoices
from agencia.services.campaigns.views import CampaignDetail
from agencia.ui.campaigns.labels import (
    channel_label,
    decision_chip,
)
from agencia.ui.campaigns.move_dialog import (
    DECISION_BY_TARGET,
    FileChooser,
    MoveDialog,
    size_text,
)
from agencia.ui.formatting import money
from agencia.ui.ops import Operations
from agencia.ui.resources import icon
from agencia.ui.widgets.doc_widgets import date_edit, qdate
from agencia.ui.widgets.form_dialog import FieldErrors
from agencia.ui.widgets.status_chip import StatusChip
from agencia.ui.widgets.text import plain_label, plain_tip

S = CampaignStatus


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
            summary = proposal.summary.splitlines()[0] if proposal.summary else ""
            text = fill(self.tr("v%1 — %2"), proposal.number, summary)
            self.form.add_row(self.tr("Propuesta"), self._secondary(text.rstrip(" —"), self))
            self.form.add_row(self.tr("Archivos"), self._secondary(files, self))
        level = self.tr("%1 o superior (presupuesto %2)")
        budget = money(detail.row.budget, detail.row.currency, self.locale_)
        level = fill(level, role_name(detail.required_role.value), budget)
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


class PresentationDialog(MoveDialog):
    """What was shown to the client, and when: one of the files internal review approved
    (the latest proposal's), chosen from the list or given again from disk — a file from
    disk is accepted only if it is byte for byte one of them (its SHA-256)."""

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
        today: date | None = None,
    ) -> None:
        super().__init__(ops, detail, target, version, parent, locale=locale)
        self.setObjectName("presentationDialog")
        self.today = today or date.today()
        self.upload: DocumentInput | None = None
        self.chooser = FileChooser(self, "document")
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.documents = QListWidget(box)
        self.documents.setObjectName("presentedDocuments")
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        proposal = detail.latest_proposal
        # the file internal review approved (its SHA-256, recorded by the approval the
        # campaign stands on): the only one the client may be shown
        internal = next((a for a in detail.approvals if a.stage is ApprovalStage.INTERNAL), None)
        approved = internal.document_sha256 if internal is not None else ""
        shown = [
            d
            for d in (proposal.documents if proposal is not None else ())
            if not approved or d.sha256 == approved
        ]
        for document in shown:
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
        self.approved_sha256 = {d.sha256 for d in shown}
        self.pick_button = QPushButton(icon("folder"), self.tr("Elegir el archivo del disco…"), box)
        self.pick_button.setToolTip(
            self.tr("El mismo archivo aprobado en revisión interna, guardado en su equipo")
        )
        self.pick_button.setObjectName("pickPresented")
        self.pick_button.clicked.connect(
            lambda: self.chooser.pick(self.tr("Documento presentado al cliente"), self._use_upload)
        )
        column.addWidget(self.pick_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.form.add("document", self.tr("Documento presentado *"), box)
        self.documents.currentRowChanged.connect(lambda _row: self._touched())
        self.presented_on = date_edit(self.locale_, self.today, self)
        self.presented_on.setObjectName("presentationDate")
        self.presented_on.setMaximumDate(qdate(self.today))
        # not before the campaign began: the service refuses it, the box does not offer it
        earliest = began_on(detail.created_at, detail.row.start_date)
        self.presented_on.setMinimumDate(qdate(min(earliest, self.today)))
        self.form.add("presented_on", self.tr("Fecha de la presentación *"), self.presented_on)
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
        return fill(self.tr("%1 — %2 · propuesta v%3"), name, size_text(size), number)

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
        text = fill(self.tr("%1 — %2 · archivo nuevo"), upload.name, size_text(len(upload.data)))
        item = QListWidgetItem(icon("document"), text)
        item.setData(self.ID_ROLE, None)
        self.documents.addItem(item)
        self.documents.setCurrentItem(item)

    def step(self) -> PresentationStep:
        item = self.documents.currentItem()
        comment = self.comment.toPlainText()
        day = self.presented_on.date().toPython()
        assert isinstance(day, date)
        if item is None:
            return PresentationStep(comment=comment, presented_on=day)
        document_id = item.data(self.ID_ROLE)
        if document_id is None:
            return PresentationStep(upload=self.upload, comment=comment, presented_on=day)
        return PresentationStep(document_id=int(document_id), comment=comment, presented_on=day)

    def field_errors(self, data: Step) -> FieldErrors:
        assert isinstance(data, PresentationStep)
        if self.chooser.reading:
            return {}
        if data.document_id is None and data.upload is None:
            return {"document": ("campaign.needs_document", {})}
        if data.upload is not None and sha256(data.upload.data) not in self.approved_sha256:
            number = self.detail.latest_proposal.number if self.detail.latest_proposal else 0
            return {"document": ("review.unreviewed_document", {"number": number})}
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
        self.chooser = FileChooser(self, "proof")
        self.form.add_row(
            self.tr("Documento presentado"), self._secondary(self._presented_text(), self)
        )

        self.contact = QComboBox(self)
        self.contact.setObjectName("decisionContact")
        for contact_id, name, position in choices.contacts:
            self.contact.addItem(f"{name} — {position}" if position else name, contact_id)
        self.contact.setPlaceholderText(self.tr("Quién decidió en el cliente"))
        self.contact.setCurrentIndex(0 if len(choices.contacts) == 1 else -1)
        self.decided_on = date_edit(self.locale_, self.today, self)
        self.decided_on.setObjectName("decisionDate")
        self.decided_on.setMaximumDate(qdate(self.today))
        # not before the presentation it answers: the move refuses it, the box does not
        # offer it. Until its day is read, where the presentation itself could begin.
        began = began_on(detail.created_at, detail.row.start_date)
        self.floor = min(began, self.today)
        self.decided_on.setMinimumDate(qdate(self.floor))
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
        ops.read(
            decision_floor,
            detail.id,
            on_done=self._presented_on,
            on_error=lambda _error: None,  # the move checks the day anyway, and says why
            key="decision-floor",
        )

    def _presented_on(self, day: date) -> None:
        """The presentation's day, read: the box starts there (never after today)."""
        self.floor = min(day, self.today)
        self.decided_on.setMinimumDate(qdate(self.floor))
        self.revalidate()

    def _presented_text(self) -> str:
        """The document the client saw (the presentation's SHA-256), by name when known."""
        sha = self.detail.presented_sha256
        for p in self.detail.proposals:
            for d in p.documents:
                if sha and d.sha256 == sha:
                    text = fill(self.tr("%1 · propuesta v%2"), d.name, p.number)
                    return text + f" (SHA-256 {sha[:12]}…)"
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
        elif data.decided_on < self.floor:
            params = {"date": self.floor.isoformat()}
            errors["decided_on"] = ("approval.decided_before_presented", params)
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
