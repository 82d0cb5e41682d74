"""The demo agency's rows: people, clients, contacts and history, generated from a seed.

`DemoBuilder` draws everything from one `random.Random(seed)`, in a fixed order, so the
same seed gives the same rows with the same IDs. Rows are plain dicts inserted as bulk
Core statements in chunks; the search columns are computed as the editing services do.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, Final, cast

from sqlalchemy import Table, insert, update
from sqlalchemy.orm import Session

from agencia.demo import data
from agencia.demo import images as demo_images
from agencia.domain.enums import (
    AccountStatus,
    AssignmentRole,
    AuditAction,
    Channel,
    ContactRole,
    Role,
)
from agencia.domain.models import (
    Account,
    AccountAssignment,
    AccountGroup,
    Agency,
    AuditEvent,
    Brand,
    Contact,
    Product,
    Staff,
    User,
    contact_brands,
)
from agencia.domain.text import search_text, sort_key, words
from agencia.services.auth import hash_password

CHUNK: Final = 5_000  # rows of accounts per bulk insert (with their contacts, brands…)

ProgressFn = Callable[[int, int], None]


@lru_cache(maxsize=65536)
def _chunk_search_text(chunk: str) -> str:
    return search_text(chunk)


def _search_text(*parts: str) -> str:
    """`search_text(*parts)`, word by word through a cache (the demo repeats its words).

    `search_text` treats each whitespace-separated chunk on its own and joins the
    results, so joining the chunks' results gives exactly the same string.
    """
    return "".join(_chunk_search_text(chunk) for part in parts for chunk in part.split())


@lru_cache(maxsize=4096)
def _ascii(name: str) -> str:
    """`Íñigo` → `inigo`: for logins and e-mail addresses."""
    return "".join(words(name))


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


# Positions in a group's `people` (see demo_data.GROUPS) and who each reports to.
_DIRECTOR, _MANAGER, _SUPERVISOR, _EXEC_A, _EXEC_B, _JUNIOR, _ASSISTANT, _TRAINEE = range(8)
_REPORTS_TO: Final = {
    _MANAGER: _DIRECTOR,
    _SUPERVISOR: _MANAGER,
    _EXEC_A: _SUPERVISOR,
    _EXEC_B: _SUPERVISOR,
    _JUNIOR: _SUPERVISOR,
    _ASSISTANT: _EXEC_A,
    _TRAINEE: _EXEC_B,
}
_LEADS: Final = ((_EXEC_A, 4), (_EXEC_B, 4), (_JUNIOR, 2))  # position, weight
_PARENTS: Final = frozenset(c.parent for c in data.COMPANIES if c.parent)
# The positions by the names the campaign plans use (demo_data.Who).
TEAM_POSITIONS: Final = {
    "director": _DIRECTOR,
    "manager": _MANAGER,
    "supervisor": _SUPERVISOR,
    "executive_a": _EXEC_A,
    "executive_b": _EXEC_B,
    "junior": _JUNIOR,
    "assistant": _ASSISTANT,
    "trainee": _TRAINEE,
}
# Clients with a campaign in the demo: led by the executive who owns it (the plan says
# who), and active (a live campaign for a lost client would be odd).
_CAMPAIGN_LEADS: Final = {c.account: TEAM_POSITIONS[c.owner] for c in data.CAMPAIGNS}
_BUSY: Final = frozenset(_CAMPAIGN_LEADS)
_CAMPAIGN_BRANDS: Final = frozenset((c.account, c.brand) for c in data.CAMPAIGNS)

_CHANNELS: Final = (
    (Channel.EMAIL, 40),
    (Channel.PHONE, 25),
    (Channel.IN_PERSON, 12),
    (Channel.WEB, 6),
    (Channel.SOCIAL, 6),
    (Channel.COURIER, 4),
    (Channel.POST, 3),
    (Channel.CERTIFIED_POST, 2),
    (Channel.FAX, 2),
)
_TOP_ROLES: Final = (
    ContactRole.MARKETING_DIRECTOR,
    ContactRole.ADVERTISING_DIRECTOR,
    ContactRole.COMMUNICATION_DIRECTOR,
    ContactRole.GENERAL_MANAGER,
)
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


@dataclass
class _Team:
    """One group's people as staff IDs by position."""

    group_id: int
    ids: list[int]

    def at(self, position: int) -> int:
        return self.ids[position]


@dataclass
class _Counts:
    accounts: int = 0
    brands: int = 0
    products: int = 0
    contacts: int = 0
    assignments: int = 0
    audit_events: int = 0


@dataclass
class _Rows:
    """Rows waiting to be inserted, in foreign-key order."""

    accounts: list[dict[str, Any]] = field(default_factory=list)
    brands: list[dict[str, Any]] = field(default_factory=list)
    products: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    contact_brands: list[dict[str, Any]] = field(default_factory=list)
    assignments: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)

    def flush(self, session: Session, counts: _Counts) -> None:
        for rows, table in (
            (self.accounts, _table(Account)),
            (self.brands, _table(Brand)),
            (self.products, _table(Product)),
            (self.contacts, _table(Contact)),
            (self.contact_brands, contact_brands),
            (self.assignments, _table(AccountAssignment)),
            (self.audit, _table(AuditEvent)),
        ):
            if rows:
                session.execute(insert(table), rows)
        counts.accounts += len(self.accounts)
        counts.brands += len(self.brands)
        counts.products += len(self.products)
        counts.contacts += len(self.contacts)
        counts.assignments += len(self.assignments)
        counts.audit_events += len(self.audit)
        for rows in (
            self.accounts,
            self.brands,
            self.products,
            self.contacts,
            self.contact_brands,
            self.assignments,
            self.audit,
        ):
            rows.clear()


# --- tax IDs -------------------------------------------------------------------------


def cif(letter: str, body: int) -> str:
    """A Spanish CIF with a correct control digit: `cif("B", 1234567)` → "B12345674"."""
    digits = f"{body % 10_000_000:07d}"
    even = sum(int(d) for d in digits[1::2])
    odd = sum(sum(divmod(2 * int(d), 10)) for d in digits[0::2])
    control = (10 - (even + odd) % 10) % 10
    return f"{letter}{digits}{control}"


def cuit(body: int, kind: int = 30) -> str:
    """An Argentine CUIT (company prefix 30) with its mod-11 check digit, without dashes."""
    base = f"{kind:02d}{body % 100_000_000:08d}"
    total = sum(int(d) * w for d, w in zip(base, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else 9 if check == 10 else check
    return f"{base}{check}"


def nit(body: int) -> str:
    """A Colombian NIT (nine digits) with its DIAN check digit, without separators."""
    base = f"{900_000_000 + body % 100_000_000:09d}"
    weights = (41, 37, 29, 23, 19, 17, 13, 7, 3)
    total = sum(int(d) * w for d, w in zip(base, weights, strict=True))
    rest = total % 11
    return f"{base}{rest if rest < 2 else 11 - rest}"


def rfc(name: str, rng: random.Random) -> str:
    """A Mexican company RFC: three letters of the name, a founding date, a homoclave."""
    letters = "".join(w[0] for w in words(name) if w[0].isalpha()).upper()
    letters = (letters + "XXX")[:3]
    founded = date(1960, 1, 1) + timedelta(days=rng.randrange(60 * 365))
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    homoclave = "".join(rng.choice(alphabet) for _ in range(2)) + rng.choice("0123456789A")
    return f"{letters}{founded:%y%m%d}{homoclave}"


def _tax_id(country: str, legal_name: str, body: int, rng: random.Random) -> str:
    if country == "MX":
        return rfc(legal_name, rng)
    if country == "AR":
        return cuit(body)
    if country == "CO":
        return nit(body)
    letter = "A" if legal_name.endswith("S.A.") else "F" if "S.C.A." in legal_name else "B"
    return cif(letter, body)


# --- the generator -------------------------------------------------------------------


# The demo's "today": fixed, so that the same seed gives the same database, dates included.
DEMO_NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


class DemoBuilder:
    """Generates the demo's rows from one `random.Random(seed)` and inserts them in bulk."""

    def __init__(self, session: Session, seed: int, progress: ProgressFn | None) -> None:
        self.s = session
        self.rng = random.Random(seed)
        self.progress = progress
        self.now = DEMO_NOW
        self.counts = _Counts()
        self.rows = _Rows()
        self.teams: list[_Team] = []
        self.logins: dict[int, str] = {}
        self.staff_count = 0
        self.users = 0
        self.next_account = 1
        self.next_brand = 1
        self.next_product = 1
        self.next_contact = 1

    # -- agency and people --

    def agency(self) -> None:
        self.s.execute(
            insert(_table(Agency)),
            [
                {
                    **data.AGENCY,
                    "id": 1,
                    "logo": demo_images.agency_logo(
                        str(data.AGENCY["name"]),
                        str(data.AGENCY["primary_color"]),
                        str(data.AGENCY["secondary_color"]),
                    ),
                    # the policy before this year's; the administrator raises it through
                    # approval_settings when the campaigns begin (see demo_campaigns)
                    "approval_threshold": Decimal(data.THRESHOLDS_BEFORE[0]),
                    "manager_approval_threshold": Decimal(data.THRESHOLDS_BEFORE[1]),
                    "is_demo": True,
                    "created_at": self.now - timedelta(days=3 * 365),
                    "version": 1,
                }
            ],
        )

    def people(self) -> None:
        groups = [
            {"id": n + 1, "name": plan.name, "director_id": None, "version": 1}
            for n, plan in enumerate(data.GROUPS)
        ]
        self.s.execute(insert(_table(AccountGroup)), groups)
        staff: list[dict[str, Any]] = []
        next_id = 1
        # Directors first, so that the first director (the demo's sign-in) has the lowest ID.
        order = [(g, _DIRECTOR) for g in range(len(data.GROUPS))] + [
            (g, pos) for g in range(len(data.GROUPS)) for pos in range(1, 8)
        ]
        ids: dict[tuple[int, int], int] = {}
        for g, pos in order:
            ids[(g, pos)] = next_id
            next_id += 1
        for g, pos in order:
            role, person = data.GROUPS[g].people[pos]
            boss = _REPORTS_TO.get(pos)
            staff.append(
                self._staff_row(
                    ids[(g, pos)],
                    person,
                    role,
                    reports_to=ids[(g, boss)] if boss is not None else None,
                    group_id=g + 1,
                )
            )
        admin_id = next_id
        staff.append(self._staff_row(admin_id, data.ADMINISTRATOR, Role.ADMINISTRATOR, None, None))
        staff[-1]["department"] = "Administración"
        self.s.execute(insert(_table(Staff)), staff)
        for n in range(len(data.GROUPS)):
            self.s.execute(
                update(_table(AccountGroup))
                .where(_table(AccountGroup).c.id == n + 1)
                .values(director_id=ids[(n, _DIRECTOR)])
            )
            self.teams.append(_Team(n + 1, [ids[(n, pos)] for pos in range(8)]))
        self.staff_count = len(staff)
        self._users(staff)

    def _staff_row(
        self,
        staff_id: int,
        person: data.Person,
        role: Role,
        reports_to: int | None,
        group_id: int | None,
    ) -> dict[str, Any]:
        male, female = data.TITLES[role]
        first = "".join(words(person.first.split()[0]))
        last = "".join(words(person.last.split()[0]))
        return {
            "id": staff_id,
            "full_name": person.full_name,
            "name_key": sort_key(person.full_name),
            "role": role,
            "title": female if person.female else male,
            "department": "Cuentas",
            "email": f"{first}.{last}@atlantica-comunicacion.es",
            "phone": f"+34 91 555 40 {20 + staff_id:02d}",
            "reports_to_id": reports_to,
            "group_id": group_id,
            "active": True,
            "version": 1,
        }

    def _users(self, staff: list[dict[str, Any]]) -> None:
        password_hash = hash_password(data.PASSWORD)  # argon2 is slow: hash once, share it
        taken: set[str] = set()
        users = []
        for row in sorted(staff, key=lambda r: int(r["id"])):
            if not taken:
                login = data.DEMO_LOGIN  # the first director: who the demo signs in as
            else:
                first, *rest = row["full_name"].split(" ")
                last = "".join(words(" ".join(rest)))
                stem = "".join(words(first))
                login = stem + last[:1]
                n = 1
                while login in taken:
                    n += 1
                    login = stem + last[:n]
            taken.add(login)
            self.logins[row["id"]] = login
            users.append(
                {
                    "login": login,
                    "password_hash": password_hash,
                    "staff_id": row["id"],
                    "active": True,
                    "last_sign_in": None,
                    "version": 1,
                }
            )
        self.s.execute(insert(_table(User)), users)
        self.users = len(users)

    # -- clients --

    def curated(self) -> None:
        """The hand-written clients, each with brands, products, contacts, team and history."""
        rng = self.rng
        by_name: dict[str, int] = {}
        statuses = self._statuses()
        for n, plan in enumerate(data.COMPANIES):
            team = self.teams[plan.group]
            locale, currency, prefix, suffix = data.COUNTRIES[plan.country]
            account_id = self.next_account
            self.next_account += 1
            by_name[plan.trade_name] = account_id
            domain = "-".join(words(plan.trade_name)) + suffix
            tax = _tax_id(plan.country, plan.legal_name, rng.randrange(10_000_000), rng)
            lead = self._lead(team)
            if plan.trade_name in _CAMPAIGN_LEADS:
                lead = team.at(_CAMPAIGN_LEADS[plan.trade_name])
            created = self.now - timedelta(days=rng.randint(60, 1500), hours=rng.randint(8, 18))
            brand_names = [b for b, _ in plan.brands]
            account = self._account_row(
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
            account["phone"] = self._phone(prefix)
            account["address"] = f"{rng.choice(data.STREETS)} {rng.randint(1, 180)}"
            drawn = rng.random() < 0.6
            account["may_be_shown"] = data.SHOWABLE_ACCOUNTS.get(plan.trade_name, drawn)
            if account["may_be_shown"] or plan.trade_name in _BUSY:
                account["logo"] = demo_images.monogram(plan.trade_name)
            account["notes"] = rng.choice(_NOTES)
            self.rows.accounts.append(account)
            brand_ids = []
            for brand_name, products in plan.brands:
                brand_ids.append(self._brand(account_id, brand_name, plan.sector, products))
                if (plan.trade_name, brand_name) in _CAMPAIGN_BRANDS:  # on its campaign's cover
                    self.rows.brands[-1]["logo"] = demo_images.wordmark(
                        brand_name, demo_images.client_color(plan.trade_name)
                    )
            contacts = self._contacts(account_id, domain, prefix, brand_ids, rng.randint(2, 5))
            self._team(account_id, team, lead, created.date(), trainee=rng.random() < 0.35)
            self._history(account, team, lead, contacts)
            if self.progress is not None:
                self.progress(n + 1, len(data.COMPANIES))
        self.rows.flush(self.s, self.counts)

    def _statuses(self) -> list[AccountStatus]:
        """Mostly active; every group has a prospect, a paused and an inactive client (never
        one with a campaign in the demo)."""
        result: list[AccountStatus] = [AccountStatus.ACTIVE] * len(data.COMPANIES)
        for g in range(len(data.GROUPS)):
            members = [n for n, c in enumerate(data.COMPANIES) if c.group == g and not c.parent]
            members = [n for n in members if data.COMPANIES[n].trade_name not in _PARENTS | _BUSY]
            picked = self.rng.sample(members, 4)
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

    def _lead(self, team: _Team) -> int:
        positions, weights = zip(*_LEADS, strict=True)
        return team.at(self.rng.choices(positions, weights)[0])

    def _phone(self, prefix: str) -> str:
        r = self.rng
        if prefix == "+34":  # 9X XXX XX XX
            area, number = r.randint(1, 8), r.randint(100, 999)
            return f"+34 9{area} {number} {r.randint(10, 99)} {r.randint(10, 99)}"
        return f"{prefix} {r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"

    def _mobile(self, prefix: str) -> str:
        r = self.rng
        if prefix == "+34":
            return f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        return f"{prefix} 9 {r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"

    def _account_row(
        self,
        account_id: int,
        *,
        trade_name: str,
        legal_name: str,
        tax_id: str,
        sector: str,
        status: AccountStatus,
        group_id: int,
        lead: int,
        country: str,
        city: str,
        domain: str,
        created: datetime,
        brands: list[str],
    ) -> dict[str, Any]:
        return {
            "id": account_id,
            "trade_name": trade_name,
            "legal_name": legal_name,
            "tax_id": tax_id,
            "parent_id": None,
            "sector": sector,
            "status": status,
            "group_id": group_id,
            "lead_executive_id": lead,
            "locale": "es_ES",
            "currency": "EUR",
            "may_be_shown": False,
            "website": f"https://www.{domain}",
            "phone": "",
            "email": f"info@{domain}",
            "address": "",
            "city": city,
            "country": country,
            "notes": "",
            "logo": None,
            # exactly as account_edit._refresh_search computes them
            "name_key": sort_key(trade_name),
            "search_text": _search_text(trade_name, legal_name, tax_id, city, *brands),
            "created_at": created,
            "updated_at": created,
            "version": 1,
        }

    def _brand(self, account_id: int, name: str, sector: str, products: tuple[str, ...]) -> int:
        brand_id = self.next_brand
        self.next_brand += 1
        self.rows.brands.append(
            {
                "id": brand_id,
                "account_id": account_id,
                "name": name,
                "description": f"Marca de {sector.lower()}.",
                "logo": None,
                "active": True,
                "version": 1,
            }
        )
        for product in products:
            self.rows.products.append(
                {
                    "id": self.next_product,
                    "brand_id": brand_id,
                    "name": product,
                    "description": "",
                    "active": True,
                    "version": 1,
                }
            )
            self.next_product += 1
        return brand_id

    def _person(self) -> tuple[str, str, bool]:
        """(full name, e-mail local part, female) with two surnames, as in Spain and Latam."""
        r = self.rng
        female = r.random() < 0.5
        first = r.choice(data.FEMALE_NAMES if female else data.MALE_NAMES)
        last1, last2 = r.choice(data.SURNAMES), r.choice(data.SURNAMES)
        local = f"{_ascii(first.split()[0])}.{_ascii(last1)}"
        return f"{first} {last1} {last2}", local, female

    def _contacts(
        self,
        account_id: int,
        domain: str,
        prefix: str,
        brand_ids: list[int],
        count: int,
    ) -> list[dict[str, Any]]:
        r = self.rng
        roles = [r.choice(_TOP_ROLES)]
        others = [c for c in data.CONTACT_ORDER if c not in roles]
        roles += r.sample(others, count - 1)
        made: list[dict[str, Any]] = []
        seen: set[str] = set()
        for n, role in enumerate(roles):
            full_name, local, female = self._person()
            while local in seen:
                local += str(n)
            seen.add(local)
            email = f"{local}@{domain}"
            male_pos, female_pos = data.POSITIONS[role]
            position = female_pos if female else male_pos
            contact_id = self.next_contact
            self.next_contact += 1
            channels, weights = zip(*_CHANNELS, strict=True)
            row = {
                "id": contact_id,
                "account_id": account_id,
                "full_name": full_name,
                "position": position,
                "contact_role": role,
                "email": email,
                "phone": self._phone(prefix),
                "mobile": self._mobile(prefix) if r.random() < 0.7 else "",
                "preferred_channel": r.choices(channels, weights)[0],
                "decision_maker": n == 0,
                "active": r.random() < 0.95 or n == 0,
                "notes": "",
                # exactly as account_edit._contact_values computes it
                "search_text": _search_text(full_name, position, email),
                "version": 1,
            }
            self.rows.contacts.append(row)
            made.append(row)
            if role in _TOP_ROLES:
                linked = brand_ids
            elif role in (ContactRole.BRAND_MANAGER, ContactRole.PRODUCT_MANAGER):
                linked = [brand_ids[n % len(brand_ids)]]
            else:
                linked = []
            self.rows.contact_brands.extend(
                {"contact_id": contact_id, "brand_id": b} for b in linked
            )
        return made

    def _team(self, account_id: int, team: _Team, lead: int, since: date, *, trainee: bool) -> None:
        parts = [
            (team.at(_DIRECTOR), AssignmentRole.DIRECTOR),
            (team.at(_SUPERVISOR), AssignmentRole.SUPERVISOR),
            (lead, AssignmentRole.LEAD_EXECUTIVE),
            (team.at(_ASSISTANT), AssignmentRole.ASSISTANT),
        ]
        if trainee:
            parts.append((team.at(_TRAINEE), AssignmentRole.ASSISTANT))
        self.rows.assignments.extend(
            {"account_id": account_id, "staff_id": staff_id, "role": part, "since": since}
            for staff_id, part in parts
        )

    def _audit_row(
        self,
        at: datetime,
        staff_id: int,
        entity: str,
        entity_id: int,
        account_id: int,
        action: AuditAction,
        summary: str,
        changes: dict[str, Any],
    ) -> dict[str, Any]:
        return {
            "at": at,
            "staff_id": staff_id,
            "login": self.logins[staff_id],
            "entity": entity,
            "entity_id": entity_id,
            "account_id": account_id,
            "action": action,
            "summary": summary[:300],
            "changes": changes,
        }

    def _history(
        self, account: dict[str, Any], team: _Team, lead: int, contacts: list[dict[str, Any]]
    ) -> None:
        """The account's creation by its lead, its first contact, and an edit or two."""
        r = self.rng
        created: datetime = account["created_at"]
        account_id = account["id"]
        name = account["trade_name"]
        fields = ("trade_name", "legal_name", "tax_id", "sector", "city", "country")
        self.rows.audit.append(
            self._audit_row(
                created,
                lead,
                "account",
                account_id,
                account_id,
                AuditAction.CREATE,
                name,
                {k: [None, account[k]] for k in fields if account[k]},
            )
        )
        first = contacts[0]
        self.rows.audit.append(
            self._audit_row(
                created + timedelta(minutes=r.randint(5, 90)),
                lead,
                "contact",
                first["id"],
                account_id,
                AuditAction.CREATE,
                first["full_name"],
                {"full_name": [None, first["full_name"]], "position": [None, first["position"]]},
            )
        )
        last = created
        if r.random() < 0.6:
            last = created + timedelta(days=r.randint(1, 50))
            self.rows.audit.append(
                self._audit_row(
                    last,
                    team.at(_SUPERVISOR),
                    "account",
                    account_id,
                    account_id,
                    AuditAction.UPDATE,
                    name,
                    {"phone": ["", account["phone"]], "address": ["", account["address"]]},
                )
            )
        if account["status"] is not AccountStatus.ACTIVE:
            last = last + timedelta(days=r.randint(1, 40))
            self.rows.audit.append(
                self._audit_row(
                    last,
                    team.at(_DIRECTOR),
                    "account",
                    account_id,
                    account_id,
                    AuditAction.UPDATE,
                    name,
                    {"status": ["active", account["status"].value]},
                )
            )
        account["updated_at"] = last

    # -- the large demo's generated clients --

    def generated(self, accounts: int, contacts: int) -> None:
        """`accounts` plausible companies with one brand each and `contacts` people in all."""
        if accounts <= 0:
            return
        r = self.rng
        per, extra = divmod(max(contacts, 0), accounts)
        statuses = (
            AccountStatus.ACTIVE,
            AccountStatus.PROSPECT,
            AccountStatus.PAUSED,
            AccountStatus.INACTIVE,
        )
        status_weights = (80, 8, 6, 6)
        created = self.now - timedelta(days=30)
        since = created.date()
        for n in range(accounts):
            business, sector = r.choice(data.BUSINESSES)
            if r.random() < 0.55:
                distinct = r.choice(data.SURNAMES)
                name = f"{business} {distinct}{r.choice(data.JOINERS)}"
            else:
                distinct = r.choice(data.PLACES)
                name = f"{business} {distinct}"
            form = "S.A." if r.random() < 0.3 else "S.L."
            legal = f"{name}, {form}"
            account_id = self.next_account
            self.next_account += 1
            tax = cif("A" if form == "S.A." else "B", 1_000_000 + account_id)
            team = self.teams[n % len(self.teams)]
            lead = self._lead(team)
            city = r.choice(data.CITIES_ES)
            brand = distinct.replace("del ", "").replace("de ", "").strip().title()
            domain = "-".join(words(name)[:3]) + ".es"
            row = self._account_row(
                account_id,
                trade_name=name,
                legal_name=legal,
                tax_id=tax,
                sector=sector,
                status=r.choices(statuses, status_weights)[0],
                group_id=team.group_id,
                lead=lead,
                country="ES",
                city=city,
                domain=domain,
                created=created,
                brands=[brand],
            )
            row["phone"] = self._phone("+34")
            row["may_be_shown"] = n % 3 != 0
            self.rows.accounts.append(row)
            brand_id = self._brand(account_id, brand, sector, ())
            self._contacts_fast(account_id, domain, brand_id, per + (1 if n < extra else 0))
            self._team(account_id, team, lead, since, trainee=False)
            if len(self.rows.accounts) >= CHUNK:
                self.rows.flush(self.s, self.counts)
                if self.progress is not None:
                    self.progress(n + 1, accounts)
        self.rows.flush(self.s, self.counts)
        if self.progress is not None:
            self.progress(accounts, accounts)

    def _contacts_fast(self, account_id: int, domain: str, brand_id: int, count: int) -> None:
        """Like `_contacts`, with fewer draws: the large demo makes 400,000 of them."""
        for n in range(count):
            full_name, local, female = self._person()
            role = data.CONTACT_ORDER[n % len(data.CONTACT_ORDER)]
            male_pos, female_pos = data.POSITIONS[role]
            position = female_pos if female else male_pos
            email = f"{local}{n}@{domain}" if n else f"{local}@{domain}"
            contact_id = self.next_contact
            self.next_contact += 1
            self.rows.contacts.append(
                {
                    "id": contact_id,
                    "account_id": account_id,
                    "full_name": full_name,
                    "position": position,
                    "contact_role": role,
                    "email": email,
                    "phone": "",
                    "mobile": "",
                    "preferred_channel": _CHANNELS[n % 3][0],
                    "decision_maker": n == 0,
                    "active": True,
                    "notes": "",
                    "search_text": _search_text(full_name, position, email),
                    "version": 1,
                }
            )
            if n == 0:
                self.rows.contact_brands.append({"contact_id": contact_id, "brand_id": brand_id})
