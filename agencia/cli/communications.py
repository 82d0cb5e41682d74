"""The communications area's commands: `communications list`, `mail import`, `mail fetch`
(the agency's mailbox over IMAP; its password from the system keyring) and `surveys send`
(a contact's satisfaction questionnaire by e-mail, added to satisfaction's `surveys`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from agencia.cli import formats
from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser, noun, record_id
from agencia.cli.session import acting
from agencia.cli.words import english
from agencia.domain.errors import DomainError

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
_TEXT = {
    "none": ("No hay comunicaciones.", "No communications."),
    "imported": (
        "{logged} registrados, {dup} ya estaban, {triage} a revisar.",
        "{logged} logged, {dup} already there, {triage} to triage.",
    ),
    "no_server": ("No hay cuenta de correo configurada.", "No mail account is set up."),
    "survey_sent": (
        "Encuesta enviada por correo; registrada como comunicación {id}.",
        "Survey sent by e-mail; logged as communication {id}.",
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
    }


def list_(args: argparse.Namespace) -> int:
    from agencia.services.communications.log import list_communications

    rows = acting(
        args,
        lambda db, actor: list_communications(db, actor, account_id=args.account),
        read_only=True,
    )
    if args.format == "json":
        formats.write_json(sys.stdout, [_json(r) for r in rows])
    elif args.format == "csv":
        formats.write_csv(
            sys.stdout,
            (_json(r) | {"attachments": " ".join(r.attachments)} for r in rows),
            _COLUMNS,
        )
    else:
        out = formats.for_people(sys.stdout)
        if not rows:
            out.write(_t("none") + "\n")
        for r in rows:
            out.write(
                f"{r.id:>6}  {r.occurred_at:%Y-%m-%d %H:%M}  {r.account}  {r.channel}"
                f"  {r.direction}  {r.subject}\n"
            )
    return EXIT_OK


def _summary(outcomes: Any) -> str:
    results = [o.result for o in outcomes]
    return _t(
        "imported",
        logged=results.count("logged"),
        dup=results.count("duplicate"),
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
    outcomes = acting(args, lambda db, actor: import_files(db, actor, blobs, args.account))
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

    print(_t("survey_sent", id=acting(args, work)))
    return EXIT_OK
