"""Who a request may be given to: the active people who may work on its account — see it
and log communications on it, the rule `requests.reassign` holds every new assignee to —
so that «Reasignar…» offers only those it would accept."""

from __future__ import annotations

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.errors import NotFound
from agencia.domain.models import Account
from agencia.domain.permissions import Action
from agencia.domain.service_models import ServiceRequest
from agencia.services.accounts.access import able_people, require
from agencia.services.service.routing import Choice


def assignees(db: Database, actor: Actor, request_id: int) -> list[Choice]:
    """The people, by name, who may take `request_id` (its assignee among them). Each
    person's reach to the account is `access.relation`'s, read in one query for all."""
    with unit_of_work(db, actor, write=False) as uow:
        request = uow.session.get(ServiceRequest, request_id)
        if request is None:
            raise NotFound("request.not_found", id=request_id)
        account = uow.session.get(Account, request.account_id)
        assert account is not None
        require(uow, Action.SEE_ACCOUNTS, account)
        return [Choice(i, name) for i, name in able_people(uow, account, Action.LOG_COMMUNICATION)]
