"""«Confirmar entrega…» on «Comunicaciones», on SQLite and PostgreSQL: offered for a
pending delivery to whoever may log contacts (disabled, saying why, otherwise); it asks
delivered or not and what the channel confirmed that was not kept yet, writes through the
writer and the log shows who confirmed it and when, in words."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from factories import audit_events
from gui_support import make_context, until
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QLineEdit
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Delivery, Direction
from agencia.services.communications import delivery, log
from agencia.ui.actions import ActionId
from agencia.ui.communications.area import CommunicationsArea, create
from agencia.ui.communications.confirm_delivery import ConfirmDeliveryDialog
from agencia.ui.formatting import date_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk


@pytest.fixture
def desk(db: Database) -> Desk:
    desk = service_desk(db)
    for day, (channel, state, kept) in enumerate(
        (
            (Channel.COURIER, Delivery.PENDING, {"carrier": "SEUR", "tracking_number": "77"}),
            (Channel.CERTIFIED_POST, Delivery.DELIVERED, {"receipt": "CD1"}),
            (Channel.PHONE, Delivery.NOT_APPLICABLE, {}),
        ),
        start=1,
    ):
        log.log_communication(
            desk.db,
            desk.actor("exec"),
            log.NewCommunication(
                desk.accounts["madrid"],
                channel,
                Direction.OUTBOUND,
                f"Envío {day}",
                occurred_at=datetime(2026, 3, 10 - day, 9, tzinfo=UTC),
                delivery=state,
                confirmation=kept,
            ),
        )
    return desk


def _page(qtbot: QtBot, desk: Desk, who: str) -> CommunicationsArea:
    ctx, _ = make_context(desk.db, desk.admin if who == "admin" else desk.actor(who))
    area = create(ctx)
    assert isinstance(area, CommunicationsArea)
    qtbot.addWidget(area.widget())
    area.widget().resize(1100, 600)
    area.widget().show()
    area.activated()
    qtbot.waitUntil(until(lambda: area.controller.log.model.rowCount() == 3))
    return area


def _choose(area: CommunicationsArea, subject: str) -> None:
    log_view = area.controller.log
    rows = [log_view.model.row(n).subject for n in range(log_view.model.rowCount())]
    log_view.table.selectRow(rows.index(subject))


def test_a_pending_delivery_is_confirmed_from_the_log(qtbot: QtBot, desk: Desk) -> None:
    area = _page(qtbot, desk, "supervisor")
    c = area.controller
    button, action = c.log.confirm_button, c.actions[ActionId.COMMUNICATIONS_CONFIRM]
    assert not button.isEnabled()  # nothing chosen
    assert "Elija un contacto" in button.toolTip() and "Elija un contacto" in action.toolTip()
    _choose(area, "Envío 2")  # delivered already
    assert not button.isEnabled() and "no está pendiente" in button.toolTip()
    _choose(area, "Envío 1")
    assert button.isEnabled() and action.isEnabled() and button.toolTip() == ""
    button.click()
    dialog = c.dialog
    assert isinstance(dialog, ConfirmDeliveryDialog)
    assert dialog.windowTitle() == "Confirmar entrega: «Envío 1»"
    # what the courier confirms and was not kept yet (carrier, tracking number: kept)
    assert sorted(dialog.fields) == ["delivered_at", "signed_by"]
    assert dialog.outcome.currentText() == "Entregada"
    dialog.fields["signed_by"].setText("  Recepción  ")  # type: ignore[attr-defined]
    dialog.fields["delivered_at"].setDate(QDate(2026, 3, 9))  # type: ignore[attr-defined]
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    qtbot.waitUntil(until(lambda: c.log.model.index(0, 6).data() == "Entregada"))
    _choose(area, "Envío 1")
    text = c.log.detail.toPlainText()
    assert "Entrega confirmada por Sergio Supervisor el " in text
    day = date_text(date(2026, 3, 9), QLocale())  # the carrier's day, in the locale's words
    assert "Firmado por: Recepción" in text and f"Entregado: {day}" in text
    assert "confirmed_" not in text and "Mensajería: SEUR" in text
    assert not button.isEnabled()  # settled: nothing more to confirm


def test_a_failed_delivery_is_said_so(qtbot: QtBot, desk: Desk) -> None:
    area = _page(qtbot, desk, "exec")
    c = area.controller
    _choose(area, "Envío 1")
    c.log.confirm_button.click()
    dialog = c.dialog
    assert isinstance(dialog, ConfirmDeliveryDialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Delivery.FAILED))
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: c.log.model.index(0, 6).data() == "No entregada"))
    _choose(area, "Envío 1")
    text = c.log.detail.toPlainText()
    assert "Entrega fallida confirmada por Álvaro Ejecutivo el " in text
    assert "Entregado:" not in text  # nothing typed: nothing kept


def test_a_contact_logged_delivered_names_its_author(qtbot: QtBot, desk: Desk) -> None:
    area = _page(qtbot, desk, "exec")
    _choose(area, "Envío 2")
    text = area.controller.log.detail.toPlainText()
    assert "Entrega confirmada por Álvaro Ejecutivo el " in text
    assert "Acuse de recibo: CD1" in text and "confirmed_at" not in text


def test_who_may_not_log_contacts_is_told_why(qtbot: QtBot, desk: Desk) -> None:
    area = _page(qtbot, desk, "admin")
    c = area.controller
    _choose(area, "Envío 1")
    assert not c.log.confirm_button.isEnabled()
    assert c.log.confirm_button.toolTip() == "Su puesto no permite confirmar entregas"
    assert not c.actions[ActionId.COMMUNICATIONS_CONFIRM].isEnabled()


def test_settled_meanwhile_the_form_says_so_and_stays(qtbot: QtBot, desk: Desk) -> None:
    """Another workstation confirmed it while the form was open: the reason under
    «Resultado», nothing written twice."""
    area = _page(qtbot, desk, "exec")
    c = area.controller
    _choose(area, "Envío 1")
    c.log.confirm_button.click()
    dialog = c.dialog
    assert isinstance(dialog, ConfirmDeliveryDialog)
    item = c.log.chosen_row().id
    delivery.confirm_delivery(desk.db, desk.actor("supervisor"), item, Delivery.FAILED)
    dialog.save_button.click()
    message = dialog.form.messages["delivery"]
    qtbot.waitUntil(until(lambda: message.isVisibleTo(dialog)))
    assert message.text().startswith("La entrega de este contacto no está pendiente")
    assert dialog.isVisible() and dialog.cancel_button.isEnabled()
    trail = audit_events(desk.db, "communication", item)
    assert [e.changes for e in trail].count({"delivery": ["pending", "failed"]}) == 1
    assert all("delivered" not in str(e.changes) for e in trail)


def _open(qtbot: QtBot, desk: Desk) -> tuple[CommunicationsArea, ConfirmDeliveryDialog]:
    area = _page(qtbot, desk, "exec")
    _choose(area, "Envío 1")
    area.controller.log.confirm_button.click()
    dialog = area.controller.dialog
    assert isinstance(dialog, ConfirmDeliveryDialog)
    return area, dialog


def test_what_is_typed_is_checked_live_as_the_service_checks_it(qtbot: QtBot, desk: Desk) -> None:
    """explore10 M2: a 5,000-character signature with a direction override, a day in
    2099 or before the contact was sent: said under the field, Confirmar disabled."""
    area, dialog = _open(qtbot, desk)
    signed = dialog.fields["signed_by"]
    day = dialog.fields["delivered_at"]
    assert isinstance(day, QDateEdit) and isinstance(signed, QLineEdit)
    assert day.maximumDate() == QDate.currentDate()
    day.setDate(QDate(2099, 1, 1))
    assert day.date() == QDate.currentDate()  # the box goes no further than today
    assert dialog.save_button.isEnabled()
    day.setDate(QDate(2026, 3, 1))  # Envío 1 went on 9 March
    assert "no puede ser anterior al envío (2026-03-09)" in dialog.form.error("delivered_at")
    assert not dialog.save_button.isEnabled()
    day.setDate(QDate(2026, 3, 9))
    signed.setText("Recepción \u202efdp.exe " + "Z" * 5000)
    signed.textEdited.emit(signed.text())
    assert dialog.form.error("signed_by") == "Máximo 200 caracteres."
    assert not dialog.save_button.isEnabled()
    signed.setText("Recepción \u202efdp.exe")
    signed.textEdited.emit(signed.text())
    assert dialog.form.error("signed_by") != "" and not dialog.save_button.isEnabled()
    dialog.save_button.click()  # disabled: nothing written
    assert dialog.isVisible()
    assert area.controller.log.chosen_row().delivery == Delivery.PENDING.value


def test_a_failed_delivery_asks_no_signature_nor_day(qtbot: QtBot, desk: Desk) -> None:
    """explore10 L6: nobody signs for a parcel that never arrived."""
    _area, dialog = _open(qtbot, desk)
    dialog.fields["signed_by"].setText("Ana")  # type: ignore[attr-defined]
    assert dialog.fields["signed_by"].isVisibleTo(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Delivery.FAILED))
    assert not dialog.fields["signed_by"].isVisibleTo(dialog)
    assert not dialog.fields["delivered_at"].isVisibleTo(dialog)
    assert not dialog.form.labels["signed_by"].isVisibleTo(dialog)
    assert dialog.collect().given == {} and dialog.save_button.isEnabled()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Delivery.DELIVERED))
    assert dialog.fields["signed_by"].isVisibleTo(dialog)
    assert dialog.collect().given == {"signed_by": "Ana"}


def test_after_confirming_the_pane_shows_the_delivery_as_it_is_now(
    qtbot: QtBot, desk: Desk
) -> None:
    """explore10 L1: the pane kept «Entrega: Pendiente» after the row changed."""
    area, dialog = _open(qtbot, desk)
    c = area.controller
    assert "Pendiente" in c.log.detail.toPlainText()
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: c.log.model.index(0, 6).data() == "Entregada"))
    qtbot.waitUntil(until(lambda: "Entrega confirmada por" in c.log.detail.toPlainText()))
    assert c.log.chosen_row().subject == "Envío 1"
    assert "Pendiente" not in c.log.detail.toPlainText()
