"""Pendientes' actions in place: approve a brief or a proposal, record the client's
confirmation of an acta, mark a next step done — without leaving the list.

Each goes through the owning area's own service, the one its full screen calls, which
checks the permission and the version again: what changed meanwhile comes back as a
conflict to show, never as an overwrite. Items whose work needs the full screen (writing
changes, presenting) offer no action here: Abrir takes the person there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.areas import AreaId
from agencia.domain.enums import CampaignStatus, Channel, Decision
from agencia.domain.labels import label
from agencia.domain.text import fill
from agencia.services.pending.items import PendingItem
from agencia.ui.widgets.doc_widgets import date_edit
from agencia.ui.widgets.text import WrapLabel
from agencia.ui.widgets.typed_dialog import TypedDialog

if TYPE_CHECKING:
    from agencia.services import Database

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class InPlace:
    """The main action an item allows here: its button's text, and whether it asks first."""

    kind: str  # "approve_brief", "approve_proposal", "acknowledge", "step_done"
    text: str


def action_for(item: PendingItem) -> InPlace | None:
    """The action the item allows in place, or None (Abrir is the way then)."""
    if item.kind == "approve_brief" and item.item_id is not None:
        return InPlace("approve_brief", translate("Pending", "Aprobar brief…"))
    if item.kind == "approve_proposal" and item.version is not None:
        return InPlace("approve_proposal", translate("Pending", "Aprobar propuesta…"))
    if item.kind == "acknowledgement" and item.item_id is not None and item.version is not None:
        return InPlace("acknowledge", translate("Pending", "Registrar confirmación…"))
    if item.kind == "next_step" and item.item_id is not None and item.step_id is not None:
        return InPlace("step_done", translate("Pending", "Marcar como hecho"))
    return None


@dataclass(frozen=True, slots=True)
class Answer:
    """What the person said in the action's dialog."""

    comment: str = ""
    on: date | None = None
    channel: Channel = Channel.EMAIL


def write_for(item: PendingItem, action: InPlace, answer: Answer) -> tuple[Any, tuple[Any, ...]]:
    """The service call (function and arguments after db and actor) that does the action."""
    # the campaigns area's services, imported when an action is done: not at sign-in
    from agencia.services.campaigns.flow import decide_brief
    from agencia.services.campaigns.meetings import acknowledge_meeting
    from agencia.services.campaigns.pending import mark_step_done

    if action.kind == "approve_brief":
        assert item.item_id is not None
        return decide_brief, (item.campaign_id, item.item_id, Decision.APPROVED, answer.comment)
    if action.kind == "approve_proposal":
        return _approve_proposal, (item.campaign_id, item.version, answer.comment)
    if action.kind == "acknowledge":
        on = answer.on or date.today()
        return acknowledge_meeting, (item.item_id, on, answer.channel, answer.comment, item.version)
    return mark_step_done, (item.item_id, item.step_id)


def _approve_proposal(db: Any, actor: Any, campaign_id: int, version: int, comment: str) -> Any:
    """The internal approval: the move to «Lista para el cliente» with its decision."""
    from agencia.services.campaigns.flow import InternalDecisionStep, move_campaign

    step = InternalDecisionStep(comment=comment)
    target = CampaignStatus.READY_FOR_CLIENT
    return move_campaign(db, actor, campaign_id, target, version=version, step=step)


def done_text(action: InPlace) -> str:
    return {
        "approve_brief": translate("Pending", "Brief aprobado"),
        "approve_proposal": translate("Pending", "Propuesta aprobada: lista para el cliente"),
        "acknowledge": translate("Pending", "Confirmación del cliente registrada"),
        "step_done": translate("Pending", "Paso marcado como hecho"),
    }[action.kind]


class ActionDialog(TypedDialog):
    """Asks once, naming what changes: a comment for an approval; when and how the client
    confirmed an acta."""

    def __init__(
        self,
        item: PendingItem,
        action: InPlace,
        locale: QLocale,
        parent: QWidget | None = None,
        db: Database | None = None,  # where its draft is kept (None: none is)
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pendingActionDialog")
        self.action = action
        self.setWindowTitle(action.text.rstrip("…"))
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("pendingComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        self.on = date_edit(locale, date.today(), self)
        self.on.setMaximumDate(QDate.currentDate())
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(label(channel), channel.value)
        self.channel.setCurrentIndex(max(self.channel.findData(Channel.EMAIL.value), 0))
        self.note = QLineEdit(self)
        intro = {
            "approve_brief": translate(
                "Pending", "Aprobar el %1 de «%2»; el equipo podrá empezar."
            ),
            "approve_proposal": translate(
                "Pending", "Aprobar la propuesta de «%2»: pasa a «Lista para el cliente»."
            ),
            "acknowledge": translate(
                "Pending", "El cliente confirmó el acta «%1». Una vez confirmada ya no se modifica."
            ),
        }.get(action.kind, "%1")
        text = WrapLabel(fill(intro, item.title, item.campaign), self)
        form = QFormLayout()
        if action.kind == "acknowledge":
            form.addRow(translate("Pending", "Fecha"), self.on)
            form.addRow(translate("Pending", "Cómo"), self.channel)
            form.addRow(translate("Pending", "Nota"), self.note)
        else:
            form.addRow(translate("Pending", "Comentario"), self.comment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(action.text.rstrip("…"))
        ok.setProperty("primary", True)
        self.restored_note = WrapLabel(self.restored_text(), self)
        self.restored_note.setObjectName("pendingRestored")
        self.restored_note.setProperty("role", "secondary")
        self.restored_note.hide()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.restored_note)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        # what is typed survives a crash: the person's draft, of this item's action
        typed = {"note": self.note} if action.kind == "acknowledge" else {"comment": self.comment}
        self.keep_draft(
            db,
            f"pending.{action.kind}.{item.item_id or 0}",
            item.campaign_id,
            item.campaign,
            typed,
            AreaId.PENDING,
        )

    def draft_restored(self) -> None:
        self.restored_note.show()

    def typed(self) -> str:
        return self.comment.toPlainText() + self.note.text()

    def answer(self) -> Answer:
        if self.action.kind == "acknowledge":
            on = self.on.date().toPython()
            channel = Channel(str(self.channel.currentData()))
            return Answer(self.note.text().strip(), on if isinstance(on, date) else None, channel)
        return Answer(self.comment.toPlainText().strip())
