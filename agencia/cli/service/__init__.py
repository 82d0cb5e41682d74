"""The service area's commands: `requests list|escalate`,
`request show|add|move|reassign|campaign|task`, `report sla` and `routing list|add|remove`
(`routing.py`).

`requests list --format json` gives each request's `id`, `account`, `account_id`,
`channel`, `kind`, `priority`, `status`, `assignee`, `due` (ISO 8601, UTC) and `breached`.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from agencia.cli import formats
from agencia.cli.accounts import acting_on_account
from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser, action, noun, record_id
from agencia.cli.service import routing
from agencia.cli.service.words import say
from agencia.cli.session import acting, acting_unseen_as_missing, agency_locale, agency_zone
from agencia.domain.enums import Channel
from agencia.domain.labels import label, label_of
from agencia.domain.service_enums import Direction, Priority, RequestKind, RequestStatus
from agencia.domain.service_life import OPEN, pauses_clock

if TYPE_CHECKING:
    from agencia.db.database import Database
    from agencia.domain.actor import Actor
    from agencia.services.service.queries import RequestDetail, RequestRow

T = TypeVar("T")
_JSON = (
    "id",
    "account",
    "account_id",
    "subject",
    "channel",
    "kind",
    "priority",
    "status",
    "assignee",
    "due",
    "breached",
)


def register(commands: Any, common: Parser) -> None:
    """`requests`, `request` and `report`."""
    many = noun(commands, common, "requests", "client service requests")
    listing = action(many, common, "list", "the service queue, what is due first on top", list_)
    listing.add_argument("--account", type=record_id, metavar="ID")
    listing.add_argument("--breached", action="store_true", help="only open requests past due")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    action(many, common, "escalate", "climb the ladder for requests at risk or past due", escalate)
    one = noun(commands, common, "request", "one service request")
    showing = action(one, common, "show", "a request and its thread", show)
    showing.add_argument("id", metavar="ID", type=record_id)
    showing.add_argument("--format", choices=("text", "json"), default="text")
    add = action(one, common, "add", "take a request (routed at once); prints its ID", add_)
    add.add_argument("subject", metavar="SUBJECT")
    add.add_argument("--account", type=record_id, required=True, metavar="ID")
    add.add_argument("--contact", type=record_id, metavar="ID")
    add.add_argument("--brand", type=record_id, metavar="ID")
    add.add_argument("--channel", choices=[c.value for c in Channel], default="phone")
    add.add_argument("--kind", choices=[k.value for k in RequestKind], default="request")
    add.add_argument("--priority", choices=[p.value for p in Priority], default="normal")
    add.add_argument("--description", default="")
    add.add_argument("--format", choices=("text", "json"), default="text")
    move = action(one, common, "move", "move a request to another status", move_)
    move.add_argument("id", metavar="ID", type=record_id, help="the request (its ID)")
    move.add_argument(
        "status",
        choices=[s.value for s in RequestStatus],
        help="where it goes: %(choices)s (only those its status allows)",
    )
    move.add_argument(
        "--resolution",
        default="",
        help="what was done to resolve it (required to resolve; shown with the request)",
    )
    handover = action(one, common, "reassign", "give a request to someone else (logged)", reassign_)
    handover.add_argument("id", metavar="ID", type=record_id)
    handover.add_argument("staff", metavar="STAFF_ID", type=record_id)
    campaign = action(
        one, common, "campaign", "turn a request into a campaign brief; prints its ID", campaign_
    )
    campaign.add_argument("id", metavar="ID", type=record_id)
    campaign.add_argument("--format", choices=("text", "json"), default="text")
    task = action(
        one, common, "task", "turn a request into a task of its campaign; prints its ID", task_
    )
    task.add_argument("id", metavar="ID", type=record_id)
    task.add_argument("--format", choices=("text", "json"), default="text")
    report = noun(commands, common, "report", "reports")
    sla = action(report, common, "sla", "SLA compliance by account, executive and month", sla_)
    sla.add_argument("--from", dest="start", type=date.fromisoformat, metavar="DATE")
    sla.add_argument("--to", dest="end", type=date.fromisoformat, metavar="DATE")
    sla.add_argument("--account", type=record_id, metavar="ID")
    sla.add_argument("--format", choices=("csv", "pdf"), required=True)
    sla.add_argument("--out", type=Path, required=True, metavar="FILE")
    routing.register(commands, common)


def _json(r: RequestRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "account": r.account,
        "account_id": r.account_id,
        "subject": r.subject,
        "channel": r.channel,
        "kind": r.kind,
        "priority": r.priority,
        "status": r.status,
        "assignee": r.assignee,
        "due": r.due.isoformat() if r.due else None,
        "breached": r.breached,
    }


def list_(args: argparse.Namespace) -> int:
    from agencia.services.service.queries import list_requests

    def work(db: Database, actor: Actor) -> tuple[list[RequestRow], str, str]:
        found = list_requests(db, actor, account_id=args.account, breached=args.breached)
        return found, agency_locale(db), agency_zone(db)

    rows, locale, zone = acting_on_account(args, work, account=args.account, read_only=True)
    if args.format == "json":
        formats.write_json(sys.stdout, [_json(r) for r in rows])
        return EXIT_OK
    if args.format == "csv":
        formats.write_csv(sys.stdout, (_json(r) for r in rows), _JSON)
        return EXIT_OK
    out = formats.for_people(sys.stdout)
    if not rows:
        out.write(say("none") + "\n")
        return EXIT_OK
    cells = [
        [
            str(r.id),
            r.account,
            r.subject,
            label(Channel(r.channel)),
            label(RequestKind(r.kind)),
            label(Priority(r.priority)),
            label(RequestStatus(r.status)),
            r.assignee,
            formats.when(r.due, locale, zone) if r.due else "",
            say("breached") if r.breached else "",
        ]
        for r in rows
    ]
    formats.write_grid(
        out,
        list(say("headers")),
        cells,
        [False, True, True, True, False, False, False, True, False, False],
        [True] + [False] * 9,
    )
    out.write((say("count_one") if len(rows) == 1 else say("count", n=len(rows))) + "\n")
    return EXIT_OK


Shown = tuple["RequestDetail", str, tuple[str, str]]  # the request, locale, clocks


def acting_on_request(args: argparse.Namespace, work: Callable[[Database, Actor], T]) -> T:
    """`session.acting_unseen_as_missing` for a command given a request's ID (`args.id`):
    the request is read first, so that one on an account the person may not see is «No
    existe la solicitud N» (exit 1), as a missing one is — never the refusal of what they
    asked to do to it («not your group»), which would tell them it exists."""

    def first_the_request(db: Database, actor: Actor) -> T:
        from agencia.services.service.queries import show_request

        show_request(db, actor, args.id)
        return work(db, actor)

    return acting_unseen_as_missing(args, first_the_request)


def _read(db: Database, actor: Actor, request_id: int) -> Shown:
    """The request as people read it: its details, the agency's locale, and the clocks
    its moments are shown on (the client's, else the agency's)."""
    from agencia.services.accounts.queries import get_account
    from agencia.services.service.queries import show_request

    detail = show_request(db, actor, request_id)
    client = get_account(db, actor, detail.row.account_id).time_zone
    return detail, agency_locale(db), (client, agency_zone(db))


def show(args: argparse.Namespace) -> int:
    detail, locale, zones = acting_unseen_as_missing(  # `_read` reads the request first
        args, lambda db, actor: _read(db, actor, args.id), read_only=True
    )
    row = _json(detail.row) | {
        "subject": detail.row.subject,
        "description": detail.description,
        "resolution": detail.resolution,
        "received_at": detail.received_at.isoformat(),
        "first_response_at": _iso(detail.first_response_at),
        "due_response_at": _iso(detail.due_response_at),
        "campaign_id": detail.campaign_id,
        "task_id": detail.task_id,
        "thread": [
            {
                "id": c.id,
                "at": c.occurred_at.isoformat(),
                "direction": c.direction,
                "channel": c.channel,
                "subject": c.subject,
            }
            for c in detail.thread
        ],
    }
    if args.format == "json":
        formats.write_json(sys.stdout, row)
        return EXIT_OK
    _write_request(formats.for_people(sys.stdout), detail, locale, zones)
    return EXIT_OK


def _write_request(
    out: IO[str], detail: RequestDetail, locale: str, zones: tuple[str, str]
) -> None:
    """A request for people: labelled fields in their language, moments on the client's
    clock (else the agency's; the SLA runs on the client's), then its thread (when, in or
    out, by which channel, the subject)."""
    r = detail.row
    title = f"{r.subject}  [{r.id}]"
    out.write(title + "\n" + "═" * len(title) + "\n")
    yes, no = say("yes_no")
    values = (
        r.account,
        label_of(Channel, r.channel),
        label_of(RequestKind, r.kind),
        label_of(Priority, r.priority),
        label_of(RequestStatus, r.status),
        r.assignee,
        formats.when(detail.received_at, locale, *zones),
        _first_answer(detail, locale, zones),
        formats.when(r.due, locale, *zones) if r.due else "",
        yes if r.breached else no,
        detail.description,
        detail.resolution,
    )
    names = list(say("fields"))
    if RequestStatus(r.status) in OPEN and detail.resolution:  # reopened: said then, not now
        names[-1] = say("previous")
    for name, value in zip(names, values, strict=True):
        formats.write_field(out, name, value)
    campaign, task = say("became")  # what it became, by name and number
    if detail.campaign_id is not None:
        formats.write_field(out, campaign, f"{detail.campaign} [{detail.campaign_id}]")
    if detail.task_id is not None:
        formats.write_field(out, task, f"{detail.task} [{detail.task_id}]")
    if detail.thread:
        out.write("\n" + say("thread") + "\n")
    for item in detail.thread:
        moment = formats.when(item.occurred_at, locale, *zones)
        way = f"{label_of(Direction, item.direction)} · {label_of(Channel, item.channel)}"
        out.write(f"  {moment}  {way}  {item.subject}\n")


def _first_answer(detail: RequestDetail, locale: str, zones: tuple[str, str]) -> str:
    """The SLA's first promise: when the answer was given (else that it is owed, or was
    never given once the request is done), and when it was due."""
    if detail.first_response_at is not None:
        answer = formats.when(detail.first_response_at, locale, *zones)
    elif detail.due_response_at is None:
        return ""
    else:
        owed = RequestStatus(detail.row.status) in OPEN
        answer = say("answer_owed") if owed else say("answer_never")
    if detail.due_response_at is None:
        return answer
    due = formats.when(detail.due_response_at, locale, *zones)
    return str(say("answer_due", answer=answer, due=due))


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def add_(args: argparse.Namespace) -> int:
    from agencia.services.service.requests import NewRequest, open_request

    data = NewRequest(
        account_id=args.account,
        channel=Channel(args.channel),
        kind=RequestKind(args.kind),
        priority=Priority(args.priority),
        subject=args.subject,
        description=args.description,
        contact_id=args.contact,
        brand_id=args.brand,
    )
    saved = acting_on_account(
        args, lambda db, actor: open_request(db, actor, data), account=args.account
    )
    formats.write_new_id(args.format, saved.id)
    return EXIT_OK


def _say_where(shown: Shown) -> None:
    """What a move or a reassignment left: the status now, who has the request and, while
    it is open, when it is due (or that its clock is stopped)."""
    detail, locale, zones = shown
    r = detail.row
    status = RequestStatus(r.status)
    words = [
        say("moved", id=r.id, subject=r.subject, status=label(status), assignee=r.assignee or "—")
    ]
    if pauses_clock(status):
        words.append(say("paused"))
    elif status in OPEN and r.due is not None:
        words.append(say("due", due=formats.when(r.due, locale, *zones)))
    print(" ".join(words))


def move_(args: argparse.Namespace) -> int:
    from agencia.services.service.requests import move_request

    def work(db: Database, actor: Actor) -> Shown:
        move_request(db, actor, args.id, RequestStatus(args.status), args.resolution)
        return _read(db, actor, args.id)

    _say_where(acting_on_request(args, work))
    return EXIT_OK


def reassign_(args: argparse.Namespace) -> int:
    from agencia.services.service.requests import reassign

    def work(db: Database, actor: Actor) -> Shown:
        reassign(db, actor, args.id, args.staff)
        return _read(db, actor, args.id)

    _say_where(acting_on_request(args, work))
    return EXIT_OK


def campaign_(args: argparse.Namespace) -> int:
    from agencia.services.service.to_campaign import make_campaign

    campaign_id = acting_on_request(args, lambda db, actor: make_campaign(db, actor, args.id))
    formats.write_new_id(args.format, campaign_id)
    return EXIT_OK


def task_(args: argparse.Namespace) -> int:
    from agencia.services.service.to_task import task_from_request

    saved = acting_on_request(args, lambda db, actor: task_from_request(db, actor, args.id))
    formats.write_new_id(args.format, saved.id)
    return EXIT_OK


def escalate(args: argparse.Namespace) -> int:
    from agencia.services.service.requests import escalate_due

    climbed = acting(args, escalate_due)
    print(say("climbed", n=len(climbed)))
    return EXIT_OK


def sla_(args: argparse.Namespace) -> int:
    from agencia.services.files import write_atomically
    from agencia.services.service.report import sla_report

    if args.format == "pdf":
        from agencia.services.service.report_pdf import sla_report_pdf

        document = acting_on_account(
            args,
            lambda db, actor: sla_report_pdf(db, actor, args.start, args.end, args.account),
            account=args.account,
            read_only=True,
        )
        write_atomically(args.out, document)
        return EXIT_OK
    rows = acting_on_account(
        args,
        lambda db, actor: sla_report(db, actor, args.start, args.end, args.account),
        account=args.account,
        read_only=True,
    )
    buffer = io.StringIO()
    formats.write_csv(
        buffer,
        (
            {
                "by": r.by,
                "name": r.name,
                "requests": r.requests,
                "met": r.met,
                "breached": r.breached,
                "compliance": r.compliance,
            }
            for r in rows
        ),
        ("by", "name", "requests", "met", "breached", "compliance"),
    )
    write_atomically(args.out, buffer.getvalue().encode("utf-8"))
    return EXIT_OK
