"""Every enum column refuses a value the app does not know, on the server (PostgreSQL).

The models store Python enums as VARCHAR (`native_enum=False`): without a CHECK, a
person with psql writes 'none' into a contact's delivery and every reader of that
account then fails to load the row (explore9 H1). One CHECK per enum column, derived
from the models' own `Enum` types (one source: a new value or a new column is covered
by the next `db upgrade`), is added by `db init` and every `db upgrade`.

Idempotent: a constraint is named for its table, column and list of values; one with
that name is left alone, an older one (another list) is replaced. Rows that already
hold an unknown value stop the upgrade naming the table, the column and the values:
they are the agency's to correct, not the upgrade's to drop or to skip.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Enum as SAEnum

from agencia.domain.errors import DatabaseRefused

_PREFIX = "agencia_enum_"
# The upgrade's refusal (check_violation), its DETAIL the column, its HINT the values:
# `refusal` turns it into the catalogue's words.
UNKNOWN_VALUES = "23514"
_REFUSED = (
    "agencia: the column {table}.{column} holds values the app does not know (%): correct"
    " those rows (to one of: %), then run db upgrade again"
)


def enum_columns() -> list[tuple[str, str, tuple[str, ...]]]:
    """(table, column, allowed values) of every enum column of the models."""
    from agencia.db.metadata import metadata

    found = []
    for table in metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, SAEnum) and not column.type.native_enum:
                found.append((table.name, column.name, tuple(column.type.enums)))
    return sorted(found)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:8]


def constraint_base(table: str, column: str) -> str:
    """The name's stem (the same whatever the values): a stale constraint is found by it."""
    base = f"{_PREFIX}{table}_{column}"
    return base if len(base) <= 50 else f"{base[:41]}_{_digest(f'{table}.{column}')}"


def constraint_name(table: str, column: str, values: tuple[str, ...]) -> str:
    return f"{constraint_base(table, column)}_{_digest('|'.join(values))}"


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _check_sql(table: str, column: str, values: tuple[str, ...]) -> str:
    name, base = constraint_name(table, column, values), constraint_base(table, column)
    listed = ", ".join(_literal(v) for v in values)
    return f"""
DO $enum$ DECLARE r record; bad text; BEGIN
    IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.{table}'::regclass
               AND conname = '{name}') THEN
        RETURN;
    END IF;
    FOR r IN SELECT conname FROM pg_constraint WHERE conrelid = 'public.{table}'::regclass
             AND left(conname, {len(base) + 1}) = '{base}_' LOOP
        EXECUTE format('ALTER TABLE public.{table} DROP CONSTRAINT %I', r.conname);
    END LOOP;
    SELECT string_agg(DISTINCT quote_literal({column}::text), ', ') INTO bad
        FROM public.{table} WHERE {column}::text NOT IN ({listed});
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION {_literal(_REFUSED.format(table=table, column=column))},
            bad, {_literal(", ".join(values))} USING ERRCODE = '{UNKNOWN_VALUES}',
            DETAIL = '{table}.{column}', HINT = bad;
    END IF;
    ALTER TABLE public.{table} ADD CONSTRAINT {name} CHECK ({column}::text IN ({listed}));
END $enum$"""


def enum_check_statements(names: set[str]) -> list[str]:
    """The CHECKs of the enum columns of the tables there are (`names`)."""
    return [_check_sql(t, c, values) for t, c, values in enum_columns() if t in names]


def refusal(exc: BaseException) -> DatabaseRefused | None:
    """The catalogue's refusal for an upgrade stopped by a column's unknown values."""
    diag = getattr(getattr(exc, "orig", None), "diag", None)
    if diag is None or diag.sqlstate != UNKNOWN_VALUES or not diag.message_detail:
        return None
    if not str(diag.message_primary or "").startswith("agencia: the column"):
        return None
    return DatabaseRefused(
        "db.unknown_values", column=diag.message_detail, values=diag.message_hint or ""
    )
