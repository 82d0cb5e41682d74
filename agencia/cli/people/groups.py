"""The people area's commands on groups, account teams and importing people: `groups`,
`group add|rename|director|move-staff|move-account`, `team`, `staff import`.

A move prints what moves (the same plan the window's confirmation shows) and then moves
it in one transaction; `--dry-run` only says it. An import adds the whole file or nobody,
each problem on its own line with the row the spreadsheet shows.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from agencia.cli import formats
from agencia.cli.errors import EXIT_FAILED, EXIT_OK
from agencia.cli.people import _done, print_id
from agencia.cli.session import acting, acting_unseen_as_missing
from agencia.cli.words import t
from agencia.domain.enums import AssignmentRole

if TYPE_CHECKING:
    from agencia.services.people.views import GroupRow

# --- groups ---------------------------------------------------------------------------


def list_groups(args: argparse.Namespace) -> int:
    from agencia.services.people.views import list_groups as rows_of

    rows: list[GroupRow] = acting(args, rows_of, read_only=True)
    if args.format == "json":
        formats.write_json(sys.stdout, [r.as_json() for r in rows])
    elif args.format == "csv":
        columns = ("id", "name", "director_id", "director", "people", "accounts")
        formats.write_csv(sys.stdout, (r.as_json() for r in rows), columns)
    else:
        out = formats.for_people(sys.stdout)
        if not rows:
            out.write(t("g_none") + "\n")
            return EXIT_OK
        formats.write_grid(
            out,
            [t("id"), t("group"), t("director"), t("people"), t("accounts")],
            [[str(r.id), r.name, r.director, str(r.people), str(r.accounts)] for r in rows],
            [False, True, True, False, False],
            [True, False, False, True, True],
        )
        out.write((t("g_count_one") if len(rows) == 1 else t("g_count", n=len(rows))) + "\n")
    return EXIT_OK


def add_group(args: argparse.Namespace) -> int:
    from agencia.services.people.groups import add_group as add

    return print_id(
        args, acting(args, lambda db, actor: add(db, actor, args.name, args.director).id)
    )


def rename_group(args: argparse.Namespace) -> int:
    from agencia.services.people.groups import rename_group as rename

    acting(args, lambda db, actor: rename(db, actor, args.id, args.name))
    return _done()


def group_director(args: argparse.Namespace) -> int:
    from agencia.services.people.group_moves import set_director

    acting(args, lambda db, actor: set_director(db, actor, args.id, args.staff))
    return _done()


def group_move(args: argparse.Namespace) -> int:
    """Print what moves (every line of the plan), then move it in one transaction."""
    from agencia.services.people.group_moves import move_to_group, plan_move

    people = args.group_command == "move-staff"
    staff, accounts = (args.ids, ()) if people else ((), args.ids)
    work = plan_move if args.dry_run else move_to_group
    plan = acting(
        args,
        lambda db, actor: work(db, actor, args.id, staff, accounts, getattr(args, "lead", None)),
    )
    out = formats.for_people(sys.stdout)
    for line in plan.texts():
        out.write(line + "\n")
    return EXIT_OK if args.dry_run else _done()


def import_staff(args: argparse.Namespace) -> int:
    """All the file's people or none; each problem on its own line, with its row."""
    from agencia.services.people.team_import import TeamImportRefused, import_team, problem_text

    with args.file as source:
        data = source.read()
    try:
        done = acting(args, lambda db, actor: import_team(db, actor, data, dry_run=args.dry_run))
    except TeamImportRefused as refused:
        err = formats.for_people(sys.stderr)
        for problem in refused.problems:
            err.write(problem_text(problem) + "\n")
        err.write(str(refused).split(". ")[0] + ".\n")
        return EXIT_FAILED
    if args.format == "json":
        formats.write_json(
            sys.stdout,
            {
                "ids": list(done.created),
                "rows": len(done.rows),
                "problems": [problem_text(p) for p in done.problems],
            },
        )
        return EXIT_FAILED if done.problems else EXIT_OK
    out = formats.for_people(sys.stdout)
    for problem in done.problems:
        out.write(problem_text(problem) + "\n")
    for new_id in done.created:
        out.write(f"{new_id}\n")
    return EXIT_FAILED if done.problems else EXIT_OK


# --- account teams --------------------------------------------------------------------


def team_add(args: argparse.Namespace) -> int:
    from agencia.services.people.teams import add_member

    part = AssignmentRole(args.part)
    acting_unseen_as_missing(
        args, lambda db, actor: add_member(db, actor, args.account, args.staff, part)
    )
    return _done()


def team_remove(args: argparse.Namespace) -> int:
    from agencia.services.people.teams import remove_member

    acting_unseen_as_missing(
        args, lambda db, actor: remove_member(db, actor, args.account, args.staff)
    )
    return _done()


def team_lead(args: argparse.Namespace) -> int:
    from agencia.services.people.teams import change_lead

    acting_unseen_as_missing(
        args, lambda db, actor: change_lead(db, actor, args.account, args.staff)
    )
    return _done()
