"""Use cases: one transaction each, a permission check, an audit entry. No Qt."""

from agencia.db.database import Database, open_database
from agencia.domain.actor import Actor

__all__ = ["Actor", "Database", "open_database"]
