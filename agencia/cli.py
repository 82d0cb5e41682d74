"""The `agencia` command: sub-commands for automation; no sub-command opens the GUI.

A public interface (DESIGN.md, "The command line"): keep it backwards compatible.
Exit statuses: 0 done; 1 the operation failed; 2 wrong usage; 3 the database was
refused. One line on stderr says why, in the user's language; never a traceback.

This module imports neither Qt nor SQLAlchemy at load time: the GUI path should paint
its window before the database layer is loaded, and `--help` should be instant.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import IO, TYPE_CHECKING, Any, NoReturn

from agencia import __version__
from agencia.domain import messages
from agencia.domain.enums import AccountStatus, ApprovalStage, CampaignStatus
from agencia.domain.errors import DatabaseRefused, DomainError

if TYPE_CHECKING:
    from agencia.db.database import Database
    from agencia.domain.actor import Actor
    from agencia.services.accounts.views import AccountDetail, AccountRow
    from agencia.services.campaigns.views import ApprovalView, CampaignDetail, CampaignRow

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3

# What the command line itself says to people (the services' messages are in
# agencia.domain.messages); (es, en).
_TEXT: dict[str, tuple[str, str]] = {
    "internal": ("Error interno: {detail}", "Internal error: {detail}"),
    "interrupted": ("Interrumpido.", "Interrupted."),
    "password": ("Contraseña de {login}: ", "Password for {login}: "),
    "demo_kept": (
        "{db} ya tiene datos; se deja como está.",
        "{db} already has data; it is left as it is.",
    ),
    "demo_done": (
        "Demo cargada en {db}: {groups} grupos, {staff} personas, {accounts} cuentas, "
        "{brands} marcas, {products} productos, {contacts} contactos, {campaigns} campañas "
        "({seconds:.1f} s). Usuario: {login}.",
        "Demo loaded into {db}: {groups} groups, {staff} people, {accounts} accounts, "
        "{brands} brands, {products} products, {contacts} contacts, {campaigns} campaigns "
        "({seconds:.1f} s). User: {login}.",
    ),
    "backup_done": ("Copia de seguridad creada: {path}", "Backup written: {path}"),
    "no_revision": ("(sin esquema)", "(no schema)"),
    "head": ("(head)", "(head)"),  # Alembic's word, kept for scripts
    "newer": ("(más reciente que esta versión)", "(newer than this version)"),
    "count": ("{n} cuentas.", "{n} accounts."),
    "count_one": ("1 cuenta.", "1 account."),
    "none": ("Ninguna cuenta.", "No accounts."),
    # column headers and labels
    "id": ("ID", "ID"),
    "name": ("Cuenta", "Account"),
    "legal_name": ("Razón social", "Legal name"),
    "tax_id": ("NIF", "Tax ID"),
    "status": ("Estado", "Status"),
    "sector": ("Sector", "Sector"),
    "group": ("Grupo", "Group"),
    "lead_executive": ("Ejecutivo", "Lead executive"),
    "city": ("Ciudad", "City"),
    "parent": ("Matriz", "Parent company"),
    "subsidiaries": ("Filiales", "Subsidiaries"),
    "locale": ("Idioma y moneda", "Locale and currency"),
    "may_be_shown": ("Se puede mostrar", "May be shown"),
    "contact_data": ("Contacto", "Contact"),
    "address": ("Dirección", "Address"),
    "notes": ("Notas", "Notes"),
    "brands": ("Marcas y productos", "Brands and products"),
    "their_brands": ("Marcas", "Brands"),
    "contacts": ("Contactos", "Contacts"),
    "team": ("Equipo", "Team"),
    "history": ("Historial reciente", "Recent history"),
    "decision_maker": ("toma decisiones", "decision maker"),
    "inactive": ("inactivo", "inactive"),
    "prefers": ("prefiere", "prefers"),
    "yes": ("sí", "yes"),
    "no": ("no", "no"),
    "none_yet": ("—", "—"),
    # campaigns
    "c_count": ("{n} campañas.", "{n} campaigns."),
    "c_count_one": ("1 campaña.", "1 campaign."),
    "c_none": ("Ninguna campaña.", "No campaigns."),
    "campaign": ("Campaña", "Campaign"),
    "account": ("Cuenta", "Account"),
    "brand": ("Marca", "Brand"),
    "budget": ("Presupuesto", "Budget"),
    "deadline": ("Fecha límite", "Deadline"),
    "owner": ("Responsable", "Owner"),
    "code": ("Código", "Code"),
    "products": ("Productos", "Products"),
    "kind": ("Tipo", "Kind"),
    "start": ("Inicio", "Start"),
    "approver": ("Aprobación interna", "Internal approval"),
    "approver_level": ("{role} o superior", "{role} or above"),
    "created": ("Creada", "Created"),
    "brief_title": ("Brief: versión {number} de {count}", "Brief: version {number} of {count}"),
    "no_brief": ("Aún no hay brief.", "No brief yet."),
    "template": ("Plantilla", "Template"),
    "author": ("Autor", "Author"),
    "brief_decision": ("Decisión interna", "Internal decision"),
    "pending": ("pendiente", "pending"),
    "version_note": ("Nota de la versión", "Version note"),
    "approvals": ("Historial de aprobaciones", "Approval history"),
    "newest_first": ("más reciente primero", "newest first"),
    "no_approvals": ("Ninguna decisión todavía.", "No decisions yet."),
    "superseded": ("sustituida", "superseded"),
    "client_contact": ("Cliente", "Client"),
    "recorded_by": ("Registró", "Recorded by"),
    "decided_by": ("Decidió", "Decided by"),
    "on_behalf_of": ("En nombre de", "On behalf of"),
    "required": ("Nivel requerido", "Level required"),
    "when": ("Cuándo", "When"),
    "recorded_at": ("{day} (registrada el {at})", "{day} (recorded {at})"),
    "channel": ("Canal", "Channel"),
    "document": ("Documento (SHA-256)", "Document (SHA-256)"),
    "proof": ("Prueba", "Proof"),
    "proof_sha": ("Prueba (SHA-256)", "Proof (SHA-256)"),
    "comment": ("Comentario", "Comment"),
    "results": ("Resultados", "Results"),
    "summary": ("Resumen", "Summary"),
    "kpi_result": (
        "{name}: objetivo {target}, logrado {achieved}",
        "{name}: target {target}, achieved {achieved}",
    ),
    # decks
    "deck_written": (
        "Escrito {path}: {pages} páginas, SHA-256 {sha256}",
        "Wrote {path}: {pages} pages, SHA-256 {sha256}",
    ),
    "deck_written_one": (
        "Escrito {path}: 1 página, SHA-256 {sha256}",
        "Wrote {path}: 1 page, SHA-256 {sha256}",
    ),
}

_STATUS: dict[str, tuple[str, str]] = {
    "prospect": ("Prospecto", "Prospect"),
    "active": ("Activa", "Active"),
    "paused": ("En pausa", "Paused"),
    "inactive": ("Inactiva", "Inactive"),
}
_CHANNEL: dict[str, tuple[str, str]] = {
    "phone": ("teléfono", "phone"),
    "email": ("correo", "e-mail"),
    "web": ("web", "web"),
    "social": ("redes sociales", "social media"),
    "in_person": ("en persona", "in person"),
    "courier": ("mensajería", "courier"),
    "post": ("correo postal", "post"),
    "certified_post": ("correo certificado", "certified post"),
    "fax": ("fax", "fax"),
}
_ACTION: dict[str, tuple[str, str]] = {
    "create": ("alta", "created"),
    "update": ("cambio", "changed"),
    "deactivate": ("baja", "deactivated"),
    "reactivate": ("reactivación", "reactivated"),
    "reassign": ("reasignación", "reassigned"),
    "bulk_create": ("carga", "bulk load"),
    "sign_in": ("acceso", "signed in"),
}
_ENTITY: dict[str, tuple[str, str]] = {
    "account": ("cuenta", "account"),
    "contact": ("contacto", "contact"),
    "brand": ("marca", "brand"),
    "product": ("producto", "product"),
}
_KIND: dict[str, tuple[str, str]] = {
    "launch": ("Lanzamiento", "Launch"),
    "awareness": ("Notoriedad", "Awareness"),
    "promotion": ("Promoción", "Promotion"),
    "institutional": ("Institucional", "Institutional"),
}
_PART: dict[str, tuple[str, str]] = {
    "director": ("Director", "Director"),
    "supervisor": ("Supervisión", "Supervisor"),
    "lead_executive": ("Ejecutivo principal", "Lead executive"),
    "executive": ("Ejecutivo", "Executive"),
    "assistant": ("Asistente", "Assistant"),
}


def _t(key: str, **params: Any) -> str:
    es, en = _TEXT[key]
    return (en if messages.language() == "en" else es).format(**params)


def _label(table: dict[str, tuple[str, str]], key: str) -> str:
    es, en = table.get(key, (key, key))
    return en if messages.language() == "en" else es


# --- the parser ------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line (and exits 2) instead of two."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (--help)\n")


def _common() -> _Parser:
    """--db and --user, accepted before or after any sub-command's name.

    SUPPRESS as the default means an option not given at one level leaves the other
    level's value alone; given at both, the sub-command's (the later one) wins.
    """
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database: a SQLite file or URL (sqlite:///path), or postgresql://user@host/name; "
        "default $AGENCIA_DATABASE_URL, then the user's data folder",
    )
    common.add_argument(
        "--user",
        metavar="LOGIN",
        default=argparse.SUPPRESS,
        help="act as this user; on SQLite the default is the demo director or the only "
        "administrator; on PostgreSQL it is required and the password is read from the "
        "keyring or standard input",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="agencia",
        parents=[common],
        description="Agencia: account management for advertising agencies. "
        "Without a command, opens the application window.",
        epilog="Exit statuses: 0 done; 1 the operation failed (missing record, invalid data, "
        "permission denied); 2 wrong usage; 3 the database was refused.",
    )
    parser.add_argument("--version", action="version", version=f"agencia {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="fill an empty database with the demo agency",
        description="Create (or open) the database and fill it with the demo agency "
        "'Atlántica Comunicación'. Refuses a database that already has data (exit 1). "
        "Every demo user's password is 'demo'; the database signs in as 'demo'.",
    )
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: 3 groups, 25 people, 44 accounts (default); "
        "large: the same plus generated clients, 100,000 accounts and 400,000 contacts",
    )
    demo.add_argument(
        "--seed", type=int, default=0, help="random seed: the same seed gives the same data"
    )
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help="a database that already has data is left as it is (exit 0) instead of refused",
    )
    demo.set_defaults(handler=_cmd_demo)

    db = commands.add_parser(
        "db",
        parents=[common],
        help="database maintenance: upgrade, current, backup",
        description="Database maintenance.",
    )
    db_commands = db.add_subparsers(
        dest="db_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    upgrade = db_commands.add_parser(
        "upgrade",
        parents=[common],
        help="migrate the database to this version's schema",
        description="Migrate the database to this version's schema and print 'from → to'. "
        "On PostgreSQL this is the only command that migrates (in one transaction, under "
        "an advisory lock); a SQLite file is backed up first.",
    )
    upgrade.set_defaults(handler=_cmd_db_upgrade)
    current = db_commands.add_parser(
        "current",
        parents=[common],
        help="print the database's schema revision",
        description="Print the database's schema revision, '(head)' when it is this "
        "version's. Reads only.",
    )
    current.set_defaults(handler=_cmd_db_current)
    backup = db_commands.add_parser(
        "backup",
        parents=[common],
        help="copy a SQLite database to PATH",
        description="Write an online backup of a SQLite database to PATH (which must not "
        "exist), checked with integrity_check. On PostgreSQL use pg_dump.",
    )
    backup.add_argument("path", metavar="PATH", help="the backup file to create")
    backup.set_defaults(handler=_cmd_db_backup)

    accounts = commands.add_parser(
        "accounts",
        parents=[common],
        help="lists of accounts",
        description="Lists of accounts (clients).",
    )
    accounts_commands = accounts.add_subparsers(
        dest="accounts_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    listing = accounts_commands.add_parser(
        "list",
        parents=[common],
        help="list the accounts the user may see",
        description="List the accounts the user may see, sorted by name. Search ignores "
        "accents, case and punctuation (garcia finds García; coca-cola, l'oreal, at&t work).",
    )
    listing.add_argument("--search", metavar="TEXT", default="", help="words to search for")
    listing.add_argument(
        "--status", choices=[s.value for s in AccountStatus], help="only accounts in this status"
    )
    listing.add_argument(
        "--mine", action="store_true", help="only accounts the user is on the team of"
    )
    listing.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (default, for people), csv (UTF-8, with a header row) or json",
    )
    listing.set_defaults(handler=_cmd_accounts_list)

    account = commands.add_parser(
        "account",
        parents=[common],
        help="one account",
        description="One account (client).",
    )
    account_commands = account.add_subparsers(
        dest="account_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    show = account_commands.add_parser(
        "show",
        parents=[common],
        help="show an account: details, brands, contacts, team",
        description="Show an account: details, brands and products, contacts and team.",
    )
    show.add_argument("id", metavar="ID", type=_record_id, help="the account's ID")
    show.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or json"
    )
    show.set_defaults(handler=_cmd_account_show)
    _add_campaign_commands(commands, common)
    _add_deck_commands(commands, common)
    return parser


_STATUS_VALUES = tuple(s.value for s in CampaignStatus)


def _add_campaign_commands(commands: Any, common: _Parser) -> None:
    """`campaigns list` and `campaign show`."""
    campaigns = commands.add_parser(
        "campaigns",
        parents=[common],
        help="lists of campaigns",
        description="Lists of campaigns.",
    )
    campaigns_commands = campaigns.add_subparsers(
        dest="campaigns_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    listing = campaigns_commands.add_parser(
        "list",
        parents=[common],
        help="list the campaigns the user may see",
        description="List the campaigns of the accounts the user may see, sorted by deadline "
        "(campaigns without one last), then by name. Search looks in the campaign's name "
        "and code, its account and its brand, ignoring accents, case and punctuation.",
        epilog="Statuses, in the order of a campaign's life: " + ", ".join(_STATUS_VALUES) + ".",
    )
    listing.add_argument(
        "--account",
        metavar="ID",
        type=_record_id,
        help="only this account's campaigns (an account that does not exist or that the "
        "user may not see fails, exit 1)",
    )
    listing.add_argument(
        "--status",
        metavar="STATUS",
        choices=_STATUS_VALUES,
        help="only campaigns in this status (see the list below)",
    )
    listing.add_argument(
        "--mine",
        action="store_true",
        help="only campaigns the user owns or whose account team they are on",
    )
    listing.add_argument("--search", metavar="TEXT", default="", help="words to search for")
    listing.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (default, for people), csv (UTF-8, with a header row) or json: a list "
        "of objects with id, code, name, account, account_id, brand, brand_id, status, kind, "
        "budget (a decimal string), currency, start_date, deadline (YYYY-MM-DD or null), "
        "owner, owner_id, may_be_shown",
    )
    listing.set_defaults(handler=_cmd_campaigns_list)

    campaign = commands.add_parser(
        "campaign",
        parents=[common],
        help="one campaign",
        description="One campaign.",
    )
    campaign_commands = campaign.add_subparsers(
        dest="campaign_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    show = campaign_commands.add_parser(
        "show",
        parents=[common],
        help="show a campaign: details, latest brief, approval history",
        description="Show a campaign: its details, its latest brief in full, and its approval "
        "history, newest first (stage and version, decision, who decided or which client "
        "contact, when, channel, the SHA-256 of the document decided on, comment, on whose "
        "behalf). Money and dates follow the agency's locale. A campaign that does not exist "
        "or that the user may not see fails (exit 1).",
    )
    show.add_argument("id", metavar="ID", type=_record_id, help="the campaign's ID")
    show.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or json: the list's fields plus products, required_approver, "
        "brief (the latest version, every field), brief_versions, proposal_versions, "
        "approvals (newest first) and results",
    )
    show.set_defaults(handler=_cmd_campaign_show)


_DECK_EPILOG = (
    "The deck is written to a temporary file beside FILE.pdf and renamed once whole: a "
    "failure (a missing or unseen record, a folder that cannot be written) leaves no file "
    "behind and exits 1. On success it prints the path, the page count and the PDF's SHA-256."
)


def _add_deck_commands(commands: Any, common: _Parser) -> None:
    """`deck agency|campaign|brief|approvals`: the client decks as PDF files."""
    from agencia.decks.content import AGENCY_SECTIONS, CAMPAIGN_SECTIONS

    deck = commands.add_parser(
        "deck",
        parents=[common],
        help="client decks as PDF: the agency's credentials, a campaign's presentation, "
        "its brief sheet, its approval record",
        description="Client-ready decks (16:9 PDF) made from the data in Agencia. Each "
        "speaks the client's language unless --lang says otherwise.",
        epilog=_DECK_EPILOG,
    )
    kinds = deck.add_subparsers(
        dest="deck_kind", metavar="KIND", required=True, parser_class=_Parser
    )

    def options(parser: argparse.ArgumentParser, sections: tuple[str, ...]) -> None:
        parser.add_argument(
            "--out",
            metavar="FILE.pdf",
            required=True,
            help="the PDF to write (replaced if it exists)",
        )
        parser.add_argument(
            "--lang",
            choices=("es", "en"),
            default=None,
            help="the deck's language: es (Spanish) or en (English); default: the "
            "client's, else the agency's",
        )
        if sections:
            parser.add_argument(
                "--sections",
                metavar="A,B,C",
                type=_sections_of(sections),
                default=None,
                help="only these sections, comma-separated (default: all, each left out "
                "when it has no data): " + ",".join(sections),
            )
        parser.set_defaults(handler=_cmd_deck, sections=None)

    agency = kinds.add_parser(
        "agency",
        parents=[common],
        help="the agency's credentials deck",
        description="The agency's credentials: cover, who we are, services, how we work, "
        "the team, clients, case studies, contact. Only accounts and campaigns marked "
        "may-be-shown appear as clients and cases.",
        epilog=_DECK_EPILOG,
    )
    agency.add_argument(
        "--for",
        dest="for_account",
        metavar="ACCOUNT_ID",
        type=_record_id,
        default=None,
        help="prepare it for this prospect or client: its name on the cover and in the "
        "footer, its language by default",
    )
    options(agency, AGENCY_SECTIONS)

    for kind, label, description, sections in (
        (
            "campaign",
            "a campaign's presentation",
            "A campaign's presentation to its client: cover, challenge and objectives, "
            "audience, strategy, channels and media plan, timeline, budget, team, approvals "
            "and next steps.",
            CAMPAIGN_SECTIONS,
        ),
        (
            "brief",
            "a campaign's brief on one page",
            "The campaign's latest brief as a one-page sheet.",
            (),
        ),
        (
            "approvals",
            "a campaign's approval record",
            "The campaign's approval record: who decided what, when, on which document "
            "(its SHA-256).",
            (),
        ),
    ):
        parser = kinds.add_parser(
            kind,
            parents=[common],
            help=label,
            description=description
            + " A campaign that does not exist or that the user may not see fails (exit 1).",
            epilog=_DECK_EPILOG,
        )
        parser.add_argument(
            "id",
            metavar="ID" if kind == "campaign" else "CAMPAIGN_ID",
            type=_record_id,
            help="the campaign's ID",
        )
        options(parser, sections)


def _sections_of(known: tuple[str, ...]) -> Callable[[str], frozenset[str]]:
    """--sections a,b,c: known names only (a usage error names the others)."""

    def parse(text: str) -> frozenset[str]:
        names = [n.strip() for n in text.split(",") if n.strip()]
        unknown = [n for n in names if n not in known]
        if unknown or not names:
            raise argparse.ArgumentTypeError(
                f"unknown section {', '.join(unknown)}; choose among {','.join(known)}"
                if unknown
                else f"no section named; choose among {','.join(known)}"
            )
        return frozenset(names)

    return parse


def _record_id(text: str) -> int:
    """A record ID as the databases store it: a positive 64-bit integer."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ID: {text!r}") from None
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(f"not an ID: {text!r}")
    return value


# --- opening the database and choosing who acts ---------------------------------------


def _url(args: argparse.Namespace) -> str | None:
    value: str | None = getattr(args, "db", None)
    return value


def _open(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open the database; a SQLite file that does not exist is refused unless `create`."""
    from agencia.db import urls
    from agencia.db.database import open_database

    url = urls.resolve(_url(args))
    if not create and url.get_backend_name() == "sqlite":
        from pathlib import Path

        path = Path(url.database or "").expanduser()
        if not path.is_file() or path.stat().st_size == 0:  # a read never creates a database
            raise DatabaseRefused("db.not_found", path=str(path))
    return open_database(url)


def _actor(db: Database, args: argparse.Namespace) -> Actor:
    from agencia.services import auth

    login: str | None = getattr(args, "user", None)
    if db.is_sqlite:
        if login:
            return auth.actor_for(db, login)
        found = auth.default_login(db)
        if found is None:
            raise DomainError("user.ambiguous" if auth.has_users(db) else "user.none")
        return auth.actor_for(db, found)
    if not login:
        raise DomainError("user.required")
    return auth.sign_in(db, login, _password(db, login))


def _password(db: Database, login: str) -> str:
    """The keyring's password for this server and user, else one line of standard input."""
    try:
        import keyring  # optional: not a dependency

        stored = keyring.get_password("agencia", f"{login}@{db.describe()}")
    except Exception:  # no keyring, or no usable backend: fall back to stdin
        stored = None
    if stored:
        return str(stored)
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(_t("password", login=login))
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


# --- commands --------------------------------------------------------------------------


def _cmd_demo(args: argparse.Namespace) -> int:
    from agencia.demo.fill import fill_demo

    db = _open(args, create=True)
    try:
        where = db.describe()
        try:
            summary = fill_demo(db, size=args.size, seed=args.seed)
        except DomainError as refused:
            if args.if_empty and refused.code == "demo.not_empty":
                print(_t("demo_kept", db=where))
                return EXIT_OK
            raise
    finally:
        db.close()
    print(
        _t(
            "demo_done",
            db=where,
            groups=summary.groups,
            staff=summary.staff,
            accounts=summary.accounts,
            brands=summary.brands,
            products=summary.products,
            contacts=summary.contacts,
            campaigns=summary.campaigns,
            seconds=summary.seconds,
            login=summary.login,
        )
    )
    return EXIT_OK


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from agencia.db.database import upgrade_database

    before, after = upgrade_database(_url(args))
    print(f"{before or _t('no_revision')} → {after}")
    return EXIT_OK


def _cmd_db_current(args: argparse.Namespace) -> int:
    from agencia.db import migrate
    from agencia.db.database import current_revision

    revision = current_revision(_url(args))
    if revision is None:
        print(_t("no_revision"))
    elif revision == migrate.head():
        print(f"{revision} {_t('head')}")
    elif revision not in migrate.known_revisions():
        print(f"{revision} {_t('newer')}")
    else:
        print(revision)
    return EXIT_OK


def _cmd_db_backup(args: argparse.Namespace) -> int:
    import sqlite3
    from pathlib import Path

    from agencia.db import sqlite_checks, urls
    from agencia.db.database import backup_sqlite

    url = urls.resolve(_url(args))
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
        target.unlink(missing_ok=True)
        raise DomainError("db.write_failed", path=str(target), detail=str(exc)) from None
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    print(_t("backup_done", path=written))
    return EXIT_OK


def _cmd_accounts_list(args: argparse.Namespace) -> int:
    from agencia.services.accounts.queries import AccountQuery, list_accounts

    query = AccountQuery(
        text=args.search or "",
        status=AccountStatus(args.status) if args.status else None,
        mine=args.mine,
    )
    db = _open(args)
    try:
        actor = _actor(db, args)
        rows = list_accounts(db, actor, query)
    finally:
        db.close()
    out = sys.stdout
    if args.format == "json":
        _write_json(out, [r.as_json() for r in rows])
    elif args.format == "csv":
        _write_csv(out, rows)
    else:
        _write_table(out, rows)
    return EXIT_OK


def _cmd_account_show(args: argparse.Namespace) -> int:
    from agencia.services.accounts.queries import get_account
    from agencia.services.first_run import get_agency

    db = _open(args)
    try:
        actor = _actor(db, args)
        detail = get_account(db, actor, args.id)
        agency = get_agency(db)
    finally:
        db.close()
    if args.format == "json":
        _write_json(sys.stdout, detail.as_json())
    else:
        _write_detail(sys.stdout, detail, agency.locale if agency else "es_ES")
    return EXIT_OK


def _cmd_campaigns_list(args: argparse.Namespace) -> int:
    from agencia.services.accounts.queries import get_account
    from agencia.services.campaigns.queries import CampaignQuery, list_campaigns

    query = CampaignQuery(
        text=args.search or "",
        status=CampaignStatus(args.status) if args.status else None,
        account_id=args.account,
        mine=args.mine,
    )
    db = _open(args)
    try:
        actor = _actor(db, args)
        if args.account is not None:
            get_account(db, actor, args.account)  # a missing or unseen account says so
        rows = list_campaigns(db, actor, query)
        locale = _agency_locale(db)
    finally:
        db.close()
    out = sys.stdout
    if args.format == "json":
        _write_json(out, [r.as_json() for r in rows])
    elif args.format == "csv":
        _write_campaigns_csv(out, rows)
    else:
        _write_campaigns_table(out, rows, locale)
    return EXIT_OK


def _cmd_campaign_show(args: argparse.Namespace) -> int:
    from agencia.services.campaigns.queries import get_campaign

    db = _open(args)
    try:
        actor = _actor(db, args)
        detail = get_campaign(db, actor, args.id)
        locale = _agency_locale(db)
    finally:
        db.close()
    if args.format == "json":
        _write_json(sys.stdout, detail.as_json())
    else:
        _write_campaign(sys.stdout, detail, locale)
    return EXIT_OK


def _cmd_deck(args: argparse.Namespace) -> int:
    """Write one deck whole or not at all: the temporary file is made first (an unwritable
    folder fails before any work) and renamed only once the PDF is in it and on disk."""
    import hashlib
    from pathlib import Path

    from agencia.services.decks.build import DeckOptions, atomic_output, build_deck

    kind = args.deck_kind
    target = args.for_account if kind == "agency" else args.id
    options = DeckOptions(lang=args.lang or "", sections=args.sections)
    path = Path(args.out).expanduser().absolute()
    with atomic_output(path) as out:
        db = _open(args)
        try:
            pdf = build_deck(db, _actor(db, args), kind, target, options)
        finally:
            db.close()
        out.write(pdf)
    pages = _page_count(pdf)
    print(
        _t(
            "deck_written_one" if pages == 1 else "deck_written",
            path=path,
            pages=pages,
            sha256=hashlib.sha256(pdf).hexdigest(),
        )
    )
    return EXIT_OK


def _page_count(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def _agency_locale(db: Database) -> str:
    from agencia.services.first_run import get_agency

    agency = get_agency(db)
    return agency.locale if agency and agency.locale else "es_ES"


# --- output ----------------------------------------------------------------------------


def _write_json(out: IO[str], value: Any) -> None:
    import json

    out.write(json.dumps(value, ensure_ascii=False, indent=2))
    out.write("\n")


_CSV_COLUMNS = (
    "id", "name", "legal_name", "tax_id", "status", "sector", "group", "group_id",
    "lead_executive", "lead_executive_id", "city", "country",
)  # fmt: skip


def _write_csv(out: IO[str], rows: Sequence[AccountRow]) -> None:
    import csv

    writer = csv.DictWriter(out, fieldnames=_CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        record = row.as_json()
        writer.writerow({k: "" if record.get(k) is None else record.get(k) for k in _CSV_COLUMNS})


# (key, shrinkable) in display order
_TABLE_COLUMNS = (
    ("id", False),
    ("name", True),
    ("status", False),
    ("sector", True),
    ("group", True),
    ("lead_executive", True),
    ("city", True),
)


def _cell(row: AccountRow, key: str) -> str:
    if key == "status":
        return _label(_STATUS, row.status.value)
    return str(getattr(row, key) or "")


def _fit(widths: list[int], shrinkable: list[bool], room: int) -> list[int]:
    """Narrow the widest shrinkable columns, one character at a time, until they fit."""
    floor = 8
    while sum(widths) + 2 * (len(widths) - 1) > room:
        candidates = [i for i, s in enumerate(shrinkable) if s and widths[i] > floor]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
    return widths


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _write_table(out: IO[str], rows: Sequence[AccountRow]) -> None:
    if not rows:
        out.write(_t("none") + "\n")
        return
    _write_grid(
        out,
        [_t(key) for key, _ in _TABLE_COLUMNS],
        [[_cell(r, key) for key, _ in _TABLE_COLUMNS] for r in rows],
        [s for _, s in _TABLE_COLUMNS],
        [i == 0 for i in range(len(_TABLE_COLUMNS))],
    )
    out.write((_t("count_one") if len(rows) == 1 else _t("count", n=len(rows))) + "\n")


def _write_grid(
    out: IO[str],
    headers: Sequence[str],
    cells: Sequence[Sequence[str]],
    shrinkable: Sequence[bool],
    right: Sequence[bool],
) -> None:
    """Columns that fit the terminal: the widest shrinkable ones give way, clipped with '…'."""
    import shutil

    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    room = shutil.get_terminal_size((120, 24)).columns
    widths = _fit(widths, list(shrinkable), room)

    def line(values: Sequence[str]) -> str:
        parts = []
        for i, value in enumerate(values):
            text = _clip(value, widths[i])
            parts.append(text.rjust(widths[i]) if right[i] else text.ljust(widths[i]))
        return "  ".join(parts).rstrip()

    out.write(line(headers) + "\n")
    out.write("  ".join("─" * w for w in widths) + "\n")
    for c in cells:
        out.write(line(c) + "\n")


def _when(moment: datetime, locale: str) -> str:
    """A moment in the agency's locale (Babel) and this machine's time zone."""
    from babel.core import UnknownLocaleError
    from babel.dates import format_datetime

    try:
        return format_datetime(moment.astimezone(), "medium", locale=locale)
    except (UnknownLocaleError, ValueError):
        return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def _write_detail(out: IO[str], d: AccountDetail, locale: str = "es_ES") -> None:
    def field(key: str, value: str) -> None:
        if value:
            out.write(f"  {_t(key) + ':':<22}{value}\n")

    title = f"{d.trade_name}  [{d.id}]"
    out.write(title + "\n" + "═" * len(title) + "\n")
    field("legal_name", d.legal_name)
    field("tax_id", d.tax_id)
    field("status", _label(_STATUS, d.status.value))
    field("sector", d.sector)
    field("group", d.group)
    field("lead_executive", d.lead_executive)
    if d.parent_id is not None:
        field("parent", f"{d.parent_name} [{d.parent_id}]")
    if d.subsidiaries:
        field("subsidiaries", ", ".join(f"{name} [{i}]" for i, name in d.subsidiaries))
    field("city", ", ".join(p for p in (d.city, d.country) if p))
    field("address", d.address)
    field("contact_data", "  ".join(p for p in (d.phone, d.email, d.website) if p))
    field("locale", " · ".join(p for p in (d.locale, d.currency) if p))
    field("may_be_shown", _t("yes") if d.may_be_shown else _t("no"))
    field("notes", d.notes)

    out.write(f"\n{_t('brands')}\n")
    if not d.brands:
        out.write(f"  {_t('none_yet')}\n")
    for b in d.brands:
        products = ", ".join(p.name for p in b.products)
        out.write(f"  • {b.name}" + (f": {products}" if products else "") + "\n")

    out.write(f"\n{_t('contacts')}\n")
    if not d.contacts:
        out.write(f"  {_t('none_yet')}\n")
    for c in d.contacts:
        flags = [f"{_t('prefers')} {_label(_CHANNEL, c.preferred_channel.value)}"]
        if c.decision_maker:
            flags.insert(0, _t("decision_maker"))
        if not c.active:
            flags.append(_t("inactive"))
        out.write(f"  • {c.full_name}" + (f", {c.position}" if c.position else ""))
        out.write(f" ({'; '.join(flags)})\n")
        reach = "  ".join(p for p in (c.email, c.phone, c.mobile) if p)
        if reach:
            out.write(f"      {reach}\n")
        if c.brands:
            out.write(f"      {_t('their_brands')}: {', '.join(c.brands)}\n")

    out.write(f"\n{_t('team')}\n")
    if not d.team:
        out.write(f"  {_t('none_yet')}\n")
    for m in d.team:
        title = f" ({m.title})" if m.title else ""
        out.write(f"  • {_label(_PART, m.part.value)}: {m.name}{title}\n")

    if d.history:
        out.write(f"\n{_t('history')}\n")
        for h in d.history[:5]:
            what = f"{_label(_ACTION, h.action.value)} {_label(_ENTITY, h.entity)}: {h.summary}"
            out.write(f"  {_when(h.at, locale)}  {h.who}  {what}\n")


# --- campaigns -------------------------------------------------------------------------


def _money(amount: Any, currency: str, locale: str) -> str:
    """An amount with its currency in the agency's locale (Babel): 48.500,50 €."""
    from babel.core import UnknownLocaleError
    from babel.numbers import format_currency

    try:
        return str(format_currency(amount, currency or "EUR", locale=locale))
    except (UnknownLocaleError, ValueError):
        return f"{amount} {currency}".strip()


def _day(value: date | None, locale: str) -> str:
    """A date in the agency's locale (Babel): 15 jul 2026."""
    from babel.core import UnknownLocaleError
    from babel.dates import format_date

    if value is None:
        return ""
    try:
        return str(format_date(value, "medium", locale=locale))
    except (UnknownLocaleError, ValueError):
        return value.isoformat()


_CAMPAIGNS_CSV = (
    "id", "code", "name", "account", "account_id", "brand", "brand_id", "kind", "status",
    "budget", "currency", "start_date", "deadline", "owner", "owner_id", "may_be_shown",
)  # fmt: skip


def _write_campaigns_csv(out: IO[str], rows: Sequence[CampaignRow]) -> None:
    import csv

    writer = csv.DictWriter(out, fieldnames=_CAMPAIGNS_CSV, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        record = row.as_json()
        record["may_be_shown"] = "true" if row.may_be_shown else "false"
        writer.writerow({k: "" if record.get(k) is None else record[k] for k in _CAMPAIGNS_CSV})


# (header key, shrinkable, right-aligned) in display order
_CAMPAIGN_COLUMNS = (
    ("id", False, True),
    ("campaign", True, False),
    ("account", True, False),
    ("brand", True, False),
    ("status", True, False),
    ("budget", False, True),
    ("deadline", False, False),
    ("owner", True, False),
)


def _campaign_cells(row: CampaignRow, locale: str) -> list[str]:
    return [
        str(row.id),
        row.name,
        row.account,
        row.brand,
        messages.status_name(row.status.value),
        _money(row.budget, row.currency, locale),
        _day(row.deadline, locale),
        row.owner,
    ]


def _write_campaigns_table(out: IO[str], rows: Sequence[CampaignRow], locale: str) -> None:
    if not rows:
        out.write(_t("c_none") + "\n")
        return
    _write_grid(
        out,
        [_t(key) for key, _, _ in _CAMPAIGN_COLUMNS],
        [_campaign_cells(r, locale) for r in rows],
        [s for _, s, _ in _CAMPAIGN_COLUMNS],
        [r for _, _, r in _CAMPAIGN_COLUMNS],
    )
    out.write((_t("c_count_one") if len(rows) == 1 else _t("c_count", n=len(rows))) + "\n")


_LABEL_WIDTH = 22


def _field(out: IO[str], label: str, value: str, indent: int = 2) -> None:
    """`label: value`, the value wrapped to the terminal under its own column (its line
    breaks kept; a SHA-256 or a web address never cut)."""
    import shutil
    import textwrap

    room = max(shutil.get_terminal_size((100, 24)).columns, 60) - indent - _LABEL_WIDTH
    lines: list[str] = []
    for paragraph in value.splitlines() or [""]:
        lines += textwrap.wrap(
            paragraph, max(room, 30), break_long_words=False, break_on_hyphens=False
        ) or [""]
    head = f"{label}:".ljust(_LABEL_WIDTH - 1) + " "
    out.write(f"{' ' * indent}{head}{lines[0]}".rstrip() + "\n")
    for more in lines[1:]:
        out.write(" " * (indent + len(head)) + more + "\n")


def _write_campaign(out: IO[str], d: CampaignDetail, locale: str = "es_ES") -> None:
    row = d.row

    def field(key: str, value: str) -> None:
        if value:
            _field(out, _t(key), value)

    title = f"{row.name}  [{row.id}]"
    out.write(title + "\n" + "═" * len(title) + "\n")
    field("code", row.code)
    field("account", f"{row.account} [{row.account_id}]")
    field("brand", row.brand)
    field("products", ", ".join(name for _, name in d.products))
    field("kind", _label(_KIND, row.kind.value))
    field("status", messages.status_name(row.status.value))
    field("owner", row.owner)
    field("budget", _money(row.budget, row.currency, locale))
    field("start", _day(row.start_date, locale))
    field("deadline", _day(row.deadline, locale))
    field("approver", _t("approver_level", role=messages.role_name(d.required_role.value)))
    field("may_be_shown", _t("yes") if row.may_be_shown else _t("no"))
    field("created", _when(d.created_at, locale))
    _write_brief(out, d, locale)
    _write_approvals(out, d.approvals, locale)
    if d.results_story or d.results_kpis:
        out.write(f"\n{_t('results')}\n")
        if d.results_story:
            _field(out, _t("summary"), d.results_story)
        for k in d.results_kpis:
            out.write(
                f"  • {_t('kpi_result', name=k.name, target=k.target, achieved=k.achieved)}\n"
            )


def _write_brief(out: IO[str], d: CampaignDetail, locale: str) -> None:
    from agencia.domain.briefs import BRIEF_FIELDS

    brief = d.latest_brief
    if brief is None:
        out.write(f"\nBrief\n  {_t('no_brief')}\n")
        return
    out.write(f"\n{_t('brief_title', number=brief.number, count=len(d.briefs))}\n")
    _field(out, _t("template"), _label(_KIND, brief.template.value))
    _field(
        out,
        _t("author"),
        ", ".join(p for p in (brief.author, _when(brief.created_at, locale)) if p),
    )
    decision = messages.decision_name(brief.decision.value) if brief.decision else _t("pending")
    _field(out, _t("brief_decision"), decision)
    if brief.note:
        _field(out, _t("version_note"), brief.note)
    out.write("  " + "─" * (_LABEL_WIDTH + 20) + "\n")
    english = messages.language() == "en"
    for name, es, en in BRIEF_FIELDS:
        value = brief.fields.get(name)
        if value is None or value == "":
            text = _t("none_yet")
        elif name == "budget":
            text = _money(value, d.row.currency, locale)
        elif isinstance(value, date):
            text = _day(value, locale)
        else:
            text = str(value)
        _field(out, en if english else es, text)


def _write_approvals(out: IO[str], approvals: Sequence[ApprovalView], locale: str) -> None:
    out.write(f"\n{_t('approvals')} ({_t('newest_first')})\n")
    if not approvals:
        out.write(f"  {_t('no_approvals')}\n")

    def field(key: str, value: str) -> None:
        if value:
            _field(out, _t(key), value, indent=6)

    for a in approvals:
        title = messages.render(
            f"timeline.{a.stage.value}_decision",
            {"number": a.subject_number, "decision": messages.decision_name(a.decision.value)},
        )
        out.write(f"  • {title}" + (f" ({_t('superseded')})" if a.superseded else "") + "\n")
        if a.contact:  # the client decided; someone of the agency recorded it
            field("client_contact", a.contact)
            field("recorded_by", a.decided_by)
            field("on_behalf_of", a.on_behalf_of)
            field("when", _t("recorded_at", day=_day(a.decided_on, locale), at=_when(a.at, locale)))
        else:
            field("decided_by", a.decided_by)
            field("on_behalf_of", a.on_behalf_of)
            field("when", _when(a.at, locale))
        if a.stage is ApprovalStage.INTERNAL and a.required_role:
            field("required", messages.role_name(a.required_role))
        field("channel", _label(_CHANNEL, a.channel.value) if a.channel else "")
        field("document", a.document_sha256)
        if a.proof is not None:
            field("proof", a.proof.name)
            field("proof_sha", a.proof.sha256)
        field("comment", a.comment)


# --- the entry point -------------------------------------------------------------------


def _run_gui(args: argparse.Namespace) -> int:
    from agencia.app import run_gui  # only here: the command line never loads Qt otherwise

    return int(run_gui(_url(args)))


def _fail(message: str, status: int) -> int:
    try:
        sys.stderr.write(message.replace("\n", " ").strip() + "\n")
        sys.stderr.flush()
    except Exception:  # stderr gone: nothing more to say
        pass
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script exits with it)."""
    messages.set_language(messages.detect_language())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_gui(args)
        return handler(args)
    except DomainError as exc:
        return _fail(str(exc), exc.exit_status)
    except KeyboardInterrupt:
        return _fail(_t("interrupted"), 130)
    except BrokenPipeError:  # `agencia accounts list | head`: the reader left; not an error
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return _fail(
            _t("internal", detail=f"{type(exc).__name__}: {detail}".rstrip(": ")), EXIT_FAILED
        )


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's flush is quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
