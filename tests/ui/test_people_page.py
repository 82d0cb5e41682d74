"""Personas: the staff list, the person form (the reporting line's refusal under its
field), deactivation with its handover, sign-in accounts, groups, and the account team
offered on the account page."""

from __future__ import annotations

from typing import Any

import pytest
from factories import Agency, small_agency
from gui_support import make_context, until
from people_support import add_to_team, make_lead, open_people, remove_from_team
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.areas import AreaId
from agencia.domain.enums import AssignmentRole, Department, Role
from agencia.domain.errors import DomainError
from agencia.services import auth
from agencia.services.accounts.queries import get_account
from agencia.services.people.sign_ins import add_user
from agencia.services.people.teams import change_lead
from agencia.services.people.views import get_staff, list_staff
from agencia.ui.actions import ActionId
from agencia.ui.people.area import PeopleArea
from agencia.ui.people.controller import PeopleController
from agencia.ui.people.deactivate_dialog import DeactivateDialog
from agencia.ui.people.group_dialogs import GroupDialog
from agencia.ui.people.person_form import PersonFormDialog
from agencia.ui.people.sign_in_dialogs import NewUserDialog, ResetPasswordDialog
from agencia.ui.people.staff_list import SIGN_IN_COLUMN
from agencia.ui.people.team_dialog import AccountTeamDialog, LeadDialog
from agencia.ui.widgets.status_chip import CHIP_ROLE

A = ActionId
PASSWORD = "una frase bastante larga"


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def select(controller: PeopleController, staff_id: int) -> None:
    assert controller.list_view.select(staff_id)
    assert controller.detail is not None and controller.detail.row.id == staff_id


def row_texts(controller: PeopleController, staff_id: int) -> list[str]:
    view = controller.list_view
    source = view.model.index_of(staff_id)
    return [view.model.index(source, c).data() for c in range(view.model.columnCount())]


def test_the_staff_list_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, agency: Agency
) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    qtmodeltester.check(controller.list_view.model)
    qtmodeltester.check(controller.list_view.proxy)


def test_an_administrator_sees_everyone_with_title_role_group_boss_and_sign_in(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    s = agency.staff
    assert row_texts(controller, s["lucia"])[:5] == [
        "Lucía Fernández Ortega",
        "Directora de Cuentas",
        "Director de cuentas",
        "Cuentas",
        "Gran Consumo",
    ]
    assert row_texts(controller, s["marta"])[5] == "Javier Núñez Calvo"
    view = controller.list_view
    chip = view.model.index(view.model.index_of(s["marta"]), SIGN_IN_COLUMN).data(CHIP_ROLE)
    assert chip.text == "Sin usuario"
    # the deactivated are listed under «De baja», not among those in activo
    shown = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert "Sonia Baja Antigua" not in shown and "Marta Peña Lozano" in shown
    view.state.setCurrentIndex(view.state.findData("inactive"))
    assert view.proxy.rowCount() == 1
    # search ignores accents and case
    view.state.setCurrentIndex(view.state.findData("all"))
    view.search.setText("alvaro garcia")
    view.apply_filters()
    assert view.proxy.rowCount() == 1
    assert controller.actions[A.PEOPLE_NEW].isEnabled()


def test_a_director_reads_their_group_and_changes_nothing(qtbot: QtBot, agency: Agency) -> None:
    area, controller, _ = open_people(qtbot, agency, agency.actor("lucia"))
    assert area.has_page
    view = controller.list_view
    groups = {view.proxy.index(r, 4).data() for r in range(view.proxy.rowCount())}
    assert groups == {"Gran Consumo"}
    select(controller, agency.staff["marta"])
    for action_id in (A.PEOPLE_NEW, A.PEOPLE_EDIT, A.PEOPLE_DEACTIVATE, A.PEOPLE_NEW_USER):
        action = controller.actions[action_id]
        assert not action.isEnabled()
        assert "Su rol" in action.toolTip() or "rol" in action.toolTip()


def test_a_person_clicked_with_the_mouse_has_their_actions(qtbot: QtBot, agency: Agency) -> None:
    """A mouse press makes the row current before it selects it: the actions were worked
    out in between, with nobody selected, and stayed off (an administrator could not
    deactivate anyone from the window)."""
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    view = controller.list_view
    row = view.proxy.mapFromSource(view.model.index(view.model.index_of(agency.staff["marta"]), 0))
    table = view.table
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(row).center()
    )
    qtbot.waitUntil(until(lambda: controller.actions[A.PEOPLE_DEACTIVATE].isEnabled()))
    assert controller.actions[A.PEOPLE_EDIT].isEnabled()


def test_an_executive_has_no_page(qtbot: QtBot, agency: Agency) -> None:
    ctx, _ = make_context(agency.db, agency.actor("alvaro"))
    area = PeopleArea(ctx)
    assert not area.has_page
    assert ctx.actions.spec(A.PEOPLE_ACCOUNT_TEAM).header is AreaId.ACCOUNTS
    assert [spec.id for spec, _a in ctx.actions.all()] == [A.PEOPLE_ACCOUNT_TEAM]


def test_adding_a_person_with_a_feminine_title_and_a_wrong_boss(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, recorder = open_people(qtbot, agency, agency.admin)
    controller.new_person()
    form = controller.dialog
    assert isinstance(form, PersonFormDialog)
    assert not form.save_button.isEnabled()  # the name is required
    form.full_name.setText("Carmen Sáez Molina")
    form.role.setCurrentIndex(form.role.findData(Role.ACCOUNT_SUPERVISOR.value))
    form.gender.setCurrentIndex(form.gender.findData("feminine"))
    assert form.title_edit.placeholderText().startswith("Supervisora de cuentas")
    form.department.setCurrentIndex(form.department.findData(Department.ACCOUNTS.value))
    form.group.setCurrentIndex(form.group.findData(agency.groups["consumo"]))
    form.reports_to.setCurrentIndex(form.reports_to.findData(agency.staff["pablo"]))
    form.email.setText("no es un correo")
    form.form.reveal_all()
    assert form.form.error("email")
    form.email.setText("carmen@agencia.es")
    assert form.save_button.isEnabled()
    form.save()
    # the reporting line is the service's to check: its reason stays under the field
    assert form.isVisible()
    assert "Pablo Herrero Cano" in form.form.error("reports_to_id")
    form.reports_to.setCurrentIndex(form.reports_to.findData(agency.staff["javier"]))
    form.save()
    qtbot.waitUntil(until(lambda: not form.isVisible()))
    carmen = next(p for p in list_staff(agency.db, agency.admin) if p.name.startswith("Carmen"))
    assert carmen.title == "Supervisora de cuentas"
    assert carmen.reports_to_id == agency.staff["javier"]
    assert recorder.toasts[-1] == "Guardado: Carmen Sáez Molina"
    qtbot.waitUntil(until(lambda: controller.list_view.selected_row() is not None))
    assert controller.list_view.selected_row().id == carmen.id
    view = controller.list_view
    view.search.setText("@")  # no word: nobody (not whoever has an e-mail, as Carmen)
    view.apply_filters()
    assert view.proxy.rowCount() == 0


def test_editing_a_person_keeps_what_the_form_does_not_show(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    select(controller, agency.staff["raul"])
    controller.edit()
    form = controller.dialog
    assert isinstance(form, PersonFormDialog)
    assert form.full_name.text() == "Raúl Jiménez Prieto"
    form.extension.setText("12a")
    form.form.reveal_all()
    assert "dígitos" in form.form.error("extension")
    form.extension.setText("214")
    form.time_zone.setText("America/Bogota")
    form.save()
    qtbot.waitUntil(until(lambda: not form.isVisible()))
    detail = get_staff(agency.db, agency.admin, agency.staff["raul"])
    assert (detail.extension, detail.time_zone) == ("214", "America/Bogota")
    assert detail.row.reports_to_id == agency.staff["andres"]


def test_deactivating_someone_who_leads_accounts_asks_who_takes_over(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, recorder = open_people(qtbot, agency, agency.admin)
    s = agency.staff
    select(controller, s["alvaro"])
    controller.actions[A.PEOPLE_DEACTIVATE].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, DeactivateDialog)
    assert "3 cuenta(s) que lidera, 2 persona(s) a su cargo" in dialog.summary.text()
    assert not dialog.save_button.isEnabled()  # someone must take over
    names = [dialog.successor.itemText(n) for n in range(dialog.successor.count())]
    assert not any("Irene" in n for n in names)  # an assistant may not lead accounts
    dialog.successor.setCurrentIndex(dialog.successor.findData(s["laura"]))
    dialog.save()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    assert not get_staff(agency.db, agency.admin, s["alvaro"]).row.active
    assert (
        get_account(agency.db, agency.admin, agency.accounts["coca"]).lead_executive_id
        == (s["laura"])
    )
    assert recorder.toasts[-1].startswith("Álvaro García Rubio")
    # and back
    select(controller, s["alvaro"])
    controller.actions[A.PEOPLE_REACTIVATE].trigger()
    assert get_staff(agency.db, agency.admin, s["alvaro"]).row.active


def test_sign_in_accounts_created_reset_disabled_enabled_and_unlocked(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, recorder = open_people(qtbot, agency, agency.admin)
    marta = agency.staff["marta"]
    select(controller, marta)
    assert not controller.actions[A.PEOPLE_RESET_PASSWORD].isEnabled()
    controller.actions[A.PEOPLE_NEW_USER].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, NewUserDialog)
    assert dialog.login.text() == "marta.pena"
    dialog.password.first.setText("password1234")
    dialog.password.second.setText("password1234")
    dialog.form.reveal_all()
    assert dialog.form.error("password")  # a common password, with the reason
    dialog.password.first.setText(PASSWORD)
    dialog.password.second.setText(PASSWORD + "x")
    assert dialog.form.error("password_again") == "Las contraseñas no coinciden."
    dialog.password.second.setText(PASSWORD)
    dialog.save()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    assert recorder.toasts[-1] == "Usuario «marta.pena» creado"
    qtbot.waitUntil(until(lambda: controller.list_view.selected_row().login == "marta.pena"))

    controller.actions[A.PEOPLE_RESET_PASSWORD].trigger()
    reset = controller.dialog
    assert isinstance(reset, ResetPasswordDialog)
    reset.password.first.setText("otra frase igual de larga")
    reset.password.second.setText("otra frase igual de larga")
    reset.save()
    qtbot.waitUntil(until(lambda: get_staff(agency.db, agency.admin, marta).must_change_password))
    assert row_texts(controller, marta)[SIGN_IN_COLUMN] == "Cambiar contraseña"

    controller.actions[A.PEOPLE_DISABLE_USER].trigger()
    box = controller.dialog
    assert isinstance(box, QMessageBox) and "marta.pena" in box.text()
    next(b for b in box.buttons() if b.text() == "Desactivar").click()
    qtbot.waitUntil(until(lambda: get_staff(agency.db, agency.admin, marta).user_active is False))
    qtbot.waitUntil(until(lambda: controller.actions[A.PEOPLE_ENABLE_USER].isEnabled()))
    controller.actions[A.PEOPLE_ENABLE_USER].trigger()
    assert get_staff(agency.db, agency.admin, marta).user_active is True
    assert not controller.actions[A.PEOPLE_UNLOCK].isEnabled()  # nothing to unlock


def test_a_locked_sign_in_is_shown_and_unlocked_there(qtbot: QtBot, agency: Agency) -> None:
    marta = agency.staff["marta"]
    add_user(agency.db, agency.admin, "marta.pena", marta, PASSWORD)
    for _ in range(auth.FREE_FAILURES):
        with pytest.raises(DomainError):
            auth.sign_in(agency.db, "marta.pena", "no es la suya")
    _area, controller, recorder = open_people(qtbot, agency, agency.admin)
    select(controller, marta)
    assert row_texts(controller, marta)[SIGN_IN_COLUMN] == "Bloqueado"
    view = controller.list_view
    chip = view.model.index(view.model.index_of(marta), SIGN_IN_COLUMN).data(CHIP_ROLE)
    assert chip.text == "Bloqueado"
    assert "intentos fallidos" in controller.panel.values["access"].text()
    unlock = controller.actions[A.PEOPLE_UNLOCK]
    assert unlock.isEnabled() and controller.panel._buttons[unlock].isVisibleTo(controller.panel)
    unlock.trigger()
    assert recorder.toasts[-1] == "Usuario «marta.pena» desbloqueado"
    unlocked = "Cambiar contraseña"  # a new sign-in's password is temporary (explore 9, L10)
    qtbot.waitUntil(until(lambda: row_texts(controller, marta)[SIGN_IN_COLUMN] == unlocked))
    assert auth.recent_failures(agency.db, "marta.pena") == 0
    qtbot.waitUntil(until(lambda: not unlock.isEnabled()))


def test_nobody_disables_their_own_sign_in_from_the_list(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    select(controller, agency.admin.staff_id or 0)
    assert not controller.actions[A.PEOPLE_DISABLE_USER].isEnabled()
    assert not controller.actions[A.PEOPLE_DEACTIVATE].isEnabled()


def test_groups_added_with_a_director_and_renamed(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, recorder = open_people(qtbot, agency, agency.admin)
    nuria = _director(agency, "Nuria Campos Rey")
    controller.load()
    controller.actions[A.PEOPLE_NEW_GROUP].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, GroupDialog)
    directors = [dialog.director.itemText(n) for n in range(dialog.director.count())]
    assert "Lucía Fernández Ortega" not in directors  # she directs Gran Consumo already
    dialog.name.setText("gran consumo")
    dialog.director.setCurrentIndex(dialog.director.findData(nuria))
    dialog.save()
    assert dialog.isVisible() and "«gran consumo»" in dialog.form.error("name")
    dialog.name.setText("Farma y Salud")
    dialog.save()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    groups = controller.groups_view
    qtbot.waitUntil(until(lambda: groups.model.rowCount() == 3))
    farma = next(n for n in range(3) if groups.model.row(n).name == "Farma y Salud")
    assert groups.model.row(farma).director == "Nuria Campos Rey"
    groups.table.select_row(farma)
    controller.actions[A.PEOPLE_RENAME_GROUP].trigger()
    rename = controller.dialog
    assert isinstance(rename, GroupDialog)
    rename.name.setText("Salud")
    rename.save()
    qtbot.waitUntil(until(lambda: any(g.name == "Salud" for g in controller.groups)))
    assert recorder.toasts[-1] == "Grupo renombrado: Salud"


def _director(agency: Agency, name: str) -> int:
    from factories import add_staff

    return add_staff(agency.db, name, Role.ACCOUNT_DIRECTOR)


def test_the_account_team_is_offered_on_the_account_page_and_edited_by_its_director(
    qtbot: QtBot, agency: Agency
) -> None:
    ctx, recorder = make_context(agency.db, agency.actor("lucia"))
    area = PeopleArea(ctx)
    offered: list[Any] = []
    ctx.actions.contributions(AreaId.ACCOUNTS, offered.append)
    action = ctx.actions.get(A.PEOPLE_ACCOUNT_TEAM)
    assert offered == [action]
    assert not action.isEnabled()  # no account shown
    coca = agency.accounts["coca"]
    ctx.shown.show(AreaId.ACCOUNTS, coca, "Coca-Cola")
    assert action.isEnabled()
    action.trigger()
    dialog = area.team_dialog
    assert isinstance(dialog, AccountTeamDialog)  # it deletes itself once closed
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() > 0))
    assert dialog.windowTitle() == "Equipo de Coca-Cola"
    before = dialog.model.rowCount()

    add_to_team(dialog, agency.staff["laura"], AssignmentRole.SUPERVISOR)
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() == before + 1))

    make_lead(dialog, agency.staff["marta"])
    qtbot.waitUntil(
        until(
            lambda: (
                dialog.detail is not None
                and dialog.detail.lead_executive_id == agency.staff["marta"]
            )
        )
    )
    lead_row = next(
        n
        for n in range(dialog.model.rowCount())
        if dialog.model.row(n).staff_id == agency.staff["marta"]
    )
    dialog.table.select_row(lead_row)
    assert not dialog.remove_button.isEnabled()  # the lead needs a successor first

    laura = agency.staff["laura"]
    remove_from_team(dialog, laura)
    qtbot.waitUntil(until(lambda: laura not in {m.staff_id for m in dialog.model.rows()}))
    team = get_account(agency.db, agency.admin, coca).team
    assert laura not in {m.staff_id for m in team}
    assert len(team) == before + 1  # Marta leads; Álvaro stays on as an executive
    assert "Laura Velázquez Gil ya no está en el equipo" in recorder.toasts


def test_an_executive_sees_the_team_without_the_buttons(qtbot: QtBot, agency: Agency) -> None:
    ctx, _ = make_context(agency.db, agency.actor("alvaro"))
    dialog = AccountTeamDialog(ctx.ops, agency.accounts["coca"], can_manage=False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() > 0))
    assert dialog.add_button.isHidden() and dialog.lead_button.isHidden()


def test_the_administrator_sees_an_account_team_but_does_not_change_it(
    qtbot: QtBot, agency: Agency
) -> None:
    """Who works on a client is a director's call, in their group (DESIGN.md's role
    table): the administrator is offered «Ver equipo…», with nothing to add, remove or
    lead in it."""
    ctx, _ = make_context(agency.db, agency.admin)
    area = PeopleArea(ctx)
    action = ctx.actions.get(A.PEOPLE_ACCOUNT_TEAM)
    assert action.text() == "Ver equipo…"
    ctx.shown.show(AreaId.ACCOUNTS, agency.accounts["coca"], "Coca-Cola")
    action.trigger()
    dialog = area.team_dialog
    assert isinstance(dialog, AccountTeamDialog)
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() > 0))
    assert dialog.add_button.isHidden() and dialog.remove_button.isHidden()
    assert dialog.lead_button.isHidden()
    dialog.reject()


def test_a_lead_chosen_on_a_stale_page_is_refused(qtbot: QtBot, agency: Agency) -> None:
    """Someone gave the account to Laura after the dialog opened: choosing Marta from
    what it showed must not quietly undo that."""
    lucia = agency.actor("lucia")
    ctx, _ = make_context(agency.db, lucia)
    coca = agency.accounts["coca"]
    dialog = AccountTeamDialog(ctx.ops, coca, can_manage=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(until(lambda: dialog.detail is not None))
    dialog.change_lead()
    lead = dialog.child
    assert isinstance(lead, LeadDialog)
    change_lead(
        agency.db,
        lucia,
        coca,
        agency.staff["laura"],
        version=get_account(agency.db, lucia, coca).version,
    )
    lead.person.setCurrentIndex(lead.person.findData(agency.staff["marta"]))
    lead.save()
    qtbot.waitUntil(until(lambda: lead.banner.text() != ""))
    assert lead.banner.text().startswith("Otra persona ha modificado este registro")
    assert get_account(agency.db, lucia, coca).lead_executive_id == agency.staff["laura"]


def test_a_user_added_elsewhere_shows_up(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    controller.ops.write(add_user, "javier.nunez", agency.staff["javier"], PASSWORD)
    new = "Cambiar contraseña"  # until his first sign-in (explore 9, L10)
    qtbot.waitUntil(until(lambda: row_texts(controller, agency.staff["javier"])[6] == new))


def test_the_suggested_login_steers_clear_of_logins_in_use(qtbot: QtBot, agency: Agency) -> None:
    """A second Marta Peña gets «marta.pena2»: the first one's login is taken."""
    from factories import add_staff

    first = agency.staff["marta"]
    add_user(agency.db, agency.admin, "marta.pena", first, PASSWORD)
    second = add_staff(agency.db, "Marta Peña Ruiz", Role.ACCOUNT_EXECUTIVE)
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    qtbot.waitUntil(until(lambda: controller.list_view.select(second)))
    select(controller, second)
    controller.actions[A.PEOPLE_NEW_USER].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, NewUserDialog)
    assert dialog.login.text() == "marta.pena2"
    dialog.reject()
