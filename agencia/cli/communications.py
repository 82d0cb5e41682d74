"""The communications area's commands: `communications list|confirm`, `mail import`, `mail fetch`
(the agency's mailbox over IMAP; its password from the system keyring) and `surveys send`
(a contact's satisfaction questionnaire by e-mail, added to satisfaction's `surveys`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from agencia.cli import formats
from agencia.cli.accounts import acting_on_account, acting_on_contact
from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser, noun, record_id
from agencia.cli.session import acting, acting_unseen_as_missing, agency_locale, agency_zone
from agencia.cli.words import english
from agencia.domain.enums import Channel
from agencia.domain.errors import DomainError
from agencia.domain.labels import label_of
from agencia.domain.service_enums import Delivery, Direction

if TYPE_CHECKING:
    from agencia.db.database import Database
    from agencia.domain.actor import Actor
    from agencia.services.communications.log import CommunicationRow
    from agencia.services.results import SaveResult

_COLUMNS = (
    "id",
    "account",
    "account_id",
    "occurred_at",
    "channel",
    "direction",
    "subject",
    "delivery",
    "request_id",
    "attachments",
)
_HEADERS = (
    ["ID", "Fecha", "Cuenta", "Canal", "Sentido", "Asunto"],
    ["ID", "When", "Account", "Channel", "Direction", "Subject"],
)
_TEXT = {
    "none": ("No hay comunicaciones.", "No communications."),
    "count": ("{n} comunicaciones.", "{n} communications."),
    "count_one": ("1 comunicación.", "1 communication."),
    "imported": ("{logged}, {dup}, {triage} a revisar.", "{logged}, {dup}, {triage} to triage."),
    "logged": ("{n} registrados", "{n} logged"),
    "logged_one": ("1 registrado", "1 logged"),
    "dup": ("{n} ya estaban", "{n} already there"),
    "dup_one": ("1 ya estaba", "1 already there"),
    "no_server": ("No hay cuenta de correo configurada.", "No mail account is set up."),
    "survey_sent": (
        "Encuesta enviada por correo; registrada como comunicación {id}.",
        "Survey sent by e-mail; logged as communication {id}.",
    ),
    "confirmed": (
        "Contacto {id}: entrega confirmada como «{delivery}».",
        "Contact {id}: delivery confirmed as “{delivery}”.",
    ),
}


def _t(key: str, **params: Any) -> str:
    es, en = _TEXT[key]
    return (en if english() else es).format(**params)


def register(commands: Any, common: Parser) -> None:
    """`communications` and `mail`."""
    log = commands.add_parser("communications", parents=[common], help="the contact log")
    log_actions = log.add_subparsers(
        dest="communications_command", metavar="ACTION", required=True, parser_class=Parser
    )
    listing = log_actions.add_parser("list", parents=[common], help="every contact, newest first")
    listing.set_defaults(handler=list_)
    listing.add_argument("--account", type=record_id, metavar="ID")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    what = "confirm a contact's pending delivery, in your name, now"
    confirming = log_actions.add_parser(
        "confirm", parents=[common], help=what, description=what + "."
    )
    confirming.set_defaults(handler=confirm)
    confirming.add_argument("id", metavar="ID", type=record_id, help="the contact")
    outcome = confirming.add_mutually_exclusive_group(required=True)
    outcome.add_argument(
        "--delivered", dest="delivery", action="store_const", const="delivered",
        help="it arrived",
    )  # fmt: skip
    outcome.add_argument(
        "--failed", dest="delivery", action="store_const", const="failed",
        help="it did not arrive",
    )  # fmt: skip
    mail = commands.add_parser("mail", parents=[common], help="e-mail in")
    mail_actions = mail.add_subparsers(
        dest="mail_command", metavar="ACTION", required=True, parser_class=Parser
    )
    what = "log .eml files on an account (all or none)"
    importing = mail_actions.add_parser("import", parents=[common], help=what)
    importing.set_defaults(handler=import_)
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE.eml")
    importing.add_argument("--account", type=record_id, required=True, metavar="ID")
    fetch = mail_actions.add_parser("fetch", parents=[common], help="read the service mailbox")
    fetch.set_defaults(handler=fetch_)
    surveys = noun(commands, common, "surveys", "satisfaction survey templates and responses")
    what = "e-mail a contact their fillable questionnaire (logged, with delivery confirmation)"
    sending = surveys.add_parser("send", parents=[common], help=what, description=what + ".")
    sending.set_defaults(handler=send_survey)
    sending.add_argument("id", metavar="ID", type=record_id, help="the survey template")
    sending.add_argument("--contact", type=record_id, required=True, metavar="ID")


def _json(r: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "account": r.account,
        "account_id": r.account_id,
        "occurred_at": r.occurred_at.isoformat(),
        "channel": r.channel,
        "direction": r.direction,
        "subject": r.subject,
        "delivery": r.delivery,
        "request_id": r.request_id,
        "attachments": list(r.attachments),
        "summary": r.summary,
    }


def list_(args: argparse.Namespace) -> int:
    from agencia.services.communications.log import list_communications

    def work(db: Database, actor: Actor) -> tuple[list[CommunicationRow], str, str]:
        found = list_communications(db, actor, account_id=args.account)
        return list(found), agency_locale(db), agency_zone(db)

    rows, locale, zone = acting_on_account(args, work, account=args.account, read_only=True)
    if args.format == "json":
        formats.write_json(sys.stdout, [_json(r) for r in rows])
    elif args.format == "csv":
        formats.write_csv(
            sys.stdout,
            (_json(r) | {"attachments": " ".join(r.attachments)} for r in rows),
            _COLUMNS,
        )
    else:
        _write_table(formats.for_people(sys.stdout), rows, locale, zone)
    return EXIT_OK


def _write_table(out: IO[str], rows: Sequence[CommunicationRow], locale: str, zone: str) -> None:
    """The log for people: one row per contact, its moment on the agency's clock, its
    channel and direction in their words."""
    if not rows:
        out.write(_t("none") + "\n")
        return
    cells = [
        [
            str(r.id),
            formats.when(r.occurred_at, locale, zone),
            r.account,
            label_of(Channel, r.channel),
            label_of(Direction, r.direction),
            r.subject,
        ]
        for r in rows
    ]
    headers = _HEADERS[1] if english() else _HEADERS[0]
    formats.write_grid(
        out, headers, cells, [False, False, True, False, False, True], [True] + [False] * 5
    )
    out.write((_t("count_one") if len(rows) == 1 else _t("count", n=len(rows))) + "\n")


def _summary(outcomes: Any) -> str:
    results = [o.result for o in outcomes]
    logged, dup = results.count("logged"), results.count("duplicate")
    return _t(
        "imported",
        logged=_t("logged_one") if logged == 1 else _t("logged", n=logged),
        dup=_t("dup_one") if dup == 1 else _t("dup", n=dup),
        triage=results.count("triage"),
    )


def import_(args: argparse.Namespace) -> int:
    from agencia.services.communications.intake import import_files

    blobs = []
    for path in args.files:
        try:
            blobs.append(path.read_bytes())
        except OSError as exc:
            raise DomainError("mail.unreadable", path=str(path), detail=exc.strerror or "") from exc
    outcomes = acting_on_account(  # an unseen account is «No existe…», not «not yours»
        args, lambda db, actor: import_files(db, actor, blobs, args.account), account=args.account
    )
    print(_summary(outcomes))
    return EXIT_OK


def fetch_(args: argparse.Namespace) -> int:
    from agencia.services.communications.mailbox import read_mailbox
    from agencia.services.communications.servers import mail_server

    def work(db: Any, actor: Any) -> Any:
        server = mail_server(db, actor)
        if server is None:
            raise DomainError("mail.no_account")
        return read_mailbox(db, actor, server)

    run = acting(args, work)
    print(_summary(run.outcomes))
    return EXIT_OK


def send_survey(args: argparse.Namespace) -> int:
    from agencia.services.communications.questionnaire_mail import send_questionnaire
    from agencia.services.communications.servers import mail_server

    def work(db: Any, actor: Any) -> int:
        server = mail_server(db, actor)
        if server is None:
            raise DomainError("mail.no_account")
        return send_questionnaire(db, actor, server, args.id, args.contact)

    print(_t("survey_sent", id=acting_on_contact(args, work, contact=args.contact)))
    return EXIT_OK


def confirm(args: argparse.Namespace) -> int:
    """Settle a pending delivery (courier, certified post, fax, e-mail) and say how. The
    contact is read first: one on an account the person may not see is «No existe el
    contacto N» (exit 1), as a missing one is — never «not your group»."""
    from agencia.services.communications.browse import communication_account
    from agencia.services.communications.delivery import confirm_delivery

    delivery = Delivery(args.delivery)

    def work(db: Database, actor: Actor) -> SaveResult:
        communication_account(db, actor, args.id)  # read first: an unseen one is missing
        return confirm_delivery(db, actor, args.id, delivery)

    acting_unseen_as_missing(args, work, record="communication.not_found")
    print(_t("confirmed", id=args.id, delivery=label_of(Delivery, delivery.value)))
    return EXIT_OK
