"""What the window's satisfaction page reads: first the accounts in the worst health (a
page of the health list), then the rest in one go; and the choices of its entry form (an
account's contacts and campaigns)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Campaign
from agencia.domain.errors import NotFound
from agencia.domain.models import Account, Contact
from agencia.domain.permissions import Action
from agencia.services.accounts import access as account_access
from agencia.services.results import Option
from agencia.services.satisfaction.health import WorstHealth, worst_health
from agencia.services.satisfaction.heap import give_back
from agencia.services.satisfaction.improvements import ActionRow, actions_in
from agencia.services.satisfaction.results import Results, Scope, results_in
from agencia.services.satisfaction.templates import TemplateView, templates_in

HEALTH_PAGE = 200  # lines of the health list read at first, and added on each asking


def read_health(
    db: Database, actor: Actor, limit: int = HEALTH_PAGE, today: date | None = None
) -> WorstHealth:
    """The page's first view: the `limit` visible accounts in the worst health (the
    lowest figure first), with how many accounts there are. It is read apart from the
    rest (and first) so that the accounts at risk show at once."""
    with unit_of_work(db, actor, write=False) as uow:
        worst = worst_health(uow, today or date.today(), limit)
    give_back()  # every visible account was ranked: its heap goes back (`heap`)
    return worst


@dataclass(frozen=True, slots=True)
class SatisfactionPage:
    """The results for the scope, the actions, the templates, and the accounts the
    person may see (by name: whose results to show, whose response to record)."""

    results: Results
    actions: tuple[ActionRow, ...]
    templates: tuple[TemplateView, ...]
    accounts: tuple[Option, ...]


def read_page(
    db: Database, actor: Actor, account_id: int | None = None, today: date | None = None
) -> SatisfactionPage:
    day = today or date.today()
    with unit_of_work(db, actor, write=False) as uow:
        named = uow.session.connection().execute(
            select(Account.id, Account.trade_name).where(account_access.visible_clause(actor))
        )
        accounts = sorted(named, key=lambda r: (r[1], r[0]))
        return SatisfactionPage(
            results=results_in(uow, Scope(account_id=account_id, end=day)),
            actions=tuple(actions_in(uow, day, account_id=account_id)),
            templates=tuple(templates_in(uow)),
            accounts=tuple(Option(i, n) for i, n in accounts),
        )


@dataclass(frozen=True, slots=True)
class EntryChoices:
    """Who may have answered for the account, and its campaigns."""

    contacts: tuple[Option, ...]
    campaigns: tuple[Option, ...]


def entry_choices(db: Database, actor: Actor, account_id: int) -> EntryChoices:
    with unit_of_work(db, actor, write=False) as uow:
        account = uow.session.get(Account, account_id)
        if account is None:
            raise NotFound("account.not_found", id=account_id)
        account_access.require(uow, Action.SEE_ACCOUNTS, account)
        contacts = uow.session.execute(
            select(Contact.id, Contact.full_name)
            .where(Contact.account_id == account_id)
            .order_by(Contact.full_name)
        ).all()
        campaigns = uow.session.execute(
            select(Campaign.id, Campaign.name)
            .where(Campaign.account_id == account_id)
            .order_by(Campaign.created_at.desc())
        ).all()
        return EntryChoices(
            tuple(Option(i, n) for i, n in contacts), tuple(Option(i, n) for i, n in campaigns)
        )
