"""The unit of work: one session, one transaction, one audit trail per use case."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from agencia.db import notify
from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, DomainError
from agencia.domain.models import AuditEvent


class UnitOfWork:
    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor
        self.changed: set[str] = set()

    def audit(
        self,
        entity: str,
        entity_id: int | None,
        action: AuditAction,
        changes: dict[str, Any] | None = None,
        *,
        account_id: int | None = None,
        summary: str = "",
    ) -> None:
        """Record who did what; `changes` maps field → [old, new] (JSON-safe values)."""
        self.session.add(
            AuditEvent(
                staff_id=self.actor.staff_id,
                login=self.actor.login,
                entity=entity,
                entity_id=entity_id,
                account_id=account_id,
                action=action,
                summary=summary[:300],
                changes=changes or {},
            )
        )
        self.changed.add(entity)


@contextmanager
def unit_of_work(db: Database, actor: Actor, *, write: bool = True) -> Iterator[UnitOfWork]:
    """Commit on success; on any error roll everything back and raise a DomainError."""
    engine = db.writer if write else db.reader
    session = Session(engine, expire_on_commit=False, autoflush=True)
    uow = UnitOfWork(session, actor)
    try:
        yield uow
        if write:
            if uow.changed and session.get_bind().dialect.name == "postgresql":
                notify.announce(session.connection(), uow.changed)
            session.commit()
        # a read just closes: closing ends the transaction without expiring what was loaded
    except StaleDataError:
        session.rollback()
        raise Conflict("record.stale") from None
    except OperationalError as exc:
        session.rollback()
        raise DomainError("db.connection_lost", detail=_first_line(exc)) from None
    except DBAPIError as exc:
        session.rollback()
        if exc.connection_invalidated:
            raise DomainError("db.connection_lost", detail=_first_line(exc)) from None
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).strip()
    return text.splitlines()[0] if text else ""
