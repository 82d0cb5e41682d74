"""A reader beside the writer (the command line beside the window): it opens and reads
while another holder keeps the writer's lock; a write through it is refused as a second
writer, and a file not at this version's schema is not read at all."""

from __future__ import annotations

import pytest
from factories import add_account
from sqlalchemy import select, text

from agencia.db.database import Database, open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import DatabaseRefused
from agencia.domain.models import Account


def test_a_reader_opens_beside_the_writer_and_cannot_write(
    sqlite_db: Database, sqlite_url: str
) -> None:
    add_account(sqlite_db, "Kola-Sierra")
    with pytest.raises(DatabaseRefused) as refused:  # the writer holds the file
        open_database(sqlite_url)
    assert refused.value.code == "db.in_use"
    reader = open_database(sqlite_url, read_only=True)
    try:
        with unit_of_work(reader, SYSTEM, write=False) as uow:
            assert uow.session.scalars(select(Account.trade_name)).all() == ["Kola-Sierra"]
        with unit_of_work(reader, SYSTEM) as uow:  # reads in a writing unit of work work too
            assert uow.session.scalar(select(Account.id)) is not None
        with pytest.raises(DatabaseRefused) as second, unit_of_work(reader, SYSTEM) as uow:
            uow.session.add(Account(trade_name="Segunda"))
        assert second.value.code == "db.in_use"
        add_account(sqlite_db, "Escrita por el titular")  # the writer goes on meanwhile
        with unit_of_work(reader, SYSTEM, write=False) as uow:
            assert len(uow.session.scalars(select(Account.id)).all()) == 2
    finally:
        reader.close()
    with pytest.raises(DatabaseRefused):  # the reader never took the lock from the writer
        open_database(sqlite_url)


def test_a_reader_waits_for_a_writer_that_is_migrating(
    sqlite_db: Database, sqlite_url: str
) -> None:
    with sqlite_db.writer.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    with pytest.raises(DatabaseRefused) as refused:
        open_database(sqlite_url, read_only=True)
    assert refused.value.code == "db.in_use"
