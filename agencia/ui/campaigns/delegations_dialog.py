"""«Delegar aprobaciones…»: an approver hands their approvals to a peer for a period, and
sees or revokes their delegations (`DelegationsTable`).

It speaks to agencia.services.campaigns.approval_settings through Operations only, and
stays open after each write: it makes a delegation and lists the person's delegations,
given and held, each with its state and, for those they gave that are not over, a
«Revocar» button.
"""

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.actor import Actor
from agencia.domain.errors import Conflict, ValidationError
from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.campaigns.approval_settings import (
    DelegationView,
    delegate_approvals,
    delegations,
    peers,
    revoke_delegation,
)
from agencia.services.results import Option, SaveResult
from agencia.ui.campaigns.delegations_list import DelegationsTable
from agencia.ui.formatting import date_text
from agencia.ui.ops import Operations
from agencia.ui.widgets.asking_dialog import AskingDialog
from agencia.ui.widgets.doc_widgets import date_edit, pydate
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.form import ERROR_DARK, ERROR_LIGHT, Form
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label

translate = QCoreApplication.translate
Toast = Callable[[str], None]


def _error_text(error: BaseException) -> str:
    return error_text(error)


def _set_error_look(label: QLabel) -> None:
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_DARK if dark else ERROR_LIGHT))
    label.setPalette(palette)


class DelegationsDialog(AskingDialog):
    """Hand my approvals to a peer for a period, and see or revoke my delegations.

    It loads the peers and the delegations itself (on readers) and stays open after each
    write; `toast` tells the window what was done. A delegation set up and not made is
    asked about before the dialog closes (`AskingDialog`)."""

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
        self.table = DelegationsTable(actor.staff_id, locale, self)
        self.table.revoke_requested.connect(self.revoke)
        self.revoke_buttons = self.table.revoke_buttons  # «Revocar» by delegation id
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
        resize_within_screen(self, 860, 640)
        self._kept = self._form_values()  # what closing loses nothing of

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
        self._kept = (self.chosen_peer(), *self._kept[1:])  # chosen for them: not a change
        self.revalidate()

    def _touched(self, *names: str) -> None:
        """A date or the peer changed: their messages show from now on."""
        self.form.touched.update(names)
        self.revalidate()

    def _form_values(self) -> tuple[int | None, QDate, QDate, str]:
        return self.chosen_peer(), self.starts.date(), self.ends.date(), self.reason.text().strip()

    def has_unsaved_changes(self) -> bool:
        """A peer chosen, a period changed or a reason typed, and no delegation made of it."""
        return self._form_values() != self._kept

    def save_changes(self) -> None:
        self.delegate()

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
        if self._busy:
            return
        if not self.revalidate():
            self.saved_changes(False)
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
            self._kept = self._form_values()
            text = self.tr("Aprobaciones delegadas en %1 del %2 al %3")
            self.toast(
                fill(text, name, date_text(starts, self.locale_), date_text(ends, self.locale_))
            )
            self.revalidate()
            self.refresh()
            self.saved_changes(True)

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
        self.saved_changes(False)
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
    def refresh(self) -> None:
        self.ops.read(delegations, on_done=self.set_delegations, on_error=self._show_error)

    def set_delegations(self, items: Sequence[DelegationView]) -> None:
        self.today = date.today()
        self.table.set_delegations(items, self.today)
        self.list_stack.setCurrentWidget(self.table if items else self.empty)

    def rows(self) -> list[tuple[str, str, str, str, str, bool]]:
        """What the list shows: who, from, to, reason, state, and whether «Revocar» is there."""
        return self.table.rows()

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
        period = fill(
            self.tr("del %1 al %2"),
            date_text(delegation.starts_on, self.locale_),
            date_text(delegation.ends_on, self.locale_),
        )
        text = self.tr(
            "%1 dejará de poder aprobar en su nombre desde ahora (delegación %2). "
            "Para volver a delegar tendrá que crear otra delegación."
        )
        if not self.confirm(
            self.tr("Revocar la delegación"),
            fill(text, delegation.to_name, period),
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
