"""`agencia routing list|add|remove`: the switchboard's rules, tried in order before the
account's own people (lead → team → director). Editing them is the administrator's.

`routing list --format json` gives each rule's `id`, `position`, `kind`, `channel`,
`priority`, `brand_id`, `brand`, `staff_id`, `staff` and `team` (null: any / none).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from agencia.cli import formats
from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser, record_id
from agencia.cli.session import acting
from agencia.cli.words import english
from agencia.domain.enums import Channel, Department
from agencia.domain.labels import label
from agencia.domain.service_enums import Priority, RequestKind

if TYPE_CHECKING:
    from agencia.services.service.routing import RuleRow

_FIELDS = ("id", "position", "kind", "channel", "priority", "brand_id", "brand", "staff_id")
_JSON = (*_FIELDS, "staff", "team")
_HEADERS = (
    ("#", "tipo", "canal", "prioridad", "marca", "para"),
    ("#", "kind", "channel", "priority", "brand", "to"),
)


def register(commands: Any, common: Parser) -> None:
    """`routing list|add|remove`."""
    noun = commands.add_parser(
        "routing",
        parents=[common],
        help="the switchboard: who new service requests go to",
        description="The switchboard: rules tried in order; the first that matches sends "
        "the request to its person or team; none: the account's lead, team, director.",
    )
    actions = noun.add_subparsers(
        dest="routing_command", metavar="ACTION", required=True, parser_class=Parser
    )
    listing = actions.add_parser("list", parents=[common], help="the rules in order")
    listing.set_defaults(handler=list_)
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    add = actions.add_parser(
        "add", parents=[common], help="add a rule (administrators); prints its ID"
    )
    add.set_defaults(handler=add_)
    add.add_argument("--kind", choices=[k.value for k in RequestKind])
    add.add_argument("--channel", choices=[c.value for c in Channel])
    add.add_argument("--priority", choices=[p.value for p in Priority])
    add.add_argument("--brand", type=record_id, metavar="ID")
    target = add.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", dest="staff", type=record_id, metavar="STAFF_ID")
    target.add_argument("--team", choices=[d.value for d in Department])
    add.add_argument("--position", type=int, metavar="N", help="1: tried first (default: last)")
    add.add_argument("--format", choices=("text", "json"), default="text")
    remove = actions.add_parser("remove", parents=[common], help="remove a rule")
    remove.set_defaults(handler=remove_)
    remove.add_argument("id", metavar="ID", type=record_id)


def _json(r: RuleRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "position": r.position,
        "kind": r.kind,
        "channel": r.channel,
        "priority": r.priority,
        "brand_id": r.brand_id,
        "brand": r.brand,
        "staff_id": r.staff_id,
        "staff": r.staff,
        "team": r.team,
    }


def _any() -> str:
    return "any" if english() else "cualquiera"


def list_(args: argparse.Namespace) -> int:
    from agencia.services.service.routing import list_rules

    rows: list[RuleRow] = acting(args, list_rules, read_only=True)
    if args.format == "json":
        formats.write_json(sys.stdout, [_json(r) for r in rows])
        return EXIT_OK
    if args.format == "csv":
        formats.write_csv(sys.stdout, (_json(r) for r in rows), _JSON)
        return EXIT_OK
    out = formats.for_people(sys.stdout)
    if not rows:
        out.write(("No rules: " if english() else "Sin reglas: ") + _fallback() + "\n")
        return EXIT_OK
    cells = [
        [
            str(r.position),
            label(RequestKind(r.kind)) if r.kind else _any(),
            label(Channel(r.channel)) if r.channel else _any(),
            label(Priority(r.priority)) if r.priority else _any(),
            r.brand or _any(),
            r.staff or (label(Department(r.team)) if r.team else ""),
        ]
        for r in rows
    ]
    formats.write_grid(
        out,
        list(_HEADERS[1 if english() else 0]),
        cells,
        [False, *([True] * 5)],
        [True] + [False] * 5,
    )
    out.write(("Otherwise: " if english() else "Si no: ") + _fallback() + "\n")
    return EXIT_OK


def _fallback() -> str:
    if english():
        return "the account's lead executive, its team, its group's director."
    return "el ejecutivo principal de la cuenta, su equipo, el director del grupo."


def add_(args: argparse.Namespace) -> int:
    from agencia.services.service.routing import NewRule, add_rule

    data = NewRule(
        kind=RequestKind(args.kind) if args.kind else None,
        channel=Channel(args.channel) if args.channel else None,
        priority=Priority(args.priority) if args.priority else None,
        brand_id=args.brand,
        staff_id=args.staff,
        team=Department(args.team) if args.team else None,
        rule_position=args.position,
    )
    saved = acting(args, lambda db, actor: add_rule(db, actor, data))
    formats.write_new_id(args.format, saved.id)
    return EXIT_OK


def remove_(args: argparse.Namespace) -> int:
    from agencia.services.service.routing import remove_rule

    acting(args, lambda db, actor: remove_rule(db, actor, args.id))
    return EXIT_OK
