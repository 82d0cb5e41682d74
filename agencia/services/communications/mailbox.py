"""The agency's service mailbox, read over IMAP: each new message taken in once.

Messages are read by UID after the last one taken (kept on the mail account); each is
taken in its own unit of work, so a malformed one is refused — counted, never half
logged — and the others still come in.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.errors import DomainError
from agencia.domain.service_models import MailAccount
from agencia.services.communications.intake import Outcome, take
from agencia.services.communications.mime import MAX_BYTES
from agencia.services.communications.servers import MailServer, MailServerError


@dataclass(frozen=True, slots=True)
class MailboxRun:
    """What one read of the mailbox did."""

    outcomes: tuple[Outcome, ...]
    refused: tuple[tuple[int, str], ...]  # (uid, message code)


def _last_uid(db: Database, actor: Actor) -> int:
    with unit_of_work(db, actor, write=False) as uow:
        return uow.session.scalar(select(MailAccount.last_uid).limit(1)) or 0


def _remember(db: Database, actor: Actor, uid: int) -> None:
    with unit_of_work(db, actor) as uow:
        row = uow.session.scalar(select(MailAccount).limit(1))
        if row is not None and uid > row.last_uid:
            row.last_uid = uid


def read_mailbox(
    db: Database, actor: Actor, server: MailServer, now: datetime | None = None
) -> MailboxRun:
    """Take in every message after the last one taken."""
    last = _last_uid(db, actor)
    conn = server.imap()
    outcomes: list[Outcome] = []
    refused: list[tuple[int, str]] = []
    try:
        conn.select("INBOX", readonly=True)
        status, data = conn.uid("SEARCH", f"UID {last + 1}:*")
        if status != "OK":
            raise MailServerError("mail.server", url=server.imap_host, why=status)
        uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) > last)
        for uid in uids:
            status, sized = conn.uid("FETCH", str(uid), "(RFC822.SIZE)")
            size = _size(sized)
            if size is not None and size > MAX_BYTES:
                refused.append((uid, "mail.too_big"))
                _remember(db, actor, uid)
                continue
            status, parts = conn.uid("FETCH", str(uid), "(BODY.PEEK[])")
            raw = next((p[1] for p in parts if isinstance(p, tuple)), None)
            if status != "OK" or not isinstance(raw, bytes):
                refused.append((uid, "mail.bad_message"))
            else:
                try:
                    with unit_of_work(db, actor) as uow:
                        outcomes.append(take(uow, raw, None, now))
                except DomainError as exc:
                    refused.append((uid, exc.code))
            _remember(db, actor, uid)
    finally:
        with contextlib.suppress(OSError):
            conn.logout()
    return MailboxRun(tuple(outcomes), tuple(refused))


def _size(parts: list[object]) -> int | None:
    for part in parts:
        text = part[0] if isinstance(part, tuple) else part
        if isinstance(text, bytes) and b"RFC822.SIZE" in text:
            tail = text.split(b"RFC822.SIZE", 1)[1].strip(b" ()")
            digits = tail.split()[0].rstrip(b")") if tail else b""
            return int(digits) if digits.isdigit() else None
    return None
