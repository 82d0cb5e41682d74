"""What the window's satisfaction page reads in one go, and the choices of its entry
form (an account's contacts and campaigns)."""

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
from agencia.services.satisfaction.health import AccountHealth, health_of
from agencia.services.satisfaction.improvements import ActionRow, actions_in
from agencia.services.satisfaction.results import Results, Scope, results_in
from agencia.services.satisfaction.templates import TemplateView, templates_in


@dataclass(frozen=True, slots=True)
class SatisfactionPage:
    """The health list, the results for the scope, the actions and the templates."""

    health: tuple[AccountHealth, ...]
    results: Results
    actions: tuple[ActionRow, ...]
    templates: tuple[TemplateView, ...]


def read_page(
    db: Database, actor: Actor, account_id: int | None = None, today: date | None = None
) -> SatisfactionPage:
    day = today or date.today()
    with unit_of_work(db, actor, write=False) as uow:
        rows = health_of(uow, day)
        return SatisfactionPage(
            health=tuple(
                sorted(
                    rows,
                    key=lambda r: (
                        r.health.score if r.health.score is not None else 101,
                        r.account,
                    ),
                )
            ),
            results=results_in(uow, Scope(account_id=account_id, end=day)),
            actions=tuple(actions_in(uow, day, account_id=account_id)),
            templates=tuple(templates_in(uow)),
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
