"""What a server's refusal of a new connection, or of a statement whatever its data,
means in the person's words, not the driver's English (security review 8).

A person's role has a connection limit (server_logins.CONNECTION_LIMIT) and the server a
number of slots: past either, PostgreSQL answers a new connection with
too_many_connections (53300) — «too many connections for role …» for the person's own
limit, «sorry, too many clients already» or «remaining connection slots are reserved …»
for the server's. A connection refused at start carries no SQLSTATE in psycopg, so the
server's sentence is read (in English or, with a Spanish `lc_messages`, in Spanish).
An ID sequence at its maximum (2200H, sequence_generator_limit_exceeded) refuses every
insert into its table whatever the data: a DatabaseFailed, never an internal error.
"""

from __future__ import annotations

TOO_MANY_CONNECTIONS = "53300"
SEQUENCE_EXHAUSTED = "2200H"
_OWN_LIMIT = ("too many connections for role", "demasiadas conexiones para el rol")
_SERVER_FULL = (
    "too many clients",
    "remaining connection slots",
    "demasiados clientes",
    "conexiones restantes",
    "ranuras de conexión",
)


def too_many_connections(exc: BaseException) -> str | None:
    """The message code for a connection refused for want of slots: the person's own
    limit (`db.own_connections_full`) or the server's (`db.server_full`); None for any
    other failure."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    if any(words in text for words in _OWN_LIMIT):
        return "db.own_connections_full"
    if any(words in text for words in _SERVER_FULL):
        return "db.server_full"
    if getattr(orig, "sqlstate", None) == TOO_MANY_CONNECTIONS:
        return "db.server_full"
    return None


def ids_exhausted(exc: BaseException) -> bool:
    """Whether the statement failed because an ID sequence reached its maximum."""
    orig = getattr(exc, "orig", None) or exc
    return getattr(orig, "sqlstate", None) == SEQUENCE_EXHAUSTED
