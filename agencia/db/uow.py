"""The unit of work: one session, one transaction, one audit trail per use case.

It also records what the write changed (kinds and ids, `agencia.domain.changes`): on
commit that record is sent to the other workstations (PostgreSQL NOTIFY, in the same
transaction) and handed to whoever is recording this thread's writes (`recording()`),
so the screen that asked for the write refreshes from the same fact.

On PostgreSQL the audit entries are held back from the session's flushes and written
with the notice, in one statement at the end (one round trip fewer per save); a query
the use case makes in between writes them first, so it sees them as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, cast

from sqlalchemy import Insert, String, Table, event, insert, inspect
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.orm.exc import StaleDataError

from agencia.db import notify
from agencia.db.connection_refusals import ids_exhausted, too_many_connections
from agencia.db.database import Database
from agencia.db.server_refusal import refusal
from agencia.db.server_text_limits import text_limit
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind, Changes
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, DatabaseFailed, ValidationError
from agencia.domain.models import AuditEvent, utcnow
from agencia.domain.validation import FieldErrors, control_characters

# The writes committed on this thread while someone records them (`recording()`).
_recorder: ContextVar[list[Changes] | None] = ContextVar("agencia_changes", default=None)


class UnitOfWork:
    """One use case's session and what it changed; services receive it from
    `unit_of_work()` and never commit themselves."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor
        self._kinds: set[ChangeKind] = set()
        self._ids: set[tuple[ChangeKind, int]] = set()
        # PostgreSQL: audit entries flushed but not yet written (`_hold_audit`)
        self.holds_audit = False
        self.audit_pending = False  # an audit entry added and not flushed yet
        self._held: list[AuditEvent] = []

    @property
    def changes(self) -> Changes:
        """What this unit of work has changed so far."""
        return Changes(frozenset(self._kinds), frozenset(self._ids))

    def touched(self, kind: ChangeKind, record_id: int | None = None) -> None:
        """Record a change that has no audit entry of its own (a stored document)."""
        self._kinds.add(kind)
        if record_id is not None:
            self._ids.add((kind, record_id))

    def audit(
        self,
        entity: ChangeKind,
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
                entity=entity.value,
                entity_id=entity_id,
                account_id=account_id,
                action=action,
                summary=summary[:300],
                changes=changes or {},
            )
        )
        self.touched(entity, entity_id)

    def hold(self, events: list[AuditEvent]) -> None:
        self._held.extend(events)

    def _held_rows(self) -> list[dict[str, Any]]:
        """The held entries' rows, no longer held; each as the ORM would insert it: its
        mapper's `before_insert` listeners called (the demo's clock), its defaults set."""
        if not self._held:
            return []
        held, self._held = self._held, []
        mapper = inspect(AuditEvent)
        connection = self.session.connection()
        rows = []
        for obj in held:
            mapper.dispatch.before_insert(mapper, connection, inspect(obj))
            row = {c.key: getattr(obj, c.key) for c in mapper.column_attrs if c.key != "id"}
            row["at"] = row["at"] or utcnow()  # the server stamps who and when anyway
            row["login"] = row["login"] or ""
            row["summary"] = row["summary"] or ""
            row["changes"] = row["changes"] or {}
            rows.append(row)
        return rows

    def held_trail(self) -> Insert | None:
        """The held audit entries as one INSERT to send with the notice (None: none
        held, or so many, an import's, that they were written now in batches)."""
        rows = self._held_rows()
        if len(rows) > _TRAIL_WITH_NOTICE:
            self.session.connection().execute(insert(_trail_table()), rows)
            return None
        return insert(_trail_table()).values(rows) if rows else None

    def write_held(self) -> None:
        """Write the held audit entries now (a query is about to read the database)."""
        rows = self._held_rows()
        if rows:
            self.session.connection().execute(insert(_trail_table()), rows)


def _check_text(session: Session, _context: object, _instances: object) -> None:
    """The same limits on every database: SQLite would store a NUL byte or a value longer
    than its column, PostgreSQL refuses both with a driver error. Refused here, by field,
    before either sees them (services validate first; this is the net)."""
    errors: FieldErrors = {}
    new = session.new  # built afresh at each call: once, or a big flush is quadratic
    for obj in (*new, *session.dirty):
        mapper = inspect(type(obj), raiseerr=False)
        if mapper is None:
            continue
        state = inspect(obj)
        for attr in mapper.column_attrs:
            if obj not in new and not state.attrs[attr.key].history.has_changes():
                continue  # only what this write sets: old rows do not block new edits
            value = getattr(obj, attr.key, None)
            if not isinstance(value, str):
                continue
            column = attr.columns[0]
            column_type = column.type
            length = column_type.length if isinstance(column_type, String) else None
            most = length  # a free text's (no width): the server's maximum (review 8)
            if most is None and isinstance(column_type, String):
                most = text_limit(getattr(column.table, "name", ""), column.name)
            if most is not None and len(value) > most:
                errors[attr.key] = ("field.too_long", {"max": most})
            elif "\x00" in value or (length is not None and control_characters(value)):
                errors[attr.key] = ("field.control", {})
    if errors:
        raise ValidationError(errors)


# Up to this many held audit entries go in the notice's statement (one row's values are
# nine parameters; PostgreSQL takes 65,535 in one statement): more are written in batches.
_TRAIL_WITH_NOTICE = 200


def _trail_table() -> Table:
    return cast(Table, AuditEvent.__table__)


def _audit_added(session: Session, obj: object) -> None:
    uow = session.info.get("uow")
    if isinstance(obj, AuditEvent) and isinstance(uow, UnitOfWork):
        uow.audit_pending = True


def _hold_audit(session: Session, _context: object, _instances: object) -> None:
    """PostgreSQL: the audit entries to flush are taken out of the session and held by
    the unit of work, to be written with its notice (checked first by `_check_text`)."""
    uow = session.info.get("uow")
    if not isinstance(uow, UnitOfWork) or not uow.holds_audit or not uow.audit_pending:
        return
    uow.audit_pending = False
    events = [obj for obj in session.new if isinstance(obj, AuditEvent)]
    events.sort(key=lambda obj: inspect(obj).insert_order or 0)
    for obj in events:
        session.expunge(obj)
    uow.hold(events)


def _write_held_first(state: ORMExecuteState) -> None:
    """Before any query of a unit of work that holds audit entries: flush (as autoflush
    would) and write them, so the query sees the trail as if they had been flushed."""
    session = state.session
    uow = session.info.get("uow")
    if not isinstance(uow, UnitOfWork) or not uow.holds_audit:
        return
    if session.autoflush and uow.audit_pending:
        session.flush()
    uow.write_held()


def _record_flush(session: Session, _context: object) -> None:
    """Every flushed row of a mapped class that names its change kind is recorded: what a
    write changed is what it wrote, whatever the service remembered to say."""
    uow = session.info.get("uow")
    if not isinstance(uow, UnitOfWork):
        return
    dirty = session.dirty  # built afresh at each call: once
    for obj in (*session.new, *dirty, *session.deleted):
        kind = getattr(type(obj), "__change_kind__", None)
        if kind is None or (obj in dirty and not session.is_modified(obj)):
            continue
        record_id = getattr(obj, getattr(type(obj), "__change_id__", "id"), None)
        uow.touched(kind, record_id if isinstance(record_id, int) else None)


class _WriteSession(Session):
    """A writing unit of work's session: every flush is checked (`_check_text`) and
    recorded (`_record_flush`); the listeners are the class's, registered once."""


event.listen(_WriteSession, "before_flush", _check_text)
event.listen(_WriteSession, "before_flush", _hold_audit)
event.listen(_WriteSession, "transient_to_pending", _audit_added)
event.listen(_WriteSession, "after_flush", _record_flush)
event.listen(_WriteSession, "do_orm_execute", _write_held_first)


@contextmanager
def unit_of_work(db: Database, actor: Actor, *, write: bool = True) -> Iterator[UnitOfWork]:
    """Commit on success; on any error roll everything back and raise a DomainError."""
    engine = db.writer if write else db.reader
    session = (_WriteSession if write else Session)(engine, expire_on_commit=False, autoflush=True)
    uow = UnitOfWork(session, actor)
    session.info["uow"] = uow
    server = session.get_bind().dialect.name == "postgresql"
    uow.holds_audit = write and server
    committing = False
    try:
        yield uow
        if write:
            session.flush()  # what commit would flush, recorded before the notice is sent
            changes = uow.changes
            trail = uow.held_trail()
            if server and (changes or trail is not None):
                notify.announce(session.connection(), changes, along=trail)
            committing = True
            session.commit()
            committing = False
            recorded = _recorder.get()
            if recorded is not None and changes:
                recorded.append(changes)
        # a read just closes: closing ends the transaction without expiring what was loaded
    except StaleDataError:
        session.rollback()
        raise Conflict("record.stale") from None
    except DBAPIError as exc:
        _rollback_quietly(session)
        if isinstance(exc, OperationalError) or exc.connection_invalidated:
            raise _lost(exc, write=write, committing=committing) from None
        if ids_exhausted(exc):  # every insert into that table fails, whatever the data
            raise DatabaseFailed("db.ids_exhausted", detail=_first_line(exc)) from None
        refused = refusal(exc)  # a server rule that says what the services say
        if refused is not None:
            raise refused from None
        raise
    except BaseException:
        _rollback_quietly(session)
        raise
    finally:
        _close_quietly(session)


@contextmanager
def recording() -> Iterator[list[Changes]]:
    """Collect what every unit of work committed on this thread inside the block."""
    recorded: list[Changes] = []
    token = _recorder.set(recorded)
    try:
        yield recorded
    finally:
        _recorder.reset(token)


def _lost(exc: DBAPIError, *, write: bool, committing: bool) -> DatabaseFailed:
    """Say what a failed database call means for the person's work: the disk is full and
    nothing was saved (`_disk_full`, whatever the call); a read failed and nothing was
    changed; a write failed before committing and nothing was saved; or the
    commit itself failed and nobody can know whether it was saved (then re-read)."""
    detail = _first_line(exc)
    if _disk_full(exc, detail):  # refused whole and rolled back: nothing saved, no doubt
        return DatabaseFailed("db.disk_full")
    # SQLite says "database is locked"; PostgreSQL ends a wait for a held lock with
    # lock_not_available (55P03) once the person's lock_timeout passes
    waited = getattr(exc.orig, "sqlstate", None) == "55P03"
    if waited:  # another session on the server: never «another program» (review 8)
        return DatabaseFailed("db.server_busy" if write else "db.server_busy_read", detail=detail)
    slots = too_many_connections(exc)  # a new pooled connection the server refused
    if slots is not None:
        return DatabaseFailed(slots, detail=detail)
    if "locked" in detail or "busy" in detail:
        return DatabaseFailed("db.busy" if write else "db.busy_read", detail=detail)
    if committing:
        return DatabaseFailed("db.commit_unknown", detail=detail)
    if not write:
        return DatabaseFailed("db.read_failed", detail=detail)
    return DatabaseFailed("db.connection_lost", detail=detail)


# SQLite's SQLITE_FULL (its file, journal or a temporary file could not grow, or the
# database reached its max_page_count); PostgreSQL's disk_full. Either refuses the
# statement or the commit, and the transaction is rolled back: a full disk never leaves
# a change half saved, nor a doubt whether it was.
_SQLITE_FULL = 13
_DISK_FULL_STATE = "53100"


def _disk_full(exc: DBAPIError, detail: str) -> bool:
    orig = exc.orig
    if getattr(orig, "sqlstate", None) == _DISK_FULL_STATE:
        return True
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == _SQLITE_FULL  # an extended code keeps the primary in its low byte
    return "database or disk is full" in detail


def _close_quietly(session: Session) -> None:
    """Close; a connection the server ended after the last statement fails only the
    closing rollback, which has nothing to undo: what was read or committed stands, and
    the pool's next checkout reconnects."""
    try:
        session.close()
    except DBAPIError:
        session.invalidate()


def _rollback_quietly(session: Session) -> None:
    """Roll back; on a connection already gone, the rollback's own error adds nothing."""
    try:
        session.rollback()
    except DBAPIError:
        session.invalidate()


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).strip()
    return text.splitlines()[0] if text else ""
