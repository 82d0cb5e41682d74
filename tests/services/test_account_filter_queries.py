"""The accounts list's filters in SQL, on both databases: any of several values per
filter, and only the groups and people whose accounts the person can see."""

from __future__ import annotations

from factories import small_agency

from agencia.db.database import Database
from agencia.domain.enums import AccountStatus
from agencia.services.accounts import queries as svc
from agencia.services.accounts.filters import filter_choices


def _names(db: Database, agency: object, query: svc.AccountQuery) -> list[str]:
    rows = svc.list_accounts(db, agency.admin, query)  # type: ignore[attr-defined]
    return sorted(r.name for r in rows)


def test_any_of_several_values(db: Database) -> None:
    agency = small_agency(db)
    both = svc.AccountQuery(statuses=(AccountStatus.PROSPECT, AccountStatus.PAUSED))
    assert _names(db, agency, both) == ["Cervezas García", "L'Oréal"]
    g = agency.groups
    groups = svc.AccountQuery(group_ids=(g["consumo"], g["servicios"]), sectors=("Banca",))
    assert _names(db, agency, groups) == ["Banco Andino"]
    s = agency.staff
    leads = svc.AccountQuery(executive_ids=(s["laura"], s["raul"]))
    assert _names(db, agency, leads) == ["AT&T", "Banco Andino"]
    assert both.filtered() and not svc.AccountQuery(mine=True).filtered()


def test_the_filters_offer_what_the_person_can_see(db: Database) -> None:
    agency = small_agency(db)
    groups, leads = filter_choices(db, agency.actor("alvaro"))
    assert [o.label for o in groups] == ["Gran Consumo"]
    assert {o.label for o in leads} == {"Álvaro García Rubio"}  # he sees only his accounts
    groups, leads = filter_choices(db, agency.actor("lucia"))
    assert [o.label for o in groups] == ["Gran Consumo"]
    assert {o.label for o in leads} == {"Álvaro García Rubio", "Laura Velázquez Gil"}
    groups, leads = filter_choices(db, agency.admin)
    assert [o.label for o in groups] == ["Gran Consumo", "Servicios y Tecnología"]
    assert "Raúl Jiménez Prieto" in {o.label for o in leads}
