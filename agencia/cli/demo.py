"""`agencia demo`: fill an empty database with the demo agency (a house command, no area's)."""

from __future__ import annotations

import argparse
from typing import Any

from agencia.cli.errors import EXIT_OK
from agencia.cli.parser import Parser
from agencia.cli.session import open_db
from agencia.cli.words import t
from agencia.domain.errors import DomainError


def register(commands: Any, common: Parser) -> None:
    """`demo [--size small|large] [--seed N] [--if-empty]`."""
    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="fill an empty database with the demo agency",
        description="Create (or open) the database and fill it with the demo agency "
        "'Atlántica Comunicación'. Refuses a database that already has data (exit 1). "
        "Every demo user's password is 'demo'; the database signs in as 'demo'.",
    )
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: 3 groups, 33 people, 44 accounts (default); "
        "large: the same plus generated clients, 100,000 accounts and 400,000 contacts",
    )
    demo.add_argument(
        "--seed", type=int, default=0, help="random seed: the same seed gives the same data"
    )
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help="a database that already has data is left as it is (exit 0) instead of refused",
    )
    demo.set_defaults(handler=fill)


def fill(args: argparse.Namespace) -> int:
    """Fill the database and say what it now holds, in one line."""
    from agencia.demo.fill import fill_demo

    db = open_db(args, create=True)
    try:
        where = db.describe()
        try:
            summary = fill_demo(db, size=args.size, seed=args.seed)
        except DomainError as refused:
            if args.if_empty and refused.code == "demo.not_empty":
                print(t("demo_kept", db=where))
                return EXIT_OK
            raise
    finally:
        db.close()
    print(
        t(
            "demo_done",
            db=where,
            groups=summary.groups,
            staff=summary.staff,
            accounts=summary.accounts,
            brands=summary.brands,
            products=summary.products,
            contacts=summary.contacts,
            campaigns=summary.campaigns,
            seconds=summary.seconds,
            login=summary.login,
        )
    )
    return EXIT_OK
