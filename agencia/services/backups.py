"""Putting a backup in place of the SQLite database, for the window (Archivo ▸ «Restaurar
copia de seguridad…»); `agencia db restore` calls the same `agencia.db.restore`.

Only an administrator may, and only on SQLite: a server's backups are the server's
(pg_dump, pg_restore). The database must be closed first — the restore takes its lock.
"""

from __future__ import annotations

from pathlib import Path

from agencia.domain.actor import Actor
from agencia.domain.errors import PermissionDenied
from agencia.domain.permissions import Action


def restore_sqlite(actor: Actor, path: Path, backup: Path) -> Path | None:
    """Replace the database at `path` with `backup` (checked first, the replaced file kept
    aside, a stale -wal never replayed); returns where the replaced file was kept."""
    if not actor.is_admin:
        raise PermissionDenied(
            "permission.denied_global",
            role=actor.role,
            title_gender=actor.title_gender,
            action=Action.AGENCY_SETTINGS,
        )
    from agencia.db import restore

    return restore.restore_backup(path, backup)
