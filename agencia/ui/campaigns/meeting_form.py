"""The meeting report (acta) dialogs: write or correct one, send it to the client contact,
and record the client's acknowledgement."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencia.domain import validation as v
from agencia.domain.enums import Channel
from agencia.domain.text import fill
from agencia.services.campaigns.meetings import (
    MeetingInput,
    NextStepInput,
    acknowledge_meeting,
    save_meeting,
    send_meeting,
)
from agencia.services.campaigns.queries import AccountChoices
from agencia.services.campaigns.views import MeetingView, NextStepView
from agencia.ui.campaigns.labels import channel_label
from agencia.ui.formatting import date_text, datetime_text
from agencia.ui.ops import Operations
from agencia.ui.resources import icon
from agencia.ui.widgets.doc_widgets import (
    GrowingTextEdit,
    OptionalDateEdit,
    date_edit,
    pydate,
    secondary,
)
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen

Owner = str | None  # "staff:ID" | "contact:ID" | None (a combo's item data)


def _check_list(parent: QWidget, rows: Sequence[tuple[int, str]], chosen: set[int]) -> QListWidget:
    """A list of people to tick; people chosen earlier who left the list still show."""
    widget = QListWidget(parent)
    widget.setAlternatingRowColors(True)
    for person_id, name in rows:
        item = QListWidgetItem(name, widget)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if person_id in chosen else Qt.CheckState.Unchecked
        )
    return widget


def _fit_lists(*lists: QListWidget) -> None:
    """Side-by-side lists of one height: the longer one's rows, between 3 and 7."""
    rows = max(w.count() for w in lists)
    for w in lists:
        line = w.sizeHintForRow(0) if w.count() else w.fontMetrics().height() + 4
        w.setFixedHeight(min(max(rows, 3), 7) * max(line, w.fontMetrics().height() + 4) + 8)


def _checked(widget: QListWidget) -> tuple[int, ...]:
    return tuple(
        int(widget.item(n).data(Qt.ItemDataRole.UserRole))
        for n in range(widget.count())
        if widget.item(n).checkState() == Qt.CheckState.Checked
    )


class NextStepsEditor(QWidget):
    """Next steps as a small table: what, who (ours or theirs), by when, done."""

    DESCRIPTION, OWNER, DUE, DONE = range(4)
    changed = Signal()  # a step was added, removed or edited

    def __init__(
        self,
        locale: QLocale,
        staff: Sequence[tuple[int, str]],
        contacts: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._locale = locale
        self._staff = list(staff)
        self._contacts = list(contacts)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("nextSteps")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Descripción"), self.tr("Responsable"), self.tr("Fecha"), self.tr("Hecho")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            max(self.table.fontMetrics().height() + 16, 34)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.OWNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.OWNER, 210)
        header.resizeSection(self.DUE, 140)
        header.setSectionResizeMode(self.DONE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        self.add_button = QPushButton(icon("add"), self.tr("Añadir paso"), self)
        self.add_button.clicked.connect(lambda: self.add_step(None, focus=True))
        self.remove_button = QPushButton(self.tr("Quitar paso"), self)
        self.remove_button.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.table)
        column.addLayout(row)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())

    def _owner_combo(self, owner: Owner) -> QComboBox:
        combo = QComboBox(self.table)
        combo.addItem(self.tr("Sin asignar"), None)
        for staff_id, name in self._staff:
            combo.addItem(self.tr("%1 (agencia)").replace("%1", name), f"staff:{staff_id}")
        for contact_id, name in self._contacts:
            combo.addItem(self.tr("%1 (cliente)").replace("%1", name), f"contact:{contact_id}")
        at = combo.findData(owner) if owner is not None else 0
        combo.setCurrentIndex(max(at, 0))
        return combo

    def add_step(self, step: NextStepView | None, *, focus: bool = False) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(
            row, self.DESCRIPTION, QTableWidgetItem(step.description if step else "")
        )
        owner: Owner = None
        if step is not None and step.owner_staff_id is not None:
            owner = f"staff:{step.owner_staff_id}"
        elif step is not None and step.owner_contact_id is not None:
            owner = f"contact:{step.owner_contact_id}"
        combo = self._owner_combo(owner)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, self.OWNER, combo)
        due = OptionalDateEdit(self._locale, self.table)
        due.set_date_value(step.due_on if step else None)
        due.dateChanged.connect(lambda _d: self.changed.emit())
        self.table.setCellWidget(row, self.DUE, due)
        done = QTableWidgetItem()
        done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        done.setCheckState(
            Qt.CheckState.Checked if step is not None and step.done else Qt.CheckState.Unchecked
        )
        done.setToolTip(self.tr("Hecho"))
        self.table.setItem(row, self.DONE, done)
        self.table.blockSignals(False)
        self.changed.emit()
        if focus:
            self.table.setCurrentCell(row, self.DESCRIPTION)
            item = self.table.item(row, self.DESCRIPTION)
            if item is not None:
                self.table.editItem(item)
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_description(self, row: int, text: str) -> None:
        item = self.table.item(row, self.DESCRIPTION)
        if item is not None:
            item.setText(text)

    def owner_combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, self.OWNER)
        assert isinstance(combo, QComboBox)
        return combo

    def due_edit(self, row: int) -> OptionalDateEdit:
        edit = self.table.cellWidget(row, self.DUE)
        assert isinstance(edit, OptionalDateEdit)
        return edit

    def steps(self) -> tuple[NextStepInput, ...]:
        """The rows people filled in (a row left wholly empty is dropped)."""
        out: list[NextStepInput] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.DESCRIPTION)
            description = item.text().strip() if item else ""
            owner = str(self.owner_combo(row).currentData() or "")
            side, _, number = owner.partition(":")
            due = self.due_edit(row).date_value()
            done_item = self.table.item(row, self.DONE)
            done = done_item is not None and done_item.checkState() == Qt.CheckState.Checked
            if not description and not owner and due is None and not done:
                continue
            out.append(
                NextStepInput(
                    description,
                    owner_staff_id=int(number) if side == "staff" else None,
                    owner_contact_id=int(number) if side == "contact" else None,
                    due_on=due,
                    done=done,
                )
            )
        return tuple(out)


class MeetingDialog(FormDialog):
    """Write a new acta, or correct one the client has not acknowledged yet."""

    def __init__(
        self,
        ops: Operations,
        locale: QLocale,
        campaign_id: int,
        choices: AccountChoices,
        meeting: MeetingView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("meetingForm")
        self.setWindowTitle(
            self.tr("Editar acta — %1").replace("%1", meeting.subject)
            if meeting is not None
            else self.tr("Nueva acta de reunión")
        )
        self.campaign_id = campaign_id
        self.meeting = meeting
        staff = list(choices.staff)
        contacts = [(i, f"{n} — {p}" if p else n) for i, n, p in choices.contacts]
        if meeting is not None:  # people on the acta who are no longer offered still show
            staff += [(i, n) for i, n in meeting.staff if i not in {s for s, _ in staff}]
            contacts += [(i, n) for i, n in meeting.contacts if i not in {c for c, _ in contacts}]
        self.held_on = date_edit(locale, meeting.held_on if meeting else date.today(), self)
        self.held_on.setMaximumWidth(180)
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("De qué se habló, en pocas palabras"))
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Oficinas del cliente, videollamada…"))
        self.staff = _check_list(self, staff, {i for i, _ in meeting.staff} if meeting else set())
        self.staff.setObjectName("meetingStaff")
        self.contacts = _check_list(
            self, contacts, {i for i, _ in meeting.contacts} if meeting else set()
        )
        self.contacts.setObjectName("meetingContacts")
        _fit_lists(self.staff, self.contacts)
        self.agreements = GrowingTextEdit(
            self.tr("Lo que se acordó, un acuerdo por línea"), 3, 10, self
        )
        self.next_steps = NextStepsEditor(
            locale, staff, [(i, n) for i, n, _ in choices.contacts], self
        )
        if meeting is not None:
            self.subject.setText(meeting.subject)
            self.place.setText(meeting.place)
            self.agreements.setPlainText(meeting.agreements)
            for step in meeting.next_steps:
                self.next_steps.add_step(step)

        attendees = QWidget(self)
        both = QHBoxLayout(attendees)
        both.setContentsMargins(0, 0, 0, 0)
        both.setSpacing(12)
        for title, widget in (
            (self.tr("De la agencia"), self.staff),
            (self.tr("Del cliente"), self.contacts),
        ):
            box = QVBoxLayout()
            box.setSpacing(4)
            box.addWidget(secondary(title, attendees))
            box.addWidget(widget)
            box.addStretch(1)
            both.addLayout(box, 1)
        self.form = Form(self)
        self.form.add("held_on", self.tr("Fecha *"), self.held_on)
        self.form.add("subject", self.tr("Asunto *"), self.subject)
        self.form.add("place", self.tr("Lugar"), self.place)
        self.form.add("attendees", self.tr("Asistentes"), attendees)
        self.form.add("agreements", self.tr("Acuerdos"), self.agreements)
        self.form.add("next_steps", self.tr("Próximos pasos"), self.next_steps)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        self.next_steps.changed.connect(self.revalidate)
        resize_within_screen(self, 860, 760)
        self.revalidate()
        self.subject.setFocus()

    def collect(self) -> MeetingInput:
        return MeetingInput(
            held_on=pydate(self.held_on.date()),
            subject=self.subject.text(),
            place=self.place.text(),
            agreements=self.agreements.toPlainText(),
            staff_ids=_checked(self.staff),
            contact_ids=_checked(self.contacts),
            next_steps=self.next_steps.steps(),
        )

    def field_errors(self, data: MeetingInput) -> FieldErrors:
        errors: FieldErrors = {}
        v.required(errors, "subject", data.subject, 200)
        v.too_long(errors, "place", data.place, 200)
        if any(not s.description.strip() for s in data.next_steps):
            errors["next_steps"] = ("field.required", {})
        return errors

    def _show_errors(self, errors: dict[str, str]) -> list[str]:
        if "next_steps" in errors:
            errors = dict(errors)
            errors["next_steps"] = self.tr("Cada próximo paso necesita una descripción.")
        nested = [k for k in errors if k.startswith("next_steps.")]
        for key in nested:
            errors["next_steps"] = self.tr("Cada próximo paso necesita una descripción.")
            errors.pop(key)
        for key in ("staff_ids", "contact_ids"):
            if key in errors:
                errors["attendees"] = errors.pop(key)
        return super()._show_errors(errors)

    def submit(self, data: MeetingInput) -> None:
        meeting = self.meeting
        self.write(
            save_meeting,
            self.campaign_id,
            data,
            meeting.id if meeting else None,
            meeting.version if meeting else None,
        )


class SendMeetingDialog(FormDialog):
    """Record that the acta went to a client contact, who is to acknowledge it."""

    def __init__(
        self,
        ops: Operations,
        locale: QLocale,
        meeting: MeetingView,
        contacts: Sequence[tuple[int, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("Enviar el acta al cliente"))
        self.setObjectName("sendMeeting")
        self.meeting = meeting
        self.save_button.setText(self.tr("Registrar envío"))
        self.contact = QComboBox(self)
        for contact_id, name, position in contacts:
            self.contact.addItem(f"{name} — {position}" if position else name, contact_id)
        preferred = meeting.sent_to_id or (meeting.contacts[0][0] if meeting.contacts else None)
        if preferred is not None and self.contact.findData(preferred) >= 0:
            self.contact.setCurrentIndex(self.contact.findData(preferred))
        intro = secondary(
            self.tr(
                "«%1» queda enviada hoy a este contacto, que debe confirmarla. Envíela por su "
                "canal habitual; aquí se registra el envío."
            ).replace("%1", meeting.subject),
            self,
        )
        if meeting.sent_at is not None:
            intro.setText(
                intro.text()
                + "\n"
                + fill(
                    self.tr("Ya se envió a %1 el %2."),
                    meeting.sent_to or "—",
                    datetime_text(meeting.sent_at, locale),
                )
            )
        self.form = Form(self)
        self.form.add("contact_id", self.tr("Contacto del cliente *"), self.contact)
        self.body.addWidget(intro)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 520, 240)
        self.revalidate()

    def collect(self) -> int | None:
        data = self.contact.currentData()
        return int(data) if data is not None else None

    def field_errors(self, data: Any) -> FieldErrors:
        return {} if data is not None else {"contact_id": ("field.required", {})}

    def submit(self, data: int) -> None:
        self.write(send_meeting, self.meeting.id, data, self.meeting.version)


class AcknowledgeDialog(FormDialog):
    """Record when and how the client acknowledged the acta (it stays as it is from then)."""

    def __init__(
        self,
        ops: Operations,
        locale: QLocale,
        meeting: MeetingView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("Registrar la confirmación del cliente"))
        self.setObjectName("acknowledgeMeeting")
        self.meeting = meeting
        self.save_button.setText(self.tr("Registrar confirmación"))
        self.on = date_edit(locale, date.today(), self)
        self.on.setMaximumDate(QDate.currentDate())
        self.on.setMaximumWidth(180)
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.channel.setCurrentIndex(max(self.channel.findData(Channel.EMAIL.value), 0))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Cómo lo confirmó, con sus palabras (opcional)"))
        intro = secondary(
            fill(
                self.tr("«%1», enviada a %2 el %3. Una vez confirmada, el acta ya no se modifica."),
                meeting.subject,
                meeting.sent_to or "—",
                date_text(meeting.sent_at, locale),
            ),
            self,
        )
        self.form = Form(self)
        self.form.add("acknowledged_on", self.tr("Fecha *"), self.on)
        self.form.add("channel", self.tr("Canal"), self.channel)
        self.form.add("note", self.tr("Nota"), self.note)
        self.body.addWidget(intro)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 540, 300)
        self.revalidate()

    def collect(self) -> tuple[date, Channel, str]:
        return (
            pydate(self.on.date()),
            Channel(self.channel.currentData() or Channel.EMAIL.value),
            self.note.text(),
        )

    def field_errors(self, data: tuple[date, Channel, str]) -> FieldErrors:
        errors: FieldErrors = {}
        v.too_long(errors, "note", data[2], 300)
        return errors

    def submit(self, data: tuple[date, Channel, str]) -> None:
        on, channel, note = data
        self.write(
            acknowledge_meeting,
            self.meeting.id,
            on,
            channel,
            note,
            self.meeting.version,
        )
