"""The real mail servers the mail tests of the services talk to (tests/services/
mail_servers.py): a throwaway Dovecot (IMAP) and an aiosmtpd (SMTP with STARTTLS and
AUTH) delivering into it, on loopback, one pair per test module, and the mail account
the app is given to reach both."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from mail_servers import Dovecot, Smtp, dovecot_available, start_dovecot, start_smtp

from agencia.services.communications import servers


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    """Dovecot with one mailbox; skipped where dovecot-imapd is missing (a failure in CI)."""
    if not dovecot_available():
        if os.environ.get("CI") == "true":
            pytest.fail("Dovecot (dovecot-imapd) is missing: .ci/run installs it")
        pytest.skip("Dovecot (dovecot-imapd) is not installed")
    server = start_dovecot()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def smtp(dovecot: Dovecot, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Smtp]:
    """The SMTP server; what it accepts lands in `dovecot`'s mailbox."""
    server = start_smtp(dovecot, tmp_path_factory.mktemp("smtp"))
    yield server
    server.stop()


@pytest.fixture
def mail_server(dovecot: Dovecot, smtp: Smtp) -> servers.MailServer:
    """The agency's mail account as the app is given it: sending through `smtp`
    (STARTTLS, trusting the session's certificate), reading `dovecot` over IMAP."""
    return servers.MailServer(
        address="servicio@agencia.es",
        username=smtp.user,
        imap_host="127.0.0.1",
        imap_port=dovecot.port,
        smtp_host="127.0.0.1",
        smtp_port=smtp.port,
        security="starttls",
        password=smtp.password,
        context=smtp.client_context,
    )
