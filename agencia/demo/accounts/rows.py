"""A client's rows, made as the editing services would make them and inserted in bulk.

`ClientRows` draws from the demo's one `random.Random`, in a fixed order, and numbers the
rows itself, so that the same seed gives the same rows with the same IDs. Rows are plain
dicts inserted as bulk Core statements in chunks; the search columns are computed as the
editing services do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Final

from agencia.demo.data import clients as data
from agencia.demo.plan import ASSISTANT, DIRECTOR, EXEC_A, EXEC_B, JUNIOR, SUPERVISOR, TRAINEE
from agencia.demo.run import DemoRun, Team
from agencia.demo.text_cache import search_text_of
from agencia.domain.enums import AccountStatus, AssignmentRole, AuditAction, Channel, ContactRole
from agencia.domain.models import (
    Account,
    AccountAssignment,
    AuditEvent,
    Brand,
    Contact,
    Product,
    contact_brands,
)
from agencia.domain.text import sort_key, words
from agencia.domain.zones import country_zone


@lru_cache(maxsize=4096)
def _ascii(name: str) -> str:
    """`Íñigo` → `inigo`: for logins and e-mail addresses."""
    return "".join(words(name))


LEADS: Final = ((EXEC_A, 4), (EXEC_B, 4), (JUNIOR, 2))  # position, weight
CHANNELS: Final = (
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

    def flush(self, demo: DemoRun) -> None:
        """Insert them all, in foreign-key order, and count them."""
        counts = demo.counts
        for rows, model in (
            (self.accounts, Account),
            (self.brands, Brand),
            (self.products, Product),
            (self.contacts, Contact),
            (self.contact_brands, contact_brands),
            (self.assignments, AccountAssignment),
            (self.audit, AuditEvent),
        ):
            if rows:
                demo.insert(model, rows)
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


class ClientRows:
    """Makes the clients' rows (account, brands and products, contacts, team, history)
    and keeps them until `flush` inserts them."""

    def __init__(self, demo: DemoRun) -> None:
        self.demo = demo
        self.rng = demo.rng
        self.now = demo.now
        self.pending = _Rows()
        self.next_account = 1
        self.next_brand = 1
        self.next_product = 1
        self.next_contact = 1

    def flush(self) -> None:
        """Insert what is pending."""
        self.pending.flush(self.demo)

    def lead(self, team: Team) -> int:
        positions, weights = zip(*LEADS, strict=True)
        return team.at(self.rng.choices(positions, weights)[0])

    def phone(self, prefix: str) -> str:
        r = self.rng
        if prefix == "+34":  # 9X XXX XX XX
            area, number = r.randint(1, 8), r.randint(100, 999)
            return f"+34 9{area} {number} {r.randint(10, 99)} {r.randint(10, 99)}"
        return f"{prefix} {r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"

    def mobile(self, prefix: str) -> str:
        r = self.rng
        if prefix == "+34":
            return f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        return f"{prefix} 9 {r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"

    def account_row(
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
            "time_zone": country_zone(country),  # its SLA clock's office hours
            "notes": "",
            "logo": None,
            # exactly as services.accounts.editing.refresh_search computes them
            "name_key": sort_key(trade_name),
            "search_text": search_text_of(trade_name, legal_name, tax_id, city, *brands),
            "created_at": created,
            "updated_at": created,
            "version": 1,
        }

    def brand(self, account_id: int, name: str, sector: str, products: tuple[str, ...]) -> int:
        brand_id = self.next_brand
        self.next_brand += 1
        self.pending.brands.append(
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
            self.pending.products.append(
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

    def person(self) -> tuple[str, str, bool]:
        """(full name, e-mail local part, female) with two surnames, as in Spain and Latam."""
        r = self.rng
        female = r.random() < 0.5
        first = r.choice(data.FEMALE_NAMES if female else data.MALE_NAMES)
        last1, last2 = r.choice(data.SURNAMES), r.choice(data.SURNAMES)
        local = f"{_ascii(first.split()[0])}.{_ascii(last1)}"
        return f"{first} {last1} {last2}", local, female

    def contacts(
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
            full_name, local, female = self.person()
            while local in seen:
                local += str(n)
            seen.add(local)
            email = f"{local}@{domain}"
            male_pos, female_pos = data.POSITIONS[role]
            position = female_pos if female else male_pos
            contact_id = self.next_contact
            self.next_contact += 1
            channels, weights = zip(*CHANNELS, strict=True)
            row = {
                "id": contact_id,
                "account_id": account_id,
                "full_name": full_name,
                "position": position,
                "contact_role": role,
                "email": email,
                "phone": self.phone(prefix),
                "mobile": self.mobile(prefix) if r.random() < 0.7 else "",
                "preferred_channel": r.choices(channels, weights)[0],
                "decision_maker": n == 0,
                "active": r.random() < 0.95 or n == 0,
                "notes": "",
                # exactly as services.accounts.contacts computes it
                "search_text": search_text_of(full_name, position, email),
                "version": 1,
            }
            self.pending.contacts.append(row)
            made.append(row)
            if role in _TOP_ROLES:
                linked = brand_ids
            elif role in (ContactRole.BRAND_MANAGER, ContactRole.PRODUCT_MANAGER):
                linked = [brand_ids[n % len(brand_ids)]]
            else:
                linked = []
            self.pending.contact_brands.extend(
                {"contact_id": contact_id, "brand_id": b} for b in linked
            )
        return made

    def team(self, account_id: int, team: Team, lead: int, since: date, *, trainee: bool) -> None:
        parts = [
            (team.at(DIRECTOR), AssignmentRole.DIRECTOR),
            (team.at(SUPERVISOR), AssignmentRole.SUPERVISOR),
            (lead, AssignmentRole.LEAD_EXECUTIVE),
            (team.at(ASSISTANT), AssignmentRole.ASSISTANT),
        ]
        if trainee:
            parts.append((team.at(TRAINEE), AssignmentRole.ASSISTANT))
        self.pending.assignments.extend(
            {"account_id": account_id, "staff_id": staff_id, "role": part, "since": since}
            for staff_id, part in parts
        )

    def audit_row(
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
            "login": self.demo.logins[staff_id],
            "entity": entity,
            "entity_id": entity_id,
            "account_id": account_id,
            "action": action,
            "summary": summary[:300],
            "changes": changes,
        }

    def history(
        self, account: dict[str, Any], team: Team, lead: int, contacts: list[dict[str, Any]]
    ) -> None:
        """The account's creation by its lead, its first contact, and an edit or two."""
        r = self.rng
        created: datetime = account["created_at"]
        account_id = account["id"]
        name = account["trade_name"]
        fields = ("trade_name", "legal_name", "tax_id", "sector", "city", "country")
        self.pending.audit.append(
            self.audit_row(
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
        self.pending.audit.append(
            self.audit_row(
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
            self.pending.audit.append(
                self.audit_row(
                    last,
                    team.at(SUPERVISOR),
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
            self.pending.audit.append(
                self.audit_row(
                    last,
                    team.at(DIRECTOR),
                    "account",
                    account_id,
                    account_id,
                    AuditAction.UPDATE,
                    name,
                    {"status": ["active", account["status"].value]},
                )
            )
        account["updated_at"] = last
