"""The demo's contact log: a communication on each of the service desk's requests (made
by the service area's part, which runs first) and more on the same accounts, with
delivery confirmations where the channel has one (courier, certified post, fax, e-mail),
logged through the real service by each account's lead."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.communications.scale import fill_at_scale
from agencia.demo.run import DemoRun
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.enums import Channel
from agencia.domain.models import Account, User
from agencia.domain.service_enums import Delivery, Direction
from agencia.domain.service_models import ServiceRequest
from agencia.services import auth
from agencia.services.communications import intake, log

MORE = 12  # contacts without a request, on the same accounts

# (channel, direction, delivery, confirmation) for the logged contacts, in turn
CONTACTS: tuple[tuple[Channel, Direction, Delivery, dict[str, str]], ...] = (
    (
        Channel.COURIER,
        Direction.OUTBOUND,
        Delivery.DELIVERED,
        {"carrier": "SEUR", "tracking_number": "SE7781204ES", "signed_by": "Recepción"},
    ),
    (
        Channel.CERTIFIED_POST,
        Direction.OUTBOUND,
        Delivery.DELIVERED,
        {"receipt": "CD0044512", "signed_by": "Marta Vidal"},
    ),
    (Channel.FAX, Direction.OUTBOUND, Delivery.DELIVERED, {"transmission_report": "OK 3 págs."}),
    (Channel.EMAIL, Direction.OUTBOUND, Delivery.DELIVERED, {"read_receipt": "leído"}),
    (Channel.POST, Direction.OUTBOUND, Delivery.NOT_APPLICABLE, {}),
    (Channel.PHONE, Direction.INBOUND, Delivery.NOT_APPLICABLE, {}),
    (Channel.EMAIL, Direction.INBOUND, Delivery.NOT_APPLICABLE, {}),
    (
        Channel.COURIER,
        Direction.OUTBOUND,
        Delivery.PENDING,
        {"carrier": "MRW", "tracking_number": "MRW-55120"},
    ),
)


def _requests(db: Database) -> list[tuple[int, int, int | None, str, datetime, str]]:
    """(request, account, contact, subject, received, the account lead's login)."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        rows = uow.session.execute(
            select(
                ServiceRequest.id,
                ServiceRequest.account_id,
                ServiceRequest.contact_id,
                ServiceRequest.subject,
                ServiceRequest.received_at,
                User.login,
            )
            .join(Account, Account.id == ServiceRequest.account_id)
            .join(User, User.staff_id == Account.lead_executive_id)
            .order_by(ServiceRequest.id)
        ).all()
    return [(r, a, c, s, at, login) for r, a, c, s, at, login in rows]


def fill_communications(demo: DemoRun) -> None:
    db = demo.services()
    _unknown_senders(db)
    taken = _requests(db)
    actors: dict[str, Actor] = {}
    for n, (rid, account, contact, subject, received, login) in enumerate(taken):
        actor = actors.setdefault(login, auth.actor_for(db, login))
        _log(db, actor, account, contact, rid, subject, received + timedelta(minutes=20), n)
    for n in range(len(taken), len(taken) + MORE if taken else 0):
        _, account, contact, _, _, login = taken[n % len(taken)]
        actor = actors.setdefault(login, auth.actor_for(db, login))
        when = demo.now - timedelta(days=n)
        _log(db, actor, account, contact, None, "Seguimiento de la cuenta", when, n)
    if demo.size == "large" and taken:
        fill_at_scale(demo.connection, demo.now, demo.seed, CONTACTS)


# Mail the service mailbox could not place: the triage list's first entries.
UNKNOWN = (
    ("prensa@diario-economia.es", "Solicitud de entrevista", "¿Podrían atendernos esta semana?"),
    ("compras@nueva-marca.mx", "Presupuesto para una campaña", "Nos gustaría conocer su agencia."),
)


def _unknown_senders(db: Database) -> None:
    with unit_of_work(db, SYSTEM) as uow:
        for n, (sender, subject, body) in enumerate(UNKNOWN):
            raw = (
                f"From: {sender}\r\nTo: servicio@agencia.example\r\nSubject: {subject}\r\n"
                f"Message-ID: <demo-triage-{n}@agencia.example>\r\n"
                f"Date: Mon, 26 Oct 2026 09:0{n}:00 +0100\r\n"
                "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                f"{body}\r\n"
            ).encode()
            intake.take(uow, raw)


def _log(
    db: Database,
    actor: Actor,
    account: int,
    contact: int | None,
    rid: int | None,
    subject: str,
    at: datetime,
    n: int,
) -> None:
    channel, direction, delivery, confirmation = CONTACTS[n % len(CONTACTS)]
    log.log_communication(
        db,
        actor,
        log.NewCommunication(
            account,
            channel,
            direction,
            subject,
            summary="Registrado en la demo.",
            contact_ids=(contact,) if contact else (),
            occurred_at=at,
            delivery=delivery,
            confirmation=confirmation,
            request_id=rid,
        ),
    )
