"""One line of the accounts list: what the list's pages and the command line's list hold.

Apart from the account page's read models (`views.py`) so that the list, shown first at
start-up, imports neither those nor the account page's statements (`account_page.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agencia.domain.enums import AccountStatus


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One line of the accounts list."""

    id: int
    name: str
    legal_name: str
    tax_id: str
    status: AccountStatus
    sector: str
    group: str
    group_id: int | None
    lead_executive: str
    lead_executive_id: int | None
    city: str
    country: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "legal_name": self.legal_name,
            "tax_id": self.tax_id,
            "status": self.status.value,
            "sector": self.sector,
            "group": self.group,
            "group_id": self.group_id,
            "lead_executive": self.lead_executive,
            "lead_executive_id": self.lead_executive_id,
            "city": self.city,
            "country": self.country,
        }
