"""The demo while it is being filled: what each area's part reads and leaves for the next.

`fill_demo` makes one `DemoRun` and hands it to each area's part in turn. The rows the
demo writes in bulk (the agency, its people, the clients) go through `insert`, in one
unit of work as the system; a part that lives through the real services (the campaigns)
asks for `services()`, which first closes that bulk load: its audit entry and, on
PostgreSQL, the serial sequences moved past the explicit IDs it wrote.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from types import TracebackType
from typing import Any, cast

from sqlalchemy import Connection, Table, text
from sqlalchemy.orm import Session

from agencia.db.database import Database
from agencia.db.driver_rows import insert_rows, insert_tuples
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.demo.clock import DEMO_NOW, DemoClock
from agencia.domain.actor import SYSTEM
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction

ProgressFn = Callable[[int, int], None]


def table(model: Any) -> Table:
    """A mapped class's table (a Table is itself)."""
    return model if isinstance(model, Table) else cast(Table, model.__table__)


@dataclass
class Team:
    """One group's people as staff IDs by position (`plan.TEAM_POSITIONS`)."""

    group_id: int
    ids: list[int]

    def at(self, position: int) -> int:
        return self.ids[position]


@dataclass
class Counts:
    """The client rows written so far."""

    accounts: int = 0
    brands: int = 0
    products: int = 0
    contacts: int = 0
    assignments: int = 0
    audit_events: int = 0


class DemoRun:
    """One load of the demo, in one transaction on `connection` (`db`'s sessions join it).

    `rng` is the one source of chance, drawn from in the parts' fixed order, so that the
    same seed gives the same rows with the same IDs.
    """

    def __init__(
        self,
        db: Database,
        connection: Connection,
        clock: DemoClock,
        size: str,
        seed: int,
        progress: ProgressFn | None,
    ) -> None:
        self.db = db
        self.connection = connection
        self.clock = clock
        self.size = size
        self.seed = seed
        self.rng = random.Random(seed)
        self.progress = progress
        self.now = DEMO_NOW
        # what the agency's part leaves: its groups' people, and everyone's sign-in
        self.teams: list[Team] = []
        self.logins: dict[int, str] = {}
        self.staff_count = 0
        self.users = 0
        # what the clients' part leaves
        self.counts = Counts()
        # what the campaigns' part leaves
        self.campaigns = 0
        # bulk steps the parts leave for after every part (`later`), in the parts' order
        self.at_the_end: list[Callable[[DemoRun], None]] = []
        self._bulk: ExitStack | None = None
        self._uow: UnitOfWork | None = None
        self._sequenced: list[str] = []

    @property
    def on_postgresql(self) -> bool:
        return self.connection.dialect.name == "postgresql"

    @property
    def session(self) -> Session:
        """The bulk load's session (a unit of work as the system, opened on first use)."""
        if self._uow is None:
            if self._bulk is not None:
                raise RuntimeError("the bulk load is over: the services write from here on")
            self._bulk = ExitStack()
            self._uow = self._bulk.enter_context(unit_of_work(self.db, SYSTEM))
        return self._uow.session

    def insert(self, model: Any, rows: Sequence[dict[str, Any]]) -> None:
        """Insert `rows` into `model`'s table in one statement, in the bulk load."""
        target = table(model)
        if rows and "id" in rows[0] and target.name not in self._sequenced:
            self._sequenced.append(target.name)
        insert_rows(self.session.connection(), target, rows)

    def insert_tuples(
        self, model: Any, keys: Sequence[str], rows: Sequence[tuple[Any, ...]]
    ) -> None:
        """`insert` of rows given as tuples in the order of `keys`."""
        target = table(model)
        if rows and "id" in keys and target.name not in self._sequenced:
            self._sequenced.append(target.name)
        insert_tuples(self.session.connection(), target, keys, rows)

    def ids_written(self, model: Any) -> None:
        """Note that rows with explicit IDs went into `model`'s table by another way than
        `insert` (its sequence is moved past them at the end, on PostgreSQL)."""
        target = table(model)
        if target.name not in self._sequenced:
            self._sequenced.append(target.name)

    def later(self, step: Callable[[DemoRun], None]) -> None:
        """Run `step` once every area's part has run, still in the load's transaction: a
        part's rows at scale that a later part must not take for its own (the contact log
        logs one communication, through the services, on every request the desk has), and
        what must come after them (the health kept today reads the requests)."""
        self.at_the_end.append(step)

    def services(self) -> Database:
        """The database as the services write it: the bulk load ends here."""
        self._end_bulk()
        return self.db

    def __enter__(self) -> DemoRun:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is None:
            self._end_bulk()
        elif self._bulk is not None:
            self._bulk.__exit__(kind, error, trace)  # the unit of work rolls back

    def _end_bulk(self) -> None:
        if self._uow is None or self._bulk is None:
            return
        session, uow = self._uow.session, self._uow
        self._move_sequences_on(session)
        c = self.counts
        uow.audit(
            ChangeKind.AGENCY,
            1,
            AuditAction.BULK_CREATE,
            {
                "groups": [None, len(self.teams)],
                "staff": [None, self.staff_count],
                "accounts": [None, c.accounts],
                "contacts": [None, c.contacts],
                "brands": [None, c.brands],
            },
            summary=f"Carga de la demo ({'pequeña' if self.size == 'small' else 'grande'}, "
            f"semilla {self.seed})",
        )
        self._uow = None
        self._bulk.close()

    def _move_sequences_on(self, session: Session) -> None:
        """PostgreSQL: explicit IDs leave the serial sequences behind; move them past the rows."""
        if not self.on_postgresql:
            return
        for name in self._sequenced:
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {name}))"
                )
            )
