"""A website whose domain has accents or other letters (an internationalised domain name:
`peñarol.com.uy`, `cafédelaplaza.es`) is a web address like any other, on an account
and in the agency's profile alike (one rule, `validation.website`); what is not http(s)
or a bare domain, and a domain with spaces, invisible or direction characters, is still
refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import Agency, set_up, small_agency

from agencia.db.database import Database
from agencia.services.accounts.account_edit import AccountInput, create_account, validate_account
from agencia.services.accounts.queries import get_account
from agencia.services.agency import profile
from agencia.services.agency.profile import AgencyProfileInput, profile_errors
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import

ACCEPTED = (
    "https://peñarol.com.uy",
    "cafédelaplaza.es",
    "http://www.cafédelaplaza.es/carta",
    "https://straße.de/kontakt?lang=es",
    "müller.com:8080/tienda",
    "https://xn--pearol-xwa.com.uy",  # the same domain, as the name server reads it
    "https://пример.рф",
    "https://例え.jp",
)
REFUSED = (
    "javascript:peñarol.com.uy",
    "ftp://cafédelaplaza.es",
    "file:///cafédelaplaza.es",
    "https://peña rol.com.uy",
    "https://peñarol\u00a0.com.uy",  # a no-break space
    "https://peñarol.com.uy/mi carta",
    "https://peñarol\u200b.com.uy",  # a zero-width space: «peñarol.com.uy» to the eye
    "https://peñarol\u00ad.com.uy",  # a soft hyphen, as invisible
    "https://peñarol\ufe0f.com.uy",  # a variation selector
    "https://\u200epeñarol.com.uy",  # a left-to-right mark
    "https://peñarol.com.uy/\u202efdp.exe",
    "https://\u2067peñarol.com.uy",
    "https://peñarol.com.uy\n/otra",
    "https://peñarol\x1b.com.uy",
    "peñarol",  # no domain: one label
    "https://peñarol..com.uy",
    "https://" + "ñ" * 64 + ".com",  # a label longer than a name server takes
)


def _account_code(website: str) -> str | None:
    found = validate_account(AccountInput(trade_name="Cliente", website=website))
    return found["website"][0] if "website" in found else None


def _profile_code(website: str) -> str | None:
    found = profile_errors(AgencyProfileInput(name="Agencia", website=website))
    return found["website"][0] if "website" in found else None


@pytest.mark.parametrize("website", ACCEPTED)
def test_an_internationalised_domain_is_a_website(website: str) -> None:
    assert _account_code(website) is None
    assert _profile_code(website) is None


@pytest.mark.parametrize("website", REFUSED)
def test_what_is_no_web_address_is_still_refused(website: str) -> None:
    code = _account_code(website)
    assert code in ("field.website", "field.control", "field.bidi", "field.line_break")
    assert _profile_code(website) == code


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def test_an_account_keeps_it_as_typed_and_an_import_takes_it(
    agency: Agency, tmp_path: Path
) -> None:
    saved = create_account(
        agency.db,
        agency.admin,
        AccountInput(trade_name="Peñarol", website="https://peñarol.com.uy"),
    )
    assert get_account(agency.db, agency.admin, saved.id).website == "https://peñarol.com.uy"
    path = tmp_path / "clientes.csv"
    path.write_text(
        "Nombre;Web\nCafé de la Plaza;cafédelaplaza.es\nMala;https://café\u200b.es\n",
        encoding="utf-8",
    )
    report = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS)
    assert not report.written
    assert {(p.row, p.field_name, p.code) for p in report.problems} == {
        (3, "website", "field.control")
    }


def test_the_agency_profile_keeps_it(sqlite_db: Database) -> None:
    admin = set_up(sqlite_db)
    view = profile.get_profile(sqlite_db, admin)
    data = AgencyProfileInput(name="Agencia del Sur", website="https://agenciadelsur.com.uy")
    profile.update_profile(sqlite_db, admin, data, view.version)
    view = profile.get_profile(sqlite_db, admin)
    data = AgencyProfileInput(name="Agencia del Sur", website="https://publicidadpeñarol.uy")
    profile.update_profile(sqlite_db, admin, data, view.version)
    assert profile.get_profile(sqlite_db, admin).website == "https://publicidadpeñarol.uy"
