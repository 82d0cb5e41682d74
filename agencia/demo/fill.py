"""The demo agency: an empty database filled with a realistic, Spanish-speaking agency.

`fill_demo(db)` writes, in one transaction, the agency "Atlántica Comunicación", three
account groups with their teams (every role, a proper reporting line), users for all of
them (password "demo"; the first director signs in as "demo"), the clients: curated
ones with brands, products, contacts, teams and a little history, plus, for the large
demo, generated ones up to 100,000 accounts and 400,000 contacts, for trying the lists
at scale; and the curated clients' campaigns, made through the real services by their
people (see `demo_campaigns`). The same seed gives the same data (see `demo_rows`); the
names and words are in `demo_data`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final, cast

from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.orm import Session

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo import data
from agencia.demo.campaigns import DemoClock, fill_campaigns
from agencia.demo.rows import DemoBuilder, ProgressFn
from agencia.domain.actor import SYSTEM
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.models import AuditEvent
from agencia.services.first_run import is_empty

SIZES: Final = ("small", "large")
LARGE_ACCOUNTS: Final = 100_000
LARGE_CONTACTS: Final = 400_000

# The searched tables and their per-row indexing (migration 0001's _create_search_indexes).
_SEARCHED: Final = ("accounts", "contacts")
_FTS_TRIGGERS: Final = tuple(f"{t}_fts_ai" for t in _SEARCHED)
_TRGM_INDEXES: Final = tuple(f"ix_{t}_search_trgm" for t in _SEARCHED)
_SEQUENCED: Final = (
    "agency",
    "account_groups",
    "staff",
    "accounts",
    "brands",
    "products",
    "contacts",
)  # the tables the demo fills with explicit IDs


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
    login: str = data.DEMO_LOGIN


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
        connection.begin(),
        DemoClock(connection).running() as clock,  # the services' stamps: the demo's time
    ):
        one = _in_transaction(db, connection)
        if _is_pg(connection):  # SQLite's writer begins IMMEDIATE: the lock is taken already
            connection.execute(text("LOCK TABLE agency IN SHARE ROW EXCLUSIVE MODE"))
        if not is_empty(one):
            raise DomainError("demo.not_empty")
        with unit_of_work(one, SYSTEM) as uow:
            session = uow.session
            demo = DemoBuilder(session, seed, progress)
            demo.agency()
            demo.people()
            if size == "small":
                demo.curated()
            else:
                with _search_indexes_suspended(session):
                    demo.curated()
                    demo.generated(
                        LARGE_ACCOUNTS - demo.counts.accounts,
                        LARGE_CONTACTS - demo.counts.contacts,
                    )
            _move_sequences_on(session)
            c = demo.counts
            uow.audit(
                ChangeKind.AGENCY,
                1,
                AuditAction.BULK_CREATE,
                {
                    "groups": [None, len(demo.teams)],
                    "staff": [None, demo.staff_count],
                    "accounts": [None, c.accounts],
                    "contacts": [None, c.contacts],
                    "brands": [None, c.brands],
                },
                summary=f"Carga de la demo ({'pequeña' if size == 'small' else 'grande'}, "
                f"semilla {seed})",
            )
        campaigns = fill_campaigns(one, connection, demo, clock)
        audit_events = connection.execute(select(func.count()).select_from(AuditEvent)).scalar()
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
        campaigns=campaigns,
    )


def _in_transaction(db: Database, connection: Connection) -> Database:
    """`db` as the services see it, every unit of work joining `connection`'s transaction.

    A Session bound to a Connection that is already in a transaction joins it: its commit
    leaves the transaction open and its rollback rolls it all back. So the services write
    the demo as they write anything, and the demo is still one transaction.
    """
    bound = cast(Engine, connection)  # a Connection serves as a Session's bind
    return Database(url=db.url, writer=bound, reader=bound)


def _is_pg(bind: Session | Connection) -> bool:
    engine = bind.get_bind() if isinstance(bind, Session) else bind
    return engine.dialect.name == "postgresql"


@contextmanager
def _search_indexes_suspended(session: Session) -> Iterator[None]:
    """Index a bulk load in one pass at the end instead of row by row.

    SQLite: the FTS5 insert triggers cost ~30 µs a row; they are dropped for the load
    and the FTS tables rebuilt afterwards, about ten times faster. PostgreSQL: the trigram
    GIN indexes are dropped and created again. Either way the objects are re-created from
    their own stored SQL in the same transaction, so a failure rolls it all back.
    """
    if _is_pg(session):
        query = (
            "SELECT indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema() AND indexname IN (:a, :b) ORDER BY indexname"
        )
        names, drop = _TRGM_INDEXES, "DROP INDEX"
    else:
        query = (
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'trigger' AND name IN (:a, :b) ORDER BY name"
        )
        names, drop = _FTS_TRIGGERS, "DROP TRIGGER"
    saved = [
        (str(name), str(sql))
        for name, sql in session.execute(text(query), dict(zip("ab", names, strict=True)))
    ]
    for name, _sql in saved:
        session.execute(text(f'{drop} "{name}"'))
    yield
    for _name, sql in saved:
        session.execute(text(sql))
    if not _is_pg(session):
        for table in _SEARCHED:
            session.execute(text(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')"))


def _move_sequences_on(session: Session) -> None:
    """PostgreSQL: explicit IDs leave the serial sequences behind; move them past the rows."""
    if not _is_pg(session):
        return
    for table in _SEQUENCED:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        )
