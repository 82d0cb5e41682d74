"""The coordination page's edits: each opens its form after one read of what the form
needs, and a saved edit of a task or a supplier becomes a step of the window's undo
history (Editar ▸ Deshacer writes the values from before through the same service)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog

from agencia.domain.messages import render
from agencia.services.coordination import forms
from agencia.services.coordination.tasks import TaskInput
from agencia.services.coordination.vendors import VendorDetail, VendorInput
from agencia.services.results import SaveResult
from agencia.ui.coordination.job_forms import ApprovalDialog, DeliveryDialog, JobFormDialog
from agencia.ui.coordination.task_form import TaskFormDialog
from agencia.ui.coordination.vendor_forms import RatingDialog, VendorFormDialog
from agencia.ui.formatting import number
from agencia.ui.widgets.undo import undo_history

if TYPE_CHECKING:
    from agencia.ui.coordination.controller import CoordinationController

translate = QCoreApplication.translate


class CoordinationEdits(QObject):
    """Opens the forms for the controller; `dialog` is the one open now (tests find it)."""

    def __init__(self, controller: CoordinationController) -> None:
        super().__init__(controller)
        self.c = controller
        self.dialog: QDialog | None = None
        self.vendor: VendorDetail | None = None  # the supplier shown beside the directory

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _toast(self, text: str, result: Any = None) -> None:
        warnings = getattr(result, "warnings", ()) or ()
        said = (render(code, self._local(params)) for code, params in warnings)
        self.c.ctx.toast(" ".join([text, *said]))

    def _local(self, params: dict[str, Any]) -> dict[str, Any]:
        """An amount a warning carries ("over": "1250.50", beside its currency's code) as
        the window writes numbers (1.250,50 / 1,250.50)."""
        if "over" not in params:
            return params
        amount = Decimal(str(params["over"]))
        return {**params, "over": number(amount, self.c.ctx.locale, 2)}

    # -- tasks --------------------------------------------------------------------------------
    def new_task(self) -> None:
        timeline = self.c.timeline
        if timeline is not None and timeline.plannable:
            self.c.ops.read(forms.task_form, timeline.campaign_id, None,
                            on_done=self._task_form, on_error=self.c.report)  # fmt: skip

    def edit_task(self, task_id: int) -> None:
        timeline = self.c.timeline
        if timeline is None or not timeline.plannable:
            return
        self.c.ops.read(forms.task_form, timeline.campaign_id, task_id,
                        on_done=self._task_form, on_error=self.c.report)  # fmt: skip

    def _task_form(self, options: forms.TaskFormOptions) -> None:
        dialog = TaskFormDialog(self.c.ops, options, self.c.ctx.locale, self.c.page)
        record = options.task
        if record is None:
            dialog.saved.connect(
                lambda _result, data: self._toast(
                    translate("Coordination", "Tarea «%1» creada").replace("%1", data.title)
                )
            )
        else:
            dialog.saved.connect(lambda result, data: self._task_saved(record, result, data))
        self._open(dialog)

    def _task_saved(self, before: forms.TaskRecord, result: SaveResult, data: TaskInput) -> None:
        text = translate("Coordination", "Editar la tarea «%1»").replace("%1", data.title.strip())
        undo_history(self.c.ctx).push_saved(
            text, ("task", before.id), forms.put_task, (before.id, before.data),
            (before.id, data), result.version,
        )  # fmt: skip
        self._toast(translate("Coordination", "Cambios guardados (Ctrl+Z para deshacer)"))

    # -- suppliers ----------------------------------------------------------------------------
    def new_vendor(self) -> None:
        dialog = VendorFormDialog(self.c.ops, self.c.page)
        dialog.saved.connect(
            lambda _result, data: self._toast(
                translate("Coordination", "Proveedor «%1» añadido").replace("%1", data.name)
            )
        )
        self._open(dialog)

    def edit_vendor(self) -> None:
        if self.vendor is not None:
            self.c.ops.read(forms.vendor_record, self.vendor.id,
                            on_done=self._vendor_form, on_error=self.c.report)  # fmt: skip

    def _vendor_form(self, record: tuple[int, VendorInput]) -> None:
        assert self.vendor is not None
        vendor_id = self.vendor.id
        dialog = VendorFormDialog(self.c.ops, self.c.page, vendor_id, record)
        dialog.saved.connect(
            lambda result, data: self._vendor_saved(vendor_id, record[1], result, data)
        )
        self._open(dialog)

    def _vendor_saved(
        self, vendor_id: int, before: VendorInput, result: SaveResult, data: VendorInput
    ) -> None:
        text = translate("Coordination", "Editar el proveedor «%1»").replace("%1", data.name)
        undo_history(self.c.ctx).push_saved(
            text, ("vendor", vendor_id), forms.put_vendor, (vendor_id, before),
            (vendor_id, data), result.version,
        )  # fmt: skip
        self._toast(translate("Coordination", "Cambios guardados (Ctrl+Z para deshacer)"))

    # -- jobs -----------------------------------------------------------------------------------
    def new_job(self) -> None:
        self.c.ops.read(forms.job_choices, on_done=self._job_form, on_error=self.c.report)

    def _job_form(self, choices: tuple[tuple[forms.Choice, ...], tuple[forms.Choice, ...]]) -> None:
        suppliers, campaigns = choices
        vendor_id = self.vendor.id if self.vendor is not None else None
        dialog = JobFormDialog(self.c.ops, suppliers, campaigns, self.c.page,
                               vendor_id=vendor_id, campaign_id=self.c.campaign_id)  # fmt: skip
        dialog.saved.connect(
            lambda result, _data: self._toast(
                translate("Coordination", "Trabajo encargado; falta aprobar su orden de compra."),
                result,
            )
        )
        self._open(dialog)

    def approve_job(self) -> None:
        job = self.c.page.chosen_job()
        if job is not None:
            self.c.ops.read(forms.job_approval, job.id,
                            on_done=self._approval_form, on_error=self.c.report)  # fmt: skip

    def _approval_form(self, approval: forms.JobApproval) -> None:
        dialog = ApprovalDialog(self.c.ops, approval, self.c.ctx.locale, self.c.page)
        dialog.saved.connect(
            lambda result, number: self._toast(
                translate("Coordination", "Orden de compra %1 aprobada").replace("%1", number),
                result,
            )
        )
        self._open(dialog)

    def record_delivery(self) -> None:
        job = self.c.page.chosen_job()
        if job is None:
            return
        dialog = DeliveryDialog(self.c.ops, job, self.c.ctx.locale, self.c.page)
        dialog.saved.connect(
            lambda _result, _data: self._toast(translate("Coordination", "Entrega registrada"))
        )
        self._open(dialog)

    def rate(self) -> None:
        vendor = self.vendor
        if vendor is None:
            return
        jobs = [j for j in vendor.jobs if j.delivered_on is not None and j.rating is None]
        chosen = self.c.page.chosen_job()
        if chosen is not None and chosen in jobs:
            jobs.remove(chosen)
            jobs.insert(0, chosen)
        if not jobs:
            self.c.ctx.toast(
                translate("Coordination", "No hay trabajos entregados sin valorar de %1.").replace(
                    "%1", vendor.name
                )
            )
            return
        dialog = RatingDialog(self.c.ops, vendor.id, vendor.name, jobs, self.c.page)
        dialog.saved.connect(
            lambda _result, data: self._toast(
                translate("Coordination", "Valoración guardada: %1 de 5").replace(
                    "%1", str(data[1])
                )
            )
        )
        self._open(dialog)
