"""Adding several people at once: the rows of a CSV file (`team_csv`) or the list the
first-run wizard's «add your team» page collects one by one.

All the rows go in one transaction or none does: every row is checked (role, name,
e-mail, who they report to — someone in the file or already in the agency — and the
reporting-line rules of `reporting`), every problem is reported with its row, and only a
file without problems is added. A preview runs the same checks and adds nothing. A group
named that does not exist yet is created, its first director row directing it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Role, TitleGender
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.messages import render
from agencia.domain.models import AccountGroup, Staff
from agencia.domain.permissions import Action
from agencia.domain.text import fold
from agencia.services.accounts.access import require_global
from agencia.services.people.staff_edit import StaffInput, insert_staff, validate_staff
from agencia.services.people.team_csv import Problem, TeamRow, parse_role, read_table


@dataclass(frozen=True, slots=True)
class TeamImport:
    """What an import adds (or would add): the rows, their problems, the new ids."""

    rows: tuple[TeamRow, ...]
    problems: tuple[Problem, ...]
    created: tuple[int, ...] = ()
    new_groups: tuple[str, ...] = ()

    def problems_of(self, row: int) -> list[Problem]:
        return [p for p in self.problems if p.row == row]


def problem_text(problem: Problem, lang: str | None = None) -> str:
    """«Fila 3: Rol desconocido: …»"""
    message = render(problem.code, problem.params, lang)
    return render("team_csv.row", {"row": problem.row, "message": message}, lang)


class TeamImportRefused(DomainError):
    """Some rows have problems: nobody was added. `problems` lists them all."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        first = problem_text(problems[0]) if problems else ""
        rows = len({p.row for p in problems})
        super().__init__("team_csv.failed", count=rows, first=first)
        self.problems = tuple(problems)


class _DryRun(Exception):
    def __init__(self, result: TeamImport) -> None:
        super().__init__("dry run")
        self.result = result


def import_team(db: Database, actor: Actor, data: bytes, *, dry_run: bool = False) -> TeamImport:
    """The people of a CSV file, all or none (`dry_run`: checked, nothing added)."""
    require_global(actor, Action.MANAGE_PEOPLE)
    return add_team(db, actor, read_table(data).rows, dry_run=dry_run)


def add_team(
    db: Database, actor: Actor, rows: Sequence[TeamRow], *, dry_run: bool = False
) -> TeamImport:
    """Add `rows` in one transaction; raises TeamImportRefused if any row has a problem."""
    require_global(actor, Action.MANAGE_PEOPLE)
    try:
        with unit_of_work(db, actor) as uow:
            result = _add(uow, tuple(rows))
            if dry_run:
                raise _DryRun(result)
            if result.problems:
                raise TeamImportRefused(result.problems)
            return result
    except _DryRun as done:
        return done.result


class _Resolver:
    """Who a reports-to cell names: a row of the file or someone in the agency, by e-mail
    or by name (case and accents aside)."""

    def __init__(self, rows: Sequence[TeamRow], staff: Sequence[Staff]) -> None:
        self.rows_by: dict[str, list[int]] = {}
        self.staff_by: dict[str, list[int]] = {}
        for r in rows:
            for key in (fold(r.name), fold(r.email)):
                if key:
                    self.rows_by.setdefault(key, []).append(r.row)
        for p in staff:
            for key in (fold(p.full_name), fold(p.email)):
                if key:
                    self.staff_by.setdefault(key, []).append(p.id)

    def find(self, text: str) -> tuple[str, int] | str:
        """("row", n) or ("staff", id), or the message code of why not."""
        key = fold(" ".join(text.split()))
        in_rows = sorted(set(self.rows_by.get(key, [])))
        in_staff = sorted(set(self.staff_by.get(key, [])))
        if len(in_rows) + len(in_staff) > 1:
            return "team_csv.reports_to_ambiguous"
        if in_rows:
            return ("row", in_rows[0])
        if in_staff:
            return ("staff", in_staff[0])
        return "team_csv.reports_to_unknown"


def _order(rows: Sequence[TeamRow], bosses: dict[int, int], problems: list[Problem]) -> list[int]:
    """Rows with their bosses first; a circle in the file is a problem on its rows."""
    done: list[int] = []
    state: dict[int, int] = {}  # 1 visiting, 2 placed

    def visit(n: int, path: list[int]) -> None:
        if state.get(n) == 2:
            return
        if state.get(n) == 1:
            circle = path[path.index(n) :]
            rows_text = ", ".join(str(r) for r in sorted(circle))
            for r in circle:
                problems.append(
                    Problem(r, "reports_to", "team_csv.reports_to_cycle", {"rows": rows_text})
                )
                state[r] = 2
            return
        state[n] = 1
        boss = bosses.get(n)
        if boss is not None:
            visit(boss, [*path, n])
        if state.get(n) == 1:
            state[n] = 2
            done.append(n)

    for r in rows:
        visit(r.row, [])
    return done


def _check_rows(rows: Sequence[TeamRow], staff: Sequence[Staff]) -> list[Problem]:
    """Each row alone: its fields, its role, a name already in the agency or the file."""
    problems: list[Problem] = []
    existing = {fold(p.full_name) for p in staff}
    first_row: dict[str, int] = {}
    for r in rows:
        data = StaffInput(r.name, r.role or Role.TRAINEE, email=r.email)
        for name, (code, params) in validate_staff(data).items():
            problems.append(Problem(r.row, "name" if name == "full_name" else name, code, params))
        if r.role is None:
            problems.append(Problem(r.row, "role", "team_csv.role_unknown", {"value": r.role_text}))
        key = fold(r.name)
        if key and key in existing:
            problems.append(Problem(r.row, "name", "team_csv.exists", {"name": r.name}))
        elif key and key in first_row:
            params = {"name": r.name, "row": first_row[key]}
            problems.append(Problem(r.row, "name", "team_csv.repeated", params))
        first_row.setdefault(key, r.row)
    return problems


def _add(uow: UnitOfWork, rows: tuple[TeamRow, ...]) -> TeamImport:
    s = uow.session
    staff = list(s.scalars(select(Staff).where(Staff.active)))
    problems = _check_rows(rows, staff)
    resolver = _Resolver(rows, staff)
    bosses: dict[int, int] = {}  # row → the boss's row
    boss_ids: dict[int, int] = {}  # row → an existing person's id
    for r in rows:
        if not r.reports_to:
            continue
        found = resolver.find(r.reports_to)
        if isinstance(found, str):
            problems.append(Problem(r.row, "reports_to", found, {"value": r.reports_to}))
        elif found[0] == "row":
            if found[1] == r.row:
                problems.append(Problem(r.row, "reports_to", "staff.reports_to_self"))
            else:
                bosses[r.row] = found[1]
        else:
            boss_ids[r.row] = found[1]
    order = _order(rows, bosses, problems)
    groups = {fold(g.name): g for g in s.scalars(select(AccountGroup))}
    new_groups: list[str] = []
    by_row = {r.row: r for r in rows}
    ids: dict[int, int] = {}
    bad = {p.row for p in problems}
    for n in order:
        r = by_row[n]
        if n in bad or r.role is None or (n in bosses and bosses[n] not in ids):
            continue
        group = _group(uow, groups, new_groups, r.group) if r.group else None
        data = StaffInput(
            r.name,
            r.role,
            title_gender=r.gender,
            email=r.email,
            reports_to_id=ids[bosses[n]] if n in bosses else boss_ids.get(n),
            group_id=group.id if group is not None else None,
        )
        try:
            person = insert_staff(uow, data)
        except ValidationError as refused:
            for name, (code, params) in refused.field_errors.items():
                problems.append(Problem(n, name.removesuffix("_id"), code, params))
            continue
        ids[n] = person.id
        if group is not None and r.role is Role.ACCOUNT_DIRECTOR and group.director_id is None:
            group.director_id = person.id
            uow.audit(
                ChangeKind.GROUP,
                group.id,
                AuditAction.UPDATE,
                {"director": [None, person.full_name]},
                summary=group.name,
            )
    s.flush()
    problems.sort(key=lambda p: (p.row, p.field))
    return TeamImport(
        rows, tuple(problems), tuple(ids[r.row] for r in rows if r.row in ids), tuple(new_groups)
    )


def _group(
    uow: UnitOfWork, groups: dict[str, AccountGroup], new: list[str], name: str
) -> AccountGroup:
    """The group called `name`, created (audited) the first time a row names it."""
    key = fold(" ".join(name.split()))
    group = groups.get(key)
    if group is None:
        require_global(uow.actor, Action.MANAGE_GROUPS)
        group = AccountGroup(name=" ".join(name.split())[:120])
        uow.session.add(group)
        uow.session.flush()
        uow.audit(
            ChangeKind.GROUP,
            group.id,
            AuditAction.CREATE,
            {"name": [None, group.name]},
            summary=group.name,
        )
        groups[key] = group
        new.append(group.name)
    return group


def add_people(
    db: Database, actor: Actor, entries: Sequence[Mapping[str, Any]], *, dry_run: bool = False
) -> TeamImport:
    """`add_team` for plain data (what the first-run wizard collects, from the form or a
    file): each entry has name, role (a title or code), email, reports_to, group and
    `row` (the file's row; 0 for one typed in, then keyed past the file's rows)."""
    rows: list[TeamRow] = []
    used = {int(e.get("row") or 0) for e in entries}
    spare = max([*used, 1]) + 1
    for entry in entries:
        number = int(entry.get("row") or 0)
        if number <= 0:
            number, spare = spare, spare + 1
        role_text = str(entry.get("role") or "")
        found = parse_role(role_text)
        rows.append(
            TeamRow(
                row=number,
                name=" ".join(str(entry.get("name") or "").split()),
                role_text=role_text,
                role=found[0] if found else None,
                gender=found[1] if found else TitleGender.MASCULINE,
                email=str(entry.get("email") or "").strip(),
                reports_to=str(entry.get("reports_to") or "").strip(),
                group=str(entry.get("group") or "").strip(),
            )
        )
    return add_team(db, actor, rows, dry_run=dry_run)


def entries_of_file(data: bytes) -> list[dict[str, Any]]:
    """A CSV file's people as plain data (for `add_people`), with their rows."""
    return [
        {
            "row": r.row,
            "name": r.name,
            "role": r.role_text,
            "email": r.email,
            "reports_to": r.reports_to,
            "group": r.group,
        }
        for r in read_table(data).rows
    ]
