"""The communications page's controller: reads the log with its filter, the account's
timeline and the mail waiting for triage off the GUI thread; assigns and discards that
mail, and confirms a pending delivery, through the writer; refreshes what a change
touched."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QTabWidget, QWidget

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind, Changes
from agencia.domain.labels import label
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.domain.service_enums import Delivery
from agencia.services.accounts.contact_options import contacts_of
from agencia.services.accounts.queries import account_options
from agencia.services.communications import browse, timeline, triage
from agencia.services.communications.connection import mail_settings
from agencia.services.staff_options import active_people
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.communications.confirm_delivery import ConfirmDeliveryDialog
from agencia.ui.communications.log_form import LogContactDialog
from agencia.ui.communications.log_view import LogView
from agencia.ui.communications.mail_settings import MailSettingsDialog
from agencia.ui.communications.survey_send import SurveySendDialog
from agencia.ui.communications.timeline_view import TimelineView
from agencia.ui.communications.triage_view import TriageView
from agencia.ui.widgets.area_controller import AreaController

TIMELINE_PAGE = 300


class CommunicationsController(AreaController):
    CONCERNS = frozenset(
        {
            ChangeKind.COMMUNICATION,
            ChangeKind.MAIL,
            ChangeKind.SERVICE_REQUEST,
            ChangeKind.CAMPAIGN,
            ChangeKind.MEETING,
            ChangeKind.APPROVAL,
        }
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[Any] = []
        self.moments: list[Any] = []
        self.waiting: list[Any] = []
        self.confirm_box: QMessageBox | None = None
        self.dialog: QDialog | None = None  # the survey or mail-settings dialog open
        self.log = LogView(ctx.ops, account_options)
        self.timeline = TimelineView()
        self.can_triage = scope_for(ctx.actor.role, Action.LOG_COMMUNICATION) is not Scope.NONE
        self.triage = TriageView(ctx.ops, account_options)
        self.view = QTabWidget()
        self.view.setObjectName("communications-page")
        self.view.addTab(self.log, self.tr("Registro"))
        self.view.addTab(self.timeline, self.tr("Cronología"))
        self.view.setTabEnabled(1, False)
        if self.can_triage:
            self.view.addTab(self.triage, self.tr("Correo sin asignar"))
        self.log.filter_changed.connect(self.reload)
        self.log.timeline_asked.connect(self.show_timeline)
        self.log.survey_asked.connect(self.send_survey)
        self.log.log_asked.connect(self.log_contact)
        self.log.chosen.connect(self._update_actions)
        self.log.confirm_asked.connect(self.confirm_delivery)
        self.log.survey_button.setVisible(self.can_triage)
        self.can_set_mail = scope_for(ctx.actor.role, Action.AGENCY_SETTINGS) is Scope.ALL
        self.timeline.filter_changed.connect(self._read_timeline)
        self.timeline.back.connect(lambda: self.view.setCurrentWidget(self.log))
        self.triage.account_chosen.connect(self._read_contacts)
        self.triage.assign_asked.connect(self.assign)
        self.triage.discard_asked.connect(self.discard)
        self.actions[ActionId.COMMUNICATIONS_REFRESH] = ctx.actions.register(
            ActionSpec(
                ActionId.COMMUNICATIONS_REFRESH,
                self.tr("Actualizar las comunicaciones"),
                "F5",
                "refresh",
                AreaId.COMMUNICATIONS,
                AreaId.COMMUNICATIONS,
            ),
            self.reload_all,
            self,
        )
        self.actions[ActionId.COMMUNICATIONS_LOG] = ctx.actions.register(
            ActionSpec(
                ActionId.COMMUNICATIONS_LOG,
                self.tr("Registrar contacto…"),
                None,
                "add",
                AreaId.COMMUNICATIONS,
                AreaId.COMMUNICATIONS,
            ),
            self.log_contact,
            self,
        )
        self.actions[ActionId.COMMUNICATIONS_CONFIRM] = ctx.actions.register(
            ActionSpec(
                ActionId.COMMUNICATIONS_CONFIRM,
                self.tr("Confirmar entrega…"),
                None,
                "check",
                AreaId.COMMUNICATIONS,
                AreaId.COMMUNICATIONS,
            ),
            self.confirm_delivery,
            self,
        )
        self._update_actions()
        if self.can_triage:
            self.actions[ActionId.COMMUNICATIONS_SEND_SURVEY] = ctx.actions.register(
                ActionSpec(
                    ActionId.COMMUNICATIONS_SEND_SURVEY,
                    self.tr("Enviar encuesta de satisfacción…"),
                    None,
                    "mail",
                    AreaId.COMMUNICATIONS,
                    AreaId.COMMUNICATIONS,
                ),
                self.log.ask_survey,
                self,
            )
        if self.can_set_mail:
            self.actions[ActionId.COMMUNICATIONS_MAIL_SETTINGS] = ctx.actions.register(
                ActionSpec(
                    ActionId.COMMUNICATIONS_MAIL_SETTINGS,
                    self.tr("Correo de la agencia…"),
                    None,
                    "settings",
                    AreaId.COMMUNICATIONS,
                    AreaId.COMMUNICATIONS,
                ),
                self.open_mail_settings,
                self,
            )

    def title(self) -> str:
        return self.tr("Comunicaciones")

    def _update_actions(self) -> None:
        """«Registrar contacto…» for those who may log contacts; the others are told why."""
        why = self.tr("Su puesto no permite registrar contactos con clientes")
        self.rule(ActionId.COMMUNICATIONS_LOG, self.can_triage, why)
        self.log.log_button.setEnabled(self.can_triage)
        self.log.log_button.setToolTip("" if self.can_triage else why)
        why = self._why_not_confirm()
        self.rule(ActionId.COMMUNICATIONS_CONFIRM, not why, why)
        self.log.confirm_button.setEnabled(not why)
        self.log.confirm_button.setToolTip(why)

    def _why_not_confirm(self) -> str:
        """Why «Confirmar entrega…» does not apply to the chosen contact (empty: it does).
        Whoever may log contacts on an account may confirm its deliveries."""
        if not self.can_triage:
            return self.tr("Su puesto no permite confirmar entregas")
        row = self.log.chosen_row()
        if row is None:
            return self.tr("Elija un contacto con la entrega pendiente")
        if row.delivery != Delivery.PENDING.value:
            return self.tr("La entrega de este contacto no está pendiente")
        return ""

    def confirm_delivery(self) -> None:
        """Asks delivered or not, and what the channel confirmed, for the chosen contact."""
        row = self.log.chosen_row()
        if self._why_not_confirm() or row is None:
            return
        dialog = ConfirmDeliveryDialog(self.ops, row, self.view)
        words = self.tr("Entrega de «%1»: %2")  # the outcome first, then the client's words
        dialog.saved.connect(
            lambda _result, data: self.ctx.toast(
                words.replace("%2", label(data.delivery)).replace("%1", row.subject)
            )
        )
        self.dialog = dialog
        dialog.open()

    def log_contact(self) -> None:
        """A call, a letter, a visit… on the account the log shows, if it shows one."""
        if not self.can_triage:
            return
        dialog = LogContactDialog(self.ops, self.view, self.log.target())
        dialog.saved.connect(
            lambda _result, data: self.ctx.toast(
                self.tr("Contacto registrado: %1").replace("%1", data.subject.strip())
            )
        )
        self.dialog = dialog
        dialog.open()

    def message_parent(self) -> QWidget:
        return self.view

    def load(self) -> None:
        self.ops.read(active_people, on_done=self._people, on_error=self.report)
        self.reload_all()

    def _people(self, people: list[Any]) -> None:
        self.log.set_people(people)
        self.timeline.set_people(people)

    def reload_all(self) -> None:
        self.reload()
        self._read_timeline()
        self._read_triage()

    # -- the log ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.ops.read(
            browse.browse, self.log.wanted(), on_done=self._loaded, on_error=self.report, key="log"
        )

    def _loaded(self, rows: list[Any]) -> None:
        self.rows = list(rows)
        self.log.set_rows(self.rows, browse.PAGE)
        self._update_actions()  # the chosen contact may have been settled meanwhile

    # -- the account's timeline -----------------------------------------------------------------
    def show_timeline(self, account_id: int, name: str) -> None:
        """The account's timeline, from the log or from another page (`open_record`)."""
        self.start()
        self.timeline.show_account(account_id, name)
        self.view.setTabEnabled(1, True)
        self.view.setCurrentWidget(self.timeline)
        self._read_timeline()

    def _read_timeline(self) -> None:
        if self.timeline.account_id is None:
            return
        kinds, person = self.timeline.wanted()
        self.ops.read(
            self._moments,
            self.timeline.account_id,
            kinds,
            person,
            on_done=self._timeline_loaded,
            on_error=self.report,
            key="timeline",
        )

    @staticmethod
    def _moments(db: Any, actor: Any, account_id: int, kinds: list[str], person: Any) -> Any:
        name = browse.account_name(db, actor, account_id)
        found = timeline.timeline(
            db, actor, account_id, kinds=kinds, staff_id=person, limit=TIMELINE_PAGE
        )
        return name, found

    def _timeline_loaded(self, answer: tuple[str, list[Any]]) -> None:
        name, moments = answer
        self.moments = list(moments)
        self.timeline.set_title(name)
        self.timeline.set_moments(self.moments)

    # -- mail from unknown senders ---------------------------------------------------------------
    def _read_triage(self) -> None:
        if self.can_triage:
            self.ops.read(triage.waiting, on_done=self._triage_loaded, on_error=self.report)

    def _triage_loaded(self, rows: list[Any]) -> None:
        self.waiting = list(rows)
        self.triage.set_rows(self.waiting)
        index = self.view.indexOf(self.triage)
        words = self.tr("Correo sin asignar")
        self.view.setTabText(index, f"{words} ({len(rows)})" if rows else words)

    def _read_contacts(self, account_id: int) -> None:
        self.ops.read(
            contacts_of,
            account_id,
            on_done=self.triage.set_contacts,
            on_error=self.report,
            key="triage-contacts",
        )

    def assign(self, triage_id: int, account_id: int, contact_id: int) -> None:
        self.ops.write(
            triage.assign, triage_id, account_id, contact_id or None, on_error=self.report
        )

    def discard(self, triage_id: int) -> None:
        """Asks once, naming the message, then throws it away."""
        row = next((t for t in self.waiting if t.id == triage_id), None)
        if row is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Descartar el correo"),
            self.tr(
                "¿Descartar el correo de {0} «{1}»? No se registrará en ninguna cuenta."
            ).format(row.sender, row.subject),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self.view,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda answer: self._discard_answered(triage_id, answer))
        self.confirm_box = box
        box.open()

    def _discard_answered(self, triage_id: int, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Discard:
            self.ops.write(triage.discard, triage_id, on_error=self.report)

    # -- sending the questionnaire, the agency's mail servers ----------------------------------
    def send_survey(self, account_id: int, name: str) -> None:
        dialog = SurveySendDialog(self.ops, account_id, name, self.view)
        dialog.sent.connect(
            lambda _id, contact: self.ctx.toast(
                self.tr("Encuesta enviada a %1").replace("%1", contact)
            )
        )
        self.dialog = dialog
        dialog.open()

    def open_mail_settings(self) -> None:
        """Read what is saved (never the password), then open the settings."""
        self.ops.read(mail_settings, on_done=self._mail_settings_read, on_error=self.report)

    def _mail_settings_read(self, current: Any) -> None:
        dialog = MailSettingsDialog(self.ops, current, self.view)
        dialog.saved.connect(lambda *_a: self.ctx.toast(self.tr("Correo de la agencia guardado")))
        self.dialog = dialog
        dialog.open()

    def _changed(self, changes: Changes) -> None:
        if changes.touches({ChangeKind.COMMUNICATION}):
            self.reload()
        if changes.touches({ChangeKind.MAIL}):
            self._read_triage()
        self._read_timeline()
