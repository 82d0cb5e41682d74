"""The coordination area's commands: `tasks list`, `task add|status|move|from-step`,
`vendors list`, `vendor show|add|rate` and `calendar export`.

Dates are YYYY-MM-DD on the way in; tables show them in the agency's locale, CSV and
JSON as YYYY-MM-DD. Whatever the window refuses, the command refuses (exit 1).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from agencia.cli import formats
from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser, noun, record_id
from agencia.cli.session import acting, acting_unseen_as_missing, agency_locale
from agencia.cli.words import english, t
from agencia.domain.coordination_enums import MilestoneKind, TaskStatus, VendorCategory
from agencia.domain.enums import Department
from agencia.domain.labels import label

if TYPE_CHECKING:
    from agencia.db.database import Database
    from agencia.domain.actor import Actor
    from agencia.services.coordination.queries import TaskRow
    from agencia.services.coordination.vendors import VendorDetail, VendorRow

T = TypeVar("T")
_FORMATS = ("table", "csv", "json")
_TEAMS = tuple(d.value for d in Department)
_WORDS = {  # key: (es, en)
    "id": ("ID", "ID"),
    "title": ("Tarea", "Task"),
    "campaign": ("Campaña", "Campaign"),
    "who": ("Responsable", "Assignee"),
    "start": ("Inicio", "Start"),
    "due": ("Fin", "Due"),
    "status": ("Estado", "Status"),
    "risk": ("Alerta", "Alert"),
    "overdue": ("Vencida", "Overdue"),
    "at_risk": ("En riesgo", "At risk"),
    "none_tasks": ("No hay tareas.", "No tasks."),
    "name": ("Proveedor", "Supplier"),
    "category": ("Categoría", "Category"),
    "contact": ("Contacto", "Contact"),
    "jobs": ("Trabajos", "Jobs"),
    "rating": ("Valoración", "Rating"),
    "none_vendors": ("No hay proveedores.", "No suppliers."),
    "tax_id": ("NIF", "Tax ID"),
    "email": ("Correo", "E-mail"),
    "phone": ("Teléfono", "Phone"),
    "rates": ("Tarifas", "Rates"),
    "notes": ("Notas", "Notes"),
    "ratings": ("Valoraciones", "Ratings"),
    "quote": ("Presupuesto", "Quote"),
    "po": ("Orden de compra", "Purchase order"),
    "delivered": ("Entregado", "Delivered"),
    "invoiced": ("Facturado", "Invoiced"),
    "written": ("Calendario escrito en {path}", "Calendar written to {path}"),
    "cycle": (
        "Aviso: las dependencias de la campaña forman un ciclo ({path}); las fechas"
        " previstas no cuentan el vínculo que lo cierra. Quítelo en la ficha de la tarea.",
        "Warning: the campaign's dependencies form a cycle ({path}); the expected dates"
        " leave out the link that closes it. Remove it in the task's form.",
    ),
}


def _w(key: str, **params: Any) -> str:
    es, en = _WORDS[key]
    return (en if english() else es).format(**params)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("not_a_date", text=text)) from None


def _after(text: str) -> tuple[int, int]:
    """ID or ID:LAG (days)."""
    task, _, lag = text.partition(":")
    try:
        return record_id(task), int(lag or 0)
    except ValueError:
        raise argparse.ArgumentTypeError(t("not_id_lag", text=text)) from None


def acting_on_campaign(
    args: argparse.Namespace, work: Callable[[Database, Actor], T], *, campaign: int
) -> T:
    """`session.acting_unseen_as_missing` for a command that puts something on a campaign
    it is given (a task made of an improvement action): the campaign is read first, so
    that one the person may not see is «No existe la campaña N» (exit 1), as a missing
    one is — never «it is another account's», which would tell them it exists."""

    def first_the_campaign(db: Database, actor: Actor) -> T:
        from agencia.services.campaigns.queries import get_campaign

        get_campaign(db, actor, campaign)
        return work(db, actor)

    return acting_unseen_as_missing(args, first_the_campaign)


def register(commands: Any, common: Parser) -> None:
    """The tasks, vendors and calendar commands."""
    tasks = noun(commands, common, "tasks", "lists of tasks of campaigns")
    listing = tasks.add_parser(
        "list",
        parents=[common],
        help="list the open tasks the user may see",
        description="List the open tasks (and milestones) of the campaigns the user may see "
        "and those assigned to them, by start date. A task is overdue when its due date has "
        "passed; at risk when what it depends on ends after it must start, or its "
        "assignee's week is over capacity.",
    )
    listing.add_argument("--campaign", metavar="ID", type=record_id)
    listing.add_argument("--assignee", metavar="STAFF_ID", type=record_id)
    listing.add_argument("--overdue", action="store_true", help="only overdue tasks")
    listing.add_argument("--at-risk", action="store_true", help="only tasks at risk")
    listing.add_argument("--all", action="store_true", help="done and cancelled ones too")
    listing.add_argument(
        "--format",
        choices=_FORMATS,
        default="table",
        help="table (default), csv or json: objects with id, campaign_id, title, team, "
        "vendor, vendor_id, assignee, assignee_id, start, due (YYYY-MM-DD), status, "
        "milestone, estimated_hours, depends_on (IDs), overdue, at_risk, critical",
    )
    listing.set_defaults(handler=list_tasks)

    task = noun(commands, common, "task", "one task")
    add = task.add_parser("add", parents=[common], help="add a task; prints its ID")
    add.add_argument("--campaign", metavar="ID", type=record_id, required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--start", metavar="DATE", type=_day, required=True)
    add.add_argument("--due", metavar="DATE", type=_day, required=True)
    add.add_argument("--team", choices=_TEAMS)
    add.add_argument("--vendor", metavar="ID", type=record_id)
    add.add_argument("--assignee", metavar="STAFF_ID", type=record_id)
    add.add_argument("--hours", default="0", help="estimated hours")
    add.add_argument("--milestone", choices=tuple(m.value for m in MilestoneKind))
    add.add_argument(
        "--after", metavar="ID[:LAG]", type=_after, action="append", default=[],
        help="a task it starts after (finish-to-start), with a lag in days; repeatable",
    )  # fmt: skip
    add.add_argument("--format", choices=("text", "json"), default="text")
    add.set_defaults(handler=add_task)
    status = task.add_parser("status", parents=[common], help="move a task's status")
    status.add_argument("id", metavar="ID", type=record_id)
    status.add_argument("status", choices=tuple(s.value for s in TaskStatus))
    status.set_defaults(handler=set_status)
    move = task.add_parser(
        "move",
        parents=[common],
        help="reschedule a task, pushing what depends on it",
        description="Move a task to a new start (keeping its length) and push what depends "
        "on it as far as it must, in one change; --alone moves only the task.",
    )
    move.add_argument("id", metavar="ID", type=record_id)
    move.add_argument("--start", metavar="DATE", type=_day, required=True)
    move.add_argument("--alone", action="store_true")
    move.set_defaults(handler=move_task)
    step = task.add_parser("from-step", parents=[common], help="a meeting's next step as a task")
    step.add_argument("id", metavar="STEP_ID", type=record_id)
    step.add_argument("--format", choices=("text", "json"), default="text")
    step.set_defaults(handler=task_from_step)

    _register_vendors(commands, common)
    cal = noun(commands, common, "calendar", "calendars of tasks")
    export = cal.add_parser(
        "export",
        parents=[common],
        help="write an iCalendar (.ics) file",
        description="Write the tasks and milestones of a campaign, or of a person, as an "
        "iCalendar file (RFC 5545) with stable UIDs (importing it again updates the events) "
        "and the time zone included.",
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--campaign", metavar="ID", type=record_id)
    which.add_argument("--staff", metavar="ID", type=record_id)
    export.add_argument("--out", metavar="FILE.ics", type=Path, required=True)
    export.set_defaults(handler=export_calendar)


def _register_vendors(commands: Any, common: Parser) -> None:
    vendors = noun(commands, common, "vendors", "the suppliers directory")
    listing = vendors.add_parser("list", parents=[common], help="list the suppliers")
    listing.add_argument("--search", metavar="TEXT", default="")
    listing.add_argument(
        "--format",
        choices=_FORMATS,
        default="table",
        help="table (default), csv or json: objects with id, name, category, contact, email, "
        "phone, jobs, average_rating (a decimal string or null), ratings",
    )
    listing.set_defaults(handler=list_vendors)
    vendor = noun(commands, common, "vendor", "one supplier")
    show = vendor.add_parser("show", parents=[common], help="a supplier, its jobs and ratings")
    show.add_argument("id", metavar="ID", type=record_id)
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(handler=show_vendor)
    add = vendor.add_parser("add", parents=[common], help="add a supplier; prints its ID")
    add.add_argument("--name", required=True)
    add.add_argument("--category", choices=tuple(c.value for c in VendorCategory), default="other")
    for name in ("tax-id", "contact", "email", "phone", "rates", "notes"):
        add.add_argument(f"--{name}", default="")
    add.add_argument("--format", choices=("text", "json"), default="text")
    add.set_defaults(handler=add_vendor)
    rate = vendor.add_parser("rate", parents=[common], help="rate a supplier 1 to 5")
    rate.add_argument("id", metavar="ID", type=record_id)
    rate.add_argument("--score", type=int, choices=range(1, 6), required=True)
    rate.add_argument("--comment", default="")
    rate.add_argument("--job", metavar="JOB_ID", type=record_id)
    rate.set_defaults(handler=rate_vendor)


# --- tasks -----------------------------------------------------------------------------


def list_tasks(args: argparse.Namespace) -> int:
    from agencia.services.campaigns.queries import get_campaign
    from agencia.services.coordination.queries import TaskQuery, dependency_cycle, list_tasks

    query = TaskQuery(
        campaign_id=args.campaign,
        assignee_id=args.assignee,
        overdue=args.overdue,
        at_risk=args.at_risk,
        include_finished=args.all,
    )

    def work(db: Database, actor: Actor) -> tuple[list[TaskRow], str, str]:
        cycle = ""
        if args.campaign is not None:
            get_campaign(db, actor, args.campaign)  # a missing or unseen campaign says so
            cycle = dependency_cycle(db, actor, args.campaign)
        return list_tasks(db, actor, query), agency_locale(db), cycle

    rows, locale, cycle = acting_unseen_as_missing(args, work, read_only=True)  # beside the window
    if cycle:  # stored before cycles were refused (explore10)
        print(_w("cycle", path=cycle), file=sys.stderr)
    if args.format == "json":
        formats.write_json(sys.stdout, [r.as_json() for r in rows])
    elif args.format == "csv":
        records = ({**r.as_json(), "depends_on": " ".join(map(str, r.depends_on))} for r in rows)
        formats.write_csv(sys.stdout, records, _TASK_COLUMNS)
    else:
        _task_table(formats.for_people(sys.stdout), rows, locale)
    return EXIT_OK


_TASK_COLUMNS = (
    "id", "campaign_id", "campaign", "title", "team", "vendor", "vendor_id", "assignee",
    "assignee_id", "start", "due", "status", "milestone", "estimated_hours", "depends_on",
    "overdue", "at_risk", "critical",
)  # fmt: skip


def _task_table(out: IO[str], rows: list[TaskRow], locale: str) -> None:
    if not rows:
        out.write(_w("none_tasks") + "\n")
        return
    keys = ("id", "title", "campaign", "who", "start", "due", "status", "risk")
    cells = [
        [
            str(r.id),
            ("◆ " if r.milestone else "") + r.title,
            r.campaign,
            r.assignee or r.vendor or (label(r.team) if r.team else ""),
            formats.day(r.start, locale),
            formats.day(r.due, locale),
            label(r.status),
            _w("overdue") if r.overdue else _w("at_risk") if r.at_risk else "",
        ]
        for r in rows
    ]
    shrink = [False, True, True, True, False, False, True, False]
    right = [True, *([False] * 7)]
    formats.write_grid(out, [_w(k) for k in keys], cells, shrink, right)


def add_task(args: argparse.Namespace) -> int:
    from agencia.services.coordination.tasks import TaskInput, add_task

    data = TaskInput(
        title=args.title,
        start_on=args.start,
        due_on=args.due,
        team=Department(args.team) if args.team else None,
        vendor_id=args.vendor,
        assignee_id=args.assignee,
        estimated_hours=args.hours,
        milestone=MilestoneKind(args.milestone) if args.milestone else None,
        depends_on=dict(args.after),
    )
    new_id = acting_unseen_as_missing(
        args, lambda db, actor: add_task(db, actor, args.campaign, data).id
    )
    formats.write_new_id(args.format, new_id)
    return EXIT_OK


def set_status(args: argparse.Namespace) -> int:
    from agencia.services.coordination.tasks import set_status

    acting_unseen_as_missing(  # a task of an unseen campaign: «No existe la tarea N»
        args,
        lambda db, actor: set_status(db, actor, args.id, TaskStatus(args.status)),
        record="task.not_found",
    )
    return EXIT_OK


def move_task(args: argparse.Namespace) -> int:
    from agencia.services.coordination.tasks import reschedule

    replaced = acting_unseen_as_missing(
        args,
        lambda db, actor: reschedule(
            db, actor, args.id, args.start, with_dependents=not args.alone
        ),
        record="task.not_found",
    )
    for task_id in sorted(replaced):
        print(task_id)
    return EXIT_OK


def task_from_step(args: argparse.Namespace) -> int:
    from agencia.services.coordination.next_steps import task_from_next_step

    new_id = acting_unseen_as_missing(
        args,
        lambda db, actor: task_from_next_step(db, actor, args.id).id,
        record="next_step.not_found",
    )
    formats.write_new_id(args.format, new_id)
    return EXIT_OK


# --- vendors ---------------------------------------------------------------------------


def list_vendors(args: argparse.Namespace) -> int:
    from agencia.services.coordination.vendors import list_vendors

    def work(db: Database, actor: Actor) -> tuple[list[VendorRow], str]:
        return list(list_vendors(db, actor, args.search)), agency_locale(db)

    rows, locale = acting(args, work, read_only=True)
    if args.format == "json":
        formats.write_json(sys.stdout, [r.as_json() for r in rows])
    elif args.format == "csv":
        columns = ("id", "name", "category", "contact", "email", "phone", "jobs")
        formats.write_csv(sys.stdout, (r.as_json() for r in rows), (*columns, "average_rating"))
    else:
        out = formats.for_people(sys.stdout)
        if not rows:
            out.write(_w("none_vendors") + "\n")
            return EXIT_OK
        keys = ("id", "name", "category", "contact", "jobs", "rating")
        cells = [
            [
                str(r.id),
                r.name,
                label(r.category),
                r.contact_name,
                str(r.jobs),
                ""
                if r.average_rating is None
                else f"{formats.decimal(r.average_rating, locale)} ({r.ratings})",
            ]
            for r in rows
        ]
        shrink = [False, True, True, True, False, False]
        formats.write_grid(out, [_w(k) for k in keys], cells, shrink, [True, *[False] * 5])
    return EXIT_OK


def show_vendor(args: argparse.Namespace) -> int:
    from agencia.services.coordination.vendors import get_vendor

    def work(db: Database, actor: Actor) -> tuple[VendorDetail, str]:
        return get_vendor(db, actor, args.id), agency_locale(db)

    detail, locale = acting(args, work, read_only=True)  # beside the window
    if args.format == "json":
        formats.write_json(sys.stdout, detail.as_json())
        return EXIT_OK
    out = formats.for_people(sys.stdout)
    out.write(f"{detail.name}\n")
    average = (
        ""
        if detail.average_rating is None
        else f"{formats.decimal(detail.average_rating, locale)} / 5"
    )
    for key, value in (
        ("category", label(detail.category)),
        ("contact", detail.contact_name),
        ("email", detail.email),
        ("phone", detail.phone),
        ("tax_id", detail.tax_id),
        ("rates", detail.rates),
        ("notes", detail.notes),
        ("rating", average),
    ):
        if value:
            formats.write_field(out, _w(key), value)
    if detail.jobs:
        out.write(f"\n{_w('jobs')}\n")
        for job in detail.jobs:
            money = formats.money(job.quote, job.currency, locale)
            po = f" · {_w('po')} {job.po_number}" if job.po_number else ""
            out.write(f"  {job.id}  {job.campaign}: {job.description} · {money}{po}\n")
    if detail.ratings:
        out.write(f"\n{_w('ratings')}\n")
        for r in detail.ratings:
            out.write(f"  {r.score}/5  {r.rated_by}  {r.comment}\n")
    return EXIT_OK


def add_vendor(args: argparse.Namespace) -> int:
    from agencia.services.coordination.vendors import VendorInput, add_vendor

    data = VendorInput(
        name=args.name,
        category=VendorCategory(args.category),
        tax_id=args.tax_id,
        contact_name=args.contact,
        email=args.email,
        phone=args.phone,
        rates=args.rates,
        notes=args.notes,
    )
    new_id = acting(args, lambda db, actor: add_vendor(db, actor, data).id)
    formats.write_new_id(args.format, new_id)
    return EXIT_OK


def rate_vendor(args: argparse.Namespace) -> int:
    """A job on a campaign the person may not see is «No existe el trabajo N» (exit 1),
    as a missing one is — never «already rated» or «not delivered», which would tell them
    it exists: the service says so itself."""
    from agencia.services.coordination.vendors import rate_vendor

    acting(
        args, lambda db, actor: rate_vendor(db, actor, args.id, args.score, args.comment, args.job)
    )
    return EXIT_OK


def export_calendar(args: argparse.Namespace) -> int:
    from agencia.services.coordination.calendar import export_calendar

    written = acting_unseen_as_missing(
        args,
        lambda db, actor: export_calendar(
            db, actor, args.out, campaign_id=args.campaign, staff_id=args.staff
        ),
        read_only=True,
    )
    print(_w("written", path=written), file=sys.stderr)
    return EXIT_OK
