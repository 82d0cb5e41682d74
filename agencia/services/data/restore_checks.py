"""What a restore checks itself rather than leave to the database: a repeated key, a
reference to a row the export does not hold, and a value the services' validators refuse
(`_ruled`: an amount below zero or with more decimals than its column keeps, hours below
zero, a required name blank or on two lines). The database would refuse both too, but in
its own words («FOREIGN KEY constraint failed»), for a whole batch of rows, naming
neither the row nor the column; here each is refused naming the file, the row (the
first is 1) and the column by its label, before the row is written.

Rows are seen in the order they load (parents first). A reference to a row loaded
before is checked at once; one to a row loaded later (a person's boss added after them,
a group's director) is checked once every table is in, before it is set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Enum,
    Float,
    ForeignKeyConstraint,
    Index,
    Numeric,
    String,
    Table,
    UniqueConstraint,
)

from agencia.domain.column_labels import column_label
from agencia.domain.enums import LEAD_ROLES
from agencia.domain.errors import DomainError
from agencia.domain.validation import (
    MONEY_PLACES,
    SINGLE_LINE_FIELDS,
    control_characters,
    line_problem,
    money_problem,
)

Key = tuple[Any, ...]
# The tables whose rows people type in the forms (the accounts' and the people's): a
# restored row must pass what those forms refuse — a control character anywhere, a line
# break or a direction override (U+202E: «Factura exe.pdf») in a name — and an account's
# lead must be an executive, as in its form (accounts.leads), never the administrator.
# Other tables keep what they hold (a mail's subject as it arrived): a backup stays
# restorable.
_TYPED = frozenset(
    {"accounts", "contacts", "brands", "products", "staff", "account_groups", "vendors"}
)
# The names and titles every version's form required (`validation.required`: not blank, one
# line), by table: no service wrote one blank, nor on two lines or with a direction
# override (a tab is tolerated, as in `_typed`). A mail's subject is not among them: it is
# kept as it arrived.
_REQUIRED = {
    "accounts": ("trade_name",),
    "contacts": ("full_name",),
    "brands": ("name",),
    "staff": ("full_name",),
    "account_groups": ("name",),
    "vendors": ("name",),
    "service_requests": ("subject",),
    "campaigns": ("name",),
    "tasks": ("title",),
    "vendor_jobs": ("description",),
}
# An amount column is Numeric(14, 2), as every amount is kept: `money_problem`'s rule
# (never below zero, below a trillion, to the cent); hours are never below zero.
_MONEY = (14, MONEY_PLACES)


@dataclass(frozen=True, slots=True)
class _Reference:
    """A reference from `columns` of a row to `target`'s `target_columns`."""

    columns: tuple[str, ...]
    target: str
    target_columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Number:
    """A number column's rule: below `limit` in size, a multiple of `quantum` (its
    places), and never below zero when it is an amount or hours."""

    name: str
    limit: Decimal | None
    quantum: Decimal
    money: bool
    signed: bool

    @staticmethod
    def of(name: str, precision: int, scale: int) -> _Number:
        return _Number(
            name,
            Decimal(10) ** (precision - scale) if precision else None,
            Decimal(1).scaleb(-scale),
            (precision, scale) == _MONEY,
            not name.endswith("hours"),
        )

    def refuses(self, value: Any) -> bool:
        if not isinstance(value, Decimal) or not value.is_finite():
            return True
        if self.limit is not None and abs(value) >= self.limit:
            return True
        if value != value.quantize(self.quantum):
            return True
        if self.money:  # the amounts' one rule (places, sign, range) as people type them
            return money_problem(value) is not None
        return not self.signed and value < 0


@dataclass(slots=True)
class _Later:
    """A reference checked once every row is in."""

    table: str
    row: int
    reference: _Reference
    key: Key


@dataclass(slots=True)
class RowChecks:
    """The keys of the rows loaded so far, by table and columns: what is unique (the
    primary key and each unique constraint) and what other rows refer to."""

    tables: list[Table]
    _unique: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    _references: dict[str, list[_Reference]] = field(default_factory=dict)
    _seen: dict[tuple[str, tuple[str, ...]], dict[Key, int]] = field(default_factory=dict)
    _kept: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # keys remembered
    _later: list[_Later] = field(default_factory=list)
    _roles: dict[Any, Any] = field(default_factory=dict)  # staff id → role
    _leads: list[tuple[int, Any]] = field(default_factory=list)  # (accounts row, lead id)
    _numbers: dict[str, list[_Number]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for table in self.tables:
            self._numbers[table.name] = [
                _Number.of(c.name, c.type.precision or 0, c.type.scale or 0)
                for c in table.columns
                if isinstance(c.type, Numeric) and not isinstance(c.type, Float)
            ]
            unique = [tuple(c.name for c in table.primary_key.columns)]
            unique += [
                tuple(c.name for c in constraint.columns)
                for constraint in table.constraints
                if isinstance(constraint, UniqueConstraint)
            ]
            unique += [  # unique indexes over plain columns, whole (not partial) ones
                tuple(c.name for c in index.columns)
                for index in table.indexes
                if index.unique
                and not _partial(index)
                and len(index.columns) == len(index.expressions)
            ]
            self._unique[table.name] = unique
            for columns in unique:
                self._seen[(table.name, columns)] = {}
            self._references[table.name] = [
                _Reference(
                    tuple(e.parent.name for e in constraint.elements),
                    constraint.referred_table.name,
                    tuple(e.column.name for e in constraint.elements),
                )
                for constraint in table.constraints
                if isinstance(constraint, ForeignKeyConstraint)
            ]
        for references in self._references.values():
            for reference in references:
                self._seen.setdefault((reference.target, reference.target_columns), {})
        for name, columns in self._seen:
            self._kept.setdefault(name, []).append(columns)

    def row(self, table: Table, number: int, values: dict[str, Any], held: set[str]) -> None:
        """Check a row about to be written (`held`: its columns set once all rows are
        in), and remember its keys."""
        if table.name in _TYPED:
            _typed(table, number, values)
        _ruled(table.name, number, values, self._numbers[table.name])
        if table.name == "staff":
            self._roles[values.get("id")] = values.get("role")
        if table.name == "accounts" and values.get("lead_executive_id") is not None:
            self._leads.append((number, values["lead_executive_id"]))
        for columns in self._unique[table.name]:
            key = tuple(values.get(c) for c in columns)
            if None in key:
                continue  # NULLs are never equal: no constraint applies
            first = self._seen[(table.name, columns)].get(key)
            if first is not None:
                raise DomainError(
                    "data.restore_duplicate",
                    file=f"{table.name}.json",
                    row=number,
                    column=_columns(columns),
                    value=_shown(key),
                    first=first,
                )
        for columns in self._kept.get(table.name, ()):
            key = tuple(values.get(c) for c in columns)
            if None not in key:
                self._seen[(table.name, columns)].setdefault(key, number)
        for reference in self._references[table.name]:
            key = tuple(values.get(c) for c in reference.columns)
            if None in key:
                continue
            if held.intersection(reference.columns):
                self._later.append(_Later(table.name, number, reference, key))
            else:
                self._check(table.name, number, reference, key)

    def finish(self) -> None:
        """Every reference set once the rows are in points at a row that is."""
        for later in self._later:
            self._check(later.table, later.row, later.reference, later.key)
        for number, lead in self._leads:
            role = self._roles.get(lead)
            if lead in self._roles and role not in LEAD_ROLES:
                raise DomainError(
                    "data.restore_wrong_lead",
                    file="accounts.json",
                    row=number,
                    column=column_label("lead_executive_id"),
                    value=lead,
                    role=role,
                )

    def _check(self, table: str, number: int, reference: _Reference, key: Key) -> None:
        if key not in self._seen[(reference.target, reference.target_columns)]:
            raise DomainError(
                "data.restore_missing_reference",
                file=f"{table}.json",
                row=number,
                column=_columns(reference.columns),
                value=_shown(key),
                target_file=f"{reference.target}.json",
            )


def _typed(table: Table, number: int, values: dict[str, Any]) -> None:
    """Refuse a text the table's form would refuse (see `_TYPED`), naming the column."""
    for column in table.columns:
        value = values.get(column.name)
        if not isinstance(value, str) or not isinstance(column.type, String):
            continue
        if isinstance(column.type, Enum):
            continue
        hidden = control_characters(value)
        if not hidden and column.name in SINGLE_LINE_FIELDS:
            # a tab is refused in a one-line field since 2026-12; an export made before
            # keeps its tabs and still restores (hidden text is the refusal here)
            hidden = line_problem(value.replace("\t", " ")) is not None
        if hidden:
            raise DomainError(
                "data.restore_hidden_text",
                file=f"{table.name}.json",
                row=number,
                column=column_label(column.name),
            )


def _ruled(table: str, number: int, values: dict[str, Any], numbers: list[_Number]) -> None:
    """Refuse what the services' validators refuse and no version of them wrote: a number
    with more decimals or digits than its column keeps (SQLite would keep it, and round it
    silently when read), an amount or hours below zero, a required name blank or broken."""
    for rule in numbers:
        value = values.get(rule.name)
        if value is not None and rule.refuses(value):
            raise _refused(table, number, rule.name, value)
    for name in _REQUIRED.get(table, ()):
        value = values.get(name)
        if not isinstance(value, str):
            continue
        if not value.strip() or line_problem(value.replace("\t", " ")) is not None:
            raise _refused(table, number, name, value)


def _refused(table: str, number: int, name: str, value: Any) -> DomainError:
    shown = str(value)
    return DomainError(
        "data.restore_bad_value",
        file=f"{table}.json",
        row=number,
        column=column_label(name),
        value=shown if len(shown) <= 40 else shown[:39] + "…",
    )


def _partial(index: Index) -> bool:
    """An index with a WHERE (one decision in force per stage): the database checks it."""
    return any(
        options.get("where") is not None
        for options in (index.dialect_options[d] for d in ("postgresql", "sqlite"))
    )


def _columns(names: tuple[str, ...]) -> str:
    return ", ".join(column_label(n) for n in names)


def _shown(key: Key) -> str:
    shown = ", ".join(str(v) for v in key)
    return shown if len(shown) <= 40 else shown[:39] + "…"
