"""The forms of a supplier's job: a job ordered for a campaign (what, the quote and its
currency), its purchase order signed (the campaigns' approval ladder says who; nobody
signs their own request), and its delivery with the invoiced amount — the committed
and the actual cost of the campaign."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from agencia.domain.labels import label
from agencia.domain.messages import render
from agencia.services.coordination.forms import Choice, JobApproval
from agencia.services.coordination.jobs import (
    JobInput,
    add_job,
    approve_job,
    record_delivery,
    validate_delivery,
    validate_job,
)
from agencia.services.coordination.vendors import JobLine
from agencia.ui.formatting import money
from agencia.ui.ops import Operations
from agencia.ui.widgets.doc_widgets import date_edit, pydate
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label


def _choices(parent: QWidget, choices: tuple[Choice, ...], chosen: int | None) -> QComboBox:
    box = QComboBox(parent)
    for choice in choices:
        box.addItem(choice.name, choice.id)
    if chosen is not None:
        box.setCurrentIndex(max(box.findData(chosen), 0))
    return box


class JobFormDialog(FormDialog):
    """A job asked of a supplier for a campaign; its purchase order is signed later."""

    def __init__(
        self,
        ops: Operations,
        suppliers: tuple[Choice, ...],
        campaigns: tuple[Choice, ...],
        parent: QWidget | None,
        *,
        vendor_id: int | None = None,
        campaign_id: int | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Nuevo trabajo de proveedor"), parent)
        self.setObjectName("jobForm")
        self.form = Form(self)
        self.vendor = _choices(self, suppliers, vendor_id)
        self.vendor.setObjectName("jobVendor")
        self.campaign = _choices(self, campaigns, campaign_id)
        self.campaign.setObjectName("jobCampaign")
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("p. ej. Rodaje del spot de 20 segundos"))
        self.quote = QLineEdit(self)
        self.quote.setPlaceholderText(self.tr("Importe del presupuesto, p. ej. 12500"))
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("La de la campaña (p. ej. EUR)"))
        self.form.add("vendor_id", self.tr("Proveedor *"), self.vendor)
        self.form.add("campaign_id", self.tr("Campaña *"), self.campaign)
        self.form.add("description", self.tr("Qué se encarga *"), self.description)
        self.form.add("quote", self.tr("Presupuesto *"), self.quote)
        self.form.add("currency", self.tr("Moneda"), self.currency)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 540, 340)
        self.revalidate()
        self.description.setFocus()

    def collect(self) -> tuple[int | None, JobInput]:
        vendor = self.vendor.currentData()
        data = JobInput(
            vendor_id=int(vendor) if vendor is not None else 0,
            description=self.description.text(),
            quote=self.quote.text(),
            currency=self.currency.text().strip().upper(),
        )
        return self.campaign.currentData(), data

    def field_errors(self, data: tuple[int | None, JobInput]) -> FieldErrors:
        campaign_id, job = data
        errors = dict(validate_job(job))
        if campaign_id is None or self.vendor.currentData() is None:
            errors["campaign_id"] = ("job.pick", {})
        return errors

    def submit(self, data: tuple[int | None, JobInput]) -> None:
        campaign_id, job = data
        self.write(add_job, campaign_id, job)


class ApprovalDialog(FormDialog):
    """Sign a job's purchase order: the amount, who must sign it, and the number. When the
    person may not sign it, the reason shows and Guardar stays off."""

    def __init__(
        self, ops: Operations, approval: JobApproval, locale: QLocale, parent: QWidget | None
    ) -> None:
        job = approval.job
        title = self.tr("Aprobar orden de compra — %1").replace("%1", job.description)
        super().__init__(ops, title, parent)
        self.setObjectName("approvalForm")
        self.save_button.setText(self.tr("Aprobar"))
        self.approval = approval
        self.form = Form(self)
        facts = [
            (self.tr("Proveedor"), job.vendor),
            (self.tr("Campaña"), job.campaign),
            (self.tr("Importe"), money(job.quote, job.currency, locale)),
            (self.tr("Pedido por"), job.requested_by or "—"),
            (self.tr("Firma"), self.tr("%1 o superior").replace("%1", label(approval.level))),
        ]
        for caption, value in facts:
            self.form.add_row(caption, plain_label(value, self))
        self.po_number = QLineEdit(self)
        self.po_number.setObjectName("poNumber")
        self.po_number.setMaxLength(40)
        self.po_number.setPlaceholderText(self.tr("p. ej. OC-2026-0142"))
        self.form.add("po_number", self.tr("N.º de orden de compra *"), self.po_number)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        if approval.refusal is not None:
            self.show_banner(render(approval.refusal, approval.params))
        resize_within_screen(self, 520, 320)
        self.revalidate()

    def collect(self) -> str:
        return self.po_number.text()

    def field_errors(self, data: str) -> FieldErrors:
        return {} if data.strip() else {"po_number": ("field.required", {})}

    def revalidate(self) -> bool:
        valid = super().revalidate()
        if self.approval.refusal is not None:
            self.save_button.setEnabled(False)
            return False
        return valid

    def submit(self, data: str) -> None:
        self.write(approve_job, self.approval.job.id, data, self.approval.job.version)


class DeliveryDialog(FormDialog):
    """The supplier delivered: the date and, once it arrives, the invoiced amount."""

    def __init__(
        self, ops: Operations, job: JobLine, locale: QLocale, parent: QWidget | None
    ) -> None:
        title = self.tr("Entrega y factura — %1").replace("%1", job.description)
        super().__init__(ops, title, parent)
        self.setObjectName("deliveryForm")
        self.job = job
        self.form = Form(self)
        quote = money(job.quote, job.currency, locale)
        self.form.add_row(self.tr("Presupuesto"), plain_label(quote, self))
        self.delivered = date_edit(locale, job.delivered_on or date.today(), self)
        self.invoiced = QLineEdit(self)
        self.invoiced.setObjectName("invoicedAmount")
        self.invoiced.setPlaceholderText(self.tr("Vacío hasta que llegue la factura"))
        if job.invoiced_amount is not None:
            self.invoiced.setText(str(job.invoiced_amount))
        self.form.add("delivered_on", self.tr("Entregado el *"), self.delivered)
        self.form.add(
            "invoiced_amount",
            self.tr("Facturado (%1)").replace("%1", job.currency),
            self.invoiced,
        )
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 460, 260)
        self.revalidate()

    def collect(self) -> tuple[date, str]:
        return pydate(self.delivered.date()), self.invoiced.text().strip()

    def field_errors(self, data: tuple[date, str]) -> FieldErrors:
        return dict(validate_delivery(data[1]))

    def submit(self, data: tuple[date, str]) -> None:
        delivered, invoiced = data
        self.write(record_delivery, self.job.id, delivered, invoiced or None)
