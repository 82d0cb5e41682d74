"""A bulk load's indexes built once at its end instead of row by row.

Each row of a bulk load probes every index of its table at a random place; an index
built after the load is one sort. `suspended` drops the tables' own indexes (those no
constraint needs: a primary key or a unique constraint stays), and any triggers named,
for the load, and re-creates each from the SQL the database keeps for it, in the same
transaction (a failure rolls it all back, the indexes with it).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, text


@contextmanager
def suspended(
    connection: Connection, tables: Sequence[str], triggers: Sequence[str] = ()
) -> Iterator[None]:
    """Within: `tables` without their indexes, and without the `triggers` (SQLite)."""
    names = {f"t{n}": name for n, name in enumerate(tables)}
    listed = ", ".join(f":{key}" for key in names)
    if connection.dialect.name == "postgresql":
        query = (
            "SELECT indexname, indexdef, 'INDEX' FROM pg_indexes WHERE schemaname = "
            f"current_schema() AND tablename IN ({listed}) AND indexname NOT IN "
            "(SELECT conname FROM pg_constraint) ORDER BY indexname"
        )
    else:
        names |= {f"g{n}": name for n, name in enumerate(triggers)}
        chosen = ", ".join(f":g{n}" for n in range(len(triggers))) or "NULL"
        query = (
            "SELECT name, sql, upper(type) FROM sqlite_master WHERE (type = 'index' AND "
            f"tbl_name IN ({listed}) AND sql IS NOT NULL) OR (type = 'trigger' AND "
            f"name IN ({chosen})) ORDER BY type, name"
        )
    saved = [
        (str(name), str(sql), str(kind))
        for name, sql, kind in connection.execute(text(query), names)
    ]
    for name, _sql, kind in saved:
        connection.execute(text(f'DROP {kind} "{name}"'))
    yield
    for _name, sql, _kind in saved:  # as stored: a colon is not a parameter
        connection.execute(text(sql.replace(":", "\\:")))
