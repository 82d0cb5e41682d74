"""The agency's mail servers as the settings window edits them: read without the
password (it stays in the keyring), checked field by field, and tried for real —
SMTP and IMAP signed in to and left — before anyone relies on them.

`check_connection` takes a password only when the person typed a new one; otherwise it
uses the one the keyring holds for the saved account, so the window never reads it back.
"""

from __future__ import annotations

import contextlib
import imaplib
import smtplib
from dataclasses import dataclass, replace

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.errors import DomainError
from agencia.domain.permissions import Action
from agencia.domain.service_models import MailAccount
from agencia.services.accounts.access import require_global
from agencia.services.communications.servers import (
    SECURITIES,
    MailServer,
    keyring_password,
    saved_server,
)

PORT_MAX = 65535


def validate_settings(server: MailServer) -> v.FieldErrors:
    """What is wrong with the settings as typed (message codes by field)."""
    errors: v.FieldErrors = {}
    v.required(errors, "address", server.address, 200)
    v.email(errors, "address", server.address)
    v.required(errors, "username", server.username, 200)
    for host, port in (("imap_host", "imap_port"), ("smtp_host", "smtp_port")):
        v.required(errors, host, getattr(server, host), 200)
        if not 0 < getattr(server, port) <= PORT_MAX:
            errors[port] = ("mail.port", {"max": PORT_MAX})
    if server.security not in SECURITIES:
        errors["security"] = ("mail.security", {"value": ", ".join(SECURITIES)})
    return errors


def mail_settings(db: Database, actor: Actor) -> MailServer | None:
    """The saved settings without the password (None: none saved yet); administrators."""
    require_global(actor, Action.AGENCY_SETTINGS)
    return saved_server(db, actor, with_password=False)


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """What each server answered: empty when it let us in, else the reason."""

    smtp: str
    imap: str

    @property
    def ok(self) -> bool:
        return not self.smtp and not self.imap


def _stored_password(db: Database, actor: Actor, username: str) -> str:
    with unit_of_work(db, actor, write=False) as uow:
        service = uow.session.scalar(select(MailAccount.keyring_service).limit(1))
    return keyring_password(service, username) if service else ""


def check_connection(
    db: Database, actor: Actor, server: MailServer, password: str | None = None
) -> ConnectionCheck:
    """Sign in to the SMTP and the IMAP server as `server` says (a new `password`, or the
    keyring's), and sign out again; nothing is sent or read."""
    require_global(actor, Action.AGENCY_SETTINGS)
    if password is None:
        password = _stored_password(db, actor, server.username)
    trial = replace(server, password=password)
    smtp_why = imap_why = ""
    try:
        conn = trial.smtp(timeout=10)
    except DomainError as error:
        smtp_why = str(error)
    else:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            conn.quit()
    try:
        mailbox = trial.imap(timeout=10)
    except DomainError as error:
        imap_why = str(error)
    else:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            mailbox.logout()
    return ConnectionCheck(smtp_why, imap_why)
