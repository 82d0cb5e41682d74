"""Migration 0030: the accounts and the agency left without a time zone get their
country's (`zones.country_zone`; the agency's from its locale's country), on SQLite and
PostgreSQL. A tester found every such account's SLA clock on UTC: the demo's, those made
by `account add --country` and by a `db init` agency. A zone someone chose stays; a
country nobody knows stays without one (the agency's zone, as before)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from factories import set_up
from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from agencia.db import migrate
from agencia.db.database import open_database
from agencia.db.engine import make_migration_engine
from agencia.services.accounts.account_edit import AccountInput, create_account

ACCOUNTS = {  # trade name: (country, zone kept at 0029, zone after 0030)
    "Banca del Norte": ("MX", "", "America/Mexico_City"),
    "Café de Bogotá": ("CO", "", "America/Bogota"),
    "Lácteos Peñalara": ("ES", "", "Europe/Madrid"),
    "Pampa Carnes": ("AR", "", "America/Argentina/Buenos_Aires"),
    "Tijuana Tacos": ("MX", "America/Tijuana", "America/Tijuana"),  # chosen: kept
    "Sin país": ("XX", "", ""),  # a code nobody knows: the agency's zone, as before
}


@pytest.fixture
def migration(db_url: str) -> Iterator[Connection]:
    engine = make_migration_engine(make_url(db_url))
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def _zones(conn: Connection) -> tuple[dict[str, str], str]:
    with conn.begin():
        accounts = dict(
            conn.execute(text("SELECT trade_name, time_zone FROM accounts")).tuples().all()
        )
        agency = conn.execute(text("SELECT time_zone FROM agency")).scalar_one()
    return accounts, agency


def test_empty_zones_are_filled_from_the_country(db_url: str, migration: Connection) -> None:
    db = open_database(db_url)
    try:
        admin = set_up(db, locale="es_MX", currency="MXN")
        for name, (country, zone, _after) in ACCOUNTS.items():
            known = country if country != "XX" else "ES"
            create_account(db, admin, AccountInput(trade_name=name, country=known, time_zone=zone))
    finally:
        db.close()
    migrate.downgrade(migration, "0029")  # a database at 0029, as the tester's was
    with migration.begin():  # what `db init` and the demo left: no zones
        migration.execute(text("UPDATE agency SET time_zone = ''"))
        migration.execute(text("UPDATE accounts SET country = 'XX' WHERE trade_name = 'Sin país'"))
    assert _zones(migration) == ({n: z for n, (_c, z, _a) in ACCOUNTS.items()}, "")

    migrate.upgrade(migration)
    assert migrate.current(migration) == migrate.head()
    migration.rollback()
    assert _zones(migration) == (
        {n: after for n, (_c, _z, after) in ACCOUNTS.items()},
        "America/Mexico_City",  # es_MX
    )
