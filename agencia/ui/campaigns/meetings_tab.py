"""The campaign's meeting reports (actas): the list with each one's state, the one chosen in
full, and the steps of its life — written, sent to the client, acknowledged (from then on
it is kept as it was)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.campaigns.queries import AccountChoices, account_choices
from agencia.services.campaigns.views import CampaignDetail, MeetingView, NextStepView
from agencia.services.results import SaveResult
from agencia.ui.area import AppContext
from agencia.ui.campaigns.document_tab import DocumentTab
from agencia.ui.campaigns.labels import channel_label
from agencia.ui.campaigns.meeting_form import AcknowledgeDialog, MeetingDialog
from agencia.ui.campaigns.meetings_acta import send_with_acta, step_to_task, task_service
from agencia.ui.formatting import date_text, datetime_text
from agencia.ui.resources import icon
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.doc_widgets import heading, secondary, select_row, table
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.status_chip import CHIP_ROLE, Chip, StatusChip, cell_width
from agencia.ui.widgets.table_model import Column, Index, RowsModel
from agencia.ui.widgets.text import WrapLabel

translate = QCoreApplication.translate

STATE_COLORS = {"draft": "#6d6d6d", "sent": "#b26a00", "acknowledged": "#2e7d32"}


def meeting_state(meeting: MeetingView) -> str:
    if meeting.acknowledged_on is not None:
        return "acknowledged"
    return "sent" if meeting.sent_at is not None else "draft"


def state_chip(meeting: MeetingView) -> Chip:
    state = meeting_state(meeting)
    text = {
        "draft": translate("Meetings", "Sin enviar"),
        "sent": translate("Meetings", "Enviada"),
        "acknowledged": translate("Meetings", "Confirmada"),
    }[state]
    return Chip(text, STATE_COLORS[state])


class MeetingsModel(RowsModel):
    STATE = 1

    def __init__(self, tab: MeetingsTab) -> None:
        locale = tab.ctx.locale
        super().__init__(
            [
                Column(translate("MeetingsTab", "Fecha"), lambda m: date_text(m.held_on, locale)),
                Column(translate("MeetingsTab", "Estado"), lambda m: state_chip(m).text),
                Column(translate("MeetingsTab", "Asunto"), lambda m: m.subject),
            ],
            tab,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == CHIP_ROLE and index.column() == self.STATE:
            meeting = self.row(index.row())
            return state_chip(meeting) if meeting else None
        return super().data(index, role)


class StepsModel(RowsModel):
    def __init__(self, tab: MeetingsTab) -> None:
        locale = tab.ctx.locale

        def owner(s: NextStepView) -> str:
            if not s.owner:
                return "—"
            side = (
                translate("MeetingsTab", "cliente")
                if s.owner_contact_id is not None
                else translate("MeetingsTab", "agencia")
            )
            return f"{s.owner} ({side})"

        def due(s: NextStepView) -> str:
            text = date_text(s.due_on, locale)
            if s.due_on is not None and not s.done and s.due_on < date.today():
                text += " · " + translate("MeetingsTab", "vencido")
            return text

        super().__init__(
            [
                Column(translate("MeetingsTab", "Paso"), lambda s: s.description),
                Column(translate("MeetingsTab", "Responsable"), owner),
                Column(translate("MeetingsTab", "Fecha"), due),
                Column(
                    translate("MeetingsTab", "Hecho"),
                    lambda s: "✓" if s.done else "",
                    accessible=lambda s: (
                        translate("MeetingsTab", "Hecho")
                        if s.done
                        else translate("MeetingsTab", "Pendiente")
                    ),
                    centered=True,
                ),
            ],
            tab,
        )


class MeetingsTab(DocumentTab):
    """Actas are written in a dialog, saved or cancelled there: nothing to lose on leaving."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "meetingsTab", parent)
        self.choices: AccountChoices | None = None
        self._choices_account: int | None = None

        self.new_button = QPushButton(icon("add"), self.tr("Nueva acta…"), self)
        self.new_button.setObjectName("newMeeting")
        self.new_button.clicked.connect(self.new_meeting)
        self.reason = secondary("", self)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.new_button)
        bar.addWidget(self.reason, 1)

        self.model = MeetingsModel(self)
        self.list = table(self)
        self.list.setObjectName("meetingsList")
        self.list.setModel(self.model)
        chip_room = max(
            cell_width(Chip(t, "#000"), self.list.font())
            for t in (self.tr("Sin enviar"), self.tr("Enviada"), self.tr("Confirmada"))
        )
        set_widths(self.list.horizontalHeader(), (104, chip_room, 120))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentRowChanged.connect(self._chosen)
        self.list.doubleClicked.connect(lambda _i: self.edit_meeting())
        self.list.setMinimumWidth(300)

        # -- the acta chosen ---------------------------------------------------------------
        panel = QWidget()
        self.title = WrapLabel("", panel)
        self.title.setProperty("role", "heading")
        self.meta = secondary("", panel)
        self.chip = StatusChip(panel)
        self.state_text = secondary("", panel)
        self.edit_button = QPushButton(icon("edit"), self.tr("Editar…"), panel)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.send_button = QPushButton(icon("mail"), self.tr("Enviar al cliente…"), panel)
        self.send_button.setObjectName("sendMeetingButton")
        self.send_button.clicked.connect(self.send_meeting)
        self.ack_button = QPushButton(icon("check"), self.tr("Registrar confirmación…"), panel)
        self.ack_button.setObjectName("acknowledgeButton")
        self.ack_button.clicked.connect(self.acknowledge)
        self.staff_label = WrapLabel("", panel)
        self.contacts_label = WrapLabel("", panel)
        self.agreements = WrapLabel("", panel)
        self.agreements.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps_model = StepsModel(self)
        self.steps = table(panel)
        self.steps.setObjectName("meetingSteps")
        self.steps.setModel(self.steps_model)
        set_widths(self.steps.horizontalHeader(), (240, 190, 120, 60))
        # the step elides; who and when stay whole (they are what a step is chased by)
        self.steps_fit = ColumnFit(self.steps, whole=(1, 2, 3), cap=480)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_empty = secondary(self.tr("Sin próximos pasos."), panel)
        # offered when an area makes tasks of steps (coordination), named by its declaration
        self.task_button = QPushButton(icon("add"), self.tr("Convertir en tarea"), panel)
        self.task_button.setObjectName("stepToTask")
        self.task_button.setToolTip(self.tr("El paso elegido pasa a ser una tarea de la campaña"))
        self.task_button.clicked.connect(lambda: step_to_task(self))
        self.task_button.setVisible(False)

        chip_row = QHBoxLayout()
        chip_row.setSpacing(8)
        chip_row.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        chip_row.addWidget(self.state_text, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.edit_button, self.send_button, self.ack_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.staff_label)
        who.addWidget(self.contacts_label)
        column = QVBoxLayout(panel)
        column.setContentsMargins(16, 4, 12, 12)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.meta)
        column.addLayout(chip_row)
        column.addLayout(buttons)
        column.addSpacing(8)
        column.addWidget(heading(self.tr("Asistentes"), panel))
        column.addLayout(who)
        column.addSpacing(4)
        column.addWidget(heading(self.tr("Acuerdos"), panel))
        column.addWidget(self.agreements)
        column.addSpacing(4)
        column.addWidget(heading(self.tr("Próximos pasos"), panel))
        column.addWidget(self.steps_empty)
        column.addWidget(self.steps)
        column.addWidget(self.task_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.panel_scroll = QScrollArea(self)
        self.panel_scroll.setWidgetResizable(True)
        self.panel_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.panel_scroll.setWidget(panel)

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.list)
        self.split.addWidget(self.panel_scroll)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([360, 640])
        self.empty = EmptyState(
            self.tr("Aún no hay actas de esta campaña"),
            self.tr(
                "Un acta recoge quién estuvo en la reunión, lo acordado y los próximos pasos; "
                "se envía al cliente para que la confirme."
            ),
            self.tr("Nueva acta…"),
            "document",
            self,
        )
        self.empty.action_clicked.connect(self.new_meeting)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.split)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(8)
        outer.addLayout(bar)
        outer.addWidget(self.stack, 1)
        self._show_meeting(None)

    # -- what the page calls -----------------------------------------------------------------
    def set_detail(self, detail: CampaignDetail) -> None:
        chosen = self.current_meeting()
        wanted = self.wanted(detail, chosen.id if chosen is not None else None)
        self.detail = detail
        self.model.set_rows(detail.meetings)
        self.stack.setCurrentIndex(1 if detail.meetings else 0)
        self.empty.set_action_visible(detail.can_log)
        row = next((n for n, m in enumerate(detail.meetings) if m.id == wanted), 0)
        if detail.meetings:
            select_row(self.list, row)
        self._show_meeting(self.current_meeting())
        if self._choices_account != detail.row.account_id:
            self.choices = None
            self._load_choices(detail.row.account_id)

    def current_meeting(self) -> MeetingView | None:
        index = self.list.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        return row if isinstance(row, MeetingView) else None

    def select_meeting(self, meeting_id: int) -> None:
        for n, meeting in enumerate(self.model.rows()):
            if meeting.id == meeting_id:
                select_row(self.list, n)

    # -- showing --------------------------------------------------------------------------------
    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_meeting(self.current_meeting())

    def _show_meeting(self, m: MeetingView | None) -> None:
        locale = self.ctx.locale
        d = self.detail
        can_log = d is not None and d.can_log
        self.new_button.setEnabled(can_log)
        self.new_button.setVisible(d is None or bool(d.meetings))
        self.reason.setText("" if can_log or d is None else self._no_log())
        panel_widgets: list[QWidget] = [self.edit_button, self.send_button, self.ack_button]
        if m is None:
            self.title.setText("")
            self.meta.setText("")
            self.chip.set_chip(None)
            self.state_text.setText("")
            for widget in panel_widgets:
                widget.setEnabled(False)
            return
        self.title.setText(m.subject)
        meta = [date_text(m.held_on, locale)]
        if m.place:
            meta.append(m.place)
        if m.author:
            meta.append(self.tr("Redactada por %1").replace("%1", m.author))
        self.meta.setText(" · ".join(meta))
        self.chip.set_chip(state_chip(m))
        state = meeting_state(m)
        if state == "acknowledged":
            text = self.tr("El cliente la confirmó el %1 (%2).")
            text = text.replace("%1", date_text(m.acknowledged_on, locale))
            text = text.replace(
                "%2", channel_label(m.acknowledged_channel) if m.acknowledged_channel else "—"
            )
            if m.acknowledgement_note:
                text += " «" + m.acknowledgement_note + "»"
        elif state == "sent":
            text = fill(
                self.tr("Enviada a %1 el %2; falta su confirmación."),
                m.sent_to or "—",
                datetime_text(m.sent_at, locale),
            )
        else:
            text = self.tr("Aún no se ha enviado al cliente.")
        if m.sent_sha256:  # which PDF went: what the client's acknowledgement refers to
            text += " " + self.tr("Acta enviada: SHA-256 %1…").replace("%1", m.sent_sha256[:16])
        self.state_text.setText(text)
        self.state_text.setToolTip(m.sent_sha256 or "")
        ours = ", ".join(n for _, n in m.staff) or "—"
        theirs = ", ".join(n for _, n in m.contacts) or "—"
        self.staff_label.setText(self.tr("Agencia: %1").replace("%1", ours))
        self.contacts_label.setText(self.tr("Cliente: %1").replace("%1", theirs))
        self.agreements.setText(m.agreements or "—")
        self.steps_model.set_rows(m.next_steps)
        self.steps.setVisible(bool(m.next_steps))
        self.steps_empty.setVisible(not m.next_steps)
        self.task_button.setVisible(bool(m.next_steps) and task_service() is not None)
        if m.next_steps:
            select_row(self.steps, 0)
        row_height = self.steps.verticalHeader().defaultSectionSize()
        header = self.steps.horizontalHeader()
        header.ensurePolished()
        self.steps.setFixedHeight(
            max(header.sizeHint().height(), header.height())
            + row_height * len(m.next_steps)
            + 2 * self.steps.frameWidth()
            + 2
        )

        closed = self.tr("El cliente confirmó el acta el %1: ya no se modifica.").replace(
            "%1", date_text(m.acknowledged_on, locale)
        )
        no_role = self._no_log()

        def rule(button: QPushButton, enabled: bool, why: str) -> None:
            button.setEnabled(enabled)
            label = button.text().removesuffix("…")
            button.setToolTip(label if enabled else f"{label} — {why}")

        acknowledged = state == "acknowledged"
        why = no_role if not can_log else closed
        rule(self.edit_button, can_log and not acknowledged, why)
        rule(self.send_button, can_log and not acknowledged, why)
        if can_log and not acknowledged and state == "draft":
            why = self.tr("Primero envíe el acta al cliente.")
        rule(self.ack_button, can_log and state == "sent", why)

    def _no_log(self) -> str:
        """Why the person may not record actas here: their role, or the account off
        their team or outside their group (the service says which)."""
        why = self.detail.log_refusal if self.detail is not None else None
        if why is not None and why[0] != "permission.denied":
            return render(*why)
        return self.tr("Su rol no permite registrar actas en esta campaña.")

    # -- actions --------------------------------------------------------------------------------
    def _load_choices(self, account_id: int, then: Any = None) -> None:
        def arrived(choices: AccountChoices) -> None:
            self.choices = choices
            self._choices_account = account_id
            if then is not None:
                then()

        self.ctx.ops.read(
            account_choices,
            account_id,
            on_done=arrived,
            on_error=self._report,
            key=f"meetings.choices.{id(self)}",
        )

    def _with_choices(self, action: Any) -> None:
        d = self.detail
        if d is None:
            return
        if self.choices is not None and self._choices_account == d.row.account_id:
            action()
        else:
            self._load_choices(d.row.account_id, action)

    def new_meeting(self) -> None:
        d = self.detail
        if d is None or not d.can_log:
            return
        self._with_choices(lambda: self._open_meeting(None))

    def edit_meeting(self) -> None:
        d, m = self.detail, self.current_meeting()
        if d is None or m is None or not d.can_log or m.acknowledged_on is not None:
            return
        self._with_choices(lambda: self._open_meeting(m))

    def _open_meeting(self, meeting: MeetingView | None) -> None:
        d, choices = self.detail, self.choices
        if d is None or choices is None:
            return
        dialog = MeetingDialog(self.ctx.ops, self.ctx.locale, d.id, choices, meeting, self)
        dialog.saved.connect(lambda result, data: self._meeting_saved(result, data, meeting))
        self.open_dialog(dialog)

    def _meeting_saved(self, result: SaveResult, data: Any, meeting: MeetingView | None) -> None:
        self._wanted = result.id
        self.select_meeting(result.id)
        self.ctx.toast(
            self.tr("Acta «%1» guardada").replace("%1", data.subject.strip())
            if meeting is None
            else self.tr("Acta «%1» corregida").replace("%1", data.subject.strip())
        )

    def send_meeting(self) -> None:
        d, m = self.detail, self.current_meeting()
        if d is None or m is None or not d.can_log or m.acknowledged_on is not None:
            return

        def open_send() -> None:
            if self.choices is None:
                return
            names = {i: n for i, n, _ in self.choices.contacts}
            send_with_acta(  # the acta's PDF is drawn and kept first, then sent
                self,
                m,
                self.choices.contacts,
                lambda result, contact_id: self._done(
                    result,
                    self.tr("Acta enviada a %1").replace("%1", names.get(contact_id, "")),
                ),
            )

        self._with_choices(open_send)

    def acta_failed(self, error: BaseException) -> None:
        """The acta could not be drawn or read: said where the tab says why."""
        self._report(error)

    def acknowledge(self) -> None:
        d, m = self.detail, self.current_meeting()
        if d is None or m is None or not d.can_log or meeting_state(m) != "sent":
            return
        dialog = AcknowledgeDialog(self.ctx.ops, self.ctx.locale, m, self)
        dialog.saved.connect(
            lambda result, _data: self._done(
                result, self.tr("Confirmación del cliente registrada; el acta queda cerrada")
            )
        )
        self.open_dialog(dialog)

    def _done(self, result: SaveResult, message: str) -> None:
        self._wanted = result.id
        self.ctx.toast(message)

    def _report(self, error: BaseException) -> None:
        self.reason.setText(error_text(error))
