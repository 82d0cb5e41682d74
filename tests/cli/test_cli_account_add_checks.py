"""`account add` and `account show` as a tester found them: a country code that is none,
a client's money and dates left empty, a duplicate tax ID said nothing of, tax IDs
shown unpunctuated, and another group's account told apart from one that does not
exist. Each test failed before its fix."""

from __future__ import annotations

import json
from typing import Any

import pytest
from cli_support import accounts, one_line, run


def _add(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "account", "add", *argv, "--group", "1", "--lead", "4", "--db", url)


def _show(capsys: pytest.CaptureFixture[str], url: str, account_id: str, *extra: str) -> Any:
    status, out, err = run(
        capsys, "account", "show", account_id, "--format", "json", "--db", url, *extra
    )
    assert (status, err) == (0, "")
    return json.loads(out)


# 1. a country is an ISO 3166-1 alpha-2 code --------------------------------------------
@pytest.mark.parametrize("code", ["XX", "EU", "ZZ", "E1"])
def test_a_country_code_that_is_none_is_refused(
    capsys: pytest.CaptureFixture[str], demo_url: str, code: str
) -> None:
    status, out, err = _add(capsys, demo_url, f"{code} country", "--country", code)
    assert (status, out) == (1, "")
    assert "País: No es un código de país ISO de dos letras" in one_line(err)
    assert f"{code} country" not in [r["name"] for r in accounts(capsys, demo_url)]


def test_a_country_code_in_lower_case_is_one(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    status, out, err = _add(capsys, demo_url, "Cliente uruguayo", "--country", "uy")
    assert (status, err) == (0, "")
    assert _show(capsys, demo_url, out.strip())["country"] == "UY"


# 2. the client's money and dates follow its country ------------------------------------
@pytest.mark.parametrize(
    ("country", "locale", "currency"),
    [("MX", "es_MX", "MXN"), ("CO", "es_CO", "COP"), ("US", "", "USD")],
)
def test_the_country_gives_currency_and_locale(
    capsys: pytest.CaptureFixture[str], demo_url: str, country: str, locale: str, currency: str
) -> None:
    status, out, err = _add(capsys, demo_url, f"Cliente {country}", "--country", country)
    assert (status, err) == (0, "")
    detail = _show(capsys, demo_url, out.strip())
    assert (detail["locale"], detail["currency"]) == (locale, currency)


def test_currency_and_locale_given_are_kept(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    argv = ("Cliente MX en dólares", "--country", "MX", "--currency", "usd", "--locale", "es_US")
    status, out, err = _add(capsys, demo_url, *argv)
    assert (status, err) == (0, "")
    detail = _show(capsys, demo_url, out.strip())
    assert (detail["locale"], detail["currency"]) == ("es_US", "USD")


def test_without_a_country_nothing_changes(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    status, out, err = _add(capsys, demo_url, "Cliente sin país")
    assert (status, err) == (0, "")
    detail = _show(capsys, demo_url, out.strip())
    assert (detail["country"], detail["locale"], detail["currency"]) == ("ES", "", "")


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [("--currency", "pesos", "Moneda"), ("--locale", "mexicano", "Formato regional")],
)
def test_currency_and_locale_are_checked_as_the_window_checks_them(
    capsys: pytest.CaptureFixture[str], demo_url: str, option: str, value: str, said: str
) -> None:
    status, out, err = _add(capsys, demo_url, "Cliente", "--country", "MX", option, value)
    assert (status, out) == (1, "")
    assert said in one_line(err)


# 3. a duplicate tax ID is said, naming only what the person may see ---------------------
def test_a_duplicate_tax_id_names_the_account_seen(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    mine = next(r for r in accounts(capsys, demo_url) if r["name"] == "Lácteos Peñalara")
    status, out, err = _add(capsys, demo_url, "Lácteos P.", "--tax-id", mine["tax_id"])
    assert status == 0
    new_id = int(out)
    assert err.splitlines() == [
        f"Ya existe una cuenta con este NIF: Lácteos Peñalara [{mine['id']}].",
        "Si es la misma empresa, un administrador puede unirlas: "
        f"agencia accounts merge {mine['id']} {new_id}",
    ]


def test_a_duplicate_tax_id_of_an_unseen_account_does_not_name_it(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    seen = {r["id"] for r in accounts(capsys, demo_url)}
    other = next(r for r in accounts(capsys, demo_url, "--user", "rosav") if r["id"] not in seen)
    argv = ("Otra", "--tax-id", other["tax_id"], "--country", other["country"])
    status, out, err = _add(capsys, demo_url, *argv)
    assert status == 0 and int(out)
    assert err.splitlines() == [
        "Ya existe otra cuenta con este NIF en un grupo que usted no ve.",
        "Si es la misma empresa, pida a un administrador que las una (agencia accounts merge).",
    ]
    assert other["name"] not in err and str(other["id"]) not in err


# 4. tax IDs as their country writes them -------------------------------------------------
@pytest.mark.parametrize("country", ["AR", "CO"])
def test_account_show_writes_the_tax_id_as_its_country_does(
    capsys: pytest.CaptureFixture[str], demo_url: str, country: str
) -> None:
    row = next(r for r in accounts(capsys, demo_url, "--user", "rosav") if r["country"] == country)
    stored = row["tax_id"]
    written = (
        f"{stored[:2]}-{stored[2:10]}-{stored[10]}"
        if country == "AR"
        else f"{int(stored[:-1]):,}".replace(",", ".") + f"-{stored[-1]}"
    )
    status, out, err = run(
        capsys, "account", "show", str(row["id"]), "--db", demo_url, "--user", "rosav"
    )
    assert (status, err) == (0, "")
    label = {"AR": "CUIT", "CO": "NIT"}[country]
    assert f"{label + ':':<22}{written}\n" in out
    assert _show(capsys, demo_url, str(row["id"]), "--user", "rosav")["tax_id"] == stored


# 5. an account one may not see reads as one that does not exist -------------------------
def test_another_groups_account_reads_as_missing(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    seen = {r["id"] for r in accounts(capsys, demo_url)}
    other = next(r for r in accounts(capsys, demo_url, "--user", "rosav") if r["id"] not in seen)
    unseen = str(other["id"])
    missing = run(capsys, "account", "show", "999999", "--db", demo_url)
    refused = run(capsys, "account", "show", unseen, "--db", demo_url)
    assert missing == (1, "", "No existe la cuenta 999999.\n")
    assert refused == (1, "", f"No existe la cuenta {unseen}.\n")
    added = run(capsys, "contact", "add", unseen, "Ana Ruiz", "--db", demo_url)
    assert added == (1, "", f"No existe la cuenta {unseen}.\n")
    contact = _show(capsys, demo_url, unseen, "--user", "rosav")["contacts"][0]["id"]
    edited = run(capsys, "contact", "edit", str(contact), "--name", "X", "--db", demo_url)
    assert edited == (1, "", f"No existe el contacto {contact}.\n")
