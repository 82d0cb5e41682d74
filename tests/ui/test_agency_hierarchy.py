"""Equipo: the hierarchy tree, drag-and-drop reassignment by a director, and its refusals."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from factories import Agency, small_agency
from gui_support import Recorder, make_context, type_text, until
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.changes import ChangeKind, Changes
from agencia.domain.models import Staff
from agencia.services.accounts import queries as svc
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.ui.agency.area import TeamArea
from agencia.ui.agency.controller import TeamController
from agencia.ui.agency.hierarchy_model import HierarchyModel, account_mime
from agencia.ui.agency.reassign_dialog import ReassignDialog
from agencia.ui.widgets.tree_model import ID_ROLE, KIND_ROLE

MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def open_team(qtbot: QtBot, agency: Agency, who: str) -> tuple[TeamArea, TeamController, Recorder]:
    ctx, recorder = make_context(agency.db, agency.actor(who))
    area = TeamArea(ctx)
    view = area.widget()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitUntil(until(lambda: area.controller.model.rowCount() > 0))
    return area, area.controller, recorder


def answer(controller: TeamController, button: str = "Reasignar") -> str:
    """Answer the drop's confirmation; returns what it said."""
    box = controller.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    said = f"{box.text()}\n{box.informativeText()}"
    if button == "Cancel":
        box.button(QMessageBox.StandardButton.Cancel).click()
    else:
        next(b for b in box.buttons() if b.text() == button).click()
    return said


def lead_of(model: HierarchyModel, account_id: int) -> int | None:
    index = model.find("account", account_id)
    return int(index.parent().data(ID_ROLE)) if index.isValid() else None


def test_the_hierarchy_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, agency: Agency
) -> None:
    for who in ("lucia", "marta"):
        _area, controller, _ = open_team(qtbot, agency, who)
        qtmodeltester.check(controller.model)
        qtmodeltester.check(controller.view.proxy)
    qtmodeltester.check(HierarchyModel(can_reassign=True))


def test_people_in_reporting_order_with_spanish_roles_and_their_accounts(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, _ = open_team(qtbot, agency, "lucia")
    model = controller.model
    alvaro = model.find("staff", agency.staff["alvaro"])
    assert model.data(alvaro) == "Álvaro García Rubio"
    assert model.data(alvaro.siblingAtColumn(1)) == "Ejecutivo de cuenta"
    assert model.data(alvaro.siblingAtColumn(3)) == "Gran Consumo"
    assert model.data(alvaro.parent()) == "Marta Peña Lozano"  # who he reports to
    children = [model.index(r, 0, alvaro) for r in range(model.rowCount(alvaro))]
    assert [(c.data(KIND_ROLE), c.data()) for c in children] == [
        ("staff", "Irene Domínguez Vidal"),  # his reports first
        ("staff", "Pablo Herrero Cano"),
        ("accounts", "3 cuentas"),  # then his accounts, folded under one row
    ]
    folder = children[2]
    assert [model.index(r, 0, folder).data() for r in range(model.rowCount(folder))] == [
        "Cervezas García",
        "Coca-Cola",
        "L'Oréal",
    ]
    assert not controller.view.tree.isExpanded(controller.view.proxy.mapFromSource(folder))
    assert model.data(model.find("staff", agency.staff["laura"]).siblingAtColumn(1)) == (
        "Ejecutivo de cuenta Jr."
    )
    assert controller.view.tree.isExpanded(controller.view.proxy.mapFromSource(alvaro))


def test_a_director_reassigns_by_dragging_an_account(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, recorder = open_team(qtbot, agency, "lucia")
    model = controller.model
    coca = agency.accounts["coca"]
    assert controller.view.tree.dragEnabled()
    source = model.find("account", coca)
    assert model.flags(source) & Qt.ItemFlag.ItemIsDragEnabled
    data = model.mimeData([source])  # what the view carries when the drag starts
    assert data is not None
    laura = model.find("staff", agency.staff["laura"])
    assert model.canDropMimeData(data, MOVE, -1, -1, laura)
    assert not model.canDropMimeData(
        data, MOVE, -1, -1, model.find("staff", agency.staff["alvaro"])
    )
    assert not model.canDropMimeData(data, MOVE, -1, -1, model.find("staff", agency.staff["irene"]))
    assert model.dropMimeData(data, MOVE, -1, -1, laura)
    said = answer(controller)
    assert said.startswith("¿Reasignar «Coca-Cola» de Álvaro García Rubio a Laura Velázquez Gil?")
    assert "Álvaro García Rubio sigue en el equipo de la cuenta" in said
    qtbot.waitUntil(until(lambda: lead_of(controller.model, coca) == agency.staff["laura"]))
    assert recorder.toasts[-1] == "«Coca-Cola» reasignada a Laura Velázquez Gil"
    assert svc.get_account(agency.db, SYSTEM, coca).lead_executive == "Laura Velázquez Gil"
    # undone from the bar above the tree (the same action as Ctrl+Z on the page)
    view = controller.view
    assert view.undo_bar.isVisible()
    assert view.undo_text.text() == "«Coca-Cola» pasó de Álvaro García Rubio a Laura Velázquez Gil."
    undo = controller.actions["team.undo"]
    assert undo.isEnabled() and undo.shortcut().toString() == "Ctrl+Z"
    assert view.undo_button.defaultAction() is undo
    view.undo_button.click()
    qtbot.waitUntil(until(lambda: lead_of(controller.model, coca) == agency.staff["alvaro"]))
    assert recorder.toasts[-1] == (
        "Deshecho: «Coca-Cola» pasó de Álvaro García Rubio a Laura Velázquez Gil."
    )
    assert not view.undo_bar.isVisible() and not undo.isEnabled()
    team = {t.staff_id for t in svc.get_account(agency.db, SYSTEM, coca).team}
    assert agency.staff["laura"] not in team  # she had joined with the reassignment


def test_a_cancelled_drop_changes_nothing(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, recorder = open_team(qtbot, agency, "lucia")
    coca = agency.accounts["coca"]
    laura = controller.model.find("staff", agency.staff["laura"])
    assert controller.model.dropMimeData(
        account_mime(coca, agency.staff["alvaro"]), MOVE, -1, -1, laura
    )
    answer(controller, "Cancel")
    qtbot.wait(50)
    assert svc.get_account(agency.db, SYSTEM, coca).lead_executive_id == agency.staff["alvaro"]
    assert not controller.actions["team.undo"].isEnabled() and recorder.toasts == []


def test_each_person_shows_their_workload_and_leaf_accounts_start_folded(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, _ = open_team(qtbot, agency, "lucia")
    model, view = controller.model, controller.view
    alvaro = model.find("staff", agency.staff["alvaro"])
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Cuentas"
    assert model.data(alvaro.siblingAtColumn(4)) == "3"  # accounts he leads
    laura = model.find("staff", agency.staff["laura"])
    assert model.data(laura.siblingAtColumn(4)) == "1"
    folder = model.find("accounts", agency.staff["laura"])
    assert not view.tree.isExpanded(view.proxy.mapFromSource(folder))  # her account folded
    assert view.tree.isExpanded(view.proxy.mapFromSource(alvaro))  # his people in view
    # a drop on the folded row means its person
    data = model.mimeData([model.find("account", agency.accounts["coca"])])
    assert data is not None and model.canDropMimeData(data, MOVE, -1, -1, folder)
    # an opened row stays open across a reload
    view.tree.expand(view.proxy.mapFromSource(folder))
    controller.refresh()
    qtbot.waitUntil(
        until(
            lambda: view.tree.isExpanded(
                view.proxy.mapFromSource(model.find("accounts", agency.staff["laura"]))
            )
        )
    )


def test_a_drop_through_the_filtered_tree(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_team(qtbot, agency, "lucia")
    view = controller.view
    type_text(view.filter, "garcia")  # García: the account and Álvaro García
    proxy = view.proxy
    assert proxy.rowCount() > 0
    garcia = agency.accounts["garcia"]
    marta = proxy.mapFromSource(controller.model.find("staff", agency.staff["marta"]))
    assert marta.isValid()  # kept: she leads the way to the matches
    mime = account_mime(garcia, agency.staff["alvaro"])
    assert proxy.dropMimeData(mime, MOVE, -1, -1, marta)
    answer(controller)
    qtbot.waitUntil(until(lambda: lead_of(controller.model, garcia) == agency.staff["marta"]))


def test_a_refused_drop_leaves_the_account_and_says_why(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_team(qtbot, agency, "lucia")
    coca = agency.accounts["coca"]
    laura_id = agency.staff["laura"]
    laura = controller.model.find("staff", laura_id)
    with unit_of_work(agency.db, SYSTEM) as uow:  # meanwhile Laura leaves the agency
        person = uow.session.get(Staff, laura_id)
        assert person is not None
        person.active = False
    assert controller.model.dropMimeData(
        account_mime(coca, agency.staff["alvaro"]), MOVE, -1, -1, laura
    )
    answer(controller)
    qtbot.waitUntil(until(lambda: controller.last_message))
    assert controller.last_message == "Laura Velázquez Gil no es ejecutivo de cuentas."
    assert lead_of(controller.model, coca) == agency.staff["alvaro"]  # back where it was


def test_a_drop_from_a_stale_tree_is_refused(qtbot: QtBot, agency: Agency) -> None:
    """The tree was loaded before someone else changed Coca-Cola: the drag carries the
    version the director saw, so it cannot silently override the newer change."""
    _area, controller, _ = open_team(qtbot, agency, "lucia")
    model = controller.model
    coca = agency.accounts["coca"]
    source = model.find("account", coca)
    data = model.mimeData([source])
    assert data is not None
    detail = svc.get_account(agency.db, SYSTEM, coca)
    assert model.account_version(coca) == detail.version
    update_account(  # elsewhere, unseen by this tree
        agency.db, SYSTEM, coca, replace(input_from_detail(detail), city="Cádiz"), detail.version
    )
    assert model.dropMimeData(data, MOVE, -1, -1, model.find("staff", agency.staff["laura"]))
    answer(controller)
    qtbot.waitUntil(until(lambda: controller.last_message))
    assert "Otra persona ha modificado" in controller.last_message, controller.last_message
    assert svc.get_account(agency.db, SYSTEM, coca).lead_executive_id == agency.staff["alvaro"]
    now = svc.get_account(agency.db, SYSTEM, coca).version
    qtbot.waitUntil(until(lambda: controller.model.account_version(coca) == now))  # reloaded


def test_nobody_but_a_director_can_drag(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_team(qtbot, agency, "marta")  # supervisor
    model = controller.model
    coca = model.find("account", agency.accounts["coca"])
    reason = "Solo un director de cuentas puede reasignar cuentas."
    assert not controller.view.tree.dragEnabled()
    assert not model.flags(coca) & Qt.ItemFlag.ItemIsDragEnabled
    assert controller.view.tree.toolTip() == reason
    assert reason in model.data(coca, Qt.ItemDataRole.ToolTipRole)
    laura = model.find("staff", agency.staff["laura"])
    assert not model.dropMimeData(account_mime(agency.accounts["coca"], None), MOVE, -1, -1, laura)
    controller.view.select("account", agency.accounts["coca"])
    reassign = controller.actions["team.reassign"]
    assert not reassign.isEnabled()
    assert reason in reassign.toolTip()
    assert controller.view.hint.text() == reason


def test_double_click_opens_the_account_in_accounts(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, recorder = open_team(qtbot, agency, "marta")
    view = controller.view
    index = view.proxy.mapFromSource(controller.model.find("account", agency.accounts["loreal"]))
    view.tree.doubleClicked.emit(index)
    assert recorder.navigations == [("accounts", agency.accounts["loreal"])]
    view.tree.doubleClicked.emit(
        view.proxy.mapFromSource(controller.model.find("staff", agency.staff["laura"]))
    )
    assert len(recorder.navigations) == 1  # a person is not an account
    view.select("account", agency.accounts["att"])
    controller.actions["team.open_account"].setEnabled(True)
    controller.actions["team.open_account"].trigger()
    assert recorder.navigations[-1] == ("accounts", agency.accounts["att"])


def test_reassign_through_the_dialog(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, recorder = open_team(qtbot, agency, "lucia")
    att = agency.accounts["att"]
    controller.view.select("account", att)
    reassign = controller.actions["team.reassign"]
    assert reassign.isEnabled()
    reassign.trigger()
    dialog = controller.dialog
    assert isinstance(dialog, ReassignDialog)
    assert not dialog.save_button.isEnabled()  # nobody chosen yet
    labels = [dialog.executive.itemText(n) for n in range(dialog.executive.count())]
    assert "Laura Velázquez Gil — Ejecutivo de cuenta Jr. (Gran Consumo)" not in labels  # current
    assert not any("Irene" in label or "Sonia" in label for label in labels)  # not leads
    dialog.executive.setCurrentIndex(dialog.executive.findData(agency.staff["alvaro"]))
    assert dialog.save_button.isEnabled()
    dialog.save()
    qtbot.waitUntil(until(lambda: lead_of(controller.model, att) == agency.staff["alvaro"]))
    assert recorder.toasts[-1] == "«AT&T» reasignada a Álvaro García Rubio"
    assert controller.view.selected() == ("account", att)  # the selection followed


def test_changes_elsewhere_reload_the_tree(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_team(qtbot, agency, "lucia")
    reads: list[str] = []
    real = controller.ops.read
    controller.ops.read = lambda fn, *a, **k: (reads.append(fn.__name__), real(fn, *a, **k))[1]  # type: ignore[method-assign]
    controller.ops.changed.emit(Changes.of(ChangeKind.CONTACT))
    assert reads == []
    controller.ops.changed.emit(Changes.of(ChangeKind.ACCOUNT))
    assert reads == ["hierarchy"]
    assert controller.model.find("staff", 999) == QModelIndex()


def test_the_trees_column_layout_is_remembered(qtbot: QtBot, agency: Agency) -> None:
    from PySide6.QtCore import QByteArray, QSettings

    from agencia.ui.agency.hierarchy_view import HEADER_KEY

    area, controller, _ = open_team(qtbot, agency, "lucia")
    header = controller.view.tree.header()
    header.resizeSection(0, 345)
    header.moveSection(3, 1)  # the group before the role
    area.save_state()
    stored = QSettings("Agencia", "Agencia").value(HEADER_KEY)
    assert isinstance(stored, QByteArray) and not stored.isEmpty()
    _area2, again, _ = open_team(qtbot, agency, "lucia")
    header2 = again.view.tree.header()
    assert header2.sectionSize(0) == 345  # after the people arrived, too
    assert header2.visualIndex(3) == 1


def test_a_reassignment_is_a_step_of_the_windows_undo_stack_with_redo(
    qtbot: QtBot, agency: Agency
) -> None:
    """Edit ▸ Undo names the reassignment and gives the account back; Redo hands it on
    again; the page's own undo (the bar, Ctrl+Z on the tree) is that same step."""
    from agencia.ui.widgets.undo import undo_history

    _area, controller, recorder = open_team(qtbot, agency, "lucia")
    history = undo_history(controller.ctx)
    coca = agency.accounts["coca"]

    def lead() -> int | None:
        return svc.get_account(agency.db, SYSTEM, coca).lead_executive_id

    model = controller.model
    data = model.mimeData([model.find("account", coca)])
    assert data is not None
    assert model.dropMimeData(data, MOVE, -1, -1, model.find("staff", agency.staff["laura"]))
    answer(controller)
    qtbot.waitUntil(until(lambda: lead() == agency.staff["laura"]))
    assert history.stack.canUndo()
    assert history.stack.undoText() == (
        "«Coca-Cola» pasó de Álvaro García Rubio a Laura Velázquez Gil."
    )
    history.undo()
    qtbot.waitUntil(until(lambda: lead() == agency.staff["alvaro"]))
    assert agency.staff["laura"] not in {
        t.staff_id for t in svc.get_account(agency.db, SYSTEM, coca).team
    }
    assert (
        not controller.actions["team.undo"].isEnabled() and not controller.view.undo_bar.isVisible()
    )
    assert history.stack.canRedo()
    history.redo()
    qtbot.waitUntil(until(lambda: lead() == agency.staff["laura"]))
    assert recorder.toasts[-1].startswith("Rehecho: «Coca-Cola»")
    # the page's undo takes the same step off the window's stack: redo stays possible
    assert controller.view.undo_bar.isVisible() and controller.actions["team.undo"].isEnabled()
    controller.actions["team.undo"].trigger()
    qtbot.waitUntil(until(lambda: lead() == agency.staff["alvaro"]))
    assert history.stack.canRedo() and not history.stack.canUndo()
