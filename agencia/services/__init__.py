"""Use cases: one transaction each, a permission check, an audit entry. No Qt.

One package per area (`services/accounts/`, `services/campaigns/`, …), each declaring
itself in its `area` module. `Actor`, `Database` and `open_database` are re-exported
lazily: importing an area's declaration must not import SQLAlchemy (the first paint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agencia.db.database import Database, open_database
    from agencia.domain.actor import Actor

__all__ = ["Actor", "Database", "open_database"]


def __getattr__(name: str) -> Any:
    if name in ("Database", "open_database"):
        from agencia.db import database

        return getattr(database, name)
    if name == "Actor":
        from agencia.domain.actor import Actor

        return Actor
    raise AttributeError(name)
