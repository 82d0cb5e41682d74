"""The communications page's log: every contact a person may see, newest first, filtered
by account, channel, person and dates, with what its channel confirmed of delivery.

A page of it reads off one index however long the log is (a million contacts in the
large demo): by account, the account's (account_id, occurred_at); otherwise the log's
(occurred_at, id), each row's account checked as it is walked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.enums import Channel
from agencia.domain.errors import NotFound
from agencia.domain.models import Account, Staff
from agencia.domain.permissions import Action
from agencia.domain.service_models import Communication, ServiceRequest
from agencia.services.accounts.access import require, visible_clause

PAGE = 500


@dataclass(frozen=True, slots=True)
class LogFilter:
    """What the person narrowed the log to (None: anything)."""

    account_id: int | None = None
    channel: Channel | None = None
    staff_id: int | None = None
    since: date | None = None
    until: date | None = None  # inclusive


@dataclass(frozen=True, slots=True)
class LogRow:
    """One contact as the log shows it; `confirmation` is what its channel confirmed
    (carrier, tracking number, signed by, receipt, transmission report, read receipt…)."""

    id: int
    account: str
    account_id: int
    occurred_at: datetime
    their_zone: str
    channel: str
    direction: str
    subject: str
    staff: str
    delivery: str
    confirmation: tuple[tuple[str, str], ...]
    request_id: int | None
    follow_up: date | None
    request_subject: str = ""  # the request it belongs to, named as people know it
    # what was said, or the message's text: the page reads each contact's row whole
    # already, so the chosen one's pane costs no second query
    summary: str = ""


def browse(db: Database, actor: Actor, wanted: LogFilter, limit: int = PAGE) -> list[LogRow]:
    """The newest `limit` contacts that pass `wanted`."""
    c = Communication
    person = aliased(Staff)
    # One account: its own index, (account_id, occurred_at). Otherwise the join is an
    # expression, so the database walks the log's index newest first and checks each row.
    by_account = wanted.account_id is not None
    query = (
        select(c, Account.trade_name, person.full_name)
        .join(Account, Account.id == (c.account_id if by_account else c.account_id + 0))
        .outerjoin(person, person.id == c.staff_id)
        .where(visible_clause(actor, few=True))
        .order_by(c.occurred_at.desc(), c.id.desc())
        .limit(limit)
    )
    if wanted.account_id is not None:
        query = query.where(c.account_id == wanted.account_id)
    if wanted.channel is not None:
        query = query.where(c.channel == wanted.channel)
    if wanted.staff_id is not None:
        query = query.where(c.staff_id == wanted.staff_id)
    if wanted.since is not None:
        query = query.where(c.occurred_at >= datetime.combine(wanted.since, time(), UTC))
    if wanted.until is not None:
        after = datetime.combine(wanted.until + timedelta(days=1), time(), UTC)
        query = query.where(c.occurred_at < after)
    with unit_of_work(db, actor, write=False) as uow:
        found = uow.session.execute(query).all()
        names = _confirmers(uow, [item for item, _, _ in found])
        asked = _requests(uow, [item for item, _, _ in found])
        return [
            LogRow(
                id=item.id,
                account=account,
                account_id=item.account_id,
                occurred_at=item.occurred_at,
                their_zone=item.their_zone,
                channel=item.channel.value,
                direction=item.direction.value,
                subject=item.subject,
                staff=staff or "",
                delivery=item.delivery.value,
                confirmation=_shown(item.confirmation, names),
                request_id=item.request_id,
                follow_up=item.follow_up,
                request_subject=asked.get(item.request_id or 0, ""),
                summary=item.summary or "",
            )
            for item, account, staff in found
        ]


def _requests(uow: UnitOfWork, items: list[Communication]) -> dict[int, str]:
    """The subjects of the requests the contacts belong to (on the contact's own account:
    `log` files a contact on its request's account), read once for the page."""
    ids = {i.request_id for i in items if i.request_id is not None}
    if not ids:
        return {}
    rows = uow.session.execute(
        select(ServiceRequest.id, ServiceRequest.subject).where(ServiceRequest.id.in_(ids))
    )
    return {request_id: subject for request_id, subject in rows}


def _confirmers(uow: UnitOfWork, items: list[Communication]) -> dict[int, str]:
    """The names of who confirmed a delivery later (log.confirmed's `confirmed_by`)."""
    ids = {
        int(i.confirmation["confirmed_by"])
        for i in items
        if str((i.confirmation or {}).get("confirmed_by", "")).isdigit()
    }
    if not ids:
        return {}
    rows = uow.session.execute(select(Staff.id, Staff.full_name).where(Staff.id.in_(ids)))
    return {staff_id: name for staff_id, name in rows}


def _shown(confirmation: dict[str, Any], names: dict[int, str]) -> tuple[tuple[str, str], ...]:
    """The confirmation as the log shows it: who confirmed by name, not by number."""
    out = []
    for key, value in sorted((confirmation or {}).items()):
        if key == "confirmed_by" and str(value).isdigit():
            value = names.get(int(value), value)
        out.append((str(key), str(value)))
    return tuple(out)


def communication_account(db: Database, actor: Actor, communication_id: int) -> int:
    """The account a logged contact is on: for the command line to read a contact it is
    given before acting on it. One on an account the person may not see is refused as
    «account.not_visible» (`services.unseen` reads it as a missing contact)."""
    with unit_of_work(db, actor, write=False) as uow:
        item = uow.session.get(Communication, communication_id)
        if item is None:
            raise NotFound("communication.not_found", id=communication_id)
        account = uow.session.get(Account, item.account_id)
        assert account is not None
        require(uow, Action.SEE_ACCOUNTS, account)
        return account.id


def account_name(db: Database, actor: Actor, account_id: int) -> str:
    """The account's trade name, for the timeline's title (refused if not visible)."""
    with unit_of_work(db, actor, write=False) as uow:
        account = uow.session.get(Account, account_id)
        if account is None:
            raise NotFound("account.not_found", id=account_id)
        require(uow, Action.SEE_ACCOUNTS, account)
        return account.trade_name
