"""The agency's settings on the command line: `rates list|set`.

An administrator keeps the exchange rates that turn a campaign's budget in its client's
currency into the agency's, dated (`agencia.services.agency.rates`): the approval
thresholds are compared in the agency's currency.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import IO, TYPE_CHECKING, Any

from agencia.cli import formats
from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser
from agencia.cli.session import acting, agency_locale
from agencia.cli.words import t

if TYPE_CHECKING:
    from agencia.db.database import Database
    from agencia.domain.actor import Actor
    from agencia.services.agency.rates import RateView

_CSV = ("id", "currency", "rate", "valid_from", "agency_currency")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("not_a_date", text=text)) from None


def _rate(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(t("not_a_number", text=text)) from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(t("not_a_number", text=text))
    return value


def register(commands: Any, common: Parser) -> None:
    """`rates list` and `rates set CURRENCY RATE [--from DATE]`."""
    help_ = "exchange rates to the agency's currency, for the approval thresholds"
    rates = commands.add_parser("rates", parents=[common], help=help_, description=help_ + ".")
    actions = rates.add_subparsers(
        dest="rates_command", metavar="ACTION", required=True, parser_class=Parser
    )
    listing = actions.add_parser(
        "list", parents=[common], help="list the rates kept, newest first for each currency"
    )
    listing.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (default, for people), csv (UTF-8, with a header row) or json",
    )
    listing.set_defaults(handler=list_rates)
    setting = actions.add_parser(
        "set",
        parents=[common],
        help="set what one unit of a currency is worth in the agency's (administrator)",
        description="Set what one unit of CURRENCY is worth in the agency's currency from a "
        "day on (administrator). The same day again replaces that day's rate.",
    )
    setting.add_argument("currency", metavar="CURRENCY", help="ISO code, e.g. MXN")
    setting.add_argument("rate", metavar="RATE", type=_rate, help="e.g. 0.0512")
    setting.add_argument(
        "--from", dest="valid_from", metavar="DATE", type=_day, help="YYYY-MM-DD (default today)"
    )
    setting.set_defaults(handler=set_rate)


def list_rates(args: argparse.Namespace) -> int:
    from agencia.services.agency.rates import list_rates as rows_of

    def work(db: Database, actor: Actor) -> tuple[list[RateView], str]:
        return rows_of(db, actor), agency_locale(db)

    rows, locale = acting(args, work, read_only=True)  # beside the window
    if args.format == "json":
        formats.write_json(sys.stdout, [r.as_json() for r in rows])
    elif args.format == "csv":
        formats.write_csv(sys.stdout, (r.as_json() for r in rows), _CSV)
    else:
        _table(formats.for_people(sys.stdout), rows, locale)
    return EXIT_OK


def _worth(row: RateView, locale: str) -> str:
    from babel.core import UnknownLocaleError
    from babel.numbers import format_decimal

    try:
        amount = format_decimal(row.rate.normalize(), format="#,##0.########", locale=locale)
    except (UnknownLocaleError, ValueError):
        amount = str(row.rate.normalize())
    return f"1 {row.currency} = {amount} {row.agency_currency}"


def _table(out: IO[str], rows: list[RateView], locale: str) -> None:
    if not rows:
        out.write(t("rates_none") + "\n")
        return
    formats.write_grid(
        out,
        [t("id"), t("rate_currency"), t("rate_worth"), t("rate_from")],
        [
            [str(r.id), r.currency, _worth(r, locale), formats.day(r.valid_from, locale)]
            for r in rows
        ],
        [False, False, True, False],
        [True, False, False, False],
    )


def set_rate(args: argparse.Namespace) -> int:
    from agencia.services.agency.rates import set_rate as save

    acting(args, lambda db, actor: save(db, actor, args.currency, args.rate, args.valid_from))
    print(t("done"))
    return EXIT_OK
