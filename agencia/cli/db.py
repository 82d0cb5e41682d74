"""`agencia db upgrade|current|backup|restore|check|recover|init`: database maintenance and
set-up (a house command, no area's).

On PostgreSQL `db upgrade` is the only command that migrates; a backup is for SQLite
(PostgreSQL has pg_dump).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser
from agencia.cli.session import database_url
from agencia.cli.words import t
from agencia.domain.errors import DatabaseRefused, DomainError


def register(commands: Any, common: Parser) -> None:
    """`db upgrade`, `db current`, `db backup PATH`, `db restore BACKUP`, `db check`,
    `db recover OUT`, `db init --admin LOGIN`."""
    db = commands.add_parser(
        "db",
        parents=[common],
        help="database maintenance: upgrade, current, backup, restore, check, recover, init",
        description="Database maintenance.",
    )
    db_commands = db.add_subparsers(
        dest="db_command", metavar="ACTION", required=True, parser_class=Parser
    )
    upgrade = db_commands.add_parser(
        "upgrade",
        parents=[common],
        help="migrate the database to this version's schema",
        description="Migrate the database to this version's schema and print 'from → to'. "
        "On PostgreSQL this is the only command that migrates (in one transaction, under "
        "an advisory lock); a SQLite file is backed up first.",
    )
    upgrade.set_defaults(handler=upgrade_schema)
    current = db_commands.add_parser(
        "current",
        parents=[common],
        help="print the database's schema revision",
        description="Print the database's schema revision, '(head)' when it is this "
        "version's. Reads only.",
    )
    current.set_defaults(handler=show_revision)
    backup = db_commands.add_parser(
        "backup",
        parents=[common],
        help="copy a SQLite database to PATH",
        description="Write an online backup of a SQLite database to PATH (which must not "
        "exist), checked with integrity_check. On PostgreSQL use pg_dump.",
    )
    backup.add_argument("path", metavar="PATH", help="the backup file to create")
    backup.set_defaults(handler=back_up)
    restore = db_commands.add_parser(
        "restore",
        parents=[common],
        help="put a backup in place of a SQLite database",
        description="Replace the SQLite database with BACKUP, safely: the backup is checked "
        "first, no other Agencia may be using the database, the replaced file is kept beside "
        "it (renamed '-replaced-DATE', with its -wal) and a stale -wal is never replayed.",
    )
    restore.add_argument("backup", metavar="BACKUP", help="the backup file to restore")
    restore.set_defaults(handler=restore_backup)
    check = db_commands.add_parser(
        "check",
        parents=[common],
        help="check a SQLite database for damage",
        description="Run SQLite's integrity_check on the database (its -wal included) without "
        "changing it. Exits 0 when it is sound, 1 when it is damaged.",
    )
    check.set_defaults(handler=check_database)
    recover = db_commands.add_parser(
        "recover",
        parents=[common],
        help="rescue what a damaged SQLite database holds into a new file",
        description="Write what SQLite can still read of the database into OUT, a new file "
        "(SQLite's .recover when the sqlite3 program is installed). The damaged file is "
        "only read.",
    )
    recover.add_argument("out", metavar="OUT", help="the new file to create")
    recover.set_defaults(handler=recover_database)
    init = db_commands.add_parser(
        "init",
        parents=[common],
        help="set up an empty database: the agency and its first administrator",
        description="Set up an empty database (a new SQLite file, or a PostgreSQL database "
        "with no tables or only the schema): the agency's profile and its first "
        "administrator, as the first-run window does. On PostgreSQL, run it as the owner "
        "role (it needs CREATEROLE): the administrator becomes a server role of their own, "
        "and from then on every person connects as themselves. The administrator's "
        "password is read twice on a terminal, once from standard input otherwise. A "
        "database that already holds an agency or data is refused (exit 1).",
    )
    init.add_argument("--admin", metavar="LOGIN", required=True, help="the administrator's login")
    init.add_argument("--agency", metavar="NAME", default="Agencia", help="the agency's name")
    init.add_argument(
        "--name", metavar="NAME", help="the administrator's full name (default LOGIN)"
    )
    init.add_argument("--locale", default="es_ES", help="the agency's locale (default es_ES)")
    init.add_argument("--currency", default="EUR", help="the agency's currency (default EUR)")
    init.add_argument(
        "--time-zone", metavar="TZ", default="", help="the agency's office hours' IANA zone, "
        "e.g. America/Mexico_City (default: its locale's country's)",
    )  # fmt: skip
    init.add_argument(
        "--format", choices=("text", "json"), default="text",
        help='text or json: {"id": the administrator\'s staff ID, "login": LOGIN}',
    )  # fmt: skip
    init.set_defaults(handler=init_database)


def init_database(args: argparse.Namespace) -> int:
    """`db init`: the schema where there is none (PostgreSQL), then the agency and its
    administrator through the first-run service, on an empty database only. What the
    person gives (the password, the names, the locale) and the login's being free are
    checked before anything is written: a refused password once left a migrated schema
    behind (about 30 s on PostgreSQL), or a new SQLite file."""
    from agencia.cli.formats import write_json
    from agencia.cli.session import new_password
    from agencia.db import urls
    from agencia.db.database import current_revision, open_database, upgrade_database
    from agencia.domain.errors import ValidationError
    from agencia.services.first_run import (
        FirstRun,
        is_empty,
        set_up_agency,
        validate_first_run,
    )

    url = urls.resolve(database_url(args))
    sqlite = url.get_backend_name() == "sqlite"
    login = args.admin.strip()
    first_run = FirstRun(
        agency_name=args.agency,
        locale=args.locale,
        currency=args.currency.upper(),
        admin_name=(args.name or login).strip(),
        admin_login=login,
        admin_password=new_password(login),
        time_zone=getattr(args, "time_zone", ""),  # scripts build their own Namespace
    )
    errors = validate_first_run(first_run)
    if errors:
        raise ValidationError(errors)
    if not sqlite and current_revision(url) is None:
        _check_login_before_schema(url, login)
        upgrade_database(url)  # a set-up command: the schema is created by the migrations
    db = open_database(url)  # a new SQLite file is created and migrated
    try:
        if not is_empty(db):
            raise DomainError("db.not_empty")
        if not db.is_sqlite:
            _check_server_login(db, login)
        set_up = set_up_agency if db.is_sqlite else _set_up_server
        actor = set_up(db, first_run)
        where = db.describe()
    finally:
        db.close()
    if args.format == "json":
        import sys

        write_json(sys.stdout, {"id": actor.staff_id, "login": actor.login})
    else:
        print(t("db_ready", agency=args.agency.strip(), db=where, login=actor.login))
    return EXIT_OK


def _check_login_before_schema(url: Any, login: str) -> None:
    """On a server database with no schema yet: the login must be free before the
    migrations run (they take a while, and a refusal after them left the schema)."""
    from agencia.db import server_roles
    from agencia.db.engine import make_migration_engine

    engine = make_migration_engine(url)
    try:
        with engine.connect() as connection:
            server_roles.check_free(connection, login)
    finally:
        engine.dispose()


def _check_server_login(db: Any, login: str) -> None:
    """Before anything is written: the administrator's login must be free on the server."""
    from agencia.db import server_roles

    with db.writer.connect() as connection:
        server_roles.check_free(connection, login)


def _set_up_server(db: Any, first_run: Any) -> Any:
    """On PostgreSQL, all or nothing in one transaction: the agency and its first
    administrator, who is a server role of their own (CREATEROLE), and from then on each
    person connects as themselves (`agencia.db.server_roles`). A failed step leaves the
    database as it was (roles are transactional), so the same command may be run again."""
    from typing import cast

    from sqlalchemy import Engine

    from agencia.db import server_roles
    from agencia.db.database import Database
    from agencia.services.first_run import set_up_agency

    with db.writer.connect() as connection, connection.begin():
        # the service's unit of work joins this transaction (its commit leaves it open)
        one = cast(Engine, connection)  # a Session binds to either alike
        inside = Database(url=db.url, writer=one, reader=one)
        actor = set_up_agency(inside, first_run)
        server_roles.secure_database(connection, first_run.admin_login, first_run.admin_password)
    return actor


def upgrade_schema(args: argparse.Namespace) -> int:
    from agencia.db.database import upgrade_database

    before, after = upgrade_database(database_url(args))
    print(f"{before or t('no_revision')} → {after}")
    return EXIT_OK


def show_revision(args: argparse.Namespace) -> int:
    from agencia.db import migrate
    from agencia.db.database import current_revision

    revision = current_revision(database_url(args))
    if revision is None:
        print(t("no_revision"))
    elif revision == migrate.head():
        print(f"{revision} {t('head')}")
    elif revision not in migrate.known_revisions():
        print(f"{revision} {t('newer')}")
    else:
        print(revision)
    return EXIT_OK


def back_up(args: argparse.Namespace) -> int:
    """An online backup of a SQLite file; a target that exists is refused, and the backup
    is written under a hidden sibling renamed at the end (`agencia.db.staged`): failed or
    killed, it never leaves a half-written file under PATH."""
    import sqlite3
    from pathlib import Path

    from agencia.db import sqlite_checks, urls
    from agencia.db.database import backup_sqlite

    url = urls.resolve(database_url(args))
    if url.get_backend_name() != "sqlite":
        raise DomainError("db.backup_pg")
    source = Path(url.database or "").expanduser().resolve()
    if not source.is_file():
        raise DatabaseRefused("db.not_found", path=str(source))
    sqlite_checks.check_header(source)  # never copy (or create) something that is no database
    if not args.path.strip():
        raise DomainError("db.backup_no_path")
    target = Path(args.path).expanduser().resolve()
    if target.exists():
        raise DomainError("db.backup_exists", path=str(target))
    try:
        written = backup_sqlite(source, target=target)
    except (sqlite3.Error, OSError) as exc:
        raise DomainError("db.write_failed", path=str(target), detail=str(exc)) from None
    print(t("backup_done", path=written))
    return EXIT_OK


def _sqlite_path(args: argparse.Namespace) -> Path:
    from agencia.db import urls

    url = urls.resolve(database_url(args))
    if url.get_backend_name() != "sqlite":
        raise DomainError("db.sqlite_only")
    return Path(url.database or "").expanduser().resolve()


def restore_backup(args: argparse.Namespace) -> int:
    from agencia.db import restore
    from agencia.domain import messages

    path = _sqlite_path(args)
    kept = restore.restore_backup(path, Path(args.backup))
    print(messages.render("db.restored", {"path": path, "kept": kept or "-"}))
    return EXIT_OK


def check_database(args: argparse.Namespace) -> int:
    from agencia.db import restore
    from agencia.domain import messages

    path = _sqlite_path(args)
    problems = restore.check_database(path)
    if problems:
        raise DomainError("db.check_failed", path=str(path), detail=problems[0])
    print(messages.render("db.check_ok", {"path": path}))
    return EXIT_OK


def recover_database(args: argparse.Namespace) -> int:
    from agencia.db import restore
    from agencia.domain import messages

    if not args.out.strip():
        raise DomainError("db.backup_no_path")
    out = Path(args.out).expanduser().resolve()
    rows = restore.recover_database(_sqlite_path(args), out)
    print(messages.render("db.recovered", {"path": out, "rows": rows}))
    return EXIT_OK
