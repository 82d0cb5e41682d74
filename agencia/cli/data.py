"""The data area's commands: `import KIND FILE`, `imports list|undo`, `export --out DIR`,
`restore DIR` and `vcards ACCOUNT_ID`.

`import` reports every problem by row and column (the header is row 1) on standard
output, one a line, and exits 1 when it wrote nothing because of them; `--dry-run` only
reports, `--skip-invalid` imports the good rows and writes the others, with their reasons,
to a rejects CSV. Progress goes to standard error when it is a terminal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agencia.cli import formats
from agencia.cli.errors import EXIT_FAILED, EXIT_OK
from agencia.cli.parser import Parser, noun, record_id
from agencia.cli.session import (
    acting,
    acting_unseen_as_missing,
    agency_locale,
    agency_zone,
    open_db,
)
from agencia.domain.messages import render

if TYPE_CHECKING:
    from agencia.db.database import Database
    from agencia.domain.actor import Actor
    from agencia.services.data.history import ImportRow
    from agencia.services.data.imports import ImportReport
    from agencia.services.data.restore_all import Restored

KINDS = ("accounts", "contacts", "brands", "staff", "vendors")


def register(commands: Any, common: Parser) -> None:
    """`import` and `imports`."""
    parser = commands.add_parser(
        "import",
        parents=[common],
        help="import accounts, contacts, brands, staff or vendors from a CSV or XLSX file",
        description="Import a spreadsheet (CSV in any encoding and delimiter, or XLSX). "
        "A file with any bad row writes nothing unless --skip-invalid.",
    )
    parser.add_argument("kind", choices=KINDS, help="what the file holds")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--dry-run", action="store_true", help="only report; write nothing")
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the good rows; the others go to the rejects file",
    )
    parser.add_argument(
        "--rejects",
        type=Path,
        metavar="FILE",
        help="where the rejected rows go (default: FILE.rechazadas.csv beside the file)",
    )
    parser.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: first)")
    parser.add_argument(
        "--duplicates",
        choices=("report", "skip", "update"),
        default="report",
        help="a row that repeats an existing record: a problem (default), skipped, or "
        "(accounts) an update of that account",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(handler=import_file)

    imports = commands.add_parser(
        "imports", parents=[common], help="the imports made", description="The imports made."
    )
    actions = imports.add_subparsers(
        dest="imports_command", metavar="ACTION", required=True, parser_class=Parser
    )
    listing = actions.add_parser("list", parents=[common], help="list the imports, newest first")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=list_imports)
    undo = actions.add_parser(
        "undo", parents=[common], help="undo an import whole, if nothing was edited since"
    )
    undo.add_argument("id", type=record_id, metavar="ID")
    undo.set_defaults(handler=undo_import)

    export = commands.add_parser(
        "export",
        parents=[common],
        help="write the whole database to a folder (JSON, files, manifest); administrator",
        description="Write the whole database as JSON files (one per table), its stored "
        "files with their SHA-256 and a manifest; `agencia restore` loads it elsewhere.",
    )
    export.add_argument("--out", type=Path, metavar="DIR", required=True)
    export.set_defaults(handler=export_everything)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="load a folder written by `agencia export` into an empty database",
        description="Load an export into an empty database (SQLite or PostgreSQL, at this "
        "version's schema): the way from one workstation to the shared server. On "
        "PostgreSQL, run it as the owner role, as `agencia db init`: the database is "
        "secured as `db init` secures it, --admin names the export's administrator who "
        "signs in first (their new password is read twice on a terminal, once from "
        "standard input otherwise), and every other person gets a server role whose "
        "password the administrator then sets (`user reset-password`).",
    )
    restore.add_argument("folder", type=Path, metavar="DIR")
    restore.add_argument(
        "--admin",
        metavar="LOGIN",
        help="on PostgreSQL (required there): the export's administrator who signs in first",
    )
    restore.set_defaults(handler=restore_everything)

    cards = commands.add_parser(
        "vcards",
        parents=[common],
        help="an account's contacts as vCards (.vcf)",
        description="Write an account's active contacts (or one of them) as vCards 4.0.",
    )
    cards.add_argument("account", type=record_id, metavar="ACCOUNT_ID")
    cards.add_argument("--contact", type=record_id, metavar="CONTACT_ID")
    cards.add_argument("--out", type=Path, metavar="FILE", required=True)
    cards.set_defaults(handler=write_vcards)
    _register_contact(commands, common)


BAR = 24  # characters of the terminal's progress bar


def _progress(done: int, total: int) -> None:
    """A bar that fills over one line of the terminal, the rows counted beside it."""
    share = done / total if total else 1.0
    filled = min(BAR, int(share * BAR))
    bar = "[" + "█" * filled + "░" * (BAR - filled) + f"] {int(share * 100):3d} %  "
    sys.stderr.write("\r" + bar + render("data.progress", {"done": done, "total": total}))
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def import_file(args: argparse.Namespace) -> int:
    from agencia.services.data.fields import ImportKind
    from agencia.services.data.imports import ImportOptions, run_import
    from agencia.services.data.rejects import write_rejects
    from agencia.services.data.rows import Duplicates

    options = ImportOptions(
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        duplicates=Duplicates(args.duplicates),
        sheet=args.sheet,
    )
    progress = _progress if sys.stderr is not None and sys.stderr.isatty() else None
    kind = ImportKind(args.kind)
    report = acting(
        args, lambda db, actor: run_import(db, actor, args.file, kind, options, progress)
    )
    rejects: Path | None = None
    if report.rejected and (args.skip_invalid or args.rejects):
        wanted = args.rejects or args.file.with_name(args.file.stem + ".rechazadas.csv")
        rejects = write_rejects(wanted, report)
    if args.format == "json":
        formats.write_json(sys.stdout, _as_json(report, rejects))
    else:
        _print(report, rejects)
    refused = bool(report.rejected) and not (report.written or args.skip_invalid)
    return EXIT_FAILED if refused else EXIT_OK


def _print(report: ImportReport, rejects: Path | None) -> None:
    out = formats.for_people(sys.stdout)
    for problem in report.problems:
        out.write(problem.describe() + "\n")
    out.write(report.summary() + "\n")
    if rejects is not None:
        out.write(render("data.rejects_written", {"path": str(rejects)}) + "\n")


def _as_json(report: ImportReport, rejects: Path | None) -> dict[str, Any]:
    return {
        "import_id": report.import_id,
        "written": report.written,
        "dry_run": report.dry_run,
        "sha256": report.sha256,
        "encoding": report.encoding,
        "delimiter": report.delimiter,
        "sheet": report.sheet,
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "skipped": report.skipped,
        "rejected": [r.row.number for r in report.rejected],
        "problems": [
            {
                "row": p.row,
                "column": p.column,
                "field": p.field_name,
                "code": p.code,
                "reason": p.reason(),
            }
            for p in report.problems
        ],
        "rejects_file": str(rejects) if rejects else None,
    }


def list_imports(args: argparse.Namespace) -> int:
    from agencia.services.data.history import list_imports as rows_of
    from agencia.services.data.history import nothing_listed

    def work(db: Database, actor: Actor) -> tuple[list[ImportRow], Actor, str, str]:
        return rows_of(db, actor), actor, agency_locale(db), agency_zone(db)

    rows, actor, locale, zone = acting(args, work, read_only=True)
    if args.format == "json":
        formats.write_json(sys.stdout, [r.as_json() for r in rows])
        return EXIT_OK
    out = formats.for_people(sys.stdout)
    if not rows:
        out.write(render(nothing_listed(actor)) + "\n")
        return EXIT_OK
    heads = ("id", "at", "kind", "file", "created", "updated", "rejected", "by", "state")
    formats.write_grid(  # as every other list: a header, aligned columns
        out,
        [render(f"data.list_head.{h}") for h in heads],
        [
            [
                str(r.id),
                formats.when(r.at, locale, zone),
                render(f"data.kind.{r.kind}"),
                r.file_name,
                str(r.created),
                str(r.updated),
                str(r.rejected),
                r.by,
                render("data.undone_mark") if r.undone_at else "",
            ]
            for r in rows
        ],
        [False, False, False, True, False, False, False, True, False],
        [True, False, False, False, True, True, True, False, False],
    )
    return EXIT_OK


def undo_import(args: argparse.Namespace) -> int:
    """Says how many records went and which: the first few by name (stored text, made
    safe for the terminal), the rest counted — the window's toast's sentence."""
    from agencia.services.data.undo import undo_import as undo

    undone = acting(args, lambda db, actor: undo(db, actor, args.id))
    formats.for_people(sys.stdout).write(undone.sentence(args.id) + "\n")
    return EXIT_OK


def export_everything(args: argparse.Namespace) -> int:
    from agencia.services.data.export_all import export_all

    counts = acting(args, lambda db, actor: export_all(db, actor, args.out), read_only=True)
    summary = {"tables": len(counts), "rows": sum(counts.values()), "path": str(args.out)}
    print(render("data.exported", summary))
    return EXIT_OK


def restore_everything(args: argparse.Namespace) -> int:
    from agencia.cli.session import database_url
    from agencia.db import urls
    from agencia.services.data.restore_all import ServerAdmin, restore_checked

    url = urls.resolve(database_url(args))
    if url.get_backend_name() == "sqlite":  # into a hidden sibling, renamed once committed
        from agencia.services.data.restore_file import restore_into_file

        done = restore_into_file(Path(url.database or ""), args.folder)
        return _restored(args, done, urls.describe(url), None)
    db = open_db(args, create=True)
    try:
        admin = None
        if not db.is_sqlite and args.admin:  # without it the service says what is missing
            from agencia.cli.session import new_password

            admin = ServerAdmin(args.admin.strip(), new_password(args.admin.strip()))
        done = restore_checked(db, args.folder, admin)
        where = db.describe()
    finally:
        db.close()
    return _restored(args, done, where, admin)


def _restored(args: argparse.Namespace, done: Restored, where: str, admin: Any) -> int:
    """What a restore loaded, and what the person must do next."""
    counts = done.counts
    summary = {"tables": len(counts), "rows": sum(counts.values()), "url": where}
    print(render("data.restored", summary))
    if done.unchecked:
        print(render("data.restore_unchecked"))
    if done.no_password:
        print(render("data.restore_no_passwords", {"command": _reset_command(args, done)}))
    if admin is not None:
        print(render("data.restore_waiting", _waiting(args, admin.login, done)))
    return EXIT_OK


def _waiting(args: argparse.Namespace, admin: str, done: Restored) -> dict[str, Any]:
    """Who signs in first on the restored server database, and the command that gives
    each of the others a password."""
    import shlex

    from sqlalchemy.engine import URL

    from agencia.cli.session import database_url
    from agencia.db import urls

    # the server and database only: the administrator connects as themselves, and the
    # owner's credentials are never printed
    full = urls.resolve(database_url(args))
    url = URL.create(
        full.drivername, host=full.host, port=full.port, database=full.database, query=full.query
    )
    where = f" --db {shlex.quote(url.render_as_string(hide_password=False))}"
    command = f"agencia{where} user reset-password LOGIN --user {shlex.quote(admin)}"
    return {"login": admin, "count": len(done.waiting), "command": command}


def _reset_command(args: argparse.Namespace, done: Restored) -> str:
    """The command that gives the restored database's administrator a password."""
    import shlex

    from agencia.cli.session import database_url

    login = shlex.quote(done.no_password[0])
    url = database_url(args)
    where = f" --db {shlex.quote(url)}" if url else ""
    return f"agencia{where} user reset-password {login} --user {login}"


def write_vcards(args: argparse.Namespace) -> int:
    from agencia.services.data.vcards import account_vcards
    from agencia.services.files import write_atomically

    cards = acting_unseen_as_missing(
        args,
        lambda db, actor: account_vcards(db, actor, args.account, args.contact),
        read_only=True,
    )
    write_atomically(args.out, cards.encode("utf-8"))
    return EXIT_OK


def _register_contact(commands: Any, common: Parser) -> None:
    """`contact export ID --out FILE` and `contact erase ID --confirm` (administrator),
    beside the accounts area's `contact add|edit` in the one noun."""
    what = "a client contact: add, edit; export, erase (data protection, administrator)"
    actions = noun(commands, common, "contact", what, aliases=("contacts",))
    export = actions.add_parser(
        "export",
        parents=[common],
        help="write everything stored about the contact",
        description="Everything stored about a client contact in one file (administrator).",
    )
    export.add_argument("id", type=record_id, metavar="ID")
    export.add_argument("--out", type=Path, metavar="FILE", required=True)
    export.add_argument(
        "--format",
        choices=("json", "text"),
        help="json, or text for people (default: json for a .json file, else text)",
    )
    export.set_defaults(handler=export_contact)
    erase = actions.add_parser(
        "erase",
        parents=[common],
        help="erase the contact's personal data, for good",
        description="Erase a client contact's personal data (administrator): the record "
        "stays as «persona suprimida #ID»; the audit trail keeps who did what and when, "
        "without their values.",
    )
    erase.add_argument("id", type=record_id, metavar="ID")
    erase.add_argument("--confirm", action="store_true", help="yes, erase it")
    erase.set_defaults(handler=erase_contact)


def export_contact(args: argparse.Namespace) -> int:
    import json

    from agencia.services.data.personal_data import export_contact as gather
    from agencia.services.data.personal_data import readable
    from agencia.services.files import write_atomically

    found = acting(args, lambda db, actor: gather(db, actor, args.id))
    as_json = (args.format or ("json" if args.out.suffix.lower() == ".json" else "text")) == "json"
    text = json.dumps(found, ensure_ascii=False, indent=2) + "\n" if as_json else readable(found)
    write_atomically(args.out, text.encode("utf-8"))
    print(render("data.personal.exported", {"id": args.id, "path": str(args.out)}))
    return EXIT_OK


def erase_contact(args: argparse.Namespace) -> int:
    from agencia.services.data.personal_data import erase_contact as erase

    if not args.confirm:
        print(render("data.personal.confirm", {"id": args.id}), file=sys.stderr)
        return EXIT_FAILED
    entries = acting(args, lambda db, actor: erase(db, actor, args.id))
    print(render("data.personal.erased", {"id": args.id, "count": entries}))
    return EXIT_OK
