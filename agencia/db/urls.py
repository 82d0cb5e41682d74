"""Where the database is: the user's data folder by default, or --db / AGENCIA_DATABASE_URL."""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from agencia.domain.errors import DatabaseRefused

ENV_VAR = "AGENCIA_DATABASE_URL"
# Text that means to be a URL, not a file: a scheme of two letters or more ("C:" is a
# Windows drive), or a database's name, whatever follows.
_LOOKS_LIKE_URL = re.compile(r"^\s*([a-z][a-z0-9+.\- ]+:|postgres|sqlite)", re.IGNORECASE)
# user:password@ in whatever was typed, however malformed the rest.
_CREDENTIALS = re.compile(r"(?P<user>[^:/@\s]*):(?P<password>[^@/\s]*)@")


def default_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("agencia", appauthor=False) / "agencia.sqlite3"


def resolve(url: str | None = None) -> URL:
    """The URL to open: the argument, then the environment, then the default file."""
    raw = url or os.environ.get(ENV_VAR) or f"sqlite:///{default_path()}"
    if "://" not in raw:
        if _LOOKS_LIKE_URL.match(raw):  # a mistyped URL must not become a local file
            raise DatabaseRefused("db.bad_url", url=masked(raw))
        raw = f"sqlite:///{Path(raw).expanduser().resolve()}"  # a bare path: a SQLite file
    try:
        parsed = make_url(raw)
    except (ArgumentError, ValueError):
        raise DatabaseRefused("db.bad_url", url=masked(raw)) from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseRefused("db.bad_url", url=parsed.render_as_string(hide_password=True))
    if parsed.get_backend_name() == "postgresql" and parsed.drivername != "postgresql+psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite" and not parsed.database:
        raise DatabaseRefused("db.bad_url", url=masked(raw))
    return parsed


def masked(raw: str) -> str:
    """`raw` with any password replaced by ***: it goes into messages people read."""
    return _CREDENTIALS.sub(lambda m: f"{m.group('user')}:***@", raw)


def describe(url: URL) -> str:
    """What the status bar shows: the file name, or server and database (never a password)."""
    if url.get_backend_name() == "sqlite":
        return Path(url.database or "").name
    host = url.host or "localhost"
    return f"{url.database}@{host}" + (f":{url.port}" if url.port else "")


def libpq(url: URL) -> str:
    """A libpq connection string for psycopg from a SQLAlchemy URL, every part quoted as
    libpq wants (a password with spaces or symbols, as people choose them, included)."""
    from psycopg.conninfo import make_conninfo

    parts: dict[str, str | int | None] = {
        "host": url.host,
        "port": url.port,
        "dbname": url.database,
        "user": url.username,
        "password": url.password,
    }
    parts.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    return make_conninfo("", **{k: v for k, v in parts.items() if v is not None})
