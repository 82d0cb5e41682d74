"""The coordination forms through the real services: a task made and edited (its
dependencies with lag, a cycle refused under the field, the edit undone), a supplier
added and edited (undone too), a job ordered, its purchase order refused to the person
who asked for it and signed by the supervisor, delivered and invoiced, and rated — a low
score not saved without a comment."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from campaign_world import Cast, build_cast, new_campaign
from coordination_support import open_coordination, open_timeline
from gui_support import type_text, until
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from agencia.areas import search_everything
from agencia.db.database import Database
from agencia.domain.coordination_enums import VendorCategory
from agencia.domain.enums import Department
from agencia.services.coordination import jobs, queries, tasks, vendors
from agencia.services.coordination.tasks import TaskInput
from agencia.ui.actions import ActionId
from agencia.ui.coordination.job_forms import ApprovalDialog, DeliveryDialog, JobFormDialog
from agencia.ui.coordination.task_form import TaskFormDialog
from agencia.ui.coordination.vendor_forms import RatingDialog, VendorFormDialog
from agencia.ui.widgets.places import Place, request_place
from agencia.ui.widgets.undo import undo_history

MONDAY = date.today() + timedelta(days=7 - date.today().weekday())


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


def _task_rows(cast: Cast, campaign: int) -> dict[str, queries.TaskRow]:
    rows = queries.timeline(cast.db, cast.actor("executive"), campaign).tasks
    return {r.title: r for r in rows}


def test_a_task_made_and_edited_in_its_form_with_dependencies_undone(
    qtbot: QtBot, cast: Cast
) -> None:
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    first = tasks.add_task(cast.db, me, campaign, TaskInput("Guion", MONDAY, MONDAY)).id
    area, recorder = open_timeline(qtbot, cast)
    controller = area.controller
    assert controller.page.new_task_button.isEnabled()
    new_task = controller.actions[ActionId.COORDINATION_NEW_TASK]  # Ctrl+N
    assert new_task.isEnabled() and new_task.shortcut().toString() == "Ctrl+N"
    new_task.trigger()
    dialog = controller.edits.dialog
    assert isinstance(dialog, TaskFormDialog)
    assert not dialog.save_button.isEnabled()  # no title yet
    type_text(dialog.title_edit, "Rodaje")
    dialog.start.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day).addDays(3))
    dialog.due.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day).addDays(5))
    dialog.hours.setText("12,5")
    dialog.team.setCurrentIndex(dialog.team.findData(Department.PRODUCTION))
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(cast.staff["junior"]))
    row = dialog.dependencies.add_row(first, 2)
    assert dialog.dependencies.value() == {first: 2}
    dialog.vendor.setCurrentIndex(0)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    made = _task_rows(cast, campaign)["Rodaje"]
    assert (made.start, made.due, made.team) == (
        MONDAY + timedelta(days=3),
        MONDAY + timedelta(days=5),
        Department.PRODUCTION,
    )
    assert made.estimated_hours == 12.5 and made.assignee_id == cast.staff["junior"]
    assert made.depends_on == (first,) and made.expected_start == MONDAY + timedelta(days=3)
    assert recorder.toasts[-1] == "Tarea «Rodaje» creada"
    del row

    # the first task now waiting for the second closes a circle: refused under the field
    qtbot.waitUntil(until(lambda: len(controller.page.gantt.bars) == 2))
    controller.edits.edit_task(first)
    dialog = controller.edits.dialog
    assert isinstance(dialog, TaskFormDialog) and dialog.record is not None
    dialog.dependencies.add_row(made.id, 0)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "círculo" in dialog.form.error("depends_on") and "Guion → Rodaje" in dialog.form.error(
        "depends_on"
    )
    dialog.dependencies.set_value({})
    dialog.title_edit.setText("Guion y storyboard")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert "Guion y storyboard" in _task_rows(cast, campaign)
    history = undo_history(controller.ctx)
    assert history.stack.undoText() == "Editar la tarea «Guion y storyboard»"
    history.undo()
    assert "Guion" in _task_rows(cast, campaign)
    history.redo()
    assert "Guion y storyboard" in _task_rows(cast, campaign)


def test_a_dependency_twice_is_refused_before_saving(qtbot: QtBot, cast: Cast) -> None:
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    first = tasks.add_task(cast.db, me, campaign, TaskInput("Guion", MONDAY, MONDAY)).id
    area, _ = open_coordination(qtbot, cast)
    qtbot.waitUntil(until(lambda: area.controller.timeline is not None))
    area.controller.edits.new_task()
    dialog = area.controller.edits.dialog
    assert isinstance(dialog, TaskFormDialog)
    dialog.title_edit.setText("Montaje")
    dialog.dependencies.add_row(first, 0)
    dialog.dependencies.add_row(first, 1)
    assert not dialog.save_button.isEnabled()
    dialog.form.reveal_all()
    assert "ya figura" in dialog.form.error("depends_on")


def test_a_supplier_added_and_edited_and_the_edit_undone(qtbot: QtBot, cast: Cast) -> None:
    area, recorder = open_coordination(qtbot, cast)
    page = area.controller.page
    page.tabs.setCurrentIndex(3)
    page.new_vendor_button.click()
    dialog = area.controller.edits.dialog
    assert isinstance(dialog, VendorFormDialog)
    type_text(dialog.name, "Gráficas Alcalá")
    dialog.category.setCurrentIndex(dialog.category.findData(VendorCategory.PRINTER))
    dialog.email.setText("no es un correo")
    dialog.form.reveal_all()
    assert not dialog.save_button.isEnabled() and dialog.form.error("email")
    dialog.email.setText("tomas@graficas-alcala.es")
    dialog.contact_name.setText("Tomás Rey")
    dialog.save_button.click()
    assert recorder.toasts[-1] == "Proveedor «Gráficas Alcalá» añadido"
    qtbot.waitUntil(until(lambda: page.vendor_model.rowCount() == 1))
    qtbot.waitUntil(until(lambda: area.controller.edits.vendor is not None))
    page.edit_vendor_button.click()
    dialog = area.controller.edits.dialog
    assert isinstance(dialog, VendorFormDialog) and dialog.name.text() == "Gráficas Alcalá"
    dialog.rates.setPlainText("Tirada de 1.000 carteles: 850 €")
    dialog.save_button.click()
    (row,) = vendors.list_vendors(cast.db, cast.actor("executive"))
    assert vendors.get_vendor(cast.db, cast.admin, row.id).rates.startswith("Tirada")
    history = undo_history(area.controller.ctx)
    assert history.stack.undoText() == "Editar el proveedor «Gráficas Alcalá»"
    history.undo()
    assert vendors.get_vendor(cast.db, cast.admin, row.id).rates == ""


def test_a_job_ordered_approved_up_the_ladder_delivered_and_rated(qtbot: QtBot, cast: Cast) -> None:
    campaign = new_campaign(cast)
    vendor = vendors.add_vendor(
        cast.db, cast.actor("executive"), vendors.VendorInput("Rodajes Norte")
    ).id
    area, recorder = open_coordination(qtbot, cast)
    controller = area.controller
    page = controller.page
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(until(lambda: controller.edits.vendor is not None))
    qtbot.waitUntil(until(lambda: controller.campaign_id == campaign))
    page.new_job_button.click()
    dialog = controller.edits.dialog
    assert isinstance(dialog, JobFormDialog)
    assert dialog.vendor.currentData() == vendor and dialog.campaign.currentData() == campaign
    dialog.description.setText("Rodaje del spot")
    dialog.quote.setText("doce mil")
    assert not dialog.save_button.isEnabled()
    dialog.quote.setText("45000")
    dialog.save_button.click()
    assert "supera" in recorder.toasts[-1]  # 45,000 of quotes against 40,000 of budget
    qtbot.waitUntil(until(lambda: page.job_model.rowCount() == 1))

    # the person who asked for it may not sign it: the reason shows, Aprobar stays off
    page.job_table.selectRow(0)
    page.approve_button.click()
    dialog = controller.edits.dialog
    assert isinstance(dialog, ApprovalDialog)
    dialog.po_number.setText("OC-1")
    assert not dialog.save_button.isEnabled()
    assert dialog.banner.isVisible() and dialog.banner.text()
    dialog.reject()

    area, recorder = open_coordination(qtbot, cast, "supervisor")
    page = area.controller.page
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(until(lambda: page.job_model.rowCount() == 1))
    page.job_table.selectRow(0)
    page.approve_button.click()
    dialog = area.controller.edits.dialog
    assert isinstance(dialog, ApprovalDialog) and not dialog.banner.isVisible()
    assert not dialog.save_button.isEnabled()  # no number yet
    dialog.po_number.setText("OC-2026-7")
    dialog.save_button.click()
    assert recorder.toasts[-1].startswith("Orden de compra OC-2026-7 aprobada")
    assert "supera el presupuesto" in recorder.toasts[-1]
    assert "en 5000,00 EUR" in recorder.toasts[-1]  # as the window writes numbers (es_ES)
    costs = jobs.campaign_costs(cast.db, cast.actor("executive"), campaign)
    assert costs.committed == 45000 and costs.over_budget

    qtbot.waitUntil(until(lambda: page.job_model.row(0).po_number == "OC-2026-7"))
    page.job_table.selectRow(0)
    page.deliver_button.click()
    dialog = area.controller.edits.dialog
    assert isinstance(dialog, DeliveryDialog)
    dialog.invoiced.setText("-3")
    assert not dialog.save_button.isEnabled()
    dialog.invoiced.setText("44500,50")
    dialog.save_button.click()
    costs = jobs.campaign_costs(cast.db, cast.actor("executive"), campaign)
    assert costs.actual == pytest.approx(44500.5)

    qtbot.waitUntil(until(lambda: page.job_model.row(0).delivered_on is not None))
    page.job_table.selectRow(0)
    page.rate_button.click()
    dialog = area.controller.edits.dialog
    assert isinstance(dialog, RatingDialog)
    dialog.score.setCurrentIndex(dialog.score.findData(2))
    dialog.form.reveal_all()
    assert not dialog.save_button.isEnabled() and "comentario" in dialog.form.error("comment")
    dialog.comment.setPlainText("Entregaron dos días tarde.")
    dialog.save_button.click()
    detail = vendors.get_vendor(cast.db, cast.admin, vendor)
    assert detail.average_rating == 2 and detail.jobs[0].rating == 2
    assert detail.ratings[0].comment == "Entregaron dos días tarde."


def test_global_search_finds_a_supplier_and_opens_the_directory_at_it(
    qtbot: QtBot, cast: Cast
) -> None:
    me = cast.actor("executive")
    vendors.add_vendor(cast.db, me, vendors.VendorInput("Audiovisuales Norte"))
    wanted = vendors.add_vendor(
        cast.db, me, vendors.VendorInput("Gráficas Alcalá", VendorCategory.PRINTER, "", "Tomás")
    ).id
    hits = [h for h in search_everything(cast.db, me, "alcala") if h.kind == "vendor"]
    assert [(h.title, h.subtitle, h.target_id) for h in hits] == [
        ("Gráficas Alcalá", "Imprenta · Tomás", wanted)
    ]
    assert search_everything(cast.db, me, "zzz") == []
    area, _ = open_coordination(qtbot, cast)
    qtbot.waitUntil(until(lambda: area.controller.edits.vendor is not None))
    request_place(area.ctx, Place(hits[0].area, wanted, "vendors"))
    area.open_record(wanted)
    page = area.controller.page
    assert page.tabs.currentIndex() == 3
    qtbot.waitUntil(until(lambda: area.controller.edits.vendor is not None
                          and area.controller.edits.vendor.id == wanted))  # fmt: skip
    assert page.vendor_table.currentIndex().row() == 1  # not the first, which shows by default
    assert "Gráficas Alcalá" in page.vendor_detail.toPlainText()
