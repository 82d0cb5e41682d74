"""`agencia surveys send ID --contact ID` on a SQLite file: the contact's questionnaire
leaves through the agency's SMTP server (real, on loopback; its password in a keyring,
its certificate trusted as a system's would be) and is logged; without a mail account
the command says so in one line (the service is tested on both databases)."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path

import pytest
from cli_desk import Desk, as_alvaro
from cli_support import one_line, run

from agencia.db.database import open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from mail_servers import Smtp, dovecot_available, start_dovecot, start_smtp

from agencia.services.communications import servers
from agencia.services.satisfaction.templates import list_templates


class _Memory:
    """A keyring backend that keeps its secrets in memory (a real backend of the library's
    interface, not a stand-in for our code)."""

    def __init__(self) -> None:
        from keyring.backend import KeyringBackend

        class Memory(KeyringBackend):
            priority = 1  # type: ignore[assignment]
            store: dict[tuple[str, str], str] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.store.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.store[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                self.store.pop((service, username), None)

        self.backend = Memory()


@pytest.fixture
def smtp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Smtp]:
    if not dovecot_available():
        if os.environ.get("CI") == "true":
            pytest.fail("Dovecot (dovecot-imapd) is missing: .ci/run installs it")
        pytest.skip("Dovecot (dovecot-imapd) is not installed")
    import keyring

    mailbox = start_dovecot()
    server = start_smtp(mailbox, tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "cert.pem"))
    previous = keyring.get_keyring()
    keyring.set_keyring(_Memory().backend)
    try:
        yield server
    finally:
        keyring.set_keyring(previous)
        server.stop()
        mailbox.stop()


def test_surveys_send(capsys: pytest.CaptureFixture[str], desk: Desk, smtp: Smtp) -> None:
    db = open_database(desk.db.url)
    try:
        template = list_templates(db, desk.admin)[0].id
    finally:
        db.close()
    ana = str(desk.contacts["ana"])
    status, _out, err = run(
        capsys, "surveys", "send", str(template), "--contact", ana, *as_alvaro(desk)
    )
    assert status == 1 and "cuenta de correo" in one_line(err) and smtp.received == []
    db = open_database(desk.db.url)
    try:
        mail = servers.MailServer(
            "servicio@agencia.es", smtp.user, "127.0.0.1", 1, "127.0.0.1", smtp.port
        )
        servers.save_mail_account(db, desk.admin, mail, smtp.password)
    finally:
        db.close()
    status, out, err = run(
        capsys, "surveys", "send", str(template), "--contact", ana, *as_alvaro(desk)
    )
    assert (status, err) == (0, ""), err
    ((_from, to, raw),) = smtp.received
    assert to == ["ana@cafe-madrid.es"] and b"application/pdf" in raw
    status, listed, _ = run(capsys, "communications", "list", "--format", "json", *as_alvaro(desk))
    (logged,) = json.loads(listed)
    assert f" {logged['id']}." in out
    assert (logged["channel"], logged["delivery"]) == ("email", "delivered")
    (pdf,) = [
        p.get_payload(decode=True)
        for p in message_from_bytes(raw).walk()
        if p.get_filename() == "encuesta-de-satisfaccion.pdf"
    ]
    assert isinstance(pdf, bytes) and logged["attachments"] == [hashlib.sha256(pdf).hexdigest()]
