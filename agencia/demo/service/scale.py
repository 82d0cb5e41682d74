"""The large demo's service desk at scale: 100,000 requests over three years, written as
bulk inserts straight to the driver (one executemany per chunk, no unit of work, no
audit entry per row), like the contact log's million (`agencia.demo.communications`):
a desk that size exists only to try the queue's speed on it.

One request for each account on average, the first account with `HEAVY` of them (the
queue filtered to one account has a large one to read), from every channel, of every
kind and priority. The old ones are resolved and most of them closed, a few late (their
promise broken, climbed to the manager or the director); of the last three weeks' some
are still new, assigned, in progress, waiting on the client (the clock paused) or
reopened, and those past their due time are breached and escalated, as the desk's own
escalation would have left them. The due times follow the agency's default targets
(`sla.DEFAULT_TARGETS`), counted in working days of eight hours without looking the
holidays up: a few fall a day off what the account's calendar would say, which a
benchmark's data can afford. Written after every area's part (`DemoRun.later`): the
contact log logs one communication through the services on each request it finds.
"""

from __future__ import annotations

import json
import random
import time
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from typing import Any, TypeVar

from sqlalchemy import Connection, func, select

from agencia.demo import indexes
from agencia.demo.plan import DIRECTOR, MANAGER, SUPERVISOR
from agencia.demo.run import DemoRun, Team
from agencia.domain.enums import Channel
from agencia.domain.models import Account, Contact
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus, Rung
from agencia.domain.service_life import OPEN
from agencia.domain.service_models import FINISHED_AT, PAUSED_AT
from agencia.domain.sla import DEFAULT_TARGETS

PER_ACCOUNT = 1  # 100,000 over the large demo's 100,000 accounts
COUNT = 100_000  # at most
HEAVY = 2_000  # the first account's
CHUNK = 20_000
SPAN = timedelta(days=3 * 365)
RECENT = timedelta(days=21)  # older than this: resolved or closed
T = TypeVar("T")
S, C, K, P = RequestStatus, Channel, RequestKind, Priority

CHANNELS = ((C.EMAIL, 35), (C.PHONE, 25), (C.WEB, 12), (C.SOCIAL, 10), (C.IN_PERSON, 6),
            (C.COURIER, 4), (C.POST, 3), (C.CERTIFIED_POST, 3), (C.FAX, 2))  # fmt: skip
KINDS = ((K.REQUEST, 45), (K.INCIDENT, 25), (K.COMPLAINT, 15), (K.INFORMATION, 15))
PRIORITIES = ((P.URGENT, 10), (P.HIGH, 25), (P.NORMAL, 45), (P.LOW, 20))
# what the last three weeks' requests are now, by weight
RECENT_FATES = ((S.NEW, 8), (S.ASSIGNED, 17), (S.IN_PROGRESS, 33), (S.WAITING_ON_CLIENT, 10),
                (S.REOPENED, 2), (S.RESOLVED, 30))  # fmt: skip
SUBJECTS = {
    K.REQUEST: ("Cambio de textos en la pieza", "Nuevas medidas para el mupi",
                "Presupuesto para una acción", "Copias del material aprobado",
                "Cambiar la fecha de la presentación"),
    K.INCIDENT: ("La landing no carga en móviles", "Error en el precio del folleto",
                 "El vídeo tiene un error de subtítulos", "Logo pixelado en la valla"),
    K.COMPLAINT: ("Queja por el retraso de la entrega", "Queja por la atención telefónica",
                  "Comentario negativo en redes"),
    K.INFORMATION: ("Datos de audiencia del mes", "¿Cuándo sale la campaña?",
                    "Informe de resultados del trimestre"),
}  # fmt: skip
RESOLUTIONS = ("Resuelto con el cliente.", "Corregido y enviado de nuevo.",
               "Información enviada por correo.", "Aceptado por el cliente.")  # fmt: skip
DAY_MINUTES = 8 * 60  # a working day
DAY = 24 * 60

_COLUMNS = (
    "account_id", "contact_id", "channel", "kind", "priority", "subject", "description",
    "status", "assignee_id", "resolution", "received_at", "first_response_at",
    "resolved_at", "closed_at", "due_response_at", "due_resolution_at", "pauses",
    "queue_at", "escalation", "escalated_to_id", "breached", "message_id", "version",
)  # fmt: skip


def _weighted(pairs: Sequence[tuple[T, int]]) -> Callable[[float], T]:
    """A draw in [0, 1) to one of `pairs`' values, by weight."""
    values = [v for v, _ in pairs]
    total = sum(w for _, w in pairs)
    bounds = [b / total for b in accumulate(w for _, w in pairs)][:-1]
    return lambda x: values[bisect(bounds, x)]


def _span(minutes: int) -> int:
    """Working minutes as minutes on the calendar: within the day up to a working day,
    then whole working days with their weekends."""
    if minutes < DAY_MINUTES:
        return minutes
    return -(-minutes * 7 // (DAY_MINUTES * 5)) * DAY


def _accounts(connection: Connection) -> list[tuple[int, int | None, int | None, int | None]]:
    """(account, its lead, its first contact, its group) for every account."""
    firsts = select(Contact.account_id, func.min(Contact.id)).group_by(Contact.account_id)
    first_contact: dict[int, int] = {a: c for a, c in connection.execute(firsts)}
    return [
        (i, lead, first_contact.get(i), group)
        for i, lead, group in connection.execute(
            select(Account.id, Account.lead_executive_id, Account.group_id).order_by(Account.id)
        )
    ]


@dataclass(slots=True)
class _Life:
    """What became of one request by the demo's today, in minutes from the span's start."""

    status: RequestStatus
    answered: int | None = None
    resolved: int | None = None
    closed: int | None = None
    due_resolution: int | None = None
    breached: bool = False
    rung: Rung = Rung.EXECUTIVE


def _life(
    status: RequestStatus,
    received: int,
    targets: tuple[int, int],
    now: int,
    draw: Callable[[], float],
) -> _Life:
    """The request's answer, resolution, closing, breach and rung, as the desk's moves
    and its escalation would have left them: one in twelve goes late."""
    to_answer, to_resolve = targets
    due = received + to_resolve
    life = _Life(status, due_resolution=due)
    late = draw() < 0.08
    if status not in (S.NEW, S.ASSIGNED):  # answered: the first-response clock stopped
        life.answered = min(
            now, received + int(to_answer * (0.2 + draw() * (1.4 if late else 0.7)))
        )
    if status is S.RESOLVED:
        used = 1.05 + draw() if late else 0.3 + draw() * 0.65
        life.resolved = resolved = min(received + int(to_resolve * used), now - 30)
        if resolved > due:
            life.breached, life.rung = True, Rung.MANAGER if used < 1.5 else Rung.DIRECTOR
        if now - resolved > 2 * DAY and draw() < 0.85:
            life.status, life.closed = S.CLOSED, resolved + 2 * DAY
    elif now > due:
        life.breached = True
        life.rung = Rung.DIRECTOR if now - received > to_resolve * 1.5 else Rung.MANAGER
    elif now - received >= to_resolve * 0.75:
        life.rung = Rung.SUPERVISOR  # told at the warning
    if status is S.WAITING_ON_CLIENT:
        life.due_resolution = None  # the clock stopped: no due time while it waits
    return life


def _rows(
    accounts: list[tuple[int, int | None, int | None, int | None]],
    teams: dict[int, Team],
    count: int,
    now: datetime,
    rng: random.Random,
    moment: Callable[[int | None], Any],
    start: datetime,
) -> Iterator[tuple[Any, ...]]:
    """The requests, oldest first (their IDs grow with their age, as the desk's do);
    moments in minutes from `start` (a midnight, UTC) until `moment` writes them."""
    draw = rng.random
    channel, kind, priority = _weighted(CHANNELS), _weighted(KINDS), _weighted(PRIORITIES)
    recent_fate = _weighted(RECENT_FATES)
    targets = {
        p: (_span(t.first_response), _span(t.resolution)) for p, t in DEFAULT_TARGETS.items()
    }
    today = int((now - start).total_seconds() // 60)
    recent = RECENT.days * DAY
    share = min(HEAVY, count) / count
    finished, paused = moment(-1), moment(-2)
    up_to = {Rung.SUPERVISOR: SUPERVISOR, Rung.MANAGER: MANAGER, Rung.DIRECTOR: DIRECTOR}
    for quarter in sorted(int(draw() * (today - 60) / 15) for _ in range(count)):
        received = 15 * quarter
        hour = received % DAY // 60
        if not 8 <= hour < 18:  # out of hours: taken within the working day
            received = min(received + (8 + hour % 10 - hour) * 60, today - 60)
        place = 0 if draw() < share else int(draw() * len(accounts))
        account, lead, contact, group = accounts[place]
        k, p = kind(draw()), priority(draw())
        fate = recent_fate(draw()) if today - received < recent else S.RESOLVED
        if fate in OPEN and received + targets[p][1] < today and draw() < 0.75:
            fate = S.RESOLVED  # most of what fell due is done by now
        life = _life(fate, received, targets[p], today, draw)
        pauses = "[]"
        if life.status in (S.RESOLVED, S.CLOSED):
            queue = finished
        elif life.due_resolution is None:  # waiting on the client since its answer
            since = start + timedelta(minutes=life.answered or received)
            queue, pauses = paused, json.dumps([[since.isoformat(), None]])
        else:
            queue = moment(life.due_resolution)
        team = teams.get(group) if group is not None else None
        up = team.at(up_to[life.rung]) if team and life.rung is not Rung.EXECUTIVE else None
        subjects = SUBJECTS[k]
        yield (
            account, contact, channel(draw()).value, k.value, p.value,
            subjects[quarter % len(subjects)], "", life.status.value,
            None if life.status is S.NEW else lead,
            RESOLUTIONS[quarter % len(RESOLUTIONS)] if life.resolved else "",
            moment(received), moment(life.answered), moment(life.resolved),
            moment(life.closed), moment(received + targets[p][0]),
            moment(life.due_resolution), pauses, queue, int(life.rung), up,
            life.breached, "", 1,
        )  # fmt: skip


def _moments(start: datetime, sqlite: bool) -> Callable[[int | None], Any]:
    """Minutes from `start` (a midnight, UTC) as the driver takes a moment: on SQLite the
    text SQLAlchemy writes there (UTC, `YYYY-MM-DD HH:MM:SS.ffffff`), from each day's and
    each minute of the day's text made once; -1 and -2 are the queue's finished and
    paused places (`FINISHED_AT`, `PAUSED_AT`)."""
    if not sqlite:
        places = {-1: FINISHED_AT, -2: PAUSED_AT}
        return lambda m: None if m is None else places.get(m) or start + timedelta(minutes=m)
    naive = start.replace(tzinfo=None)
    days = [f"{naive + timedelta(days=d):%Y-%m-%d} " for d in range(SPAN.days + 60)]
    clock = [f"{m // 60:02d}:{m % 60:02d}:00.000000" for m in range(DAY)]
    fixed = {-1: f"{FINISHED_AT:%Y-%m-%d %H:%M:%S.%f}", -2: f"{PAUSED_AT:%Y-%m-%d %H:%M:%S.%f}"}

    def moment(m: int | None) -> str | None:
        if m is None:
            return None
        if m < 0:
            return fixed[m]
        return days[m // DAY] + clock[m % DAY]

    return moment


def fill_at_scale(
    connection: Connection,
    now: datetime,
    seed: int,
    teams: Sequence[Team] = (),
    count: int | None = None,
) -> float:
    """Insert `count` requests (None: `PER_ACCOUNT` for each account, at most `COUNT`)
    on `connection`, inside the demo's transaction, escalated to the people of `teams`;
    returns the seconds taken."""
    started = time.perf_counter()
    accounts = _accounts(connection)
    if count is None:
        count = min(COUNT, PER_ACCOUNT * len(accounts))
    if not accounts or count <= 0:
        return 0.0
    sqlite = connection.dialect.name == "sqlite"
    start = (now - SPAN).astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    by_group = {t.group_id: t for t in teams}
    moment = _moments(start, sqlite)
    rows = _rows(accounts, by_group, count, now, random.Random(seed), moment, start)
    mark = "?" if sqlite else "%s"
    statement = (
        f"INSERT INTO service_requests ({', '.join(_COLUMNS)}) "
        f"VALUES ({', '.join([mark] * len(_COLUMNS))})"
    )
    with indexes.suspended(connection, ("service_requests",)):  # built at the end
        while chunk := [row for _, row in zip(range(CHUNK), rows, strict=False)]:
            connection.exec_driver_sql(statement, chunk)
    return time.perf_counter() - started


def fill_requests_at_scale(demo: DemoRun) -> None:
    """The large demo's requests at scale (`DemoRun.later`)."""
    fill_at_scale(demo.connection, demo.now, demo.seed, demo.teams)
