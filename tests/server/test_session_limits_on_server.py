"""Security review 8: what one person's role could do to everyone's sessions.

- One person opened every connection slot (57 as a trainee): nobody else could sign in,
  and the message was the driver's English. Each person's role has a connection limit
  (`server_logins.CONNECTION_LIMIT`), and a refusal for want of slots says so in words.
- Any role may `ALTER ROLE itself SET lock_timeout = 0` (or for this database only):
  that cannot be revoked, so the app's own connections set the timeouts themselves,
  and `db upgrade` (server_security.apply) puts the role's settings back.
"""

from __future__ import annotations

import psycopg
import pytest
from server_world import ServerAgency
from sqlalchemy import text

from agencia.db import server_security
from agencia.db.server_logins import CONNECTION_LIMIT
from agencia.db.uow import unit_of_work
from agencia.domain.errors import DatabaseRefused
from agencia.domain.messages import render


def test_each_persons_role_has_a_connection_limit(server_agency: ServerAgency) -> None:
    with server_agency.owner.reader.connect() as conn:
        limits = conn.execute(
            text(
                "SELECT r.rolname, r.rolconnlimit FROM pg_roles r "
                "WHERE r.rolname IN ('pablo', 'raul', 'admin')"
            )
        ).all()
    assert sorted(limits) == [(n, CONNECTION_LIMIT) for n in ("admin", "pablo", "raul")]


def test_a_person_past_their_limit_is_told_in_words(server_agency: ServerAgency) -> None:
    held = [server_agency.connect("pablo") for _ in range(CONNECTION_LIMIT)]
    try:
        with pytest.raises(psycopg.OperationalError):
            server_agency.connect("pablo").close()  # one more is refused …
        with server_agency.connect("lucia"):  # … and the others still sign in
            pass
        with pytest.raises(DatabaseRefused) as refused:
            db, _actor = server_agency.signed_in("pablo")
            db.close()
    finally:
        for conn in held:
            conn.close()
    assert refused.value.code == "db.own_connections_full"
    assert "connection" not in render(refused.value.code, refused.value.params, "es")


def _settings(server_agency: ServerAgency, login: str) -> tuple[str, str, str]:
    with server_agency.connect(login) as conn:
        row = conn.execute(
            "SELECT current_setting('lock_timeout'), "
            "current_setting('idle_in_transaction_session_timeout'), current_setting('jit')"
        ).fetchone()
    assert row is not None
    return row


def test_db_upgrade_puts_back_what_a_person_set_on_their_role(
    server_agency: ServerAgency,
) -> None:
    with server_agency.connect("pablo") as conn:
        conn.execute("ALTER ROLE pablo SET lock_timeout = 0")
        conn.execute("ALTER ROLE pablo SET jit = on")
        database = conn.info.dbname
        conn.execute(
            f'ALTER ROLE pablo IN DATABASE "{database}" SET idle_in_transaction_session_timeout = 0'
        )
    assert _settings(server_agency, "pablo") == ("0", "0", "on")
    with server_agency.owner.writer.begin() as owner:
        server_security.apply(owner)  # what every `db upgrade` runs at the end
    assert _settings(server_agency, "pablo") == ("8s", "2min", "off")


def test_the_apps_connections_keep_the_timeouts_whatever_the_role_says(
    server_agency: ServerAgency,
) -> None:
    with server_agency.connect("pablo") as conn:
        conn.execute("ALTER ROLE pablo SET lock_timeout = 0")
        conn.execute("ALTER ROLE pablo SET idle_in_transaction_session_timeout = 0")
    db, pablo = server_agency.signed_in("pablo")
    try:
        for write in (False, True):
            with unit_of_work(db, pablo, write=write) as uow:
                shown = uow.session.execute(
                    text(
                        "SELECT current_setting('lock_timeout'), "
                        "current_setting('idle_in_transaction_session_timeout')"
                    )
                ).one()
            assert tuple(shown) == ("8s", "2min")
    finally:
        db.close()
