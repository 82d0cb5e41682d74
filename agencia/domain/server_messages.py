"""The shared server's part of the message catalogue (merged into agencia.domain.messages):
people's own server roles."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "server.role_exists": (
        "El servidor ya tiene un usuario «{login}» (de otra base de datos o del propio "
        "servidor): elija otro nombre de usuario.",
        "The server already has a user '{login}' (another database's or the server's own): "
        "choose another user name.",
    ),
    "server.login_reserved": (
        "«{login}» es un nombre reservado por el servidor: elija otro nombre de usuario.",
        "'{login}' is a name the server reserves: choose another user name.",
    ),
}
