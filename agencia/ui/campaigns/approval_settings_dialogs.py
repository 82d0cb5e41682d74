"""Who approves what, in two dialogs: the agency's approval thresholds (an administrator's)
and an approver's delegations to a peer.

Both speak to agencia.services.campaigns.approval_settings through Operations only. The thresholds
dialog is a FormDialog (it closes when saved); the delegations dialog stays open: it makes
a delegation and lists the person's delegations, given and held, each with its state and,
for those they gave that are not over, a «Revocar» button.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.actor import Actor
from agencia.domain.errors import Conflict, DomainError, ValidationError
from agencia.domain.messages import render
from agencia.services.campaigns.approval_settings import (
    DelegationView,
    Thresholds,
    delegate_approvals,
    delegations,
    get_thresholds,
    peers,
    revoke_delegation,
    set_thresholds,
)
from agencia.services.results import Option, SaveResult
from agencia.ui.campaigns.doc_widgets import MoneyEdit, date_edit, pydate
from agencia.ui.formatting import date_text, money
from agencia.ui.ops import Operations
from agencia.ui.widgets.elided import ChipOrElidedDelegate
from agencia.ui.widgets.form import ERROR_DARK, ERROR_LIGHT, Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog, describe
from agencia.ui.widgets.status_chip import CHIP_ROLE, Chip, cell_width
from agencia.ui.widgets.text import plain_label, plain_tip

translate = QCoreApplication.translate
Toast = Callable[[str], None]


def _error_text(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return describe(error)
    return QCoreApplication.translate("ApprovalSettings", "Error inesperado: %1").replace(
        "%1", str(error)
    )


def _set_error_look(label: QLabel) -> None:
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_DARK if dark else ERROR_LIGHT))
    label.setPalette(palette)


# -- thresholds -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ThresholdsInput:
    """What the form holds: each amount, None when empty, or False when not a number."""

    supervisor: Decimal | bool | None
    manager: Decimal | bool | None


class ThresholdsDialog(FormDialog):
    """Up to which budget supervisors and managers approve; directors approve any amount.

    Signals: `saved(SaveResult, ThresholdsInput)` (FormDialog's) once stored."""

    def __init__(
        self,
        ops: Operations,
        thresholds: Thresholds,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ops, QCoreApplication.translate("ApprovalSettings", "Umbrales de aprobación"), parent
        )
        self.setObjectName("thresholdsDialog")
        self.thresholds = thresholds
        self.version = thresholds.version
        self.locale_ = locale
        self.form = Form(self)
        self.supervisor = MoneyEdit(locale, thresholds.currency, self)
        self.supervisor.setObjectName("supervisorThreshold")
        self.supervisor.set_amount(thresholds.supervisor)
        self.manager = MoneyEdit(locale, thresholds.currency, self)
        self.manager.setObjectName("managerThreshold")
        self.manager.set_amount(thresholds.manager)
        room = self.fontMetrics().horizontalAdvance("000.000.000,00 €") + 40
        for editor in (self.supervisor, self.manager):
            editor.setMaximumWidth(room)  # an amount, not a paragraph
        self.form.add("supervisor", self.tr("Límite del supervisor"), self.supervisor)
        self.form.add("manager", self.tr("Límite del gerente"), self.manager)
        self.add_form(self.form)
        self.body.addWidget(self.form)
        self.rule = plain_label("", self)
        self.rule.setObjectName("thresholdsRule")
        self.rule.setWordWrap(True)
        self.body.addWidget(self.rule)
        note = plain_label(
            self.tr(
                "Los nuevos límites valen para las aprobaciones que se den desde ahora; las ya "
                "dadas no cambian. El cambio queda registrado en el historial de la agencia."
            ),
            self,
        )
        note.setProperty("role", "secondary")
        note.setWordWrap(True)
        self.body.addWidget(note)
        for editor in (self.supervisor, self.manager):
            editor.textChanged.connect(self._describe)
        self._describe()
        self.setMinimumWidth(520)
        self.revalidate()
        self.supervisor.setFocus()
        self.supervisor.selectAll()

    @staticmethod
    def _amount(editor: MoneyEdit) -> Decimal | bool | None:
        try:
            return editor.amount()
        except ValueError:
            return False

    def _describe(self) -> None:
        """The rule in a sentence, with the amounts as typed."""
        data = self.collect()

        def shown(value: Decimal | bool | None) -> str:
            if isinstance(value, Decimal):
                return money(value, self.thresholds.currency, self.locale_)
            return "…"

        text = self.tr(
            "Un supervisor de cuentas aprueba presupuestos de hasta %1; un gerente de cuenta, "
            "de hasta %2, y un director de cuentas, de cualquier importe."
        )
        self.rule.setText(
            text.replace("%1", shown(data.supervisor)).replace("%2", shown(data.manager))
        )

    def collect(self) -> ThresholdsInput:
        return ThresholdsInput(self._amount(self.supervisor), self._amount(self.manager))

    def field_errors(self, data: ThresholdsInput) -> FieldErrors:
        errors: FieldErrors = {}
        for name in ("supervisor", "manager"):
            value = getattr(data, name)
            if value is None:
                errors[name] = ("field.required", {})
            elif value is False:
                errors[name] = ("field.amount", {})
        if (
            not errors
            and isinstance(data.supervisor, Decimal)
            and isinstance(data.manager, Decimal)
            and data.manager < data.supervisor
        ):
            errors["manager"] = ("thresholds.order", {})
        return errors

    def submit(self, data: ThresholdsInput) -> None:
        assert isinstance(data.supervisor, Decimal) and isinstance(data.manager, Decimal)
        self.write(set_thresholds, data.supervisor, data.manager, self.version)

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        if isinstance(error, Conflict):  # someone saved meanwhile: show theirs, keep ours
            self.ops.read(get_thresholds, on_done=self._reloaded, on_error=lambda _e: None)

    def _reloaded(self, current: Thresholds) -> None:
        self.thresholds = current
        self.version = current.version
        text = self.tr(
            "Otra persona ha cambiado los umbrales mientras los editaba: ahora son %1 "
            "(supervisor) y %2 (gerente). Revise sus importes y guarde de nuevo para aplicarlos."
        )
        self.show_banner(
            text.replace("%1", money(current.supervisor, current.currency, self.locale_)).replace(
                "%2", money(current.manager, current.currency, self.locale_)
            )
        )
        self.revalidate()


# -- delegations ------------------------------------------------------------------------------

STATE_COLORS = {
    "active": "#2e7d32",
    "scheduled": "#1565c0",
    "over": "#616161",
    "revoked": "#c62828",
}


def delegation_state(delegation: DelegationView, today: date) -> str:
    """revoked, over (its last day has passed), scheduled (not begun) or active."""
    if delegation.revoked:
        return "revoked"
    if delegation.ends_on < today:
        return "over"
    if delegation.starts_on > today:
        return "scheduled"
    return "active"


def state_label(state: str) -> str:
    return {
        "active": translate("ApprovalSettings", "Activa"),
        "scheduled": translate("ApprovalSettings", "Programada"),
        "over": translate("ApprovalSettings", "Terminada"),
        "revoked": translate("ApprovalSettings", "Revocada"),
    }.get(state, state)


def state_chip(state: str) -> Chip:
    return Chip(state_label(state), STATE_COLORS.get(state, "#616161"))


class DelegationsDialog(QDialog):
    """Hand my approvals to a peer for a period, and see or revoke my delegations.

    It loads the peers and the delegations itself (on readers) and stays open after each
    write; `toast` tells the window what was done."""

    COLUMNS = ("who", "starts", "ends", "reason", "state", "revoke")

    def __init__(
        self,
        ops: Operations,
        actor: Actor,
        locale: QLocale,
        toast: Toast = lambda _text: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("delegationsDialog")
        self.setWindowTitle(self.tr("Delegar aprobaciones"))
        self.setModal(True)
        self.ops = ops
        self.actor = actor
        self.locale_ = locale
        self.toast = toast
        self.today = date.today()
        self.peers: list[Option] = []
        self.items: list[DelegationView] = []
        self.revoke_buttons: dict[int, QPushButton] = {}
        self._busy = False

        intro = plain_label(
            self.tr(
                "Durante el periodo que elija, la persona en quien delegue podrá aprobar en su "
                "nombre lo que le corresponde a usted; usted también puede seguir aprobando. "
                "Solo se delega en alguien con su mismo puesto."
            ),
            self,
        )
        intro.setProperty("role", "secondary")
        intro.setWordWrap(True)

        self.form = Form(self)
        self.peer = QComboBox(self)
        self.peer.setObjectName("delegatePeer")
        self.peer.setMinimumContentsLength(24)
        self.starts = date_edit(locale, self.today, self)
        self.starts.setObjectName("delegateStarts")
        self.ends = date_edit(locale, self.today + timedelta(days=7), self)
        self.ends.setObjectName("delegateEnds")
        for edit in (self.starts, self.ends):
            edit.setMinimumDate(QDate.currentDate())
            edit.dateChanged.connect(lambda _d: self._touched("starts_on", "ends_on"))
        metrics = self.fontMetrics()
        self.peer.setMaximumWidth(metrics.averageCharWidth() * 48)
        for edit in (self.starts, self.ends):
            edit.setMaximumWidth(metrics.horizontalAdvance("00/00/00000") + 56)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("delegateReason")
        self.reason.setMaxLength(300)
        self.reason.setMaximumWidth(self.peer.maximumWidth())
        self.reason.setPlaceholderText(self.tr("Vacaciones, viaje, baja… (opcional)"))
        self.form.add("to_staff_id", self.tr("Delegar en"), self.peer)
        self.form.add("starts_on", self.tr("Desde"), self.starts)
        self.form.add("ends_on", self.tr("Hasta"), self.ends)
        self.form.add("reason", self.tr("Motivo"), self.reason)
        self.peer.currentIndexChanged.connect(lambda _i: self.revalidate())

        self.banner = plain_label("", self)
        self.banner.setObjectName("delegationsBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.delegate_button = QPushButton(self.tr("Delegar"), self)
        self.delegate_button.setObjectName("delegateButton")
        self.delegate_button.setProperty("primary", True)
        self.delegate_button.setDefault(True)
        self.delegate_button.clicked.connect(self.delegate)
        self.delegate_button.setMinimumWidth(self.delegate_button.sizeHint().width() + 24)
        actions = QWidget(self)
        row = QHBoxLayout(actions)
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(self.delegate_button)
        row.addStretch(1)
        self.form.add_row("", actions)  # under the fields it acts on

        heading = plain_label(self.tr("Mis delegaciones"), self)
        heading.setProperty("role", "heading")
        self.table = self._build_table()
        self.empty = plain_label(
            self.tr(
                "Aún no ha delegado sus aprobaciones ni tiene las de nadie. Las delegaciones que "
                "dé o reciba aparecerán aquí."
            ),
            self,
        )
        self.empty.setObjectName("delegationsEmpty")
        self.empty.setProperty("role", "secondary")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.list_stack.setCurrentWidget(self.empty)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Cerrar"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(12)
        column.addWidget(intro)
        column.addWidget(self.form)
        column.addWidget(self.banner)
        column.addSpacing(8)
        column.addWidget(heading)
        column.addWidget(self.list_stack, 1)
        column.addWidget(close)
        self.resize(860, 640)

        self.peer.setEnabled(False)
        self.peer.setPlaceholderText(self.tr("Cargando…"))
        self.peer.setCurrentIndex(-1)
        self.ops.read(peers, on_done=self._set_peers, on_error=self._show_error)
        self.refresh()

    # -- the form ----------------------------------------------------------------------------
    def _set_peers(self, found: Sequence[Option]) -> None:
        self.peers = list(found)
        self.peer.clear()
        for option in self.peers:
            self.peer.addItem(option.label, option.id)
        self.peer.setEnabled(bool(self.peers))
        if not self.peers:
            self.peer.setPlaceholderText(self.tr("Nadie disponible"))
            self.form.touched.add("to_staff_id")  # say at once why nobody is offered
        else:
            self.peer.setPlaceholderText(self.tr("Elija una persona…"))
        # one peer is the obvious choice; among several the person chooses
        self.peer.setCurrentIndex(0 if len(self.peers) == 1 else -1)
        self.revalidate()

    def _touched(self, *names: str) -> None:
        """A date or the peer changed: their messages show from now on."""
        self.form.touched.update(names)
        self.revalidate()

    def chosen_peer(self) -> int | None:
        value = self.peer.currentData()
        return int(value) if value is not None else None

    def errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.chosen_peer() is None:
            errors["to_staff_id"] = (
                self.tr("Elija en quién delega.")
                if self.peers
                else self.tr("No hay nadie más con su puesto a quien delegar.")
            )
        if self.ends.date() < self.starts.date():
            errors["ends_on"] = render("delegation.dates")
        return errors

    def revalidate(self) -> bool:
        errors = self.errors()
        self.form.set_errors(errors)
        self.delegate_button.setEnabled(not errors and not self._busy)
        return not errors

    def delegate(self) -> None:
        if self._busy or not self.revalidate():
            return
        peer = self.chosen_peer()
        assert peer is not None
        self._busy = True
        self.delegate_button.setEnabled(False)
        self.show_banner("")
        name = self.peer.currentText().split(" · ")[0]
        starts, ends = pydate(self.starts.date()), pydate(self.ends.date())

        def done(_result: SaveResult) -> None:
            self._busy = False
            self.reason.clear()
            text = self.tr("Aprobaciones delegadas en %1 del %2 al %3")
            self.toast(
                text.replace("%1", name)
                .replace("%2", date_text(starts, self.locale_))
                .replace("%3", date_text(ends, self.locale_))
            )
            self.revalidate()
            self.refresh()

        self.ops.write(
            delegate_approvals,
            peer,
            starts,
            ends,
            self.reason.text(),
            on_done=done,
            on_error=self._refused,
        )

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, ValidationError):
            placed = {k: render(c, p) for k, (c, p) in error.field_errors.items()}
            self.form.set_errors(placed)
            self.delegate_button.setEnabled(True)
            leftover = [v for k, v in placed.items() if k not in self.form.editors]
            self.show_banner(" ".join([self.tr("Revise los campos marcados."), *leftover]))
            return
        self.revalidate()
        self._show_error(error)

    # -- the list ----------------------------------------------------------------------------
    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, len(self.COLUMNS), self)
        table.setObjectName("delegationsTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Delegación"),
                self.tr("Desde"),
                self.tr("Hasta"),
                self.tr("Motivo"),
                self.tr("Estado"),
                "",
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setItemDelegate(ChipOrElidedDelegate(table))
        table.verticalHeader().hide()
        row_height = max(self.fontMetrics().height() + 18, 34)  # room for the button
        table.verticalHeader().setDefaultSectionSize(row_height)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, 240)  # fitted to the names in set_delegations
        metrics = self.fontMetrics()
        date_width = metrics.horizontalAdvance(date_text(date(2026, 12, 28), self.locale_)) + 24
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(col, max(date_width, metrics.horizontalAdvance("Desde") + 24))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        widest = max(cell_width(state_chip(s), table.font()) for s in STATE_COLORS)
        table.setColumnWidth(4, max(widest, metrics.horizontalAdvance(self.tr("Estado")) + 24))
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Fixed)
        probe = QPushButton(self.tr("Revocar"))  # measured, never shown
        probe.ensurePolished()
        table.setColumnWidth(5, probe.sizeHint().width() + 16)
        probe.deleteLater()
        return table

    def refresh(self) -> None:
        self.ops.read(delegations, on_done=self.set_delegations, on_error=self._show_error)

    def set_delegations(self, items: Sequence[DelegationView]) -> None:
        self.today = date.today()
        self.items = list(items)
        self.revoke_buttons.clear()
        table = self.table
        table.setRowCount(0)
        table.setRowCount(len(self.items))
        for row, d in enumerate(self.items):
            given = d.from_staff_id == self.actor.staff_id
            who = (
                self.tr("Delegada en %1").replace("%1", d.to_name)
                if given
                else self.tr("Recibida de %1").replace("%1", d.from_name)
            )
            state = delegation_state(d, self.today)
            cells = [
                QTableWidgetItem(who),
                QTableWidgetItem(date_text(d.starts_on, self.locale_)),
                QTableWidgetItem(date_text(d.ends_on, self.locale_)),
                QTableWidgetItem(d.reason),
                QTableWidgetItem(state_label(state)),
            ]
            cells[0].setToolTip(
                plain_tip(
                    self.tr("Usted delega sus aprobaciones en %1").replace("%1", d.to_name)
                    if given
                    else self.tr("%1 le delega sus aprobaciones").replace("%1", d.from_name)
                )
            )
            if d.reason:
                cells[3].setToolTip(plain_tip(d.reason))
            cells[4].setData(CHIP_ROLE, state_chip(state))
            for col, cell in enumerate(cells):
                table.setItem(row, col, cell)
            if given and state in ("active", "scheduled"):
                table.setCellWidget(row, 5, self._revoke_button(d))
        if self.items:  # the names whole, within reason; the reason takes what is left
            names = max(
                self.fontMetrics().horizontalAdvance(
                    (table.item(r, 0) or QTableWidgetItem()).text()
                )
                for r in range(len(self.items))
            )
            table.setColumnWidth(0, min(max(names + 24, 200), 340))
        self.list_stack.setCurrentWidget(self.table if self.items else self.empty)

    def _revoke_button(self, delegation: DelegationView) -> QWidget:
        holder = QWidget(self.table)
        row = QHBoxLayout(holder)
        row.setContentsMargins(4, 2, 4, 2)
        button = QPushButton(self.tr("Revocar"), holder)
        button.setObjectName(f"revoke-{delegation.id}")
        button.setAutoDefault(False)
        button.setToolTip(self.tr("Revocar la delegación en %1").replace("%1", delegation.to_name))
        button.clicked.connect(lambda _c=False, d=delegation: self.revoke(d))
        row.addWidget(button)
        self.revoke_buttons[delegation.id] = button
        return holder

    def rows(self) -> list[tuple[str, str, str, str, str, bool]]:
        """What the list shows: who, from, to, reason, state, and whether «Revocar» is there."""
        out = []
        for row, d in enumerate(self.items):
            texts = [(self.table.item(row, c) or QTableWidgetItem()).text() for c in range(5)]
            out.append((*texts, d.id in self.revoke_buttons))
        return out  # type: ignore[return-value]

    # -- revoking ----------------------------------------------------------------------------
    def confirm(self, title: str, text: str, accept: str) -> bool:
        """One question before revoking; tests replace it."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names a person
        yes = box.addButton(accept, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Mantenerla"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is yes

    def revoke(self, delegation: DelegationView) -> None:
        period = (
            self.tr("del %1 al %2")
            .replace("%1", date_text(delegation.starts_on, self.locale_))
            .replace("%2", date_text(delegation.ends_on, self.locale_))
        )
        text = self.tr(
            "%1 dejará de poder aprobar en su nombre desde ahora (delegación %2). "
            "Para volver a delegar tendrá que crear otra delegación."
        )
        if not self.confirm(
            self.tr("Revocar la delegación"),
            text.replace("%1", delegation.to_name).replace("%2", period),
            self.tr("Revocar"),
        ):
            return
        button = self.revoke_buttons.get(delegation.id)
        if button is not None:
            button.setEnabled(False)
        self.show_banner("")

        def done(_result: SaveResult) -> None:
            self.toast(self.tr("Delegación en %1 revocada").replace("%1", delegation.to_name))
            self.refresh()

        def failed(error: BaseException) -> None:
            if isinstance(error, Conflict):
                self.show_banner(
                    self.tr(
                        "La delegación cambió mientras la miraba (quizá ya estaba revocada); "
                        "la lista se ha actualizado."
                    )
                )
            else:
                self._show_error(error)
            self.refresh()

        self.ops.write(
            revoke_delegation,
            delegation.id,
            delegation.version,
            on_done=done,
            on_error=failed,
        )

    # -- telling -----------------------------------------------------------------------------
    def _show_error(self, error: BaseException) -> None:
        self.show_banner(_error_text(error))

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        if text:
            _set_error_look(self.banner)
