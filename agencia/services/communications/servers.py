"""The agency's mail servers: where they are, and the secret kept in the system keyring.

The database keeps the host, port, security and user name; the password is written to
and read from the system keyring (`keyring`) under the account's service name, never to
a table. An administrator sets it (`Action.AGENCY_SETTINGS`).
"""

from __future__ import annotations

import imaplib
import smtplib
import ssl
from dataclasses import dataclass

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.permissions import Action
from agencia.domain.service_models import MailAccount
from agencia.services.accounts.access import require_global

SECURITIES = ("tls", "starttls", "none")


class MailServerError(DomainError):
    """A mail server could not be reached or refused us (code `mail.server`)."""


@dataclass(frozen=True, slots=True)
class MailServer:
    """Where to connect and as whom; `password` read from the keyring when asked."""

    address: str
    username: str
    imap_host: str
    imap_port: int
    smtp_host: str
    smtp_port: int
    security: str = "starttls"
    password: str = ""
    context: ssl.SSLContext | None = None  # a test's own certificate authority

    def smtp(self, timeout: float = 30) -> smtplib.SMTP:
        """A signed-in SMTP connection (TLS from the start, or upgraded by STARTTLS)."""
        conn: smtplib.SMTP | None = None
        try:
            if self.security == "tls":
                conn = smtplib.SMTP_SSL(
                    self.smtp_host, self.smtp_port, timeout=timeout, context=self._ctx()
                )
            else:
                conn = smtplib.SMTP(self.smtp_host, self.smtp_port, timeout=timeout)
                if self.security == "starttls":
                    conn.starttls(context=self._ctx())
            if self.password:
                conn.login(self.username, self.password)
            return conn
        except (OSError, smtplib.SMTPException) as exc:
            if conn is not None:
                conn.close()
            raise MailServerError("mail.server", url=self.smtp_host, why=str(exc)[:200]) from exc

    def imap(self, timeout: float = 30) -> imaplib.IMAP4:
        """A signed-in IMAP connection."""
        conn: imaplib.IMAP4 | None = None
        try:
            if self.security == "tls":
                conn = imaplib.IMAP4_SSL(
                    self.imap_host, self.imap_port, ssl_context=self._ctx(), timeout=timeout
                )
            else:
                conn = imaplib.IMAP4(self.imap_host, self.imap_port, timeout=timeout)
                if self.security == "starttls":
                    conn.starttls(ssl_context=self._ctx())
            conn.login(self.username, self.password)
            return conn
        except (OSError, imaplib.IMAP4.error) as exc:
            if conn is not None:
                conn.shutdown()
            raise MailServerError("mail.server", url=self.imap_host, why=str(exc)[:200]) from exc

    def _ctx(self) -> ssl.SSLContext:
        return self.context or ssl.create_default_context()


def keyring_password(service: str, username: str) -> str:
    import keyring

    return keyring.get_password(service, username) or ""


def save_mail_account(
    db: Database, actor: Actor, server: MailServer, password: str | None = None
) -> int:
    """Set the agency's mail account; a new `password` goes to the keyring only."""
    require_global(actor, Action.AGENCY_SETTINGS)
    if server.security not in SECURITIES:
        raise ValidationError({"security": ("mail.security", {"value": ", ".join(SECURITIES)})})
    if "@" not in server.address:
        raise ValidationError({"address": ("field.email", {})})
    with unit_of_work(db, actor) as uow:
        row = uow.session.scalar(select(MailAccount).limit(1))
        if row is None:
            row = MailAccount(last_uid=0)
            uow.session.add(row)
        row.address = server.address
        row.username = server.username
        row.imap_host, row.imap_port = server.imap_host, server.imap_port
        row.smtp_host, row.smtp_port = server.smtp_host, server.smtp_port
        row.security = server.security
        row.keyring_service = row.keyring_service or "agencia-mail"
        uow.session.flush()
        uow.audit(ChangeKind.MAIL, row.id, AuditAction.UPDATE, {"address": [None, row.address]})
        service = row.keyring_service
        if password is not None:
            import keyring

            keyring.set_password(service, server.username, password)
        return row.id


def mail_server(db: Database, actor: Actor) -> MailServer | None:
    """The agency's mail account with its password from the keyring; None: not set."""
    return saved_server(db, actor, with_password=True)


def saved_server(db: Database, actor: Actor, *, with_password: bool) -> MailServer | None:
    """The saved mail account (None: none saved yet); its password from the keyring only
    when asked: the settings dialog is never shown it."""
    with unit_of_work(db, actor, write=False) as uow:
        row = uow.session.scalar(select(MailAccount).limit(1))
        if row is None:
            return None
        password = keyring_password(row.keyring_service, row.username) if with_password else ""
        return MailServer(
            row.address,
            row.username,
            row.imap_host,
            row.imap_port,
            row.smtp_host,
            row.smtp_port,
            row.security,
            password,
        )
