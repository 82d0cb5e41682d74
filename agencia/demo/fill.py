"""The demo agency: an empty database filled with a realistic, Spanish-speaking agency.

`fill_demo(db)` writes it in one transaction, area by area: each area declares its part
of the demo (`AreaSpec.demo` in `agencia.areas`) and is handed the same `DemoRun`, in
which the earlier parts have left what the later ones build on. The agency's part (its
profile, three account groups with every role and a proper reporting line, sign-ins for
everyone, password "demo") comes first; then the clients (curated ones with brands,
products, contacts, teams and a little history, plus, for the large demo, generated ones
up to 100,000 accounts and 400,000 contacts); then the curated clients' campaigns, made
through the real services by their people. The same seed gives the same data; the names
and words are in `agencia.demo.data`, written in the language of `agencia.demo.plan`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, cast

from sqlalchemy import Connection, Engine, func, select, text

from agencia.areas import AREAS, resolve
from agencia.db.database import Database
from agencia.demo import pragmas
from agencia.demo.clock import DemoClock
from agencia.demo.data import agency as agency_data
from agencia.demo.run import DemoRun, ProgressFn
from agencia.domain.areas import AreaId
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.models import AuditEvent
from agencia.services.first_run import is_empty

SIZES: Final = ("small", "large")


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What the demo wrote; `seconds` is the wall time of the whole load."""

    size: str
    seed: int
    groups: int
    staff: int
    users: int
    accounts: int
    brands: int
    products: int
    contacts: int
    assignments: int
    audit_events: int
    seconds: float
    campaigns: int = 0
    login: str = agency_data.DEMO_LOGIN
    # each area's part and the seconds it took, in order (where a slow build's time went)
    parts: tuple[tuple[str, float], ...] = ()
    # the same parts' CPU seconds in this process (on a shared machine, closer to the
    # time the part would take on a quiet one than the wall time is)
    cpu_parts: tuple[tuple[str, float], ...] = ()


def fill_demo(
    db: Database, size: str = "small", seed: int = 0, progress: ProgressFn | None = None
) -> DemoSummary:
    """Fill an empty database with the demo agency, in one transaction.

    Raises DomainError("demo.not_empty") when the database already has an agency, people
    or accounts; that is checked inside the transaction that fills, so two loads at once
    cannot both find it empty. `progress(done, total)` is called now and then with the
    accounts written.
    """
    if size not in SIZES:
        raise ValidationError({"size": ("field.choice", {"value": size})})
    started = time.perf_counter()
    with (
        db.writer.connect() as connection,
        pragmas.for_the_load(connection),  # SQLite: a page cache the size of the load
        connection.begin(),
        DemoClock(connection).running() as clock,  # the services' stamps: the demo's time
    ):
        one = _in_transaction(db, connection)
        if connection.dialect.name == "postgresql":  # SQLite's writer begins IMMEDIATE
            connection.execute(text("LOCK TABLE agency IN SHARE ROW EXCLUSIVE MODE"))
        if not is_empty(one):
            raise DomainError("demo.not_empty")
        parts: list[tuple[str, float]] = []
        cpu_parts: list[tuple[str, float]] = []
        with DemoRun(one, connection, clock, size, seed, progress) as demo:
            for part in demo_parts():
                began, cpu = time.perf_counter(), time.process_time()
                part(demo)
                parts.append((part.__name__, time.perf_counter() - began))
                cpu_parts.append((part.__name__, time.process_time() - cpu))
            for step in demo.at_the_end:  # what the parts left for last (`DemoRun.later`)
                began, cpu = time.perf_counter(), time.process_time()
                step(demo)
                parts.append((step.__name__, time.perf_counter() - began))
                cpu_parts.append((step.__name__, time.process_time() - cpu))
        began = time.perf_counter()
        audit_events = connection.execute(select(func.count()).select_from(AuditEvent)).scalar()
    parts.append(("commit", time.perf_counter() - began))
    c = demo.counts
    return DemoSummary(
        size=size,
        seed=seed,
        groups=len(demo.teams),
        staff=demo.staff_count,
        users=demo.users,
        accounts=c.accounts,
        brands=c.brands,
        products=c.products,
        contacts=c.contacts,
        assignments=c.assignments,
        audit_events=int(audit_events or 0),
        seconds=time.perf_counter() - started,
        campaigns=demo.campaigns,
        parts=tuple(parts),
        cpu_parts=tuple(cpu_parts),
    )


def demo_parts() -> list[Callable[[DemoRun], None]]:
    """Each area's part of the demo, as its declaration names it: the agency's first, as
    every client, campaign and decision in the demo is someone's (its people are what the
    other parts build on), then the others in the list's order."""
    ordered = sorted(AREAS, key=lambda spec: spec.id is not AreaId.TEAM)
    return [resolve(spec.demo) for spec in ordered if spec.demo]


def _in_transaction(db: Database, connection: Connection) -> Database:
    """`db` as the services see it, every unit of work joining `connection`'s transaction.

    A Session bound to a Connection that is already in a transaction joins it: its commit
    leaves the transaction open and its rollback rolls it all back. So the services write
    the demo as they write anything, and the demo is still one transaction.
    """
    bound = cast(Engine, connection)  # a Connection serves as a Session's bind
    return Database(url=db.url, writer=bound, reader=bound)
