"""A message is built before anything is logged or any server is asked, and a send the
server took is never reported as a failure (code review): on both databases, through the
real SMTP server on loopback.

A message that cannot be built (here the agency's own address holds a line break, which
no header may carry) leaves no «pending» entry behind and opens no connection; a message
the server took whose confirmation then fails (here the sender lost the account while it
was on its way) stays pending, to be settled by «Confirmar entrega…», and is reported as
sent — never as an error that invites sending it again."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from mail_servers import Smtp
from service_world import Desk, service_desk
from sqlalchemy import delete, select, update

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.messages import render
from agencia.domain.models import Account, AccountAssignment
from agencia.domain.service_enums import Delivery
from agencia.domain.service_models import Communication
from agencia.services.communications import outbox, servers


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


@pytest.fixture
def hooks(smtp: Smtp) -> Iterator[Any]:
    """The SMTP server's handler, its hooks put back as they were after the test."""
    handler = smtp.controller.handler
    smtp.received.clear()
    yield handler
    for name in ("handle_DATA", "handle_EHLO"):
        vars(handler).pop(name, None)


def _log(db: Database) -> list[Delivery]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return list(uow.session.scalars(select(Communication.delivery)))


def test_a_message_that_cannot_be_built_logs_nothing_and_connects_to_nothing(
    desk: Desk, smtp: Smtp, hooks: Any, mail_server: servers.MailServer
) -> None:
    greeted: list[str] = []

    async def ehlo(
        server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        greeted.append(hostname)
        return responses

    hooks.handle_EHLO = ehlo
    broken = dataclasses.replace(mail_server, address="servicio@agencia.es\nBcc: x@y.es")
    data = outbox.Outgoing(desk.accounts["madrid"], (desk.contacts["ana"],), "Acta", "Hola")
    with pytest.raises(ValueError):
        outbox.send(desk.db, desk.actor("exec"), broken, data)
    assert _log(desk.db) == []  # no «pending» for a message that never left
    assert greeted == [] and smtp.received == []


def test_a_message_taken_whose_confirmation_fails_is_reported_sent_and_stays_pending(
    desk: Desk, smtp: Smtp, hooks: Any, mail_server: servers.MailServer
) -> None:
    original = hooks.handle_DATA
    lonely = desk.accounts["orphan"]

    async def meanwhile(server: Any, session: Any, envelope: Any) -> str:
        # while the message is on its way, an administrator moves the account to a group
        # the sender is not in, off their team: the sender may no longer confirm it
        with desk.db.writer.begin() as conn:
            group, lead = conn.execute(
                select(Account.group_id, Account.lead_executive_id).where(Account.id == lonely)
            ).one()
            conn.execute(
                update(Account)
                .where(Account.id == desk.accounts["madrid"])
                .values(group_id=group, lead_executive_id=lead)
            )
            conn.execute(
                delete(AccountAssignment).where(
                    AccountAssignment.account_id == desk.accounts["madrid"]
                )
            )
        return str(await original(server, session, envelope))

    hooks.handle_DATA = meanwhile
    data = outbox.Outgoing(desk.accounts["madrid"], (desk.contacts["ana"],), "Acta", "Hola")
    with pytest.raises(outbox.SentUnconfirmed) as unconfirmed:
        outbox.send(desk.db, desk.actor("exec"), mail_server, data)
    assert not isinstance(unconfirmed.value, servers.MailServerError)  # not «failed»
    assert len(smtp.received) == 1 and _log(desk.db) == [Delivery.PENDING]
    said = {
        lang: render(unconfirmed.value.code, unconfirmed.value.params, lang)
        for lang in ("es", "en")
    }
    assert "enviado" in said["es"] and "Confirmar entrega" in said["es"]
    assert "sent" in said["en"] and "Confirm delivery" in said["en"]
