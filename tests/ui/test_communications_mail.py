"""«Comunicaciones» and the agency's mail, against real servers on loopback (Dovecot over
STARTTLS, aiosmtpd; their certificate trusted as a system's would be, the password in a
keyring backend): the settings saved with the password in the keyring only and tried
with «Probar conexión»; the satisfaction questionnaire sent to a contact from the page,
arriving with its PDF and logged."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_support import make_context, until
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.service_models import Communication, MailAccount
from agencia.services.communications import servers
from agencia.ui.communications.area import CommunicationsArea, create
from agencia.ui.communications.mail_settings import MailSettingsDialog
from agencia.ui.communications.survey_send import SurveySendDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from mail_servers import Dovecot, Smtp, dovecot_available, start_dovecot, start_smtp
from service_world import Desk, service_desk

USER, PASSWORD = "servicio", "clave-de-correo-1"


@pytest.fixture
def mail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Dovecot, Smtp]]:
    """Both servers with one account and one certificate, a keyring that keeps its
    secrets in memory, and that certificate trusted."""
    if not dovecot_available():
        if os.environ.get("CI") == "true":
            pytest.fail("Dovecot (dovecot-imapd) is missing: .ci/run installs it")
        pytest.skip("Dovecot (dovecot-imapd) is not installed")
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    dovecot = start_dovecot(tls=tmp_path, user=USER, password=PASSWORD)
    smtp = start_smtp(dovecot, tmp_path, user=USER, password=PASSWORD)
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "cert.pem"))
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        yield dovecot, smtp
    finally:
        keyring.set_keyring(previous)
        smtp.stop()
        dovecot.stop()


@pytest.fixture
def desk(sqlite_db: Database) -> Desk:
    return service_desk(sqlite_db)


def _page(qtbot: QtBot, desk: Desk, who: Any) -> CommunicationsArea:
    ctx, recorder = make_context(desk.db, who)
    area = create(ctx)
    assert isinstance(area, CommunicationsArea)
    qtbot.addWidget(area.widget())
    area.widget().resize(1100, 600)
    area.widget().show()
    area.activated()
    area.recorder = recorder  # type: ignore[attr-defined]
    return area


def _open_dialog(qtbot: QtBot, area: CommunicationsArea, kind: type[Any]) -> Any:
    qtbot.waitUntil(until(lambda: isinstance(area.controller.dialog, kind)))
    dialog = area.controller.dialog
    qtbot.addWidget(dialog)
    return dialog


def test_mail_settings_are_tried_and_saved_with_the_password_in_the_keyring(
    qtbot: QtBot, desk: Desk, mail: tuple[Dovecot, Smtp]
) -> None:
    dovecot, smtp = mail
    area = _page(qtbot, desk, desk.admin)
    from agencia.ui.actions import ActionId

    area.controller.actions[ActionId.COMMUNICATIONS_MAIL_SETTINGS].trigger()
    dialog: MailSettingsDialog = _open_dialog(qtbot, area, MailSettingsDialog)
    assert not dialog.save_button.isEnabled()  # nothing typed yet
    dialog.address.setText("servicio@agencia.es")
    dialog.username.setText(USER)
    dialog.smtp_host.setText("127.0.0.1")
    dialog.smtp_port.setValue(smtp.port)
    dialog.imap_host.setText("127.0.0.1")
    dialog.imap_port.setValue(dovecot.port)
    dialog.password.setText("otra-clave")
    dialog.test_button.click()
    qtbot.waitUntil(until(lambda: dialog.test_button.isEnabled()))
    refused = dialog.check_label.text()
    assert refused.count("no nos acepta") == 2, refused  # a wrong password: both refuse
    dialog.password.setText(PASSWORD)
    dialog.test_button.click()
    qtbot.waitUntil(until(lambda: dialog.check_label.text() == "SMTP: correcto\nIMAP: correcto"))
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.test_button.click()  # SMTP insists on STARTTLS before a password
    qtbot.waitUntil(until(lambda: "SMTP: correcto" not in dialog.check_label.text()))
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    assert area.recorder.toasts == ["Correo de la agencia guardado"]  # type: ignore[attr-defined]
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        row = uow.session.query(MailAccount).one()
        assert (row.smtp_port, row.imap_port, row.security) == (
            smtp.port, dovecot.port, "starttls"
        )  # fmt: skip
    with desk.db.writer.connect() as conn:
        stored = conn.exec_driver_sql("SELECT * FROM mail_accounts").all()
    assert all(PASSWORD not in str(value) for value in stored[0])
    saved = servers.mail_server(desk.db, desk.admin)
    assert saved is not None and saved.password == PASSWORD  # from the keyring
    # opened again: the password is never shown back, and an empty one keeps the keyring's
    area.controller.dialog = None
    area.controller.open_mail_settings()
    again: MailSettingsDialog = _open_dialog(qtbot, area, MailSettingsDialog)
    assert again.password.text() == "" and "llavero" in again.password.placeholderText()
    assert again.smtp_port.value() == smtp.port
    again.test_button.click()
    qtbot.waitUntil(until(lambda: again.check_label.text() == "SMTP: correcto\nIMAP: correcto"))
    again.reject()


def test_an_executive_sends_the_questionnaire_from_the_page(
    qtbot: QtBot, desk: Desk, mail: tuple[Dovecot, Smtp]
) -> None:
    dovecot, smtp = mail
    server = servers.MailServer(
        "servicio@agencia.es", USER, "127.0.0.1", dovecot.port, "127.0.0.1", smtp.port
    )
    servers.save_mail_account(desk.db, desk.admin, server, PASSWORD)
    area = _page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    from agencia.ui.actions import ActionId

    assert ActionId.COMMUNICATIONS_MAIL_SETTINGS not in c.actions  # administrators only
    assert not c.log.survey_button.isEnabled()  # no account chosen yet
    c.log.account.set_choice(desk.accounts["madrid"], "Café Madrid")
    c.log.account.choice_changed.emit()
    assert c.log.survey_button.isEnabled()
    c.log.survey_button.click()
    dialog: SurveySendDialog = _open_dialog(qtbot, area, SurveySendDialog)
    qtbot.waitUntil(until(lambda: dialog.send_button.isEnabled()))
    assert dialog.windowTitle() == "Enviar encuesta a Café Madrid"
    assert dialog.contact.currentText() == "Ana"
    assert dialog.survey.currentText() == "Cinco indicadores de calidad"
    dialog.send_button.click()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()), timeout=20000)
    assert area.recorder.toasts == ["Encuesta enviada a Ana"]  # type: ignore[attr-defined]
    ((_from, to, raw),) = smtp.received
    assert to == ["ana@cafe-madrid.es"] and b"encuesta-de-satisfaccion.pdf" in raw
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 1))
    assert c.log.model.row(0).subject.startswith("Encuesta de satisfacción")
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        assert uow.session.query(Communication).count() == 1
    QApplication.processEvents()
