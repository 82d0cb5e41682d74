"""What the accounts list asks of SQL: the search text, the filters (one value each, as
the command line gives them, or any of several, as the list's filters do) and the sort."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement

from agencia.domain.enums import AccountStatus
from agencia.domain.models import Account


@dataclass(frozen=True, slots=True)
class AccountQuery:
    """What the accounts list asks: search text, filters and sort (all applied in SQL)."""

    text: str = ""
    status: AccountStatus | None = None
    group_id: int | None = None
    executive_id: int | None = None
    sector: str = ""
    mine: bool = False
    sort: str = "name"
    descending: bool = False
    # more than one value per filter (the list's multi-choice filters): any of them
    statuses: tuple[AccountStatus, ...] = ()
    group_ids: tuple[int, ...] = ()
    executive_ids: tuple[int, ...] = ()
    sectors: tuple[str, ...] = ()

    def filtered(self) -> bool:
        """Whether anything but «Mis cuentas» narrows the list."""
        return bool(
            self.text
            or self.status
            or self.group_id is not None
            or self.executive_id is not None
            or self.sector
            or self.statuses
            or self.group_ids
            or self.executive_ids
            or self.sectors
        )


def filter_conditions(query: AccountQuery) -> list[ColumnElement[bool]]:
    """The filters' conditions: one value each (the command line), or any of several."""
    conditions: list[ColumnElement[bool]] = []
    if query.status is not None:
        conditions.append(Account.status == query.status)
    if query.group_id is not None:
        conditions.append(Account.group_id == query.group_id)
    if query.executive_id is not None:
        conditions.append(Account.lead_executive_id == query.executive_id)
    if query.sector:
        conditions.append(Account.sector == query.sector)
    if query.statuses:
        conditions.append(Account.status.in_(query.statuses))
    if query.group_ids:
        conditions.append(Account.group_id.in_(query.group_ids))
    if query.executive_ids:
        conditions.append(Account.lead_executive_id.in_(query.executive_ids))
    if query.sectors:
        conditions.append(Account.sector.in_(query.sectors))
    return conditions
