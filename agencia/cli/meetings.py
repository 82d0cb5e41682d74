"""The campaigns area's `meetings list`: the actas the user may see, so that a meeting's
ID can be found for `agencia deck meeting MEETING_ID`.

Registered by agencia.cli.campaigns (the actas are the campaigns area's records); this
module is outside the area's package, so it reaches the area's service by name through
agencia.areas.resolve, as shared code does.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import IO, Any

from agencia.cli import formats, words
from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser, record_id
from agencia.cli.session import acting_unseen_as_missing, agency_locale

LIST_MEETINGS = "agencia.services.campaigns.meetings:list_meetings"

_COLUMNS = (
    "id", "campaign_id", "campaign", "account", "held_on", "subject", "state", "next_steps",
    "acta_sha256", "sent_sha256", "acknowledged_on",
)  # fmt: skip

# What only this command says, (es, en).
_TEXT: dict[str, tuple[str, str]] = {
    "id": ("ID", "ID"),
    "held_on": ("Fecha", "Date"),
    "campaign": ("Campaña", "Campaign"),
    "account": ("Cuenta", "Account"),
    "subject": ("Asunto", "Subject"),
    "state": ("Estado", "State"),
    "steps": ("Pasos", "Steps"),
    "draft": ("Sin enviar", "Not sent"),
    "sent": ("Enviada", "Sent"),
    "acknowledged": ("Confirmada", "Acknowledged"),
    "none": ("Ninguna acta.", "No meeting reports."),
    "count_one": ("1 acta.", "1 meeting report."),
    "count": ("{n} actas.", "{n} meeting reports."),
}


def _t(key: str, **values: object) -> str:
    es, en = _TEXT[key]
    return (en if words.english() else es).format(**values)


def register(commands: Any, common: Parser) -> None:
    """`meetings list [--campaign ID] [--format table|csv|json]`."""
    meetings = commands.add_parser(
        "meetings",
        parents=[common],
        help="lists of meeting reports (actas)",
        description="Lists of meeting reports (actas).",
    )
    actions = meetings.add_subparsers(
        dest="meetings_command", metavar="ACTION", required=True, parser_class=Parser
    )
    listing = actions.add_parser(
        "list",
        parents=[common],
        help="list the meeting reports the user may see",
        description="List the meeting reports (actas) of the campaigns the user may see, "
        "newest meeting first, with the ID that `agencia deck meeting MEETING_ID` takes.",
        epilog="States: draft (not sent yet), sent (waiting for the client's "
        "acknowledgement), acknowledged.",
    )
    listing.add_argument(
        "--campaign",
        metavar="ID",
        type=record_id,
        help="only this campaign's actas (a campaign that does not exist or that the user "
        "may not see fails, exit 1)",
    )
    listing.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (default, for people), csv (UTF-8, with a header row) or json: a list "
        "of objects with " + ", ".join(_COLUMNS) + " (dates YYYY-MM-DD or null; the "
        "SHA-256 of the acta kept and of the one sent, or null)",
    )
    listing.set_defaults(handler=list_meetings)


def list_meetings(args: argparse.Namespace) -> int:
    from agencia.areas import resolve

    rows_of = resolve(LIST_MEETINGS)

    def work(db: Any, actor: Any) -> tuple[Sequence[Any], str]:
        return rows_of(db, actor, args.campaign), agency_locale(db)

    rows, locale = acting_unseen_as_missing(args, work, read_only=True)  # beside the window
    if args.format == "json":
        formats.write_json(sys.stdout, [r.as_json() for r in rows])
    elif args.format == "csv":
        formats.write_csv(sys.stdout, (r.as_json() for r in rows), _COLUMNS)
    else:
        _write_table(formats.for_people(sys.stdout), rows, locale)
    return EXIT_OK


def _write_table(out: IO[str], rows: Sequence[Any], locale: str) -> None:
    if not rows:
        out.write(_t("none") + "\n")
        return
    headers = ["id", "held_on", "campaign", "account", "subject", "state", "steps"]
    formats.write_grid(
        out,
        [_t(h) for h in headers],
        [
            [
                str(r.id),
                formats.day(r.held_on, locale),
                r.campaign,
                r.account,
                r.subject,
                _t(r.state),
                str(r.next_steps),
            ]
            for r in rows
        ],
        [False, False, True, True, True, False, False],
        [True, False, False, False, False, False, True],
    )
    out.write((_t("count_one") if len(rows) == 1 else _t("count", n=len(rows))) + "\n")
