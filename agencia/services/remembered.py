"""«Recordarme en este equipo»: a person's server password kept in the system keyring.

Only when they ask: the sign-in stores it (or removes it, when they sign in without
asking), the next start reads it instead of asking, and «Olvidar mi contraseña en este
equipo» removes it. Kept under the same name the command line reads
(`agencia.cli.session.read_password`): service "agencia", user "login@database@host:port",
so one remembered password serves the window and the commands on that workstation.

A keyring that cannot be used (none installed, locked, refused) never stops a sign-in:
nothing is remembered and the person is asked, as without one.
"""

from __future__ import annotations

import logging

from agencia.db.database import Database

log = logging.getLogger(__name__)

SERVICE = "agencia"


def keyring_user(db: Database, login: str) -> str:
    """The keyring's user name for `login` on `db`'s server and database."""
    return f"{login}@{db.describe()}"


def remembered_password(db: Database, login: str) -> str | None:
    """The password this workstation remembers for `login` on `db`, if any."""
    if not login:
        return None
    import keyring  # here, not at start-up: only a server sign-in needs it
    from keyring.errors import NoKeyringError

    try:
        found = keyring.get_password(SERVICE, keyring_user(db, login))
    except NoKeyringError:  # none on this machine (a server, CI): nothing is remembered
        return None
    except Exception as exc:  # a keyring that refuses: as if nothing were remembered
        log.warning("keyring not readable: %s", exc)
        return None
    return str(found) if found else None


def remember_password(db: Database, login: str, password: str) -> bool:
    """Keep `password` for `login` (it replaces what was kept); False if the keyring
    would not take it."""
    try:
        import keyring

        keyring.set_password(SERVICE, keyring_user(db, login), password)
    except Exception as exc:
        log.warning("keyring not writable: %s", exc)
        return False
    return True


def forget_password(db: Database, login: str) -> bool:
    """Remove what is kept for `login`; True if something was removed."""
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, keyring_user(db, login))
        except PasswordDeleteError:
            return False
    except Exception as exc:
        log.warning("keyring not writable: %s", exc)
        return False
    return True


def after_sign_in(db: Database, login: str, password: str, remember: bool) -> None:
    """What the keyring keeps once `login` signed in with `password`: it, when they
    asked to be remembered; nothing, when they did not (an older one is removed)."""
    if remember:
        remember_password(db, login, password)
    elif remembered_password(db, login) is not None:
        forget_password(db, login)
