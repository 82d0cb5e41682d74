"""Read models handed to the GUI and the command line: frozen, detached, plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from agencia.domain.enums import (
    AccountStatus,
    AssignmentRole,
    AuditAction,
    Channel,
    ContactRole,
    Role,
    TitleGender,
)


@dataclass(frozen=True, slots=True)
class ProductView:
    """A product, as the account page and the command line show it."""

    id: int
    name: str
    description: str
    active: bool
    version: int = 1


@dataclass(frozen=True, slots=True)
class BrandView:
    """A brand and its products, as the account page shows them."""

    id: int
    name: str
    description: str
    active: bool
    products: tuple[ProductView, ...]
    version: int
    logo: bytes | None = None  # PNG or JPEG, as its decks print it


@dataclass(frozen=True, slots=True)
class ContactView:
    """A contact of an account, as the page, the pickers and the command line show it."""

    id: int
    account_id: int
    full_name: str
    position: str
    contact_role: ContactRole
    email: str
    phone: str
    mobile: str
    preferred_channel: Channel
    decision_maker: bool
    active: bool
    notes: str
    brand_ids: tuple[int, ...]
    brands: tuple[str, ...]
    version: int
    fax: str = ""
    postal_address: str = ""
    preferred_hours: str = ""


@dataclass(frozen=True, slots=True)
class TeamMember:
    """Someone on the account's team, and their part in it."""

    staff_id: int
    name: str
    role: Role
    title: str
    part: AssignmentRole
    title_gender: TitleGender = TitleGender.MASCULINE  # «Directora de cuentas», as she is


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of a record's history: who did what, when, and the fields it changed."""

    at: datetime
    who: str
    entity: str
    entity_id: int | None
    action: AuditAction
    summary: str
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AccountDetail:
    """Everything the account page shows, loaded in one unit of work."""

    id: int
    trade_name: str
    legal_name: str
    tax_id: str
    parent_id: int | None
    parent_name: str
    sector: str
    status: AccountStatus
    group_id: int | None
    group: str
    lead_executive_id: int | None
    lead_executive: str
    locale: str
    currency: str
    may_be_shown: bool
    website: str
    phone: str
    email: str
    address: str
    city: str
    country: str
    notes: str
    version: int
    created_at: datetime
    updated_at: datetime
    brands: tuple[BrandView, ...]
    contacts: tuple[ContactView, ...]
    team: tuple[TeamMember, ...]
    history: tuple[HistoryEntry, ...]
    subsidiaries: tuple[tuple[int, str], ...]
    same_tax_id: tuple[tuple[int, str], ...]
    can_edit: bool
    logo: bytes | None = None  # PNG or JPEG; loaded for the page only, never for list rows
    time_zone: str = ""  # an IANA name; "" is the agency's
    spanish: str = ""  # the Spanish its decks speak ("spain", "latam"); "" its country's

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.trade_name,
            "legal_name": self.legal_name,
            "tax_id": self.tax_id,
            "parent_id": self.parent_id,
            "parent": self.parent_name,
            "sector": self.sector,
            "status": self.status.value,
            "group": self.group,
            "group_id": self.group_id,
            "lead_executive": self.lead_executive,
            "lead_executive_id": self.lead_executive_id,
            "locale": self.locale,
            "currency": self.currency,
            "may_be_shown": self.may_be_shown,
            "website": self.website,
            "phone": self.phone,
            "email": self.email,
            "city": self.city,
            "country": self.country,
            "time_zone": self.time_zone,
            "spanish": self.spanish,
            "brands": [
                {"id": b.id, "name": b.name, "products": [p.name for p in b.products]}
                for b in self.brands
            ],
            "contacts": [
                {
                    "id": c.id,
                    "name": c.full_name,
                    "position": c.position,
                    "role": c.contact_role.value,
                    "email": c.email,
                    "phone": c.phone,
                    "preferred_channel": c.preferred_channel.value,
                    "fax": c.fax,
                    "postal_address": c.postal_address,
                    "preferred_hours": c.preferred_hours,
                    "decision_maker": c.decision_maker,
                    "brands": list(c.brands),
                }
                for c in self.contacts
            ],
            "team": [
                {"staff_id": t.staff_id, "name": t.name, "role": t.role.value, "part": t.part.value}
                for t in self.team
            ],
        }
