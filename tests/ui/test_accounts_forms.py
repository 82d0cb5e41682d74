"""Creating and editing: live validation, Ctrl+S and Esc, refusals, undo, deactivation."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from factories import Agency, audit_events, small_agency
from gui_support import Recorder, make_context, type_text, until
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AccountStatus, AuditAction, ContactRole
from agencia.domain.errors import ValidationError
from agencia.services.accounts import queries as svc
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.ui.accounts import account_form
from agencia.ui.accounts.account_form import AccountFormDialog
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.accounts.brand_forms import BrandDialog, ProductDialog
from agencia.ui.accounts.contact_form import ContactFormDialog
from agencia.ui.accounts.controller import AccountsController
from agencia.ui.widgets.unsaved import UnsavedPrompt


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def open_accounts(
    qtbot: QtBot, agency: Agency, who: str = "admin"
) -> tuple[AccountsArea, AccountsController, Recorder]:
    actor = agency.admin if who == "admin" else agency.actor(who)
    ctx, recorder = make_context(agency.db, actor)
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(until(page.isActiveWindow))
    qtbot.waitUntil(until(lambda: area.controller.model.loaded))
    return area, area.controller, recorder


def open_account(qtbot: QtBot, controller: AccountsController, account_id: int) -> None:
    controller.open_account(account_id)
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and controller.detail.id == account_id)
    )


def press_ctrl_s(qtbot: QtBot, dialog: Any) -> None:
    qtbot.waitUntil(until(dialog.isActiveWindow))
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


# -- the account form -----------------------------------------------------------------------


def choose_sector_and_lead(dialog: AccountFormDialog) -> None:
    """What a new account asks to be chosen (it defaults to nothing that could be wrong)."""
    dialog.sector.setCurrentIndex(0)
    dialog.lead.setCurrentIndex(0)  # «Sin asignar»


def test_a_new_account_defaults_to_no_sector_and_no_lead(qtbot: QtBot, agency: Agency) -> None:
    """Not the first sector, not the director: Save waits until both are chosen."""
    _area, controller, _recorder = open_accounts(qtbot, agency)
    controller.new_account()
    dialog = controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    assert dialog.sector.currentText() == "" and dialog.lead.currentIndex() == -1
    type_text(dialog.trade_name, "Moda Ágora")
    assert not dialog.save_button.isEnabled()
    dialog.sector.setCurrentIndex(0)
    assert not dialog.save_button.isEnabled()
    dialog.lead.setCurrentIndex(dialog.lead.count() - 1)
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_the_account_form_validates_as_you_type(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, recorder = open_accounts(qtbot, agency)
    controller.actions["accounts.new"].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    assert dialog.windowTitle() == "Nueva cuenta"
    form = dialog.identity
    assert not dialog.save_button.isEnabled()  # the name is missing
    assert form.error("trade_name") == ""  # but nobody is scolded before typing
    type_text(dialog.trade_name, "Moda Ágora")
    choose_sector_and_lead(dialog)
    assert dialog.save_button.isEnabled()
    type_text(dialog.email, "ventas@")
    assert dialog.contact.error("email") == "No es una dirección de correo válida."
    assert dialog.contact.messages["email"].isVisible()
    assert not dialog.save_button.isEnabled()
    type_text(dialog.email, "modaagora.es")
    assert dialog.contact.error("email") == ""
    dialog.trade_name.selectAll()
    qtbot.keyClick(dialog.trade_name, Qt.Key.Key_Delete)
    assert form.error("trade_name") == "Este campo es obligatorio."
    type_text(dialog.trade_name, "Moda Ágora")
    press_ctrl_s(qtbot, dialog)
    assert recorder.toasts[-1] == "Cuenta «Moda Ágora» creada"
    assert not dialog.isVisible()
    qtbot.waitUntil(
        until(
            lambda: controller.detail is not None and controller.detail.trade_name == "Moda Ágora"
        )
    )
    assert controller.list_view.selected_id == controller.detail.id


@pytest.mark.parametrize(("who", "may_choose"), [("alvaro", False), ("lucia", True)])
def test_only_a_director_chooses_who_leads_the_account(
    qtbot: QtBot, agency: Agency, who: str, may_choose: bool
) -> None:
    _area, controller, _recorder = open_accounts(qtbot, agency, who)
    open_account(qtbot, controller, agency.accounts["coca"])
    controller.actions["accounts.edit"].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    assert dialog.lead.isEnabled() is may_choose
    assert (dialog.lead.toolTip() == "") is may_choose
    dialog.reject()


def test_escape_cancels_and_writes_nothing(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    before = len(audit_events(agency.db))
    controller.new_account()
    dialog = controller.dialog
    assert dialog is not None
    type_text(dialog.trade_name, "No la guardes")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    prompt = dialog.findChild(UnsavedPrompt)  # what was typed is not dropped unasked
    assert prompt is not None and prompt.isVisible()
    prompt.discard_button.click()
    assert not dialog.isVisible()
    assert len(audit_events(agency.db)) == before


def test_the_services_refusal_lands_under_the_field(
    qtbot: QtBot, agency: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: Any) -> Any:
        raise ValidationError(
            {"tax_id": ("field.tax_id", {}), "lead_executive_id": ("staff.not_found", {"id": 7})}
        )

    monkeypatch.setattr(account_form, "create_account", refuse)
    _area, controller, _ = open_accounts(qtbot, agency)
    controller.new_account()
    dialog = controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    type_text(dialog.trade_name, "Nueva")
    choose_sector_and_lead(dialog)
    dialog.save()
    assert dialog.isVisible()  # still open, nothing lost
    assert dialog.identity.error("tax_id") == "El NIF/RFC/CUIT no tiene un formato válido."
    assert dialog.identity.error("lead_executive_id") == "No existe la persona 7."
    assert dialog.banner.text() == "Revise los campos marcados."
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_a_conflict_says_someone_else_changed_it(qtbot: QtBot, agency: Agency) -> None:
    coca = agency.accounts["coca"]
    _area, controller, _ = open_accounts(qtbot, agency, "alvaro")
    open_account(qtbot, controller, coca)
    controller.edit_account()
    dialog = controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    detail = svc.get_account(agency.db, SYSTEM, coca)  # meanwhile, at another desk…
    update_account(
        agency.db, SYSTEM, coca, replace(input_from_detail(detail), city="Cádiz"), detail.version
    )
    type_text(dialog.city, " centro")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.banner.text().startswith("Otra persona ha modificado este registro")
    assert dialog.conflict is not None  # both versions side by side (tests/ui/test_conflicts.py)
    assert svc.get_account(agency.db, SYSTEM, coca).city == "Cádiz"
    dialog.conflict.go_on.click()
    dialog.reject()


def test_a_known_tax_id_is_warned_live_but_may_be_saved(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    controller.new_account()
    dialog = controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    type_text(dialog.trade_name, "Coca-Cola Canarias")
    choose_sector_and_lead(dialog)
    type_text(dialog.tax_id, "b-86561412")
    qtbot.waitUntil(until(lambda: dialog.identity.warning("tax_id")))
    assert dialog.identity.warning("tax_id") == "Ya existe una cuenta con este NIF: Coca-Cola."
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_undo_puts_the_last_edit_back(qtbot: QtBot, agency: Agency) -> None:
    coca = agency.accounts["coca"]
    _area, controller, recorder = open_accounts(qtbot, agency, "alvaro")
    open_account(qtbot, controller, coca)
    undo = controller.actions["accounts.undo"]
    assert not undo.isEnabled()
    controller.actions["accounts.edit"].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    dialog.city.clear()
    type_text(dialog.city, "Bilbao")
    dialog.status.setCurrentIndex(dialog.status.findData(AccountStatus.PAUSED.value))
    press_ctrl_s(qtbot, dialog)
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and controller.detail.city == "Bilbao")
    )
    assert recorder.toasts[-1] == "Cambios guardados (Ctrl+Z para deshacer)"
    assert undo.isEnabled() and "Coca-Cola" in undo.toolTip()
    controller.page.activateWindow()  # back from the dialog
    qtbot.waitUntil(until(controller.page.isActiveWindow))
    undo.trigger()  # Ctrl+Z is the window's Editar ▸ Deshacer (tests/ui/test_undo.py)
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and controller.detail.city == "Madrid")
    )
    assert controller.detail.status is AccountStatus.ACTIVE
    assert recorder.toasts[-1] == "Deshecho: Editar la cuenta «Coca-Cola»"
    assert not undo.isEnabled()
    updates = [
        e.changes
        for e in audit_events(agency.db, "account", coca)
        if e.action == AuditAction.UPDATE
    ]
    assert updates[-2:] == [
        {"city": ["Madrid", "Bilbao"], "status": ["active", "paused"]},
        {"city": ["Bilbao", "Madrid"], "status": ["paused", "active"]},
    ]


def test_undo_after_someone_else_edited_refuses_politely(qtbot: QtBot, agency: Agency) -> None:
    coca = agency.accounts["coca"]
    _area, controller, _ = open_accounts(qtbot, agency, "alvaro")
    open_account(qtbot, controller, coca)
    controller.edit_account()
    dialog = controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    type_text(dialog.phone, "915550000")
    dialog.save()
    detail = svc.get_account(agency.db, SYSTEM, coca)
    update_account(
        agency.db, SYSTEM, coca, replace(input_from_detail(detail), city="Lugo"), detail.version
    )
    controller.undo()
    assert controller.last_message.startswith("No se puede deshacer: otra persona ha modificado")
    assert svc.get_account(agency.db, SYSTEM, coca).city == "Lugo"
    stack = controller.history.stack  # the refused step is gone, nothing left to redo
    assert not stack.canUndo() and not stack.canRedo()


def test_deactivate_asks_once_naming_the_account_then_reactivate(
    qtbot: QtBot, agency: Agency
) -> None:
    garcia = agency.accounts["garcia"]
    _area, controller, recorder = open_accounts(qtbot, agency, "alvaro")
    open_account(qtbot, controller, garcia)
    questions: list[str] = []

    def confirm(_title: str, text: str, _accept: str) -> bool:
        questions.append(text)
        return True

    controller.confirm = confirm  # type: ignore[method-assign,assignment]
    qtbot.keyClick(controller.list_view.table, Qt.Key.Key_Delete)
    assert len(questions) == 1 and "«Cervezas García»" in questions[0]
    qtbot.waitUntil(
        until(
            lambda: (
                controller.detail is not None and controller.detail.status is AccountStatus.INACTIVE
            )
        )
    )
    assert recorder.toasts[-1] == "Cuenta «Cervezas García» desactivada"
    assert controller.detail_view.chip.text() == "Inactiva"
    assert controller.actions["accounts.reactivate"].isEnabled()
    assert not controller.actions["accounts.deactivate"].isEnabled()
    controller.actions["accounts.reactivate"].trigger()
    qtbot.waitUntil(
        until(
            lambda: (
                controller.detail is not None and controller.detail.status is AccountStatus.ACTIVE
            )
        )
    )
    assert len(questions) == 1  # reactivating asks nothing


def test_saying_no_to_deactivation_changes_nothing(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency, "alvaro")
    open_account(qtbot, controller, agency.accounts["coca"])
    controller.confirm = lambda *_a: False  # type: ignore[method-assign]
    before = len(audit_events(agency.db))
    controller.deactivate()
    assert len(audit_events(agency.db)) == before


# -- contacts, brands, products ----------------------------------------------------------------


def test_edit_a_contact_through_the_form(qtbot: QtBot, agency: Agency) -> None:
    coca = agency.accounts["coca"]
    contact = save_contact(
        agency.db,
        SYSTEM,
        coca,
        ContactInput(
            full_name="Adrián Parra",
            position="Jefe de Publicidad",
            brand_ids=(agency.brands["coca"],),
        ),
    ).id
    _area, controller, recorder = open_accounts(qtbot, agency, "alvaro")
    open_account(qtbot, controller, coca)
    detail_view = controller.detail_view
    detail_view.tabs.setCurrentIndex(2)
    detail_view.contacts_tab.contacts.selectRow(0)
    qtbot.mouseClick(detail_view.contacts_tab.edit_contact_button, Qt.MouseButton.LeftButton)
    dialog = controller.dialog
    assert isinstance(dialog, ContactFormDialog)
    assert dialog.full_name.text() == "Adrián Parra"
    assert dialog.checked_brand_ids() == (agency.brands["coca"],)
    dialog.position.clear()
    type_text(dialog.position, "Directora de Marketing")
    dialog.contact_role.setCurrentIndex(
        dialog.contact_role.findData(ContactRole.MARKETING_DIRECTOR.value)
    )
    dialog.brands.item(1).setCheckState(Qt.CheckState.Checked)  # Fanta
    type_text(dialog.email, "no-es-correo")
    assert dialog.form.error("email") == "No es una dirección de correo válida."
    assert not dialog.save_button.isEnabled()
    dialog.email.clear()
    press_ctrl_s(qtbot, dialog)
    assert recorder.toasts[-1] == "Contacto «Adrián Parra» guardado"
    qtbot.waitUntil(
        until(
            lambda: (
                controller.detail is not None
                and controller.detail.contacts[0].position == "Directora de Marketing"
            )
        )
    )
    saved = controller.detail.contacts[0]
    assert saved.id == contact
    assert saved.brands == ("Coca-Cola Zero", "Fanta")
    assert saved.contact_role is ContactRole.MARKETING_DIRECTOR
    model = detail_view.contacts_tab.contacts_model
    assert model.data(model.index(0, 2)) == "Director de marketing"


def test_a_new_contact_and_deactivating_it(qtbot: QtBot, agency: Agency) -> None:
    coca = agency.accounts["coca"]
    _area, controller, _ = open_accounts(qtbot, agency, "alvaro")
    open_account(qtbot, controller, coca)
    controller.actions["accounts.new_contact"].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, ContactFormDialog)
    assert dialog.windowTitle() == "Nuevo contacto de Coca-Cola"
    assert not dialog.save_button.isEnabled()
    type_text(dialog.full_name, "Raquel Castillo")
    dialog.save()
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and len(controller.detail.contacts) == 1)
    )
    controller.confirm = lambda *_a: True  # type: ignore[method-assign]
    controller.detail_view.contacts_tab.contacts.selectRow(0)
    controller.detail_view.contacts_tab.toggle_contact_button.click()
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and not controller.detail.contacts[0].active)
    )
    assert controller.detail_view.contacts_tab.toggle_contact_button.text() == "Reactivar"


def test_brand_and_product_dialogs(qtbot: QtBot, agency: Agency) -> None:
    garcia = agency.accounts["garcia"]
    _area, controller, _ = open_accounts(qtbot, agency, "alvaro")
    open_account(qtbot, controller, garcia)
    controller.actions["accounts.new_brand"].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, BrandDialog)
    type_text(dialog.name, "Alhambra")
    dialog.save()
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and len(controller.detail.brands) == 1)
    )
    brand = controller.detail.brands[0]
    controller.edit_product(None, brand.id)
    product_dialog = controller.dialog
    assert isinstance(product_dialog, ProductDialog)
    type_text(product_dialog.name, "Reserva 1925")
    product_dialog.save()
    qtbot.waitUntil(
        until(lambda: controller.detail is not None and controller.detail.brands[0].products)
    )
    product = controller.detail.brands[0].products[0]
    controller.edit_product(product.id, brand.id)
    product_dialog = controller.dialog
    assert isinstance(product_dialog, ProductDialog)
    product_dialog.name.clear()
    assert not product_dialog.save_button.isEnabled()
    type_text(product_dialog.name, "Reserva 1925 Tercio")
    product_dialog.save()
    qtbot.waitUntil(
        until(
            lambda: (
                controller.detail is not None
                and controller.detail.brands[0].products[0].name == "Reserva 1925 Tercio"
            )
        )
    )
    tree = controller.detail_view.brands_tab.brands_model
    assert tree.data(tree.index(0, 0, tree.index(0, 0))) == "Reserva 1925 Tercio"


def count_accounts(agency: Agency) -> int:
    return len(svc.list_accounts(agency.db, SYSTEM, svc.AccountQuery()))


@pytest.mark.parametrize("answer", ["open", "save", "cancel"])
def test_a_duplicate_tax_id_is_asked_about_before_saving(
    qtbot: QtBot, agency: Agency, answer: str
) -> None:
    """Open the account that exists, save anyway, or go back to the form: asked before
    the save, naming the account — never a duplicate saved and only then reported."""
    _area, controller, recorder = open_accounts(qtbot, agency)
    before = count_accounts(agency)
    controller.new_account()
    dialog = controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    asked: list[list[tuple[int, str]]] = []
    dialog.ask_duplicate = lambda found: asked.append(found) or answer  # type: ignore[method-assign, func-returns-value]
    type_text(dialog.trade_name, "Coca-Cola Canarias")
    choose_sector_and_lead(dialog)
    type_text(dialog.tax_id, "b-86561412")
    qtbot.waitUntil(until(lambda: bool(dialog.duplicates)))
    dialog.save()
    assert asked and asked[0][0][1] == "Coca-Cola"
    coca = agency.accounts["coca"]
    if answer == "open":
        assert not dialog.isVisible()
        qtbot.waitUntil(
            until(lambda: controller.detail is not None and controller.detail.id == coca)
        )
        assert count_accounts(agency) == before
    elif answer == "save":
        qtbot.waitUntil(until(lambda: count_accounts(agency) == before + 1))
        assert recorder.toasts[-1] == "Cuenta «Coca-Cola Canarias» creada"
    else:
        assert dialog.isVisible() and dialog.save_button.isEnabled()
        assert count_accounts(agency) == before
        dialog.reject()


def test_the_parent_company_is_chosen_by_typing(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_accounts(qtbot, agency)
    controller.new_account()
    dialog = controller.dialog
    assert isinstance(dialog, AccountFormDialog)
    type_text(dialog.trade_name, "Coca-Cola Canarias")
    choose_sector_and_lead(dialog)
    picker = dialog.parent_picker  # typed into without focus: offscreen has no popups
    type_text(picker, "coca")
    assert dialog.identity.error("parent_id") == "Elija una cuenta de la lista."
    assert not dialog.save_button.isEnabled()  # typed text alone is not a choice
    qtbot.waitUntil(until(lambda: picker.completer().model().rowCount() == 1))
    picker.completer().activated.emit("Coca-Cola")
    assert picker.account_id == agency.accounts["coca"]
    assert dialog.identity.error("parent_id") == ""
    dialog.save()
    # a creation is not undone (the list shows it instead): nothing on the history
    assert not controller.history.stack.canUndo()
    qtbot.waitUntil(
        until(
            lambda: controller.detail is not None and controller.detail.parent_name == "Coca-Cola"
        )
    )
