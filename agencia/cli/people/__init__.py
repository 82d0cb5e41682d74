"""The people area's commands: `staff`, `user`, `groups`, `group` and `team`.

Scripted onboarding uses them: every `add` prints the new record's id (``{"id": N}`` with
``--format json``), every list takes ``--format table|csv|json``. A new password is read
twice on a terminal and once from standard input otherwise (after the acting person's own
on PostgreSQL: `session.new_password`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

from agencia.cli import formats, words
from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser, action, noun, record_id
from agencia.cli.session import acting, new_password
from agencia.cli.words import t
from agencia.domain.enums import AssignmentRole, Department, Role, TitleGender
from agencia.domain.labels import role_title

if TYPE_CHECKING:
    from agencia.db.database import Database
    from agencia.domain.actor import Actor
    from agencia.services.people.views import StaffDetail, StaffRow

NO_ONE = 0  # `--reports-to none`, `--group none`: clears the field (IDs are positive)
_LIST_FORMATS = ("table", "csv", "json")


def _id_or_none(text: str) -> int:
    return NO_ONE if text.strip().lower() in ("none", "ninguno", "-") else record_id(text)


def _id_format(parser: Parser) -> None:
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help='text (the id) or json {"id": N}'
    )


def _list_format(parser: Parser) -> None:
    parser.add_argument(
        "--format",
        choices=_LIST_FORMATS,
        default="table",
        help="table (default, for people), csv (UTF-8, with a header row) or json",
    )


def _person_options(parser: Parser, *, adding: bool) -> None:
    roles = [r.value for r in Role]
    if adding:
        parser.add_argument("name", metavar="NAME", help="the person's full name")
        parser.add_argument(
            "--role",
            choices=roles,
            required=True,
            metavar="ROLE",
            help="one of: " + ", ".join(roles),
        )
    else:
        parser.add_argument("id", metavar="ID", type=record_id, help="the person's ID")
        parser.add_argument("--name", help="the person's full name")
        parser.add_argument("--role", choices=roles, metavar="ROLE", help=", ".join(roles))
    parser.add_argument("--title", metavar="T", help="job title (default: the role's)")
    parser.add_argument(
        "--gender",
        choices=[g.value for g in TitleGender],
        help="grammatical gender of the default title (Directora / Director de cuentas)",
    )
    parser.add_argument(
        "--reports-to", metavar="STAFF_ID", type=_id_or_none, help="their boss ('none' clears)"
    )
    parser.add_argument(
        "--group", metavar="GROUP_ID", type=_id_or_none, help="their account group ('none' clears)"
    )
    parser.add_argument(
        "--department",
        choices=[d.value for d in Department],
        metavar="D",
        help=", ".join(d.value for d in Department) + " (default accounts)",
    )
    parser.add_argument("--email", metavar="E")
    parser.add_argument("--phone", metavar="P")
    parser.add_argument("--extension", metavar="X", help="internal phone extension (digits)")
    parser.add_argument("--time-zone", metavar="TZ", help="an IANA name, e.g. America/Bogota")


def register(commands: Any, common: Parser) -> None:
    """`staff`, `user`, `groups`, `group` and `team` (the last two in `groups`)."""
    from agencia.cli.people.groups import (
        add_group,
        group_director,
        group_move,
        import_staff,
        list_groups,
        rename_group,
        team_add,
        team_lead,
        team_remove,
    )

    staff = noun(commands, common, "staff", "the agency's people")
    listing = action(staff, common, "list", "list the agency's people, by name", list_staff)
    listing.add_argument("--all", action="store_true", help="include deactivated people")
    _list_format(listing)
    show = action(staff, common, "show", "show one person", show_staff)
    show.add_argument("id", metavar="ID", type=record_id, help="the person's ID")
    show.add_argument("--format", choices=("text", "json"), default="text")
    adding = action(staff, common, "add", "add a person (administrator); prints the ID", add_staff)
    _person_options(adding, adding=True)
    _id_format(adding)
    editing = action(staff, common, "edit", "change what is given of a person", edit_staff)
    _person_options(editing, adding=False)
    leaving = action(
        staff,
        common,
        "deactivate",
        "deactivate a person; what they lead, own or hold goes to --handover, at once",
        deactivate_staff,
    )
    leaving.add_argument("id", metavar="ID", type=record_id, help="the person's ID")
    leaving.add_argument(
        "--handover",
        metavar="STAFF_ID",
        type=record_id,
        help="who takes over their accounts, open campaigns, delegations, group and reports",
    )

    importing = action(
        staff, common, "import", "add people from a CSV file, all or none", import_staff
    )
    importing.add_argument(
        "file",
        metavar="FILE",
        type=argparse.FileType("rb"),
        help="columns name, role, e-mail, reports-to (and group); '-' stdin",
    )
    importing.add_argument("--dry-run", action="store_true", help="check only; add nobody")
    importing.add_argument("--format", choices=("text", "json"), default="text")

    user = noun(commands, common, "user", "sign-in accounts")
    user_add = action(
        user,
        common,
        "add",
        "create a sign-in for a person; the password is read (temporary: changed at the "
        "first sign-in)",
        add_user,
    )
    user_add.add_argument("login", metavar="LOGIN")
    user_add.add_argument("--staff", metavar="STAFF_ID", type=record_id, required=True)
    _id_format(user_add)
    for name, help_, handler in (
        ("disable", "stop a sign-in from signing in", disable_user),
        ("enable", "let a disabled sign-in sign in again", enable_user),
        ("reset-password", "set a new password, to be changed at the next sign-in", reset),
        ("unlock", "lift the slowdown after failed sign-ins", unlock),
    ):
        action(user, common, name, help_, handler).add_argument("login", metavar="LOGIN")
    action(
        user,
        common,
        "password",
        "change your own password (--user): the current one is read, then the new one",
        own_password,
    )

    groups = noun(commands, common, "groups", "account groups")
    _list_format(action(groups, common, "list", "list the account groups", list_groups))
    group = noun(commands, common, "group", "one account group")
    group_add = action(group, common, "add", "add an account group; prints the ID", add_group)
    group_add.add_argument("name", metavar="NAME")
    group_add.add_argument("--director", metavar="STAFF_ID", type=record_id, required=True)
    _id_format(group_add)
    rename = action(group, common, "rename", "rename an account group", rename_group)
    rename.add_argument("id", metavar="ID", type=record_id)
    rename.add_argument("name", metavar="NAME")
    director = action(group, common, "director", "give a group another director", group_director)
    director.add_argument("id", metavar="ID", type=record_id)
    director.add_argument("staff", metavar="STAFF_ID", type=record_id)
    for name, what, help_ in (
        ("move-staff", "STAFF_ID", "move people (and the accounts they lead) into a group"),
        ("move-account", "ACCOUNT_ID", "move accounts into a group"),
    ):
        move = action(group, common, name, help_ + "; prints what moves", group_move)
        move.add_argument("id", metavar="GROUP_ID", type=record_id, help="the target group")
        move.add_argument("ids", metavar=what, type=record_id, nargs="+")
        move.add_argument(
            "--dry-run", action="store_true", help="say what would move; move nothing"
        )
        if name == "move-account":
            move.add_argument(
                "--lead",
                metavar="STAFF_ID",
                type=record_id,
                help="who leads them in the new group, if their lead is not of it",
            )

    team = noun(commands, common, "team", "account teams")
    parts = [p.value for p in AssignmentRole if p is not AssignmentRole.LEAD_EXECUTIVE]
    for name, help_, handler in (
        ("add", "put a person on an account's team", team_add),
        ("remove", "take a person off an account's team", team_remove),
        ("lead", "make a person the account's lead executive", team_lead),
    ):
        parser = action(team, common, name, help_, handler)
        parser.add_argument("account", metavar="ACCOUNT_ID", type=record_id)
        parser.add_argument("staff", metavar="STAFF_ID", type=record_id)
        if name == "add":
            parser.add_argument(
                "--part",
                choices=parts,
                default="executive",
                help=", ".join(parts) + " (default executive)",
            )


# --- running a command ---------------------------------------------------------------


def print_id(args: argparse.Namespace, new_id: int) -> int:
    """What every `add` prints (formats.write_new_id), and the exit status."""
    formats.write_new_id(getattr(args, "format", "text"), new_id)
    return EXIT_OK


def _done() -> int:
    print(t("done"))
    return EXIT_OK


# --- staff ------------------------------------------------------------------------------


def list_staff(args: argparse.Namespace) -> int:
    from agencia.services.people.views import list_staff as rows_of

    rows = acting(
        args,
        lambda db, actor: rows_of(db, actor, active=None if args.all else True),
        read_only=True,
    )
    if args.format == "json":
        formats.write_json(sys.stdout, [r.as_json() for r in rows])
    elif args.format == "csv":
        formats.write_csv(sys.stdout, (r.as_json() for r in rows), _STAFF_CSV)
    else:
        _staff_table(formats.for_people(sys.stdout), rows)
    return EXIT_OK


_STAFF_CSV = (
    "id",
    "name",
    "title",
    "role",
    "department",
    "group_id",
    "group",
    "reports_to_id",
    "reports_to",
    "email",
    "login",
    "active",
)
_STAFF_COLUMNS = (  # (header, shrinkable)
    ("id", False),
    ("person", True),
    ("title", True),
    ("department", False),
    ("group", True),
    ("reports_to", True),
    ("login", False),
)


def _staff_cells(r: StaffRow) -> list[str]:
    name = r.name if r.active else f"{r.name} ({t('inactive')})"
    department = words.department_label(r.department.value)
    return [str(r.id), name, r.title, department, r.group, r.reports_to, r.login]


def _staff_table(out: IO[str], rows: Sequence[StaffRow]) -> None:
    if not rows:
        out.write(t("s_none") + "\n")
        return
    formats.write_grid(
        out,
        [t(key) for key, _ in _STAFF_COLUMNS],
        [_staff_cells(r) for r in rows],
        [s for _, s in _STAFF_COLUMNS],
        [i == 0 for i in range(len(_STAFF_COLUMNS))],
    )
    out.write((t("s_count_one") if len(rows) == 1 else t("s_count", n=len(rows))) + "\n")


def show_staff(args: argparse.Namespace) -> int:
    from agencia.services.people.views import get_staff

    detail: StaffDetail = acting(
        args, lambda db, actor: get_staff(db, actor, args.id), read_only=True
    )
    if args.format == "json":
        formats.write_json(sys.stdout, detail.as_json())
        return EXIT_OK
    out, r = formats.for_people(sys.stdout), detail.row
    title = f"{r.name}  [{r.id}]"
    out.write(title + "\n" + "═" * len(title) + "\n")
    if detail.user_active is None:
        sign_in = t("sign_in_none")
    else:
        state = "sign_in_on" if detail.user_active and r.active else "sign_in_off"
        if not r.active:  # a person «de baja» signs in nowhere, whatever their user row says
            state = "sign_in_left"
        sign_in = f"{r.login} ({t(state)})"
        if detail.must_change_password:
            sign_in += f", {t('must_change')}"
    for key, value in (
        ("title", r.title),
        ("role", role_title(r.role, detail.title_gender)),
        ("department", words.department_label(r.department.value)),
        ("group", r.group),
        ("reports_to", f"{r.reports_to} [{r.reports_to_id}]" if r.reports_to_id else ""),
        ("email", r.email),
        ("phone", " ext. ".join(p for p in (detail.phone, detail.extension) if p)),
        ("time_zone", detail.time_zone),
        ("sign_in", sign_in),
        ("leads", str(detail.leads_accounts) if detail.leads_accounts else ""),
        ("directs", detail.directs_group),
        ("state", t("active") if r.active else t("inactive")),
    ):
        if value:
            formats.write_field(out, t(key), value)
    return EXIT_OK


def _staff_input(args: argparse.Namespace, base: Any = None) -> Any:
    """The form's values from the options given, over `base` (an edit) or the defaults."""
    from dataclasses import replace

    from agencia.services.people.staff_edit import StaffInput

    current = base or StaffInput(full_name=args.name, role=Role(args.role))
    given: dict[str, Any] = {}
    for option, field, convert in (
        ("name", "full_name", str),
        ("role", "role", Role),
        ("title", "title", str),
        ("gender", "title_gender", TitleGender),
        ("department", "department", Department),
        ("email", "email", str),
        ("phone", "phone", str),
        ("extension", "extension", str),
        ("time_zone", "time_zone", str),
        ("reports_to", "reports_to_id", lambda v: None if v == NO_ONE else v),
        ("group", "group_id", lambda v: None if v == NO_ONE else v),
    ):
        value = getattr(args, option, None)
        if value is not None:
            given[field] = convert(value)
    return replace(current, **given)


def add_staff(args: argparse.Namespace) -> int:
    from agencia.services.people.staff_edit import add_staff as add

    return print_id(args, acting(args, lambda db, actor: add(db, actor, _staff_input(args)).id))


def edit_staff(args: argparse.Namespace) -> int:
    from agencia.services.people.staff_edit import edit_staff as edit
    from agencia.services.people.staff_edit import input_from_detail
    from agencia.services.people.views import get_staff

    def work(db: Database, actor: Actor) -> None:
        detail = get_staff(db, actor, args.id)
        data = _staff_input(args, input_from_detail(detail))
        edit(db, actor, args.id, data, detail.row.version)

    acting(args, work)
    return _done()


def deactivate_staff(args: argparse.Namespace) -> int:
    from agencia.services.people.handover import deactivate_staff as deactivate
    from agencia.services.people.views import get_staff

    def work(db: Database, actor: Actor) -> str:
        name = get_staff(db, actor, args.id).row.name
        return deactivate(db, actor, args.id, args.handover).said(name)

    print(acting(args, work))
    return EXIT_OK


# --- sign-in accounts -----------------------------------------------------------------


def add_user(args: argparse.Namespace) -> int:
    from agencia.services.people.sign_ins import add_user as add
    from agencia.services.people.sign_ins import check_login, check_password

    def work(db: Database, actor: Actor) -> int:
        _may_manage_sign_ins(actor)
        check_login(args.login.strip())
        password = new_password(args.login)
        check_password(password, args.login.strip())
        return add(db, actor, args.login, args.staff, password).id

    return print_id(args, acting(args, work))


def disable_user(args: argparse.Namespace) -> int:
    from agencia.services.people.sign_ins import set_user_active

    acting(args, lambda db, actor: set_user_active(db, actor, args.login, False))
    return _done()


def enable_user(args: argparse.Namespace) -> int:
    from agencia.services.people.sign_ins import set_user_active

    acting(args, lambda db, actor: set_user_active(db, actor, args.login, True))
    return _done()


def reset(args: argparse.Namespace) -> int:
    from agencia.services.people.sign_ins import reset_password

    def work(db: Database, actor: Actor) -> object:
        _may_manage_sign_ins(actor)
        return reset_password(db, actor, args.login, new_password(args.login))

    acting(args, work)
    return _done()


def own_password(args: argparse.Namespace) -> int:
    """The person's own new password, proving the current one (read as a sign-in reads
    it): the one way, besides the window, to end the change a new sign-in or a reset asks
    for before signing in."""
    from agencia.cli.session import open_db, read_password
    from agencia.domain.errors import DomainError
    from agencia.services.people.sign_ins import change_password

    login = (getattr(args, "user", None) or "").strip()
    if not login:
        raise DomainError("user.required")
    db = open_db(args)
    try:
        change_password(db, login, read_password(db, login), new_password(login))
    finally:
        db.close()
    return _done()


def _may_manage_sign_ins(actor: Actor) -> None:
    """Refuse, as the service would, whoever may not manage sign-ins, before asking them
    to type a new password (the service checks again)."""
    from agencia.domain.errors import PermissionDenied
    from agencia.domain.permissions import Action, Scope, scope_for

    if scope_for(actor.role, Action.MANAGE_SIGN_INS) is Scope.NONE:
        raise PermissionDenied(
            "permission.denied_global",
            role=actor.role,
            title_gender=actor.title_gender,
            action=Action.MANAGE_SIGN_INS,
        )


def unlock(args: argparse.Namespace) -> int:
    from agencia.services.people.sign_ins import unlock_user

    acting(args, lambda db, actor: unlock_user(db, actor, args.login))
    return _done()
