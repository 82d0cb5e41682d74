"""A message leaves only once it is allowed and logged (tester, HIGH): on both databases,
through the real SMTP server on loopback. Someone who may not log contacts on the account,
or a recipient of another account, is refused before the server is even asked; while the
server takes the message the log already holds it (pending), then it is confirmed
delivered — or failed when the server refuses it outright, or left pending when only some
recipients were taken (it did leave for them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from mail_servers import Smtp
from service_world import Desk, service_desk
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import PermissionDenied, ValidationError
from agencia.domain.service_enums import Delivery
from agencia.domain.service_models import Communication
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.communications import outbox, servers

# `dovecot`, `smtp` and `mail_server` (the account that reaches both): tests/services/conftest.py


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


@pytest.fixture
def hooks(smtp: Smtp) -> Iterator[Any]:
    """The SMTP server's handler, its hooks put back as they were after the test."""
    handler = smtp.controller.handler
    smtp.received.clear()
    yield handler
    for name in ("handle_DATA", "handle_RCPT"):
        vars(handler).pop(name, None)


def _log(db: Database) -> list[tuple[int, Delivery]]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        rows = uow.session.execute(
            select(Communication.id, Communication.delivery).order_by(Communication.id)
        ).all()
        return [(i, d) for i, d in rows]


def test_a_person_who_may_not_log_on_the_account_sends_nothing(
    desk: Desk, smtp: Smtp, hooks: Any, mail_server: servers.MailServer
) -> None:
    fake = outbox.Outgoing(desk.accounts["madrid"], (desk.contacts["ana"],), "Oferta", "Pague")
    for who in ("other", "loner"):  # outside the account's group; another group's
        with pytest.raises(PermissionDenied):
            outbox.send(desk.db, desk.actor(who), mail_server, fake)
    assert smtp.received == [] and _log(desk.db) == []


def test_a_recipient_of_another_account_is_refused_unnamed_before_sending(
    desk: Desk, smtp: Smtp, hooks: Any, mail_server: servers.MailServer
) -> None:
    data = outbox.Outgoing(
        desk.accounts["madrid"], (desk.contacts["ana"], desk.contacts["beto"]), "Hola", "x"
    )
    with pytest.raises(ValidationError) as refused:
        outbox.send(desk.db, desk.actor("exec"), mail_server, data)
    assert refused.value.field_errors["contact_ids"][0] == "mail.no_recipients"
    assert smtp.received == [] and _log(desk.db) == []


def test_the_message_is_logged_before_the_server_takes_it(
    desk: Desk, smtp: Smtp, hooks: Any, mail_server: servers.MailServer
) -> None:
    seen: list[list[tuple[int, Delivery]]] = []
    original = hooks.handle_DATA

    async def spy(server: Any, session: Any, envelope: Any) -> str:
        seen.append(_log(desk.db))
        return str(await original(server, session, envelope))

    hooks.handle_DATA = spy
    data = outbox.Outgoing(desk.accounts["madrid"], (desk.contacts["ana"],), "Acta", "Hola")
    sent = outbox.send(desk.db, desk.actor("exec"), mail_server, data)
    assert seen == [[(sent, Delivery.PENDING)]]
    assert _log(desk.db) == [(sent, Delivery.DELIVERED)] and len(smtp.received) == 1


def test_refused_outright_is_logged_failed_taken_in_part_stays_pending(
    desk: Desk, smtp: Smtp, hooks: Any, mail_server: servers.MailServer
) -> None:
    async def refuse(
        server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address.startswith("baja@"):
            return "550 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    hooks.handle_RCPT = refuse
    madrid = desk.accounts["madrid"]
    gone = save_contact(
        desk.db, desk.admin, madrid, ContactInput(full_name="Baja", email="baja@cafe-madrid.es")
    ).id
    with pytest.raises(servers.MailServerError):
        outbox.send(
            desk.db, desk.actor("exec"), mail_server, outbox.Outgoing(madrid, (gone,), "A", "x")
        )
    assert smtp.received == []
    assert [d for _, d in _log(desk.db)] == [Delivery.FAILED]  # tried, and on the log
    both = outbox.Outgoing(madrid, (desk.contacts["ana"], gone), "B", "x")
    with pytest.raises(servers.MailServerError) as partly:
        outbox.send(desk.db, desk.actor("exec"), mail_server, both)
    assert partly.value.code == "mail.refused"
    assert [to for _, to, _ in smtp.received] == [["ana@cafe-madrid.es"]]
    assert _log(desk.db)[1][1] is Delivery.PENDING  # it left for Ana: never lost, not guessed
