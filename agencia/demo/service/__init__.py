"""The demo's client service: requests from every channel on the first accounts with a
lead executive — some resolved in time, some breached and escalated, one waiting on the
client. Made through the real services by each account's lead, the clock counted back
from the demo's today (the demo's own clock, never the wall's); the contacts logged with
them are the communications area's part (`agencia.demo.communications`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.run import DemoRun
from agencia.demo.service.scale import fill_requests_at_scale
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.enums import Channel
from agencia.domain.models import Account, Contact, User
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.services import auth
from agencia.services.service import requests

C, K, P = Channel, RequestKind, Priority

# (subject, channel, kind, priority, hours before today, what became of it: a breach
# comes in ten days earlier still, so that its promise is broken by the demo's today)
REQUESTS: tuple[tuple[str, Channel, RequestKind, Priority, int, str], ...] = (
    ("El banner de la home no carga en móviles", C.EMAIL, K.INCIDENT, P.URGENT, 30, "breach"),
    ("Cambiar el claim de la cuña de radio", C.PHONE, K.REQUEST, P.HIGH, 8, "open"),
    ("Queja por el retraso de las muestras", C.COURIER, K.COMPLAINT, P.HIGH, 70, "resolved"),
    ("¿Cuándo sale la campaña de verano?", C.WEB, K.INFORMATION, P.LOW, 20, "resolved"),
    ("Comentario negativo en Instagram", C.SOCIAL, K.COMPLAINT, P.URGENT, 3, "open"),
    ("Factura con el importe equivocado", C.FAX, K.INCIDENT, P.NORMAL, 120, "breach"),
    ("Nuevas tallas para el catálogo", C.EMAIL, K.REQUEST, P.NORMAL, 26, "waiting"),
    ("Revisión del logotipo en el mupi", C.IN_PERSON, K.REQUEST, P.HIGH, 5, "open"),
    ("Copias del contrato firmado", C.CERTIFIED_POST, K.REQUEST, P.LOW, 200, "closed"),
    ("La landing no acepta el cupón", C.WEB, K.INCIDENT, P.URGENT, 50, "resolved"),
    ("Datos de audiencia de octubre", C.EMAIL, K.INFORMATION, P.NORMAL, 45, "resolved"),
    ("Retraso en la entrega de los roll-ups", C.PHONE, K.COMPLAINT, P.HIGH, 40, "breach"),
    ("Presupuesto de la acción en punto de venta", C.EMAIL, K.REQUEST, P.NORMAL, 12, "open"),
    ("El vídeo tiene un error de subtítulos", C.SOCIAL, K.INCIDENT, P.HIGH, 16, "open"),
    ("Cambio de contacto en facturación", C.POST, K.REQUEST, P.LOW, 100, "resolved"),
    ("Informe de resultados del trimestre", C.EMAIL, K.INFORMATION, P.NORMAL, 60, "breach"),
    ("Fotos del evento para prensa", C.PHONE, K.REQUEST, P.URGENT, 2, "open"),
    ("Error en el precio del folleto", C.FAX, K.INCIDENT, P.URGENT, 90, "resolved"),
    ("Queja por la atención telefónica", C.PHONE, K.COMPLAINT, P.NORMAL, 10, "open"),
    ("Permisos de uso de la música", C.EMAIL, K.INFORMATION, P.LOW, 30, "open"),
    ("Cambiar la fecha de la presentación", C.WEB, K.REQUEST, P.HIGH, 24, "resolved"),
    ("Logo pixelado en la valla", C.IN_PERSON, K.INCIDENT, P.HIGH, 36, "breach"),
)


def _accounts(db: Database) -> list[tuple[int, int, int | None, str]]:
    """(account, lead, a contact, the lead's login) of the first accounts with a lead
    who signs in."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        rows = uow.session.execute(
            select(Account.id, Account.lead_executive_id, User.login)
            .join(User, User.staff_id == Account.lead_executive_id)
            .where(User.active.is_(True))
            .order_by(Account.id)
            .limit(8)
        ).all()
        out = []
        for account, lead, login in rows:
            contact = uow.session.scalar(
                select(Contact.id)
                .where(Contact.account_id == account)
                .order_by(Contact.id)
                .limit(1)
            )
            out.append((account, lead, contact, login))
        return out


def fill_service(demo: DemoRun) -> None:
    db = demo.services()
    accounts = _accounts(db)
    if not accounts:
        return
    now = demo.now
    actors: dict[str, Actor] = {}
    for n, (subject, channel, kind, priority, hours, fate) in enumerate(REQUESTS):
        account, _lead, contact, login = accounts[n % len(accounts)]
        actor = actors.setdefault(login, auth.actor_for(db, login))
        received = now - timedelta(hours=hours, days=10 if fate == "breach" else 0)
        rid = requests.open_request(
            db,
            actor,
            requests.NewRequest(
                account,
                channel,
                kind,
                priority,
                subject,
                contact_id=contact,
                received_at=received,
                description=f"Recibida por {channel.value}.",
            ),
        ).id
        _follow(db, actor, rid, fate, received, now)
    requests.escalate_due(db, SYSTEM, now)
    if demo.size == "large":  # after every part: the contact log logs each request it finds
        demo.later(fill_requests_at_scale)


def _follow(
    db: Database, actor: Actor, rid: int, fate: str, received: datetime, now: datetime
) -> None:
    s = RequestStatus
    if fate in ("resolved", "closed"):
        done = received + timedelta(hours=1)
        requests.move_request(db, actor, rid, s.IN_PROGRESS, now=received + timedelta(minutes=30))
        requests.move_request(db, actor, rid, s.RESOLVED, "Resuelto con el cliente.", now=done)
        if fate == "closed":
            requests.move_request(db, actor, rid, s.CLOSED, now=done + timedelta(days=2))
    elif fate == "waiting":
        requests.move_request(
            db, actor, rid, s.WAITING_ON_CLIENT, now=received + timedelta(hours=2)
        )
    elif fate == "open":
        requests.move_request(
            db, actor, rid, s.IN_PROGRESS, now=min(now, received + timedelta(hours=1))
        )
