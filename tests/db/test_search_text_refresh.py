"""Migration 0022: a database made before search knew every script finds its non-Latin
names after the upgrade.

The rows are made through the services, then their kept texts are written back the old
way (words were ASCII letters and digits only: «Москва Трейд» kept an empty search text),
as a database at 0021 holds them; the search does not find them (the control), and after
the upgrade it does, on SQLite (its word index kept in step) and PostgreSQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from campaign_world import Cast, build_cast, new_campaign
from factories import add_staff
from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from agencia.areas import search_everything
from agencia.db import migrate
from agencia.db.database import Database, open_database
from agencia.db.engine import make_migration_engine
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Role
from agencia.domain.text import search_text, sort_key
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.accounts.account_query import AccountQuery
from agencia.services.accounts.brands import save_brand
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.accounts.queries import search_account_ids
from agencia.services.campaigns.queries import CampaignQuery, search_campaign_ids
from agencia.services.coordination.vendors import VendorInput, add_vendor, list_vendors


def _old_words(value: str) -> list[str]:
    """`domain.text.words` before 0022's change: ASCII letters and digits only."""
    folded = value.lower() if value.isascii() else unicodedata.normalize("NFKD", value.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return [w for w in re.split(r"[^0-9a-z]+", folded) if w]


def _old_search_text(*parts: str | None) -> str:
    tokens: list[str] = []
    for part in parts:
        for chunk in (part or "").split():
            found = _old_words(chunk)
            tokens += found + (["".join(found)] if len(found) > 1 else [])
    return " " + " ".join(tokens) if tokens else ""


def _old_sort_key(value: str) -> str:
    return " ".join(_old_words(value))[:200]


class World:
    def __init__(self, db: Database) -> None:
        self.cast: Cast = build_cast(db)
        admin = self.cast.admin
        self.account = create_account(db, admin, AccountInput(trade_name="Москва Трейд")).id
        self.branded = create_account(db, admin, AccountInput(trade_name="Café Olé")).id
        save_brand(db, admin, self.branded, "Ελληνικός Καφές")
        self.contact = save_contact(
            db, admin, self.account, ContactInput(full_name="Ελένη Παπαδοπούλου")
        ).id
        self.campaign = new_campaign(self.cast, name="Летняя кампания")
        self.vendor = add_vendor(db, admin, VendorInput(name="北京印刷")).id
        self.person = add_staff(db, "Ольга Петрова", Role.ACCOUNT_EXECUTIVE)

    def found(self, db: Database) -> dict[str, bool]:
        admin = self.cast.admin
        hits = {(h.kind, h.id) for h in search_everything(db, admin, "ελένη")}
        return {
            "account": search_account_ids(db, SYSTEM, AccountQuery(text="москва"))
            == [self.account],
            "brand": search_account_ids(db, SYSTEM, AccountQuery(text="ελληνικος"))
            == [self.branded],
            "contact": ("contact", self.contact) in hits,
            "campaign": search_campaign_ids(db, admin, CampaignQuery(text="летняя"))
            == [self.campaign],
            "vendor": [v.id for v in list_vendors(db, admin, "北京")] == [self.vendor],
        }


def _write_old_texts(conn: Connection) -> None:
    """Every kept text as the code before 0022 wrote it (the FTS triggers follow)."""
    for table, sources in (
        ("accounts", "trade_name, legal_name, tax_id, city"),
        ("contacts", "full_name, position, email"),
    ):
        for row_id, *parts in conn.execute(text(f"SELECT id, {sources} FROM {table}")):
            conn.execute(
                text(f"UPDATE {table} SET search_text = :s WHERE id = :id"),
                {"s": _old_search_text(*parts), "id": row_id},
            )
    for account_id, trade_name in conn.execute(text("SELECT id, trade_name FROM accounts")):
        brands = conn.execute(
            text("SELECT name FROM brands WHERE account_id = :a"), {"a": account_id}
        ).scalars()
        conn.execute(
            text(
                "UPDATE accounts SET search_text = search_text || :b, name_key = :k WHERE id = :id"
            ),
            {"b": _old_search_text(*brands), "k": _old_sort_key(trade_name), "id": account_id},
        )
    for row_id, name, code in conn.execute(text("SELECT id, name, code FROM campaigns")):
        conn.execute(
            text("UPDATE campaigns SET search_text = :s, name_key = :k WHERE id = :id"),
            {"s": _old_search_text(name, code), "k": _old_sort_key(name), "id": row_id},
        )
    for table, name in (("staff", "full_name"), ("vendors", "name")):
        for row_id, value in conn.execute(text(f"SELECT id, {name} FROM {table}")):
            conn.execute(
                text(f"UPDATE {table} SET name_key = :k WHERE id = :id"),
                {"k": _old_sort_key(value), "id": row_id},
            )


@pytest.fixture
def migration(db_url: str) -> Iterator[Connection]:
    engine = make_migration_engine(make_url(db_url))
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def test_old_search_texts_are_computed_again(db_url: str, migration: Connection) -> None:
    db = open_database(db_url)
    try:
        world = World(db)
        assert all(world.found(db).values())
        with migration.begin():
            _write_old_texts(migration)
        # the control: the old texts hide every one of them
        assert not any(world.found(db).values()), world.found(db)
    finally:
        db.close()
    migrate.downgrade(migration, "0021")  # a database at 0021, as it was left
    assert migrate.current(migration) == "0021"
    migrate.upgrade(migration)
    assert migrate.current(migration) == migrate.head()  # 0022 and whatever came after
    migration.rollback()
    db = open_database(db_url)
    try:
        assert world.found(db) == dict.fromkeys(world.found(db), True)
    finally:
        db.close()
    with migration.begin():
        keys = dict(migration.execute(text("SELECT full_name, name_key FROM staff")).tuples().all())
        accounts = dict(
            migration.execute(text("SELECT trade_name, search_text FROM accounts")).tuples().all()
        )
    assert keys["Ольга Петрова"] == sort_key("Ольга Петрова") == "ольга петрова"
    assert accounts["Café Olé"] == search_text("Café Olé", "Ελληνικός Καφές")


def test_many_rows_rebuild_the_word_index_once(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past `_WordIndex.FEW` rows written, SQLite's word index is rebuilt from the table
    (its update trigger, dropped meanwhile, is back as it was): found, and consistent."""
    import importlib.util
    from types import SimpleNamespace

    world = World(sqlite_db)
    path = Path(migrate.script().dir) / "versions" / "0022_search_text_refresh.py"
    spec = importlib.util.spec_from_file_location("search_text_refresh_0022", path)
    assert spec is not None and spec.loader is not None
    refresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(refresh)
    monkeypatch.setattr(refresh._WordIndex, "FEW", 1)
    with sqlite_db.writer.connect() as conn:
        trigger = "SELECT sql FROM sqlite_master WHERE name = 'contacts_fts_au'"
        with conn.begin():
            before = conn.exec_driver_sql(trigger).scalar()
            _write_old_texts(conn)
        assert not any(world.found(sqlite_db).values())
        with conn.begin():
            monkeypatch.setattr(refresh, "op", SimpleNamespace(get_bind=lambda: conn))
            refresh.upgrade()
        for table in ("accounts", "contacts"):  # the index holds what the table holds
            conn.exec_driver_sql(
                f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)"
            )
        assert conn.exec_driver_sql(trigger).scalar() == before
        conn.rollback()
    assert all(world.found(sqlite_db).values())
