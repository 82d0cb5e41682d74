"""What one save costs on the shared server (issue 9): its statements, and the functions
the row-level security calls. Counted, never timed (tests/bench/bench_server_saves.py
times them): a statement or a re-planned function more is a regression whatever the load.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from campaign_world import build_cast, new_campaign, version
from factories import audit_events, small_agency
from server_world import ServerAgency, build
from sql_statements import statements
from sqlalchemy import create_engine, event, func, select, text

from agencia.db import migrate, notify
from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import campaign_products
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AssignmentRole, AuditAction, CampaignKind
from agencia.domain.errors import ValidationError
from agencia.domain.models import Account, AccountAssignment, AuditEvent, Product
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.services.accounts.queries import get_account
from agencia.services.campaigns.campaign_edit import CampaignInput, update_campaign
from agencia.services.campaigns.queries import get_campaign


@pytest.fixture
def server_agency(pg_url: str) -> Iterator[ServerAgency]:
    found, owner = build(pg_url)
    try:
        yield found
    finally:
        owner.close()


def test_an_account_save_writes_its_trail_and_notice_in_one_statement(
    server_agency: ServerAgency,
) -> None:
    """An account edit by its lead executive, signed in as themselves: at most eight
    statements (nine before the audit entry went with the notice), and both still land."""
    account = server_agency.agency.accounts["coca"]
    with server_agency.connect("marta") as other:
        other.execute(f"LISTEN {notify.CHANNEL}")
        db, alvaro = server_agency.signed_in("alvaro")
        try:
            detail = get_account(db, alvaro, account)
            data = replace(input_from_detail(detail), notes="Llamar el lunes")
            with statements(db.writer, leave_out=()) as seen:
                update_account(db, alvaro, account, data, detail.version)
        finally:
            db.close()
        # the listener's server session hands notices over when it next runs (a busy
        # machine: seconds); both in, the wait ends
        notices = [json.loads(n.payload) for n in other.notifies(timeout=20.0, stop_after=2)]
    assert len(seen) <= 8, "\n".join(seen)
    trail = [s for s in seen if "INSERT INTO audit_events" in s]
    assert len(trail) == 1 and "pg_notify" in trail[0], seen
    assert not [s for s in seen if s.startswith("SELECT pg_notify")]
    assert ["account"] in [n["kinds"] for n in notices]
    with server_agency.owner.reader.connect() as connection:
        rows = connection.execute(
            select(AuditEvent.staff_id, AuditEvent.login, AuditEvent.changes).where(
                AuditEvent.account_id == account, AuditEvent.action == AuditAction.UPDATE
            )
        ).all()
    assert [(r.staff_id, r.login) for r in rows] == [(alvaro.staff_id, "alvaro")]
    assert rows[0].changes["notes"][1] == "Llamar el lunes"


def test_a_query_after_an_audit_entry_sees_it_once(db: Database) -> None:
    """Held back to go with the notice (PostgreSQL), an audit entry is still read by
    the use case that wrote it, and written once."""
    with unit_of_work(db, SYSTEM) as uow:
        uow.audit(ChangeKind.ACCOUNT, 7, AuditAction.UPDATE, {"notes": ["", "a"]}, summary="uno")
        uow.session.flush()
        uow.audit(ChangeKind.ACCOUNT, 7, AuditAction.UPDATE, {"notes": ["a", "b"]}, summary="dos")
        seen = uow.session.scalars(select(AuditEvent.summary).order_by(AuditEvent.id)).all()
        assert seen == ["uno", "dos"]  # the second by autoflush, as before
        uow.audit(ChangeKind.ACCOUNT, 7, AuditAction.UPDATE, {}, summary="tres")
    with unit_of_work(db, SYSTEM, write=False) as uow:
        written = uow.session.scalars(select(AuditEvent.summary).order_by(AuditEvent.id)).all()
    assert written == ["uno", "dos", "tres"]


def test_an_audit_entry_of_a_failed_save_is_not_written(db: Database) -> None:
    with pytest.raises(RuntimeError), unit_of_work(db, SYSTEM) as uow:
        uow.audit(ChangeKind.ACCOUNT, 7, AuditAction.UPDATE, {}, summary="uno")
        uow.session.flush()
        raise RuntimeError("the save fails after its flush")
    with unit_of_work(db, SYSTEM, write=False) as uow:
        assert uow.session.scalar(select(func.count(AuditEvent.id))) == 0


def test_many_audit_entries_in_one_save_are_all_written_once(db: Database) -> None:
    """An import's hundreds of entries do not fit one statement's parameters with the
    notice: they are written in batches, each once."""
    with unit_of_work(db, SYSTEM) as uow:
        for n in range(450):
            uow.audit(ChangeKind.ACCOUNT, n, AuditAction.CREATE, {"n": [None, n]}, summary=str(n))
    with unit_of_work(db, SYSTEM, write=False) as uow:
        written = uow.session.scalars(select(AuditEvent.summary).order_by(AuditEvent.id)).all()
    assert written == [str(n) for n in range(450)]


def test_an_audit_entry_is_inserted_as_the_orm_would(db: Database) -> None:
    """Its mapper's before_insert listeners run (the demo's clock dates entries so)."""
    demo_time = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)

    def dated(_mapper: Any, _connection: Any, target: AuditEvent) -> None:
        target.at = demo_time

    event.listen(AuditEvent, "before_insert", dated)
    try:
        with unit_of_work(db, SYSTEM) as uow:
            uow.audit(ChangeKind.ACCOUNT, 1, AuditAction.UPDATE, {}, summary="fechado")
    finally:
        event.remove(AuditEvent, "before_insert", dated)
    with unit_of_work(db, SYSTEM, write=False) as uow:
        assert uow.session.scalar(select(AuditEvent.at)) == demo_time


_LANGUAGES = text(
    "SELECT p.proname, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
    "JOIN pg_namespace n ON n.oid = p.pronamespace "
    "WHERE n.nspname = 'public' AND p.prosecdef AND p.proname LIKE 'agencia%'"
)


def test_the_policies_functions_keep_their_plans_and_the_downgrade_puts_back_sql(
    pg_url: str,
) -> None:
    """A SECURITY DEFINER SQL function is planned again in every statement that calls it;
    since 0020 each is PL/pgSQL (planned once per session), and 0019 had SQL ones."""
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            now = dict(connection.execute(_LANGUAGES).tuples().all())
            assert {"agencia_me", "agencia_grant", "agencia_accounts_for"} <= now.keys()
            assert set(now.values()) == {"plpgsql"}, now
            migrate.downgrade(connection, "0019")
            with connection.begin():
                before = dict(connection.execute(_LANGUAGES).tuples().all())
            assert before["agencia_grant"] == before["agencia_me"] == "sql"
            migrate.upgrade(connection)
            with connection.begin():
                again = dict(connection.execute(_LANGUAGES).tuples().all())
            assert again == now
    finally:
        engine.dispose()


def _counted(db: Database, save: Any) -> list[str]:
    """The statements `save()` sends through the writer, the SQLite writer's BEGIN left out
    (PostgreSQL's is the driver's own and is never a statement)."""
    with statements(db.writer, leave_out=("BEGIN",)) as seen:
        save()
    return seen


def test_an_account_edit_of_its_phone_reads_only_what_it_checks(db: Database) -> None:
    """Group, lead, brands and team are not read again when none of them changed: the
    account's read (with its permission), one UPDATE and the trail. Before: eight."""
    agency = small_agency(db)
    alvaro = agency.actor("alvaro")
    account = agency.accounts["coca"]
    detail = get_account(db, alvaro, account)
    data = replace(input_from_detail(detail), phone="+34 600 111 222")
    seen = _counted(db, lambda: update_account(db, alvaro, account, data, detail.version))
    assert len(seen) <= 4, "\n".join(seen)
    assert len([s for s in seen if s.startswith("UPDATE accounts")]) == 1, seen
    after = get_account(db, alvaro, account)
    assert after.phone == "+34 600 111 222" and after.version == detail.version + 1
    trail = audit_events(db, "account", account)
    assert trail[-1].changes == {"phone": [detail.phone, "+34 600 111 222"]}


def test_an_account_edit_still_checks_a_changed_lead_and_renamed_search(db: Database) -> None:
    """What changed is still checked and kept: a lead from another group is refused, a new
    name is found by search, a new lead joins the team as its lead."""
    agency = small_agency(db)
    lucia = agency.actor("lucia")
    account = agency.accounts["coca"]
    detail = get_account(db, lucia, account)
    with pytest.raises(ValidationError) as refused:
        update_account(
            db,
            lucia,
            account,
            replace(input_from_detail(detail), lead_executive_id=agency.staff["andres"]),
            detail.version,
        )
    assert "lead_executive_id" in refused.value.field_errors
    with pytest.raises(ValidationError) as missing:
        update_account(
            db,
            lucia,
            account,
            replace(input_from_detail(detail), lead_executive_id=999_999),
            detail.version,
        )
    assert missing.value.field_errors["lead_executive_id"][0] == "staff.not_found"
    data = replace(
        input_from_detail(detail),
        trade_name="Refrescos Zeta",
        lead_executive_id=agency.staff["laura"],
    )
    update_account(db, lucia, account, data, detail.version)
    with unit_of_work(db, SYSTEM, write=False) as uow:
        row = uow.session.get(Account, account)
        assert row is not None and "zeta" in row.search_text
        leads = uow.session.scalars(
            select(AccountAssignment.staff_id).where(
                AccountAssignment.account_id == account,
                AccountAssignment.role == AssignmentRole.LEAD_EXECUTIVE,
            )
        ).all()
    assert leads == [agency.staff["laura"]]


def test_a_campaign_edit_of_its_name_is_one_update(db: Database) -> None:
    """Reads first, then one UPDATE (autoflush once split it in two), no products query
    for a campaign without products, the campaign read once, the unchanged owner not
    looked up again: seven statements. Before: twelve, two of them UPDATEs."""
    cast = build_cast(db)
    campaign = new_campaign(cast)
    executive = cast.actor("executive")
    data = CampaignInput(
        account_id=cast.account_id,
        name="Lanzamiento de verano",
        brand_id=cast.brand_id,
        kind=CampaignKind.LAUNCH,
        budget="40000",
        start_date=date(2026, 1, 10),
        deadline=date(2026, 12, 20),
    )
    before = version(cast, campaign)
    seen = _counted(db, lambda: update_campaign(db, executive, campaign, data, before))
    assert len(seen) <= 7, "\n".join(seen)
    assert len([s for s in seen if s.startswith("UPDATE campaigns")]) == 1, "\n".join(seen)
    assert not [s for s in seen if "FROM products" in s and "campaign_products" not in s], seen
    reads = [s for s in seen if s.startswith("SELECT") and "FROM campaigns" in s]
    assert len(reads) == 1, "\n".join(seen)
    after = get_campaign(db, SYSTEM, campaign)
    assert after.row.name == "Lanzamiento de verano" and after.row.version == before + 1


def test_a_campaign_edit_keeps_and_changes_its_products(db: Database) -> None:
    cast = build_cast(db)
    campaign = new_campaign(cast)
    executive = cast.actor("executive")
    with unit_of_work(db, SYSTEM) as uow:
        made = [Product(brand_id=cast.brand_id, name=n) for n in ("Limón", "Naranja")]
        uow.session.add_all(made)
        uow.session.flush()
        lemon, orange = (p.id for p in made)
    base = CampaignInput(
        account_id=cast.account_id, name="Lanzamiento", brand_id=cast.brand_id, budget="40000"
    )

    def products() -> set[int]:
        with unit_of_work(db, SYSTEM, write=False) as uow:
            return set(
                uow.session.scalars(
                    select(campaign_products.c.product_id).where(
                        campaign_products.c.campaign_id == campaign
                    )
                )
            )

    update_campaign(
        db, executive, campaign, replace(base, product_ids=(lemon,)), version(cast, campaign)
    )
    assert products() == {lemon}
    update_campaign(
        db,
        executive,
        campaign,
        replace(base, name="Otra", product_ids=(lemon,)),
        version(cast, campaign),
    )
    assert products() == {lemon}
    update_campaign(
        db, executive, campaign, replace(base, product_ids=(orange, lemon)), version(cast, campaign)
    )
    assert products() == {lemon, orange}
    with pytest.raises(ValidationError):
        update_campaign(
            db, executive, campaign, replace(base, product_ids=(999_999,)), version(cast, campaign)
        )
    update_campaign(db, executive, campaign, base, version(cast, campaign))
    assert products() == set()
    with pytest.raises(ValidationError) as refused:  # a changed owner is still checked
        update_campaign(
            db,
            executive,
            campaign,
            replace(base, owner_id=cast.staff["executive_b"]),
            version(cast, campaign),
        )
    assert refused.value.field_errors["owner_id"][0] == "campaign.owner_role"
