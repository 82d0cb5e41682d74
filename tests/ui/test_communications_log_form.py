"""«Comunicaciones» ▸ «Registrar contacto…»: a call, a letter or a visit put down in the
log through the real dialog — on the account the log shows, with its contact, channel,
direction and moment — refused under the field when the subject is missing, the log
refreshed by the change notice; a role that may not log contacts sees the action
disabled, saying why."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_support import make_context, type_text, until
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.domain.enums import Channel
from agencia.domain.messages import render
from agencia.domain.service_enums import Direction
from agencia.services.communications import log
from agencia.ui.actions import ActionId
from agencia.ui.communications.area import CommunicationsArea, create
from agencia.ui.communications.log_form import LogContactDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _page(qtbot: QtBot, desk: Desk, actor: Actor) -> tuple[CommunicationsArea, list[str]]:
    ctx, recorder = make_context(desk.db, actor)
    area = create(ctx)
    assert isinstance(area, CommunicationsArea)
    qtbot.addWidget(area.widget())
    area.widget().resize(1100, 600)
    area.widget().show()
    area.activated()
    return area, recorder.toasts


def test_a_call_is_logged_from_the_window(qtbot: QtBot, desk: Desk) -> None:
    area, toasts = _page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    c.log.account.set_choice(desk.accounts["madrid"], "Café Madrid")  # the log narrowed
    action = c.ctx.actions.get(ActionId.COMMUNICATIONS_LOG)
    assert action.isEnabled() and c.log.log_button.isEnabled()
    c.log.log_button.click()
    dialog = c.dialog
    assert isinstance(dialog, LogContactDialog)
    assert dialog.account.account_id == desk.accounts["madrid"]  # the log's account
    qtbot.waitUntil(until(lambda: dialog.contact.findText("Ana") >= 0))
    assert not dialog.save_button.isEnabled()  # no subject yet
    qtbot.keyClicks(dialog.subject, "x")
    dialog.subject.clear()
    dialog.subject.textEdited.emit("")
    assert dialog.form.error("subject") == render("field.required", {})
    qtbot.keyClicks(dialog.subject, "Llamada sobre el cartel")
    assert dialog.form.error("subject") == "" and dialog.save_button.isEnabled()
    dialog.contact.setCurrentIndex(dialog.contact.findText("Ana"))
    dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.INBOUND))
    dialog.when.setDateTime(QDateTime(2026, 3, 11, 16, 30, 0))
    dialog.summary.setPlainText("Pide el cartel en A3 para el jueves.")
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: toasts))
    assert toasts[-1] == "Contacto registrado: Llamada sobre el cartel"
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 1))  # by the change notice
    (row,) = log.list_communications(desk.db, desk.actor("exec"))
    assert (row.subject, row.channel, row.direction) == (
        "Llamada sobre el cartel",
        Channel.PHONE.value,
        Direction.INBOUND.value,
    )
    moment = row.occurred_at.astimezone(dialog.zone)
    assert (moment.day, moment.hour, moment.minute) == (11, 16, 30)


def test_a_letter_on_another_account_chosen_in_the_dialog(qtbot: QtBot, desk: Desk) -> None:
    area, _ = _page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    c.ctx.actions.get(ActionId.COMMUNICATIONS_LOG).trigger()
    dialog = c.dialog
    assert isinstance(dialog, LogContactDialog)
    type_text(dialog.subject, "Carta de renovación")
    assert not dialog.save_button.isEnabled()  # no account chosen
    dialog.account.set_choice(desk.accounts["mexico"], "Tacos CDMX")
    qtbot.waitUntil(until(lambda: dialog.contact.findText("Beto") >= 0))
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.POST))
    dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.OUTBOUND))
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 1))
    (row,) = log.list_communications(desk.db, desk.actor("exec"))
    assert (row.account_id, row.channel) == (desk.accounts["mexico"], "post")


def test_a_role_that_may_not_log_sees_why(qtbot: QtBot, desk: Desk) -> None:
    area, _ = _page(qtbot, desk, desk.admin)
    c = area.controller
    action = c.ctx.actions.get(ActionId.COMMUNICATIONS_LOG)
    why = "Su puesto no permite registrar contactos con clientes"
    assert not action.isEnabled() and why in action.toolTip()
    assert not c.log.log_button.isEnabled() and c.log.log_button.toolTip() == why
    c.log_contact()
    assert c.dialog is None


@pytest.mark.parametrize(
    ("language", "shown"),
    [("es", "06/12/2026 20:16"), ("en", "6 Dec 2026 20:16")],
)
def test_the_moment_reads_unambiguously_in_the_window_s_language(
    qtbot: QtBot, desk: Desk, language: str, shown: str
) -> None:
    """An English reader takes 06/12/2026 for June: the English form names the month, as
    English dates do elsewhere in the window («6 Dec 2026»); Spanish keeps its own."""
    from PySide6.QtCore import QLocale

    from agencia.ui.formatting import interface_locale

    QLocale.setDefault(interface_locale(QLocale("es_ES"), language))  # as signing in does
    ctx, _ = make_context(desk.db, desk.actor("exec"))
    dialog = LogContactDialog(ctx.ops)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(2026, 12, 6, 20, 16, 0))
    assert dialog.when.text() == shown


def test_a_blank_subject_says_why_guardar_is_off(qtbot: QtBot, desk: Desk) -> None:
    """Spaces alone are no subject, however they came (typed, or a draft given back)."""
    ctx, _ = make_context(desk.db, desk.actor("exec"))
    dialog = LogContactDialog(ctx.ops, account=(desk.accounts["madrid"], "Café Madrid"))
    qtbot.addWidget(dialog)
    dialog.subject.setText("   ")
    assert not dialog.save_button.isEnabled()
    assert dialog.form.error("subject") == render("field.required", {})
