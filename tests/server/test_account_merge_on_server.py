"""Merging accounts on a secured server: the administrator does it through their own role
(row-level security lets every move through, the trail stamps them), all of it or nothing."""

from __future__ import annotations

import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency
from sqlalchemy import select

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Campaign
from agencia.domain.enums import AuditAction
from agencia.domain.errors import PermissionDenied
from agencia.domain.models import Account, AccountAssignment, AuditEvent, Brand, Contact
from agencia.services.accounts.brands import save_brand
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.accounts.merge import merge_accounts, merge_plan


def test_an_administrator_merges_through_their_own_role(server_agency: ServerAgency) -> None:
    agency, owner = server_agency.agency, server_agency.owner
    keep, dup = agency.accounts["coca"], agency.accounts["andino"]
    campaign = server_agency.campaigns["andino"]
    db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        save_brand(db, admin, dup, "Andino Joven")
        save_contact(db, admin, dup, ContactInput(full_name="Rosa Quispe"))
        plan = merge_plan(db, admin, keep, dup)
        merge_accounts(db, admin, keep, dup, plan.keep_version, plan.duplicate_version)
    finally:
        db.close()
    with unit_of_work(owner, SYSTEM, write=False) as uow:  # read back as the owner
        s = uow.session
        assert s.get(Account, dup) is None
        assert s.get(Campaign, campaign).account_id == keep  # type: ignore[union-attr]
        for model in (Brand, Contact, AccountAssignment):
            assert not list(s.scalars(select(model.id).where(model.account_id == dup)))
        assert s.scalar(select(Contact.id).where(Contact.full_name == "Rosa Quispe"))
        entry = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.MERGE)).one()
    assert entry.login == "admin" and entry.account_id == keep  # stamped by the server
    assert entry.changes["merged_from"][1]["trade_name"] == "Banco Andino"


def test_a_director_cannot_merge_on_the_server(server_agency: ServerAgency) -> None:
    agency = server_agency.agency
    db, lucia = server_agency.signed_in("lucia")
    try:
        with pytest.raises(PermissionDenied):
            merge_accounts(db, lucia, agency.accounts["coca"], agency.accounts["garcia"])
    finally:
        db.close()
    with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
        assert uow.session.get(Account, agency.accounts["garcia"]) is not None
