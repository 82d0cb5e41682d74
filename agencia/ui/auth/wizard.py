"""First run on an empty database: the agency's profile, its first administrator, then
the rest of the team (`team_page`: one by one or from a CSV file, or later). The first
two steps' widgets are laid out in `wizard_steps`; this module holds what the wizard does
with them: their rules, creating the agency, finishing, and what closing asks.

The rules are the service's own (agencia.services.first_run.validate_first_run), shown under
each field as the person types; Next and Finish stay disabled until the page is valid.
The administrator's page commits: it runs set_up_agency on the writer worker; the team
page adds its people in one transaction, and finishing signs that administrator in.
Closing the wizard once the agency exists signs in too, but people listed and not yet
added are not dropped unasked: Guardar adds them, Descartar goes on without them. Before
the agency exists, closing with anything typed asks whether to discard it (nothing can be
saved yet: the agency needs its administrator). What was typed is kept as a draft while
the person types (`wizard_draft`) and taken back when the wizard opens again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLineEdit, QWidget, QWizard

from agencia.domain.messages import render
from agencia.ui.auth.regions import currency_of
from agencia.ui.auth.team_page import TeamPage
from agencia.ui.auth.wizard_draft import WizardDraft
from agencia.ui.auth.wizard_steps import ADMIN_FIELDS, AGENCY_FIELDS, AdminStep, AgencyStep
from agencia.ui.widgets import unsaved

if TYPE_CHECKING:
    from agencia.domain.actor import Actor
    from agencia.services.first_run import FirstRun
    from agencia.ui.ops import Operations


def _set_up(db: Any, _actor: Any, data: FirstRun) -> Actor:
    from agencia.services.first_run import set_up_agency

    return set_up_agency(db, data)


class FirstRunWizard(QWizard):
    """Emits `completed(Actor, FirstRun)` once the agency and its administrator exist."""

    completed = Signal(object, object)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._saving = False
        self._done = False
        self._finished = False
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Bienvenido a Agencia"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Atrás"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Siguiente"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Crear la agencia"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Empezar"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancelar"))
        self.setMinimumSize(680, 560)

        self.agency_page = AgencyStep(self)
        self.admin_page = AdminStep(self)
        # the fields, by the names the rules (and the draft) read them
        self.agency_name = self.agency_page.agency_name
        self.legal_name = self.agency_page.legal_name
        self.locale_box = self.agency_page.locale_box
        self.currency_box = self.agency_page.currency_box
        self.example = self.agency_page.example
        self.admin_name = self.admin_page.admin_name
        self.admin_login = self.admin_page.admin_login
        self.admin_password = self.admin_page.admin_password
        self.admin_password2 = self.admin_page.admin_password2
        self.admin_email = self.admin_page.admin_email
        self.status = self.admin_page.status
        self.team_page = TeamPage(ops, self)
        self.team_page.added.connect(self._finish)
        self.addPage(self.agency_page)
        self.addPage(self.admin_page)
        self._team_id = self.addPage(self.team_page)
        self._draft = WizardDraft(self)
        for edit in self.edits().values():
            edit.textChanged.connect(self._changed)
            edit.textChanged.connect(self._draft.note)
        self.team_page.edited.connect(self._draft.note)
        self.admin_name.textEdited.connect(self._suggest_login)
        self._login_suggested = True
        self.admin_login.textEdited.connect(self._login_typed)
        self.locale_box.currentIndexChanged.connect(self._locale_changed)
        self.currency_box.currentIndexChanged.connect(self._currency_changed)
        self._locale_changed()
        self._choices = self.chosen()  # as it opened: a choice changed since is typing
        for box in (self.locale_box, self.currency_box):
            box.currentIndexChanged.connect(self._draft.note)

    def edits(self) -> dict[str, QLineEdit]:
        """The first two steps' text fields, by field name."""
        return {
            "agency_name": self.agency_name,
            "legal_name": self.legal_name,
            "admin_name": self.admin_name,
            "admin_login": self.admin_login,
            "admin_password": self.admin_password,
            "admin_password2": self.admin_password2,
            "admin_email": self.admin_email,
        }

    def chosen(self) -> dict[str, str]:
        return {
            "locale": str(self.locale_box.currentData()),
            "currency": str(self.currency_box.currentData()),
        }

    # -- the data and its rules -----------------------------------------------------------
    def data(self) -> FirstRun:
        from agencia.services.first_run import FirstRun

        return FirstRun(
            agency_name=self.agency_name.text().strip(),
            legal_name=self.legal_name.text().strip(),
            locale=str(self.locale_box.currentData()),
            currency=str(self.currency_box.currentData()),
            admin_name=self.admin_name.text().strip(),
            admin_login=self.admin_login.text().strip(),
            admin_password=self.admin_password.text(),
            admin_email=self.admin_email.text().strip(),
        )

    def errors(self) -> dict[str, str]:
        """Messages by field, in the person's language ("" fields are fine)."""
        from agencia.services.first_run import validate_first_run

        found = {
            name: render(code, params)
            for name, (code, params) in validate_first_run(self.data()).items()
        }
        if self.admin_password2.text() != self.admin_password.text():
            found["admin_password2"] = self.tr("Las contraseñas no coinciden.")
        return found

    def _changed(self) -> None:
        errors = self.errors()
        self.agency_page.form.set_errors({k: v for k, v in errors.items() if k in AGENCY_FIELDS})
        self.admin_page.form.set_errors({k: v for k, v in errors.items() if k in ADMIN_FIELDS})
        self.status.hide()
        self.agency_page.completeChanged.emit()
        self.admin_page.completeChanged.emit()

    def _locale_changed(self) -> None:
        name = str(self.locale_box.currentData())
        code = currency_of(name)
        index = self.currency_box.findData(code)
        if index >= 0:
            self.currency_box.setCurrentIndex(index)
        self._changed()
        self._show_example()

    def _currency_changed(self) -> None:
        self._changed()
        self._show_example()

    def _show_example(self) -> None:
        from datetime import date
        from decimal import Decimal

        from agencia.ui.formatting import date_text, money

        locale = QLocale(str(self.locale_box.currentData()))
        sample = money(Decimal("1250000"), str(self.currency_box.currentData()), locale)
        self.example.setText(
            self.tr("Así se verán los importes y las fechas: %s · %s")
            % (sample, date_text(date.today(), locale))
        )

    def _suggest_login(self, name: str) -> None:
        """The house's one login rule (`agencia.domain.logins`), until a login is typed."""
        if self._login_suggested:
            from agencia.domain.logins import suggest_login

            self.admin_login.setText(suggest_login(name))

    def _login_typed(self, _text: str) -> None:
        self._login_suggested = False

    # -- finishing ------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.team_page:
            if self._finished:
                return True  # QWizard.accept asks once more
            if self.team_page.finish():
                self._finish()
            return False
        if self.currentPage() is not self.admin_page:
            return super().validateCurrentPage()
        if self._done:
            return True
        if self._saving or self.errors():
            self.admin_page.form.reveal_all()
            return False
        self._saving = True
        self._set_enabled(False)
        self.ops.write(_set_up, self.data(), on_done=self._created, on_error=self._failed)
        return False

    def _set_enabled(self, enabled: bool) -> None:
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(enabled)
        self.admin_page.setEnabled(enabled)

    def _created(self, actor: Actor) -> None:
        self._saving = False
        self._done = True
        self.actor = actor
        self._set_enabled(True)
        self.team_page.set_actor(actor)
        self._draft.agency_created()
        self.next()

    def _finish(self) -> None:
        """The agency exists (and its team, if any was given): sign the administrator in."""
        if self.actor is None or self._finished:
            return
        self._finished = True
        self._draft.forget()
        self.completed.emit(self.actor, self.data())
        self.accept()

    def reject(self) -> None:
        """Cancelar, Esc and the title bar. Before the agency exists, anything typed is
        asked about first; once it exists, closing goes on to sign in — asking first about
        people listed and not yet added. Ignored while either is being saved (its answer
        must land on the wizard)."""
        if not self._done:
            if self._saving:
                return
            item = self._typed_item()
            if item is None:
                self._discard_and_close()
                return
            self._ask_discard(item)
            return
        if self.team_page.busy or self._finished:
            return
        item = self.team_page.unsaved_item(self._add_team, self._finish)
        if item is None:
            self._finish()
            return
        closing = QCoreApplication.translate("FormDialog", "cerrar")
        unsaved.ask(self, item, closing, self._answered(item))

    def _answered(self, item: unsaved.UnsavedItem) -> Callable[[unsaved.Answer], None]:
        def then(answer: unsaved.Answer) -> None:
            if answer is unsaved.Answer.SAVE and item.save is not None:
                item.save(lambda _saved: None)
            elif answer is unsaved.Answer.DISCARD:
                item.discard()

        return then

    # -- the first steps' unsaved work ------------------------------------------------------
    @property
    def agency_created(self) -> bool:
        """The first two steps are saved: only the team remains."""
        return self._done

    def typed(self) -> bool:
        """Anything typed (or taken back) in the first two steps, a choice changed too."""
        return any(e.text() for e in self.edits().values()) or self.chosen() != self._choices

    def _typed_item(self) -> unsaved.UnsavedItem | None:
        """The first two steps' fields, when anything was typed (or taken back) in them;
        nothing can be saved from the question before the agency exists."""
        if not self.typed():
            return None
        admin = any(self.edits()[name].text() for name in ADMIN_FIELDS)
        what = (
            self.tr("los datos de la agencia y de su primer administrador")
            if admin
            else self.tr("los datos de la agencia")
        )
        return unsaved.UnsavedItem(what=what, save=None, discard=self._discard_and_close)

    def _ask_discard(self, item: unsaved.UnsavedItem) -> None:
        """The house question over the wizard, asked as what it is: a discard (the
        prompt's «¿Guardar…?» with no Guardar to press would read wrong)."""
        prompt = unsaved.ask(self, item, "", self._answered(item))  # its words, below
        prompt.setText(self.tr("¿Descartar %1?").replace("%1", item.what))
        prompt.setInformativeText(
            self.tr(
                "La agencia aún no se ha creado: si descarta, se perderá lo escrito. "
                "Para crearla, pulse Cancelar y complete el asistente."
            )
        )

    def _discard_and_close(self) -> None:
        self._draft.forget()
        super().reject()

    # -- the draft ----------------------------------------------------------------------------
    def resume(self, actor: Actor, draft: dict[str, Any] | None = None) -> None:
        """Open at the team step for an agency that exists, as `actor` (its administrator):
        a crash left its team list in the draft (`wizard_draft.draft_with_team`; `draft`:
        that draft as a worker read it, else it is read as the wizard shows). Call before
        showing it; `completed` then carries `actor` (the first steps are empty)."""
        self._done = True
        self.actor = actor
        self.team_page.set_actor(actor)
        self.setStartId(self._team_id)
        if draft is not None:
            self._draft.hand(draft)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time it shows, take back the draft a crash left, if any."""
        super().showEvent(event)
        self._draft.take_back()

    def follow_login(self, suggested: bool) -> None:
        """Whether the login still follows the name as it is typed (a draft taken back)."""
        self._login_suggested = suggested

    def _add_team(self, _done: unsaved.Done) -> None:
        """The question's Guardar: as «Empezar» (everyone added, then signed in)."""
        if self.team_page.finish():
            self._finish()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self._set_enabled(True)
        field_errors = getattr(error, "field_errors", None)
        if field_errors:
            messages = {name: render(code, params) for name, (code, params) in field_errors.items()}
            self.agency_page.form.set_errors(
                {k: v for k, v in messages.items() if k in AGENCY_FIELDS}
            )
            self.admin_page.form.set_errors(
                {k: v for k, v in messages.items() if k in ADMIN_FIELDS}
            )
            self.admin_page.form.reveal_all()
        self.status.setText(str(error))
        self.status.show()
