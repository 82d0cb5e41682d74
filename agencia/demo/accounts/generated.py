"""The large demo's generated clients: 100,000 plausible companies and 400,000 people,
made as tuples straight from the demo's one random stream.

Each account, its brand, its contacts and its team are the rows `ClientRows` would make
for them (the same draws in the same order, so the same seed gives the same rows with
the same IDs), without a dict per row or a call per draw: the word lists' search text,
e-mail spelling and lengths are worked out once, `Random.choice` and `Random.choices`
are done as they do them (`_randbelow`; `bisect` on the cumulated weights), and the rows
go to the driver in column order (`DemoRun.insert_tuples`). A person's search text is
the sum of their names' (`search_text` treats each whitespace-separated chunk alone).
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Callable, Sequence
from datetime import timedelta
from functools import lru_cache
from itertools import accumulate
from typing import Any, Final

from agencia.demo.accounts.rows import CHANNELS, LEADS, ClientRows
from agencia.demo.accounts.tax_ids import cif
from agencia.demo.data import clients as data
from agencia.demo.driver_values import Converters
from agencia.demo.plan import ASSISTANT, DIRECTOR, SUPERVISOR
from agencia.demo.run import table
from agencia.demo.text_cache import search_text_of, sort_key_of, words_of
from agencia.domain.enums import AccountStatus, AssignmentRole
from agencia.domain.models import Account, AccountAssignment, Brand, Contact, contact_brands
from agencia.domain.text import search_text, words
from agencia.domain.zones import country_zone

CHUNK: Final = 5_000  # accounts per flush (with their brands, contacts and teams)

ACCOUNT_KEYS: Final = (
    "id", "trade_name", "legal_name", "tax_id", "parent_id", "sector", "status", "group_id",
    "lead_executive_id", "locale", "currency", "may_be_shown", "website", "phone", "email",
    "address", "city", "country", "time_zone", "notes", "logo", "name_key", "search_text",
    "created_at", "updated_at", "version",
)  # fmt: skip
BRAND_KEYS: Final = ("id", "account_id", "name", "description", "logo", "active", "version")
CONTACT_KEYS: Final = (
    "id", "account_id", "full_name", "position", "contact_role", "email", "phone", "mobile",
    "preferred_channel", "decision_maker", "active", "notes", "search_text", "version",
)  # fmt: skip
LINK_KEYS: Final = ("contact_id", "brand_id")
TEAM_KEYS: Final = ("account_id", "staff_id", "role", "since")

_STATUSES: Final = (
    AccountStatus.ACTIVE,
    AccountStatus.PROSPECT,
    AccountStatus.PAUSED,
    AccountStatus.INACTIVE,
)
_STATUS_CUM: Final = tuple(accumulate((80, 8, 6, 6)))
_LEAD_POSITIONS: Final = tuple(p for p, _ in LEADS)
_LEAD_CUM: Final = tuple(accumulate(w for _, w in LEADS))


def _people() -> tuple[tuple[tuple[str, str, str], ...], ...]:
    """(name, its first word spelt for an address, its search text) of the female and
    male first names, and of the surnames (read from the word lists each load)."""

    def pool(names: Sequence[str], first_word: bool) -> tuple[tuple[str, str, str], ...]:
        return tuple(
            (name, "".join(words(name.split()[0] if first_word else name)), search_text(name))
            for name in names
        )

    return (
        pool(data.FEMALE_NAMES, True),
        pool(data.MALE_NAMES, True),
        pool(data.SURNAMES, False),
    )


def _positions() -> tuple[tuple[Any, str, str, str, str], ...]:
    """Per place in `CONTACT_ORDER`: (role, male position, its text, female, its text)."""
    out = []
    for role in data.CONTACT_ORDER:
        male, female = data.POSITIONS[role]
        out.append((role, male, search_text(male), female, search_text(female)))
    return tuple(out)


@lru_cache(maxsize=65536)
def _local_words(local: str) -> tuple[str, ...]:
    return tuple(words(local))


def generated(rows: ClientRows, accounts: int, contacts: int) -> None:
    """`accounts` plausible companies with one brand each and `contacts` people in all."""
    if accounts <= 0:
        return
    demo = rows.demo
    r = rows.rng
    below: Callable[[int], int] = r._randbelow  # type: ignore[attr-defined]  # as `choice` does
    random = r.random
    per, extra = divmod(max(contacts, 0), accounts)
    tables = (
        (table(Account), ACCOUNT_KEYS),
        (table(Brand), BRAND_KEYS),
        (table(Contact), CONTACT_KEYS),
        (table(contact_brands), LINK_KEYS),
        (table(AccountAssignment), TEAM_KEYS),
    )
    accounts_t, brands_t, contacts_t, _, teams_t = (t for t, _ in tables)
    driver = Converters(demo.session.connection(), tables)
    # the few objects the rows repeat, each converted once as the driver takes it
    to_status, to_shown, to_logo, to_moment = (
        driver.of(accounts_t, k) for k in ("status", "may_be_shown", "logo", "created_at")
    )
    statuses = tuple(map(to_status, _STATUSES))
    shown, no_logo = (to_shown(False), to_shown(True)), to_logo(None)
    created = rows.now - timedelta(days=30)
    since = driver.of(teams_t, "since")(created.date())
    created = to_moment(created)
    brand_logo = driver.of(brands_t, "logo")(None)
    brand_active = driver.of(brands_t, "active")(True)
    to_first = driver.of(contacts_t, "decision_maker")
    first_contact = (to_first(False), to_first(True))
    contact_active = driver.of(contacts_t, "active")(True)
    to_role, to_channel = (driver.of(contacts_t, k) for k in ("contact_role", "preferred_channel"))
    to_team_role = driver.of(teams_t, "role")
    females, males, surnames = _people()
    positions = tuple((to_role(p[0]), *p[1:]) for p in _positions())
    roles = len(positions)
    businesses, places, joiners, cities = (
        data.BUSINESSES, data.PLACES, data.JOINERS, data.CITIES_ES,
    )  # fmt: skip
    n_business, n_surname, n_place = len(businesses), len(surnames), len(places)
    n_joiner, n_city, n_female, n_male = len(joiners), len(cities), len(females), len(males)
    lead_total, status_total = _LEAD_CUM[-1] + 0.0, _STATUS_CUM[-1] + 0.0
    teams = [(t.group_id, t.ids) for t in demo.teams]
    channels = [to_channel(c) for c, _ in CHANNELS[:3]]
    as_director, as_supervisor, lead_role, assistant = map(
        to_team_role,
        (
            AssignmentRole.DIRECTOR,
            AssignmentRole.SUPERVISOR,
            AssignmentRole.LEAD_EXECUTIVE,
            AssignmentRole.ASSISTANT,
        ),
    )
    directors = [(ids[DIRECTOR], ids[SUPERVISOR]) for _, ids in teams]
    spain = country_zone("ES")  # every generated client is Spanish: its office hours
    account_rows: list[tuple[Any, ...]] = []
    brand_rows: list[tuple[Any, ...]] = []
    contact_rows: list[tuple[Any, ...]] = []
    link_rows: list[tuple[int, int]] = []
    team_rows: list[tuple[Any, ...]] = []
    account_id, brand_id, contact_id = rows.next_account, rows.next_brand, rows.next_contact
    for n in range(accounts):
        business, sector = businesses[below(n_business)]
        if random() < 0.55:
            distinct = surnames[below(n_surname)][0]
            name = f"{business} {distinct}{joiners[below(n_joiner)]}"
        else:
            distinct = places[below(n_place)]
            name = f"{business} {distinct}"
        form = "S.A." if random() < 0.3 else "S.L."
        legal = f"{name}, {form}"
        tax = cif("A" if form == "S.A." else "B", 1_000_000 + account_id)
        group_id, ids = teams[n % len(teams)]
        lead = ids[_LEAD_POSITIONS[bisect(_LEAD_CUM, random() * lead_total, 0, 2)]]
        city = cities[below(n_city)]
        status = statuses[bisect(_STATUS_CUM, random() * status_total, 0, 3)]
        phone = f"+34 9{1 + below(8)} {100 + below(900)} {10 + below(90)} {10 + below(90)}"
        brand = distinct.replace("del ", "").replace("de ", "").strip().title()
        name_words = words_of(name)
        domain = "-".join(name_words[:3]) + ".es"
        account_rows.append(
            (
                account_id, name, legal, tax, None, sector, status, group_id, lead, "es_ES",
                "EUR", shown[n % 3 != 0], f"https://www.{domain}", phone, f"info@{domain}", "",
                city, "ES", spain, "", no_logo, sort_key_of(name, name_words),
                search_text_of(name, legal, tax, city, brand), created, created, 1,
            )
        )  # fmt: skip
        brand_rows.append(
            (
                brand_id,
                account_id,
                brand,
                f"Marca de {sector.lower()}.",
                brand_logo,
                brand_active,
                1,
            )
        )
        domain_text = (*name_words[:3], "es")  # words(domain): its words are folded
        for k in range(per + (1 if n < extra else 0)):
            female = random() < 0.5
            first, first_word, first_text = (
                females[below(n_female)] if female else males[below(n_male)]
            )
            last1, last1_word, last1_text = surnames[below(n_surname)]
            last2, _, last2_text = surnames[below(n_surname)]
            role, male_pos, male_text, female_pos, female_text = positions[k % roles]
            local = f"{first_word}.{last1_word}{k}" if k else f"{first_word}.{last1_word}"
            if first_word and last1_word:  # folded words joined by a dot: words(local)
                found = (first_word, f"{last1_word}{k}" if k else last1_word, *domain_text)
            else:
                found = _local_words(local) + domain_text
            if len(found) > 1:
                found += ("".join(found),)
            contact_rows.append(
                (
                    contact_id, account_id, f"{first} {last1} {last2}",
                    female_pos if female else male_pos, role, f"{local}@{domain}", "", "",
                    channels[k % 3], first_contact[k == 0], contact_active, "",
                    first_text + last1_text + last2_text
                    + (female_text if female else male_text)
                    + (" " + " ".join(found) if found else ""),
                    1,
                )
            )  # fmt: skip
            if k == 0:
                link_rows.append((contact_id, brand_id))
            contact_id += 1
        director, supervisor = directors[n % len(teams)]
        team_rows += (
            (account_id, director, as_director, since),
            (account_id, supervisor, as_supervisor, since),
            (account_id, lead, lead_role, since),
            (account_id, ids[ASSISTANT], assistant, since),
        )
        account_id += 1
        brand_id += 1
        if len(account_rows) >= CHUNK or n == accounts - 1:
            for (target, _), made in zip(
                tables, (account_rows, brand_rows, contact_rows, link_rows, team_rows), strict=True
            ):
                driver.insert(target, made)
            counts = demo.counts
            counts.accounts += len(account_rows)
            counts.brands += len(brand_rows)
            counts.contacts += len(contact_rows)
            counts.assignments += len(team_rows)
            for made in (account_rows, brand_rows, contact_rows, link_rows, team_rows):
                made.clear()
            if demo.progress is not None:
                demo.progress(n + 1, accounts)
    for target in (accounts_t, brands_t, contacts_t):  # written with their IDs
        demo.ids_written(target)
    rows.next_account, rows.next_brand, rows.next_contact = account_id, brand_id, contact_id
