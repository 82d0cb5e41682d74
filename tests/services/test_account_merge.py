"""Merging a duplicate account into the one kept: everything moves in one transaction, the
duplicate is gone, the trail says who merged what into what; only an administrator may."""

from __future__ import annotations

import pytest
from campaign_world import Cast, build_cast, new_campaign
from factories import add_account, assign, audit_events
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Campaign
from agencia.domain.enums import AssignmentRole, AuditAction
from agencia.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from agencia.domain.models import Account, AccountAssignment, Brand, Contact
from agencia.services.accounts import merge
from agencia.services.accounts import queries as svc


def test_every_foreign_key_to_accounts_has_a_rule() -> None:
    """A table added later with an account foreign key fails here until the merge says how
    it moves (left behind it would be deleted with the duplicate, or block the delete)."""
    assert set(merge.account_references()) == set(merge.MOVES)


def _world(db: Database) -> tuple[Cast, int, int, int]:
    """The cast's account is the duplicate (brand, contact, team, a campaign, a subsidiary);
    the kept one is led by the director, with the junior already on its team."""
    cast = build_cast(db)
    s = cast.staff
    group = cast.actor("director").group_id
    keep = add_account(db, "Sol de Mayo", group_id=group, lead_id=s["director"])
    assign(db, keep, s["junior"], AssignmentRole.SUPERVISOR)
    child = add_account(db, "Sol de Mayo Canarias", group_id=group, parent_id=cast.account_id)
    campaign = new_campaign(cast)
    return cast, keep, child, campaign


def _count(db: Database, model: type, **where: int) -> int:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        stmt = select(func.count()).select_from(model).filter_by(**where)
        return uow.session.scalar(stmt) or 0


def test_a_merge_moves_everything_and_leaves_the_duplicate_unreachable(db: Database) -> None:
    cast, keep, child, campaign = _world(db)
    dup = cast.account_id
    admin = cast.admin
    plan = merge.merge_plan(db, admin, keep, dup)
    moving = {m.table: m.count for m in plan.moves}
    assert moving["brands"] == moving["contacts"] == moving["campaigns"] == 1
    assert moving["subsidiaries"] == 1
    assert moving["account_assignments"] == 2  # the lead and the assistant; not the junior
    assert [m.left for m in plan.moves if m.table == "account_assignments"] == [1]
    assert _count(db, Brand, account_id=dup) == 1  # a plan writes nothing

    done = merge.merge_accounts(db, admin, keep, dup, plan.keep_version, plan.duplicate_version)

    assert done.moves == plan.moves
    assert _count(db, Account, id=dup) == 0
    for model in (Brand, Contact, Campaign):
        assert _count(db, model, account_id=dup) == 0
        assert _count(db, model, account_id=keep) == 1
    assert _count(db, AccountAssignment, account_id=dup) == 0
    with unit_of_work(db, SYSTEM, write=False) as uow:
        team: dict[int, AssignmentRole] = dict(
            uow.session.execute(  # type: ignore[arg-type]
                select(AccountAssignment.staff_id, AccountAssignment.role).where(
                    AccountAssignment.account_id == keep
                )
            ).all()
        )
        assert uow.session.get(Account, child).parent_id == keep  # type: ignore[union-attr]
        assert uow.session.get(Campaign, campaign).account_id == keep  # type: ignore[union-attr]
    s = cast.staff
    assert team[s["director"]] is AssignmentRole.LEAD_EXECUTIVE  # still the only lead
    assert team[s["executive"]] is AssignmentRole.EXECUTIVE
    assert team[s["junior"]] is AssignmentRole.SUPERVISOR  # the kept account's part stays
    assert s["assistant"] in team
    # unreachable: not listed, not found by its name, not opened by its id
    with pytest.raises(NotFound):
        svc.get_account(db, admin, dup)
    found = svc.search_account_ids(db, admin, svc.AccountQuery(text="Bebidas"))
    assert dup not in found
    # the trail: both ids and names, who, and every field the duplicate had
    entry = [e for e in audit_events(db, "account", keep) if e.action is AuditAction.MERGE]
    assert len(entry) == 1
    assert entry[0].login == admin.login and entry[0].at is not None
    assert "Bebidas Sol de Mayo" in entry[0].summary and f"#{dup}" in entry[0].summary
    assert entry[0].changes["merged_from"][1]["id"] == dup
    assert entry[0].changes["merged_from"][1]["trade_name"] == "Bebidas Sol de Mayo"
    assert entry[0].changes["kept"][1] == {"id": keep, "trade_name": "Sol de Mayo"}
    assert entry[0].changes["moved"][1]["campaigns"] == 1
    # the kept account was edited: an editor opened before is told, not overwritten
    assert svc.get_account(db, admin, keep).version > plan.keep_version


def test_only_an_administrator_merges(db: Database) -> None:
    cast, keep, _child, _campaign = _world(db)
    for who in ("director", "executive"):
        with pytest.raises(PermissionDenied):
            merge.merge_accounts(db, cast.actor(who), keep, cast.account_id)
        with pytest.raises(PermissionDenied):
            merge.merge_plan(db, cast.actor(who), keep, cast.account_id)
    assert _count(db, Account, id=cast.account_id) == 1
    assert _count(db, Brand, account_id=cast.account_id) == 1


def test_a_save_in_between_refuses_the_merge_whole(db: Database) -> None:
    cast, keep, _child, _campaign = _world(db)
    plan = merge.merge_plan(db, cast.admin, keep, cast.account_id)
    with pytest.raises(Conflict):
        merge.merge_accounts(
            db, cast.admin, keep, cast.account_id, plan.keep_version, plan.duplicate_version - 1
        )
    with pytest.raises(Conflict):
        merge.merge_accounts(
            db, cast.admin, keep, cast.account_id, plan.keep_version + 1, plan.duplicate_version
        )
    assert _count(db, Account, id=cast.account_id) == 1
    assert _count(db, Contact, account_id=cast.account_id) == 1
    assert not [e for e in audit_events(db) if e.action is AuditAction.MERGE]


def test_an_account_is_not_merged_with_itself_or_a_missing_one(db: Database) -> None:
    cast, keep, _child, _campaign = _world(db)
    with pytest.raises(ValidationError):
        merge.merge_accounts(db, cast.admin, keep, keep)
    with pytest.raises(NotFound):
        merge.merge_accounts(db, cast.admin, keep, 987654)


def test_a_duplicate_above_the_kept_account_closes_the_chain(db: Database) -> None:
    """Kept ← child ← duplicate (the duplicate is the kept account's grandparent): after the
    merge the child hangs from the duplicate's own parent, never from the kept account."""
    cast = build_cast(db)
    top = add_account(db, "Holding")
    dup = add_account(db, "Sol (dup)", parent_id=top)
    middle = add_account(db, "Sol Sur", parent_id=dup)
    keep = add_account(db, "Sol", parent_id=middle)
    merge.merge_accounts(db, cast.admin, keep, dup)
    with unit_of_work(db, SYSTEM, write=False) as uow:
        assert uow.session.get(Account, middle).parent_id == top  # type: ignore[union-attr]
        assert uow.session.get(Account, keep).parent_id == middle  # type: ignore[union-attr]
