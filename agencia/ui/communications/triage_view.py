"""«Correo sin asignar»: messages from unknown senders. Choosing one shows its start;
the person says whose it is (an account, maybe one of its contacts) or discards it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencia.services.results import Option
from agencia.ui.formatting import datetime_text
from agencia.ui.widgets.account_picker import AccountPicker
from agencia.ui.widgets.table_model import ROW_ROLE, Column, RowsModel


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
        self.table = QTableView()
        self.table.setObjectName("mail-triage")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
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
        choose = QHBoxLayout()
        choose.addWidget(self.account, 2)
        choose.addWidget(self.contact, 1)
        choose.addWidget(self.assign_button)
        choose.addWidget(self.discard_button)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview, 1)
        column.addLayout(choose)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self._update()

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
