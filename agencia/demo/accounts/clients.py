"""The clients' part of the demo: the curated clients, each with brands, products,
contacts, a team and a little history; and, for the large demo, generated ones up to
100,000 accounts and 400,000 contacts, for trying the lists at scale.

The clients whose campaigns the demo plays are led by the executive who owns them and
are active; their logos and their campaigns' brands' wordmarks are drawn.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Final

from sqlalchemy import text

from agencia.demo import images as demo_images
from agencia.demo import indexes
from agencia.demo.accounts.generated import generated
from agencia.demo.accounts.rows import ClientRows
from agencia.demo.accounts.tax_ids import tax_id
from agencia.demo.data import agency as agency_data
from agencia.demo.data import campaigns as plans
from agencia.demo.data import clients as data
from agencia.demo.plan import TEAM_POSITIONS
from agencia.demo.run import DemoRun
from agencia.domain.enums import AccountStatus
from agencia.domain.text import words

LARGE_ACCOUNTS: Final = 100_000
LARGE_CONTACTS: Final = 400_000

# The searched tables and their per-row indexing (migration 0001's _create_search_indexes).
_SEARCHED: Final = ("accounts", "contacts")
_FTS_TRIGGERS: Final = tuple(f"{t}_fts_ai" for t in _SEARCHED)
# The tables the generated clients fill, whose indexes are built once at the end.
_FILLED: Final = ("accounts", "brands", "contacts", "contact_brands", "account_assignments")

_PARENTS: Final = frozenset(c.parent for c in data.COMPANIES if c.parent)
# Clients with a campaign in the demo: led by the executive who owns it (the plan says
# who), and active (a live campaign for a lost client would be odd).
_CAMPAIGN_LEADS: Final = {c.account: TEAM_POSITIONS[c.owner] for c in plans.CAMPAIGNS}
_BUSY: Final = frozenset(_CAMPAIGN_LEADS)
_CAMPAIGN_BRANDS: Final = frozenset((c.account, c.brand) for c in plans.CAMPAIGNS)

_NOTES: Final = (
    "",
    "",
    "",
    "Prefiere las reuniones presenciales los martes por la mañana.",
    "Revisión anual del contrato en septiembre.",
    "Presupuesto de medios aprobado trimestralmente por el comité de dirección.",
    "Cliente muy sensible a plazos: confirmar siempre por escrito.",
    "Concurso de agencias previsto para el próximo ejercicio.",
)


@contextmanager
def _indexes_suspended(demo: DemoRun) -> Iterator[None]:
    """Index the load in one pass at the end instead of row by row (`indexes.suspended`):
    the filled tables' indexes and, on SQLite, the FTS5 insert triggers (~30 µs a row),
    the FTS tables rebuilt afterwards, about ten times faster (on PostgreSQL the trigram
    indexes are among the tables' indexes)."""
    connection = demo.session.connection()
    with indexes.suspended(connection, _FILLED, _FTS_TRIGGERS):
        yield
    if not demo.on_postgresql:
        for table in _SEARCHED:
            connection.execute(text(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')"))


def fill_clients(demo: DemoRun) -> None:
    """The curated clients; and for the large demo, the generated ones after them."""
    rows = ClientRows(demo)
    if demo.size == "small":
        _curated(rows)
        return
    with _indexes_suspended(demo):
        _curated(rows)
        generated(
            rows,
            LARGE_ACCOUNTS - demo.counts.accounts,
            LARGE_CONTACTS - demo.counts.contacts,
        )


def _curated(rows: ClientRows) -> None:
    """The hand-written clients, each with brands, products, contacts, team and history."""
    rng = rows.rng
    by_name: dict[str, int] = {}
    statuses = _statuses(rows)
    for n, plan in enumerate(data.COMPANIES):
        team = rows.demo.teams[plan.group]
        locale, currency, prefix, suffix = data.COUNTRIES[plan.country]
        account_id = rows.next_account
        rows.next_account += 1
        by_name[plan.trade_name] = account_id
        domain = "-".join(words(plan.trade_name)) + suffix
        tax = tax_id(plan.country, plan.legal_name, rng.randrange(10_000_000), rng)
        lead = rows.lead(team)
        if plan.trade_name in _CAMPAIGN_LEADS:
            lead = team.at(_CAMPAIGN_LEADS[plan.trade_name])
        created = rows.now - timedelta(days=rng.randint(60, 1500), hours=rng.randint(8, 18))
        brand_names = [b for b, _ in plan.brands]
        account = rows.account_row(
            account_id,
            trade_name=plan.trade_name,
            legal_name=plan.legal_name,
            tax_id=tax,
            sector=plan.sector,
            status=statuses[n],
            group_id=team.group_id,
            lead=lead,
            country=plan.country,
            city=plan.city,
            domain=domain,
            created=created,
            brands=brand_names,
        )
        account["parent_id"] = by_name.get(plan.parent) if plan.parent else None
        account["locale"], account["currency"] = locale, currency
        account["phone"] = rows.phone(prefix)
        account["address"] = f"{rng.choice(data.STREETS)} {rng.randint(1, 180)}"
        drawn = rng.random() < 0.6
        account["may_be_shown"] = data.SHOWABLE_ACCOUNTS.get(plan.trade_name, drawn)
        if account["may_be_shown"] or plan.trade_name in _BUSY:
            account["logo"] = demo_images.monogram(plan.trade_name)
        account["notes"] = rng.choice(_NOTES)
        rows.pending.accounts.append(account)
        brand_ids = []
        for brand_name, products in plan.brands:
            brand_ids.append(rows.brand(account_id, brand_name, plan.sector, products))
            if (plan.trade_name, brand_name) in _CAMPAIGN_BRANDS:  # on its campaign's cover
                rows.pending.brands[-1]["logo"] = demo_images.wordmark(
                    brand_name, demo_images.client_color(plan.trade_name)
                )
        contacts = rows.contacts(account_id, domain, prefix, brand_ids, rng.randint(2, 5))
        rows.team(account_id, team, lead, created.date(), trainee=rng.random() < 0.35)
        rows.history(account, team, lead, contacts)
        if rows.demo.progress is not None:
            rows.demo.progress(n + 1, len(data.COMPANIES))
    rows.flush()


def _statuses(rows: ClientRows) -> list[AccountStatus]:
    """Mostly active; every group has a prospect, a paused and an inactive client (never
    one with a campaign in the demo)."""
    result: list[AccountStatus] = [AccountStatus.ACTIVE] * len(data.COMPANIES)
    for g in range(len(agency_data.GROUPS)):
        members = [n for n, c in enumerate(data.COMPANIES) if c.group == g and not c.parent]
        members = [n for n in members if data.COMPANIES[n].trade_name not in _PARENTS | _BUSY]
        picked = rows.rng.sample(members, 4)
        for n, status in zip(
            picked,
            (
                AccountStatus.PROSPECT,
                AccountStatus.PROSPECT,
                AccountStatus.PAUSED,
                AccountStatus.INACTIVE,
            ),
            strict=True,
        ):
            result[n] = status
    return result
