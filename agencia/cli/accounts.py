"""The accounts area's commands: `accounts list`, `account show`, `account add`, and
`contact add` / `contact edit` (a client's contact, its channels' details included; also
spelt `contacts add|edit`), and an administrator's `accounts merge`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeVar

from agencia.cli import formats, words
from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser, noun, record_id
from agencia.cli.session import acting, acting_unseen_as_missing
from agencia.cli.words import t
from agencia.domain import messages
from agencia.domain.enums import AccountStatus

if TYPE_CHECKING:
    from agencia.db.database import Database
    from agencia.domain.actor import Actor
    from agencia.services.accounts.merge import MergePlan
    from agencia.services.accounts.rows import AccountRow
    from agencia.services.accounts.views import AccountDetail, ContactView
    from agencia.services.first_run import AgencyView


T = TypeVar("T")


def register(commands: Any, common: Parser) -> None:
    """`accounts list`, `account show ID` and `account add NAME`."""
    accounts = commands.add_parser(
        "accounts",
        parents=[common],
        help="lists of accounts",
        description="Lists of accounts (clients).",
    )
    accounts_commands = accounts.add_subparsers(
        dest="accounts_command", metavar="ACTION", required=True, parser_class=Parser
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
    listing.set_defaults(handler=list_accounts)
    register_merge(accounts_commands, common)  # `accounts merge`, below

    account = commands.add_parser(
        "account",
        parents=[common],
        help="one account",
        description="One account (client).",
    )
    account_commands = account.add_subparsers(
        dest="account_command", metavar="ACTION", required=True, parser_class=Parser
    )
    show = account_commands.add_parser(
        "show",
        parents=[common],
        help="show an account: details, brands, contacts, team",
        description="Show an account: details, brands and products, contacts and team.",
    )
    show.add_argument("id", metavar="ID", type=record_id, help="the account's ID")
    show.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or json"
    )
    show.set_defaults(handler=show_account)
    add = account_commands.add_parser(
        "add",
        parents=[common],
        help="add an account; prints its ID",
        description="Add an account (client) as the user, with the same permissions as in "
        "the window: an administrator chooses any group and lead; anyone else's account joins "
        "their own group. Prints the new account's ID.",
    )
    add.add_argument("name", metavar="NAME", help="the account's trade name")
    add.add_argument("--group", metavar="GROUP_ID", type=record_id, required=True)
    add.add_argument(
        "--lead", metavar="STAFF_ID", type=record_id, required=True, help="the lead executive"
    )
    add.add_argument("--tax-id", metavar="ID", default="", help="NIF/CIF, RFC, CUIT, NIT, RUT…")
    add.add_argument(
        "--country",
        metavar="CC",
        help="ISO 3166 country code (default ES); sets the currency, locale and time zone not "
        "given",
    )
    add.add_argument(
        "--currency", metavar="CODE", default="", help="ISO 4217 code, e.g. MXN (default: "
        "the country's when --country is given, else the agency's)",
    )  # fmt: skip
    add.add_argument(
        "--locale", metavar="LOCALE", default="", help="numbers, money and dates, e.g. es_MX "
        "(default: the country's Spanish when --country is given, else the agency's)",
    )  # fmt: skip
    add.add_argument(
        "--time-zone", metavar="TZ", default="", help="an IANA name, e.g. America/Mexico_City "
        "(default: the country's when --country is given, else the agency's)",
    )  # fmt: skip
    add.add_argument(
        "--format", choices=("text", "json"), default="text", help='text (the ID) or {"id": N}'
    )
    add.set_defaults(handler=add_account)
    _register_contact(commands, common)


def list_accounts(args: argparse.Namespace) -> int:
    from agencia.services.accounts import queries

    query = queries.AccountQuery(
        text=args.search or "",
        status=AccountStatus(args.status) if args.status else None,
        mine=args.mine,
    )
    rows = acting(
        args, lambda db, actor: queries.list_accounts(db, actor, query), read_only=True
    )  # beside the window
    out = sys.stdout if args.format in ("csv", "json") else formats.for_people(sys.stdout)
    if args.format == "json":
        formats.write_json(out, [r.as_json() for r in rows])
    elif args.format == "csv":
        formats.write_csv(out, (r.as_json() for r in rows), queries.CSV_COLUMNS)
    else:
        _write_table(out, rows)
    return EXIT_OK


def add_account(args: argparse.Namespace) -> int:
    """The new account's ID on stdout; on stderr, the accounts that already have its tax
    ID (named only where the person may see them) and how to merge them."""
    from agencia.services.accounts.account_edit import (
        AccountInput,
        create_account,
        with_country_defaults,
    )

    data = AccountInput(
        trade_name=args.name,
        group_id=args.group,
        lead_executive_id=args.lead,
        tax_id=args.tax_id,
        country="ES" if args.country is None else args.country,
        time_zone=args.time_zone,
        currency=args.currency.strip().upper(),  # as the window's form reads it
        locale=args.locale,
    )
    if args.country is not None:  # its money, dates and office hours, as its country keeps them
        data = with_country_defaults(data)
    saved = acting(args, lambda db, actor: create_account(db, actor, data))
    formats.write_new_id(args.format, saved.id)
    _write_warnings(formats.for_people(sys.stderr), saved.id, saved.warnings)
    return EXIT_OK


def _write_warnings(
    out: IO[str], new_id: int, warnings: Sequence[tuple[str, dict[str, Any]]]
) -> None:
    """The save's warnings, one a line: a duplicate tax ID names the other account with
    its ID (the service names only those the person may see, «otra cuenta» the rest),
    then how an administrator merges them."""
    duplicates = [p["id"] for c, p in warnings if c == "account.tax_id_duplicate"]
    for code, params in warnings:
        if code == "account.tax_id_duplicate":
            params = {**params, "name": f"{params['name']} [{params['id']}]"}
        out.write(messages.render(code, params) + "\n")
    if duplicates:
        out.write(t("merge_hint", keep=duplicates[0], duplicate=new_id) + "\n")
    elif any(c == "account.tax_id_duplicate_hidden" for c, _ in warnings):
        out.write(t("merge_hint_hidden") + "\n")


def show_account(args: argparse.Namespace) -> int:
    from agencia.services.accounts.queries import get_account
    from agencia.services.first_run import get_agency
    from agencia.services.unseen import unseen_as_missing

    def work(db: Database, actor: Actor) -> tuple[AccountDetail, AgencyView | None]:
        with unseen_as_missing():  # another group's account is none of theirs to know of
            return get_account(db, actor, args.id), get_agency(db)

    detail, agency = acting(args, work, read_only=True)  # beside the window
    if args.format == "json":
        formats.write_json(sys.stdout, detail.as_json())
    else:
        _write_detail(
            formats.for_people(sys.stdout),
            detail,
            agency.locale if agency else "es_ES",
            agency.time_zone if agency else "",
        )
    return EXIT_OK


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
        return words.account_status_label(row.status.value)
    return str(getattr(row, key) or "")


def _write_table(out: IO[str], rows: Sequence[AccountRow]) -> None:
    if not rows:
        out.write(t("none") + "\n")
        return
    formats.write_grid(
        out,
        [t(key) for key, _ in _TABLE_COLUMNS],
        [[_cell(r, key) for key, _ in _TABLE_COLUMNS] for r in rows],
        [s for _, s in _TABLE_COLUMNS],
        [i == 0 for i in range(len(_TABLE_COLUMNS))],
    )
    out.write((t("count_one") if len(rows) == 1 else t("count", n=len(rows))) + "\n")


def _write_contacts(out: IO[str], contacts: Sequence[ContactView]) -> None:
    """The account's contacts: how each prefers to be reached, and their brands."""
    out.write(f"\n{t('contacts')}\n")
    if not contacts:
        out.write(f"  {t('none_yet')}\n")
    for c in contacts:
        flags = [f"{t('prefers')} {words.channel_label(c.preferred_channel.value)}"]
        if c.decision_maker:
            flags.insert(0, t("decision_maker"))
        if not c.active:
            flags.append(t("inactive"))
        if c.preferred_hours:
            flags.append(c.preferred_hours)
        out.write(f"  • {c.full_name}" + (f", {c.position}" if c.position else ""))
        out.write(f" ({'; '.join(flags)})\n")
        reach = "  ".join(p for p in (c.email, c.phone, c.mobile) if p)
        if c.fax:
            reach = f"{reach}  fax {c.fax}".strip()
        if reach:
            out.write(f"      {reach}\n")
        if c.brands:
            out.write(f"      {t('their_brands')}: {', '.join(c.brands)}\n")
        if c.postal_address:
            out.write(f"      {' · '.join(c.postal_address.splitlines())}\n")


def _write_detail(
    out: IO[str], d: AccountDetail, locale: str = "es_ES", agency_zone: str = ""
) -> None:
    """The account as people read it: its country and locale by their names in the
    reader's language (the codes are for `--format json`), its moments on its own clock
    (else the agency's)."""
    from agencia.domain.locale_names import country_name, locale_name
    from agencia.domain.tax_ids import display, kind

    def field(key: str, value: str, label: str = "") -> None:
        if value:
            out.write(f"  {(label or t(key)) + ':':<22}{value}\n")

    title = f"{d.trade_name}  [{d.id}]"
    out.write(title + "\n" + "═" * len(title) + "\n")
    field("legal_name", d.legal_name)
    field("tax_id", display(d.country, d.tax_id), kind(d.country) or t("tax_id_other"))
    field("status", words.account_status_label(d.status.value))
    field("sector", d.sector)
    field("group", d.group)
    field("lead_executive", d.lead_executive)
    if d.parent_id is not None:
        field("parent", f"{d.parent_name} [{d.parent_id}]")
    if d.subsidiaries:
        field("subsidiaries", ", ".join(f"{name} [{i}]" for i, name in d.subsidiaries))
    field("city", ", ".join(p for p in (d.city, country_name(d.country)) if p))
    field("address", d.address)
    field("contact_data", "  ".join(p for p in (d.phone, d.email, d.website) if p))
    field("locale", " · ".join(p for p in (locale_name(d.locale), d.currency) if p))
    field("time_zone", d.time_zone)
    field("may_be_shown", t("yes") if d.may_be_shown else t("no"))
    field("notes", d.notes)

    out.write(f"\n{t('brands')}\n")
    if not d.brands:
        out.write(f"  {t('none_yet')}\n")
    for b in d.brands:
        products = ", ".join(p.name for p in b.products)
        out.write(f"  • {b.name}" + (f": {products}" if products else "") + "\n")

    _write_contacts(out, d.contacts)

    out.write(f"\n{t('team')}\n")
    if not d.team:
        out.write(f"  {t('none_yet')}\n")
    for m in d.team:
        title = f" ({m.title})" if m.title else ""
        out.write(f"  • {words.account_part_label(m.part.value)}: {m.name}{title}\n")

    if d.history:
        out.write(f"\n{t('history')}\n")
        for h in d.history[:5]:
            what = (
                f"{words.audit_action_label(h.action.value)} "
                f"{words.audit_entity_label(h.entity)}: {h.summary}"
            )
            at = formats.when(h.at, locale, d.time_zone, agency_zone)
            out.write(f"  {at}  {h.who}  {what}\n")


# -- `contact add` and `contact edit` ------------------------------------------------------
_CONTACT_FIELDS = (
    ("position", "--position", "TEXT", "their job at the client"),
    ("email", "--email", "ADDRESS", "e-mail address"),
    ("phone", "--phone", "NUMBER", "telephone"),
    ("mobile", "--mobile", "NUMBER", "mobile"),
    ("fax", "--fax", "NUMBER", "fax number (transmission reports)"),
    ("postal_address", "--address", "TEXT", "postal address for letters and couriers"),
    ("preferred_hours", "--hours", "HH:MM-HH:MM", "when they like to be reached"),
)


def _register_contact(commands: Any, common: Parser) -> None:
    """`contact add ACCOUNT_ID NAME …` and `contact edit ID …`, with the form's rules; the
    data area adds `contact export|erase` to the same noun. `contacts`, their first name,
    still works."""
    from agencia.domain.enums import Channel

    what = "a client contact: add, edit; export, erase (data protection, administrator)"
    actions = noun(commands, common, "contact", what, aliases=("contacts",))
    add = actions.add_parser(
        "add",
        parents=[common],
        help="add a contact to an account; prints its ID",
        description="Add a contact to an account, with the same checks as the contact's form. "
        "Prints the new contact's ID.",
    )
    add.add_argument("account", metavar="ACCOUNT_ID", type=record_id)
    add.add_argument("name", metavar="NAME", help="full name")
    change = actions.add_parser(
        "edit",
        parents=[common],
        help="change a contact's details (only the options given)",
        description="Change a contact's details: only the options given change.",
    )
    change.add_argument("id", metavar="ID", type=record_id, help="the contact's ID")
    change.add_argument("--name", metavar="NAME", help="full name")
    for parser in (add, change):
        for dest, flag, metavar, help_ in _CONTACT_FIELDS:
            parser.add_argument(flag, dest=dest, metavar=metavar, help=help_)
        parser.add_argument("--channel", choices=[c.value for c in Channel], help="preferred")
        parser.add_argument(
            "--format", choices=("text", "json"), default="text", help='text (the ID) or {"id": N}'
        )
    add.set_defaults(handler=add_contact)
    change.set_defaults(handler=edit_contact)


def _given(args: argparse.Namespace) -> dict[str, Any]:
    from agencia.domain.enums import Channel

    given = {d: getattr(args, d) for d, *_ in _CONTACT_FIELDS if getattr(args, d) is not None}
    if args.channel:
        given["preferred_channel"] = Channel(args.channel)
    return given


def add_contact(args: argparse.Namespace) -> int:
    from agencia.services.accounts.contacts import ContactInput, save_contact
    from agencia.services.unseen import unseen_as_missing

    def work(db: Database, actor: Actor) -> int:
        with unseen_as_missing():
            return save_contact(db, actor, args.account, data).id

    data = ContactInput(full_name=args.name, **_given(args))
    formats.write_new_id(args.format, acting(args, work))
    return EXIT_OK


def edit_contact(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from agencia.services.accounts.contacts import contact_input_of, get_contact, save_contact
    from agencia.services.unseen import unseen_as_missing

    def work(db: Any, actor: Any) -> int:
        with unseen_as_missing("contact.not_found", id=args.id):  # nor its account's ID
            now = get_contact(db, actor, args.id)
        data = replace(contact_input_of(now), **_given(args))
        if args.name is not None:
            data = replace(data, full_name=args.name)
        return save_contact(db, actor, now.account_id, data, now.id, now.version).id

    formats.write_new_id(args.format, acting(args, work))
    return EXIT_OK


# -- accounts merge KEEP DUPLICATE [--dry-run] -------------------------------------------
def register_merge(accounts_commands: Any, common: Parser) -> None:
    """`accounts merge` beside `accounts list` (the accounts noun's sub-parsers)."""
    merge = accounts_commands.add_parser(
        "merge",
        parents=[common],
        help="merge a duplicate account into another (administrators)",
        description="Move everything of DUPLICATE (contacts, brands and products, campaigns "
        "with their briefs, approvals and documents, team, requests, communications, "
        "surveys…) into KEEP, in one transaction, and delete DUPLICATE; the audit trail "
        "records both. Administrators only. --dry-run prints what would move.",
    )
    merge.add_argument("keep", metavar="KEEP", type=record_id, help="the account kept")
    merge.add_argument("duplicate", metavar="DUPLICATE", type=record_id, help="the duplicate")
    merge.add_argument("--dry-run", action="store_true", help="only print what would move")
    merge.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or json"
    )
    merge.set_defaults(handler=merge_accounts)


def merge_accounts(args: argparse.Namespace) -> int:
    from agencia.services.accounts import merge

    def work(db: Any, actor: Any) -> MergePlan:
        if args.dry_run:
            return merge.merge_plan(db, actor, args.keep, args.duplicate)
        return merge.merge_accounts(db, actor, args.keep, args.duplicate)

    plan = acting(args, work, read_only=args.dry_run)
    if args.format == "json":
        formats.write_json(sys.stdout, {**plan.as_json(), "dry_run": args.dry_run})
    else:
        write_plan(formats.for_people(sys.stdout), plan, dry_run=args.dry_run)
    return EXIT_OK


def write_plan(out: IO[str], plan: MergePlan, *, dry_run: bool) -> None:
    """The plan for people: both accounts, then each kind of record that moves."""
    r = messages.render
    out.write(
        r(
            "merge.plan",
            {
                "duplicate": plan.duplicate_name,
                "duplicate_id": plan.duplicate_id,
                "keep": plan.keep_name,
                "keep_id": plan.keep_id,
            },
        )
        + "\n"
    )
    shown = [m for m in plan.moves if m.count or m.left]
    for move in shown:
        line = f"  {r('merge.' + move.table)}: {move.count}"
        if move.left:
            line += f" ({r('merge.left', {'count': move.left})})"
        out.write(line + "\n")
    if not shown:
        out.write(f"  {r('merge.nothing')}\n")
    if dry_run:
        out.write(r("merge.dry_run") + "\n")


def acting_on_account(
    args: argparse.Namespace,
    work: Callable[[Database, Actor], T],
    *,
    account: int | None,
    read_only: bool = False,
) -> T:
    """`session.acting_unseen_as_missing` for a command whose account (if given) only
    filters what it lists or is where it writes: the account is read first, so that a
    missing or unseen one is «No existe la cuenta N» (exit 1), never an empty list
    («No hay…», exit 0) that tells nothing — or, for an unseen one, something."""

    def first_the_account(db: Database, actor: Actor) -> T:
        from agencia.services.accounts.queries import get_account

        if account is not None:
            get_account(db, actor, account)
        return work(db, actor)

    return acting_unseen_as_missing(args, first_the_account, read_only=read_only)


def acting_on_contact(
    args: argparse.Namespace,
    work: Callable[[Database, Actor], T],
    *,
    contact: int | None,
    read_only: bool = False,
) -> T:
    """`acting_on_account` for a command given a client contact's ID (if any): the
    contact is read first, so that one on an account the person may not see is «No
    existe el contacto N» (exit 1), as a missing one is — never the refusal of what they
    asked to do with it, which would tell them it exists."""

    def first_the_contact(db: Database, actor: Actor) -> T:
        from agencia.services.accounts.contacts import get_contact
        from agencia.services.unseen import unseen_as_missing

        if contact is not None:
            with unseen_as_missing("contact.not_found", id=contact):  # nor its account's ID
                get_contact(db, actor, contact)
        return work(db, actor)

    return acting_unseen_as_missing(args, first_the_contact, read_only=read_only)
