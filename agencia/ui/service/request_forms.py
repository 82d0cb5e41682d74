"""The service queue's forms: a request taken (a phone call, a visit…), the chosen request
moved along its life, and given to someone else. Each validates as the person types with
the rule the service itself applies (`validate_request`, `service_life.refusal`,
`validate_resolution`) and saves through the service; a refusal the database gives comes
back under its field. A move and a reassignment save over the version the person saw:
another workstation's save meanwhile shows both versions (the house's conflict view),
and what the person chose and typed stays in the form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from agencia.domain import service_life as life
from agencia.domain.enums import Channel
from agencia.domain.labels import label
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.services.accounts.contact_options import contacts_of
from agencia.services.accounts.queries import account_options
from agencia.services.service import routing
from agencia.services.service.assignees import assignees
from agencia.services.service.queries import RequestDetail, RequestRow, show_request
from agencia.services.service.requests import (
    NewRequest,
    move_request,
    open_request,
    reassign,
    validate_request,
    validate_resolution,
)
from agencia.ui.ops import Operations
from agencia.ui.widgets.account_contact_picker import AccountContactPicker
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen


def _combo(parent: QWidget, members: Any, chosen: Any) -> QComboBox:
    box = QComboBox(parent)
    for member in members:
        box.addItem(label(member), member)
    box.setCurrentIndex(max(box.findData(chosen), 0))
    return box


def _text_box(parent: QWidget, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setFixedHeight(height)
    box.setTabChangesFocus(True)
    return box


class NewRequestDialog(FormDialog):
    """«Nueva solicitud»: routed and put on its SLA clock by the service once saved."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("Nueva solicitud"))
        self.setObjectName("newRequestForm")
        self.form = Form(self)
        self.picker = AccountContactPicker(ops, self, find=account_options, contacts=contacts_of)
        self.account = self.picker.account
        self.account.setObjectName("requestAccount")
        self.contact = self.picker.contact
        self.contact.setObjectName("requestContact")
        self.channel = _combo(self, Channel, Channel.PHONE)
        self.kind = _combo(self, RequestKind, RequestKind.REQUEST)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("requestSubject")
        # text that came without a keystroke (a draft given back, a paste) is the
        # person's too: what is wrong with it shows (spaces alone are no subject)
        self.subject.textChanged.connect(self._subject_changed)
        self.description = _text_box(self, 96)
        self.priority = _combo(self, Priority, Priority.NORMAL)
        for name, text, editor in (
            ("account_id", self.tr("Cuenta *"), self.account),
            ("contact_id", self.tr("Contacto del cliente"), self.contact),
            ("channel", self.tr("Canal"), self.channel),
            ("kind", self.tr("Tipo"), self.kind),
            ("subject", self.tr("Asunto *"), self.subject),
            ("description", self.tr("Descripción"), self.description),
            ("priority", self.tr("Prioridad"), self.priority),
        ):
            self.form.add(name, text, editor)
        note = QLabel(
            self.tr(
                "Al guardarla se asigna según las reglas de reparto y empieza a contar su "
                "plazo (SLA) en horas de trabajo del cliente."
            ),
            self,
        )
        note.setWordWrap(True)
        self.body.addWidget(self.form)
        self.body.addWidget(note)
        self.add_form(self.form)
        self.picker.account_changed.connect(self._account_changed)
        resize_within_screen(self, 560, 560)
        self._account_changed()
        self.account.setFocus()

    def _account_changed(self) -> None:
        """The form says if no account is chosen (its contacts follow by themselves)."""
        self.set_extra_error("account_id", self.picker.account_error())

    def _subject_changed(self, text: str) -> None:
        if text:
            self.form.touched.add("subject")

    def collect(self) -> NewRequest:
        return NewRequest(
            account_id=self.account.account_id or 0,
            channel=Channel(self.channel.currentData()),
            kind=RequestKind(self.kind.currentData()),
            priority=Priority(self.priority.currentData()),
            subject=self.subject.text(),
            description=self.description.toPlainText().strip(),
            contact_id=self.picker.contact_id,
        )

    def field_errors(self, data: NewRequest) -> FieldErrors:
        return dict(validate_request(data))

    def submit(self, data: NewRequest) -> None:
        self.write(open_request, data)


def next_statuses(status: RequestStatus) -> list[RequestStatus]:
    """Where a request may go from `status`, in the order of its life."""
    return [s for s in RequestStatus if s in life.MOVES[status]]


class MoveDialog(FormDialog):
    """«Mover a…»: only the statuses the request may go to now; resolving asks for the
    resolution; waiting on the client says it stops the clock."""

    def __init__(self, ops: Operations, row: RequestRow, parent: QWidget | None = None) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("Mover «%1»").replace("%1", row.subject))
        self.setObjectName("moveRequestForm")
        self.row = row
        self.source = RequestStatus(row.status)
        self.form = Form(self)
        self.status = QComboBox(self)
        self.status.setObjectName("requestStatus")
        for status in next_statuses(self.source):
            self.status.addItem(label(status), status)
        self.resolution = _text_box(self, 96)
        self.resolution.setObjectName("requestResolution")
        self.hint = QLabel("", self)
        self.hint.setWordWrap(True)
        self.now_label = QLabel(label(self.source), self)
        self.form.add_row(self.tr("Ahora"), self.now_label)
        self.form.add("status", self.tr("Mover a"), self.status)
        self.form.add("resolution", self.tr("Resolución"), self.resolution)
        self.body.addWidget(self.form)
        self.body.addWidget(self.hint)
        self.add_form(self.form)
        self.status.currentIndexChanged.connect(lambda _i: self._target_changed())
        resize_within_screen(self, 520, 380)
        self._target_changed()
        self.status.setFocus()

    def _target(self) -> RequestStatus | None:
        """The status chosen (a combo's data comes back as plain text)."""
        data = self.status.currentData()
        return RequestStatus(data) if data is not None else None

    def _target_changed(self) -> None:
        target = self._target()
        resolving = target is RequestStatus.RESOLVED
        self.resolution.setEnabled(resolving)
        self.resolution.setPlaceholderText(
            self.tr("Qué se hizo para resolverla (la verá quien la consulte)") if resolving else ""
        )
        if target is not None and life.pauses_clock(target):
            self.hint.setText(
                self.tr("El reloj del SLA se detiene mientras la solicitud espera al cliente.")
            )
        elif life.pauses_clock(self.source):
            self.hint.setText(self.tr("El reloj del SLA vuelve a contar desde ahora."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        self.revalidate()

    def collect(self) -> tuple[RequestStatus | None, str]:
        target = self._target()
        resolution = self.resolution.toPlainText() if target is RequestStatus.RESOLVED else ""
        return target, resolution

    def field_errors(self, data: tuple[RequestStatus | None, str]) -> FieldErrors:
        target, resolution = data
        if target is None:
            return {"status": ("field.required", {})}
        code = life.refusal(self.source, target, resolution)
        if code == "request.resolution_required":
            return {"resolution": (code, {})}
        if code is not None:
            params = {"request_source": self.source.value, "request_target": target.value}
            return {"status": (code, params)}
        return dict(validate_resolution(resolution))

    def submit(self, data: tuple[RequestStatus | None, str]) -> None:
        target, resolution = data
        self.write(move_request, self.row.id, target, resolution.strip(), None, self.row.version)

    # -- another workstation moved it meanwhile: both versions (FormDialog) ------------------
    def read_current(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        return show_request, (self.row.id,)

    def input_of(self, record: RequestDetail) -> tuple[RequestStatus | None, str]:
        """What is saved now, as the form's fields: its status and its resolution."""
        return RequestStatus(record.row.status), record.resolution

    def field_texts(self, data: tuple[RequestStatus | None, str]) -> dict[str, str]:
        target, resolution = data
        return {"status": label(target) if target is not None else "", "resolution": resolution}

    def take_record(self, record: RequestDetail, *, fill: bool) -> None:
        """Go on from the request as saved now: its status is «Ahora», the moves offered
        are those it allows. Kept (`fill` false): the status the person chose, even one
        the request no longer allows (its reason then shows under it), and the text."""
        chosen = self._target()
        self.row = record.row
        self.source = RequestStatus(record.row.status)
        self.now_label.setText(label(self.source))
        self.status.blockSignals(True)
        self.status.clear()
        for status in next_statuses(self.source):
            self.status.addItem(label(status), status)
        if not fill and chosen is not None:
            if self.status.findData(chosen) < 0:
                self.status.insertItem(0, label(chosen), chosen)
            self.status.setCurrentIndex(self.status.findData(chosen))
        self.status.blockSignals(False)
        if fill:
            self.resolution.setPlainText(record.resolution)
        self._target_changed()


class ReassignDialog(FormDialog):
    """«Reasignar…»: the request to another person, among those who may work on its
    account (the service's own list; its refusal, should one change meanwhile, comes
    back under the field)."""

    def __init__(self, ops: Operations, row: RequestRow, parent: QWidget | None = None) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("Reasignar «%1»").replace("%1", row.subject))
        self.setObjectName("reassignRequestForm")
        self.row = row
        self.form = Form(self)
        self.person = QComboBox(self)
        self.person.setObjectName("requestAssignee")
        self._people_found: list[routing.Choice] = []
        self._names: dict[int, str] = {}  # who is who, the holder included (conflicts)
        self.holder = QLabel(row.assignee or "—", self)
        self.form.add_row(self.tr("Ahora la tiene"), self.holder)
        self.form.add("assignee_id", self.tr("Dársela a"), self.person)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 480, 240)
        self.ops.read(assignees, row.id, on_done=self._people, on_error=self._failed)
        self.revalidate()

    def _people(self, people: list[routing.Choice]) -> None:
        self._people_found = list(people)
        self._names.update((choice.id, choice.name) for choice in people)
        self._fill_people()
        self.revalidate()
        self.person.setFocus()  # not Cancelar, focused while the list was coming: Enter saves

    def collect(self) -> int | None:
        data = self.person.currentData()
        return int(data) if data is not None else None

    def field_errors(self, data: int | None) -> FieldErrors:
        return {"assignee_id": ("field.required", {})} if data is None else {}

    def _fill_people(self, keep: int | None = None) -> None:
        """Those who may take it, but whoever has it now; `keep`: the person chosen, still
        chosen when offered (none chosen when they are the one who has it now)."""
        self.person.clear()
        for choice in self._people_found:
            if choice.id != self.row.assignee_id:
                self.person.addItem(choice.name, choice.id)
        if keep is not None:
            self.person.setCurrentIndex(self.person.findData(keep))

    def submit(self, data: int | None) -> None:
        self.write(reassign, self.row.id, data, self.row.version)

    # -- another workstation reassigned it meanwhile: both versions (FormDialog) -------------
    def read_current(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        return show_request, (self.row.id,)

    def input_of(self, record: RequestDetail) -> int | None:
        """Who has it now (the person it was given to meanwhile)."""
        if record.row.assignee_id is not None:
            self._names[record.row.assignee_id] = record.row.assignee
        return record.row.assignee_id

    def field_texts(self, data: int | None) -> dict[str, str]:
        return {"assignee_id": self._names.get(data, "") if data is not None else ""}

    def take_record(self, record: RequestDetail, *, fill: bool) -> None:
        """Go on from who has it now («Ahora la tiene») and offer those who may take it but
        them; kept (`fill` false): the person chosen, unless they are the one who has it now
        (then nobody: giving it to its holder would change nothing)."""
        self.row = record.row
        self.holder.setText(record.row.assignee or "—")
        self._fill_people(None if fill else self.collect())
        self.revalidate()
