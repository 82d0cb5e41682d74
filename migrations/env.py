"""Alembic environment. Agencia runs it in process on its own connection
(`config.attributes["connection"]`); logging is left as the application set it."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from agencia.db.metadata import metadata
from agencia.domain.campaign_models import declare_postgresql_options

config = context.config
target_metadata = metadata  # every model module loaded: the whole schema

# Search indexes that live outside the ORM metadata (FTS5 tables, trigram indexes).
_UNMAPPED_PREFIXES = (
    "accounts_fts",
    "contacts_fts",
    "ix_accounts_search_trgm",
    "ix_contacts_search_trgm",
)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (name or "").startswith(_UNMAPPED_PREFIXES)


def _run(connection: Any) -> None:
    if connection.dialect.name == "postgresql":
        declare_postgresql_options()  # the partial indexes' PostgreSQL conditions
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transactional_ddl=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # developers running the alembic program against sqlalchemy.url
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///agencia.sqlite3")
    with engine.begin() as conn:
        _run(conn)
