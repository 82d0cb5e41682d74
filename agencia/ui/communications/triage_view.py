"""«Correo sin asignar»: messages from unknown senders. Choosing one shows its start;
the person says whose it is (an account, maybe one of its contacts) or discards it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agencia.services.results import Option
from agencia.ui import settings
from agencia.ui.formatting import datetime_text
from agencia.ui.widgets.account_picker import AccountPicker
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.record_table import RecordTable
from agencia.ui.widgets.table_model import ROW_ROLE, Column, RowsModel

LIST_KEY = "communications/triage_list_width"  # the list's width as the person dragged it
LIST_SHARE = 0.5  # the list's share of the page until the person drags the divider
LIST_LEAST = 320  # the list never narrower (its date and sender readable)
BODY_LEAST = 280  # nor the message's start


class TriageView(QWidget):
    """Emits `assign_asked(triage id, account id, contact id or 0)`, `discard_asked(id)`,
    and `account_chosen(account id)` (to fill the contacts)."""

    assign_asked = Signal(int, int, int)
    discard_asked = Signal(int)
    account_chosen = Signal(int)

    def __init__(self, ops: Any, find: Callable[..., list[Option]], parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RowsModel(
            [
                Column(
                    self.tr("Recibido"),
                    lambda t: datetime_text(t.received_at, QLocale()),
                ),
                Column(self.tr("Remitente"), lambda t: t.sender),
                Column(self.tr("Asunto"), lambda t: t.subject),
            ],
            self,
        )
        # one line a message (a cut text whole in its tooltip), every column inside the
        # list: the date and the sender whole (who wrote says whose it may be), the
        # subject elided
        self.table = RecordTable()
        self.table.setObjectName("mail-triage")
        self.table.chips_in(())
        self.table.setModel(self.model)
        columns = self.table.horizontalHeader()
        columns.setSortIndicatorShown(False)  # newest first, always
        columns.setSectionsClickable(False)
        self.fit = ColumnFit(self.table, whole=(0, 1), priority=(0, 1, 2))
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.account = AccountPicker(ops, parent=self, find=find)
        self.account.choice_changed.connect(self._account_changed)
        self.contact = QComboBox()
        self.contact.addItem(self.tr("Sin contacto"), 0)
        self.assign_button = QPushButton(self.tr("Asignar a la cuenta"))
        self.assign_button.clicked.connect(self._assign)
        self.discard_button = QPushButton(self.tr("Descartar…"))
        self.discard_button.clicked.connect(self._discard)
        self.empty = QLabel(
            self.tr("No hay correo sin asignar: todo lo recibido tiene ya su cuenta.")
        )
        self.empty.hide()
        # whose it is on one line (the account's box wide enough to say what to type),
        # what to do with it on the next: beside a list of its own share, one line
        # squeezed the box to «Escriba par…»
        self.account.setMinimumWidth(
            self.account.fontMetrics().horizontalAdvance(self.account.placeholderText()) + 24
        )
        choose = QHBoxLayout()
        choose.addWidget(self.account, 2)
        choose.addWidget(self.contact, 1)
        act = QHBoxLayout()
        act.addStretch(1)
        act.addWidget(self.assign_button)
        act.addWidget(self.discard_button)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview, 1)
        column.addLayout(choose)
        column.addLayout(act)
        right.setMinimumWidth(max(BODY_LEAST, right.minimumSizeHint().width()))
        self.table.setMinimumWidth(LIST_LEAST)
        # the list and the message side by side: the list keeps the width the person
        # gave it (remembered), half the page until then; the message gives way
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("triageSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        saved = settings.settings().value(LIST_KEY)
        self.list_width: int | None = int(saved) if str(saved).isdigit() else None
        self.splitter.splitterMoved.connect(self._dragged)
        self.splitter.installEventFilter(self)
        self._lay_out_soon = QTimer(self)
        self._lay_out_soon.setSingleShot(True)
        self._lay_out_soon.setInterval(0)
        self._lay_out_soon.timeout.connect(self.lay_out)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._lay_out_soon.start()
        return False

    def lay_out(self) -> None:
        """The list at the person's width (half the page until they drag the divider),
        never so wide that the message has less than its least."""
        room = self.splitter.width() - self.splitter.handleWidth()
        if room <= 0 or not self.isVisible():
            return
        wanted = self.list_width if self.list_width else int(room * LIST_SHARE)
        width = max(LIST_LEAST, min(wanted, room - BODY_LEAST))
        self.splitter.setSizes([width, room - width])

    def _dragged(self, _pos: int, _index: int) -> None:
        """The person's own divider, kept (and saved) for the next time."""
        self.list_width = self.splitter.sizes()[0]
        settings.settings().setValue(LIST_KEY, self.list_width)

    def current(self) -> Any:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        else:
            self.preview.setPlainText("")
        self._update()

    def set_contacts(self, contacts: Sequence[Option]) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("Sin contacto"), 0)
        for option in contacts:
            self.contact.addItem(option.label, option.id)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        self.preview.setPlainText(row.preview if row is not None else "")
        self._update()

    def _account_changed(self) -> None:
        self.set_contacts([])
        if self.account.account_id is not None:
            self.account_chosen.emit(self.account.account_id)
        self._update()

    def _update(self) -> None:
        chosen = self.current() is not None
        self.assign_button.setEnabled(chosen and self.account.account_id is not None)
        self.discard_button.setEnabled(chosen)

    def _assign(self) -> None:
        row = self.current()
        if row is not None and self.account.account_id is not None:
            self.assign_asked.emit(row.id, self.account.account_id, self.contact.currentData())

    def _discard(self) -> None:
        row = self.current()
        if row is not None:
            self.discard_asked.emit(row.id)
