"""The unit of work and the engines, on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.changes import ChangeKind, Changes
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, DomainError
from agencia.domain.models import AccountGroup, AuditEvent, Staff


def _count(db: Database, model: type) -> int:
    with db.reader.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def test_a_unit_of_work_commits_its_rows_and_its_audit(db: Database) -> None:
    with unit_of_work(db, SYSTEM) as uow:
        group = AccountGroup(name="Norte")
        uow.session.add(group)
        uow.session.flush()
        uow.audit(ChangeKind.GROUP, group.id, AuditAction.CREATE, {"name": [None, "Norte"]})
    assert uow.changes == Changes.of(ChangeKind.GROUP, ids=[(ChangeKind.GROUP, group.id)])
    assert _count(db, AccountGroup) == 1
    with unit_of_work(db, SYSTEM, write=False) as uow:
        event = uow.session.scalars(select(AuditEvent)).one()
        assert event.login == "system" and event.changes == {"name": [None, "Norte"]}
        assert event.at.tzinfo is not None


def test_a_failure_rolls_back_the_whole_unit(db: Database) -> None:
    with pytest.raises(RuntimeError, match="a medias"), unit_of_work(db, SYSTEM) as uow:
        uow.session.add(AccountGroup(name="Norte"))
        uow.session.flush()  # already sent to the database...
        uow.session.add(Staff(full_name="Ana Pérez", role="administrator"))
        uow.session.flush()
        uow.audit(ChangeKind.GROUP, None, AuditAction.CREATE)
        uow.session.flush()
        raise RuntimeError("falla a medias")
    # ...and still nothing of it stays.
    assert _count(db, AccountGroup) == 0
    assert _count(db, Staff) == 0
    assert _count(db, AuditEvent) == 0


def test_a_database_error_rolls_back_the_whole_unit(db: Database) -> None:
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.add(AccountGroup(name="Sur"))
    with pytest.raises(IntegrityError), unit_of_work(db, SYSTEM) as uow:
        uow.session.add(AccountGroup(name="Norte"))
        uow.session.flush()
        uow.session.add(AccountGroup(name="Sur"))  # unique name taken
        uow.session.flush()
    with db.reader.connect() as conn:
        assert conn.execute(select(AccountGroup.name)).scalars().all() == ["Sur"]
    # The writer is usable again afterwards.
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.add(AccountGroup(name="Este"))
    assert _count(db, AccountGroup) == 2


def test_a_stale_version_is_a_conflict(db: Database) -> None:
    with unit_of_work(db, SYSTEM) as uow:
        group = AccountGroup(name="Norte")
        uow.session.add(group)
    assert group.version == 1

    with pytest.raises(Conflict) as info, unit_of_work(db, SYSTEM) as uow:
        mine = uow.session.get(AccountGroup, group.id)
        assert mine is not None
        # Someone else saves first (here in the same transaction, so it works on both
        # databases with a single writer connection): the version moves on.
        uow.session.execute(
            update(AccountGroup)
            .where(AccountGroup.id == group.id)
            .values(name="Norte (otra persona)", version=AccountGroup.version + 1)
            .execution_options(synchronize_session=False)
        )
        mine.name = "Norte (yo)"
        uow.session.flush()
    assert info.value.code == "record.stale"
    assert isinstance(info.value, DomainError)
    with db.reader.connect() as conn:
        assert conn.execute(select(AccountGroup.name, AccountGroup.version)).one() == ("Norte", 1)


def test_saving_a_copy_someone_else_changed_is_a_conflict(db: Database) -> None:
    with unit_of_work(db, SYSTEM) as uow:
        group = AccountGroup(name="Norte")
        uow.session.add(group)
    with unit_of_work(db, SYSTEM) as uow:  # another workstation edits it: version 2
        theirs = uow.session.get(AccountGroup, group.id)
        assert theirs is not None
        theirs.name = "Norte y Galicia"
    assert theirs.version == 2

    group.name = "Norte y Asturias"  # our copy, detached, still version 1
    with pytest.raises(Conflict) as info, unit_of_work(db, SYSTEM) as uow:
        uow.session.merge(group)
    assert info.value.code == "record.stale"
    with db.reader.connect() as conn:
        assert conn.execute(select(AccountGroup.name)).scalar_one() == "Norte y Galicia"


def test_a_read_unit_never_writes(db: Database) -> None:
    # SQLite says "attempt to write a readonly database" (an OperationalError, which the
    # unit of work reports as db.connection_lost); PostgreSQL a read-only transaction error.
    with pytest.raises((DBAPIError, DomainError)), unit_of_work(db, SYSTEM, write=False) as uow:
        uow.session.add(AccountGroup(name="Norte"))
        uow.session.flush()
    assert _count(db, AccountGroup) == 0
    with unit_of_work(db, SYSTEM, write=False) as uow:  # and a read-only one commits nothing
        assert uow.session.scalars(select(AccountGroup)).all() == []


def test_the_writer_enforces_foreign_keys(db: Database) -> None:
    with pytest.raises(IntegrityError), db.writer.begin() as conn:
        conn.execute(
            insert(Staff).values(full_name="X", role="trainee", reports_to_id=999, version=1)
        )
    assert _count(db, Staff) == 0


def test_the_reader_is_read_only(db: Database) -> None:
    with pytest.raises(DBAPIError), db.reader.begin() as conn:
        conn.execute(text("INSERT INTO account_groups (name, version) VALUES ('x', 1)"))
    assert _count(db, AccountGroup) == 0


def test_sqlite_connections_are_set_up(sqlite_db: Database) -> None:
    with sqlite_db.writer.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.connection.driver_connection.isolation_level is None  # type: ignore[union-attr]
    with sqlite_db.reader.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 1


@pytest.mark.parametrize("db", ["sqlite", "postgresql"], indirect=True)
def test_text_a_server_would_refuse_is_refused_alike_on_both_databases(db: Database) -> None:
    """NUL bytes and values longer than their column: SQLite would keep them, PostgreSQL
    refuses them with a driver error. Both refuse them by field, before the driver, and
    nothing of the write is kept."""
    from agencia.domain.errors import ValidationError

    for bad in ("Norte\x00", "N" * 121, "\x1b[2J\x1b[31mNorte"):
        with pytest.raises(ValidationError) as refused, unit_of_work(db, SYSTEM) as uow:
            uow.session.add(AccountGroup(name="Sur"))
            uow.session.add(AccountGroup(name=bad))
        assert list(refused.value.field_errors) == ["name"]
    with unit_of_work(db, SYSTEM) as uow:
        group = AccountGroup(name="N" * 120)  # exactly the column's width
        uow.session.add(group)
    with unit_of_work(db, SYSTEM, write=False) as uow:
        assert uow.session.scalars(select(AccountGroup.name)).all() == ["N" * 120]


def _refuse_commit(_connection: object) -> None:
    raise OperationalError("COMMIT", {}, Exception("server closed the connection"))


def _lose_connection(_connection: object, *_args: object) -> None:
    raise OperationalError("SELECT", {}, Exception("server closed the connection"))


def test_what_a_failed_call_meant_for_the_persons_work_is_said(db: Database) -> None:
    """A read that fails changed nothing; a write that fails before committing saved
    nothing; a commit that fails may or may not have saved: each is said as it is."""
    event.listen(db.writer, "commit", _refuse_commit)
    try:
        with pytest.raises(DomainError) as unknown, unit_of_work(db, SYSTEM) as uow:
            uow.session.add(AccountGroup(name="Norte"))
    finally:
        event.remove(db.writer, "commit", _refuse_commit)
    assert unknown.value.code == "db.commit_unknown"

    event.listen(db.writer, "before_cursor_execute", _lose_connection)
    try:
        with pytest.raises(DomainError) as lost, unit_of_work(db, SYSTEM) as uow:
            uow.session.add(AccountGroup(name="Sur"))
    finally:
        event.remove(db.writer, "before_cursor_execute", _lose_connection)
    assert lost.value.code == "db.connection_lost"

    reader = db.reader
    event.listen(reader, "before_cursor_execute", _lose_connection)
    try:
        with pytest.raises(DomainError) as unread, unit_of_work(db, SYSTEM, write=False) as uow:
            uow.session.scalars(select(AccountGroup)).all()
    finally:
        event.remove(reader, "before_cursor_execute", _lose_connection)
    assert unread.value.code == "db.read_failed"
    with unit_of_work(db, SYSTEM) as uow:  # and the next write works again
        uow.session.add(AccountGroup(name="Este"))
