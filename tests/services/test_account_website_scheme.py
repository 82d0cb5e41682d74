"""An account's website is a web address: http or https, or a bare domain — never
`javascript:alert(1)` (a click on it would run it), another scheme, or text that reads
otherwise than it is stored; the form, the service and an import refuse it alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import Agency, small_agency

from agencia.db.database import Database
from agencia.domain.errors import ValidationError
from agencia.services.accounts.account_edit import AccountInput, create_account, validate_account
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import

REFUSED = (
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://agencia.es",
    "https://agencia.es/\u202efdp.exe",
    "https://agencia.es\n/otra",
)
ACCEPTED = ("https://www.agencia.es", "http://agencia.es/contacto", "www.agencia.es", "agencia.es")


@pytest.mark.parametrize("website", REFUSED)
def test_an_address_that_is_no_web_address_is_refused(website: str) -> None:
    errors = validate_account(AccountInput(trade_name="Cliente", website=website))
    assert errors["website"][0] in ("field.website", "field.bidi", "field.line_break")


@pytest.mark.parametrize("website", ACCEPTED)
def test_http_https_and_bare_domains_are_accepted(website: str) -> None:
    assert "website" not in validate_account(AccountInput(trade_name="Cliente", website=website))


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def test_the_service_and_an_import_refuse_it(agency: Agency, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        create_account(
            agency.db, agency.admin, AccountInput(trade_name="Cliente", website=REFUSED[0])
        )
    assert refused.value.field_errors["website"][0] == "field.website"
    path = tmp_path / "clientes.csv"
    path.write_text("Nombre;Web\nBuena;www.buena.es\nMala;javascript:alert(1)\n", encoding="utf-8")
    report = run_import(agency.db, agency.admin, path, ImportKind.ACCOUNTS)
    assert not report.written
    assert {(p.row, p.code) for p in report.problems} == {(3, "field.website")}
