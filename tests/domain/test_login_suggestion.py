"""The login offered for a person: first name and first surname, accents folded,
hyphenated surnames whole, free among the logins already taken."""

from __future__ import annotations

import pytest

from agencia.domain.logins import LOGIN_MAX, suggest_login


@pytest.mark.parametrize(
    ("name", "login"),
    [
        ("Carmen Sáez Molina", "carmen.saez"),
        ("Óscar Pérez-Llorente", "oscar.perez-llorente"),
        ("  Ana   Torres ", "ana.torres"),
        ("Juan de la Fuente Ruiz", "juan.fuente"),
        ("Joan Martí i Pujol", "joan.marti"),
        ("Íñigo Ibáñez", "inigo.ibanez"),
        ("Seán O'Brien", "sean.obrien"),
        ("Jean-Pierre Martin", "jean-pierre.martin"),
        ("Madonna", "madonna"),
        ("Ana - Torres", "ana.torres"),
        ("", ""),
        ("Москва", ""),
    ],
)
def test_first_name_and_first_surname_in_plain_letters(name: str, login: str) -> None:
    assert suggest_login(name) == login


def test_a_taken_login_gets_the_first_free_number_whatever_its_case() -> None:
    assert suggest_login("Carmen Sáez Molina", ["Carmen.Saez"]) == "carmen.saez2"
    assert suggest_login("Carmen Sáez", {"carmen.saez", "carmen.saez2"}) == "carmen.saez3"
    assert suggest_login("Carmen Sáez", ["cmolina"]) == "carmen.saez"


def test_a_long_name_stays_within_what_a_login_holds() -> None:
    long = "A" * 60 + " " + "B" * 60
    assert len(suggest_login(long)) == LOGIN_MAX
    numbered = suggest_login(long, [suggest_login(long)])
    assert len(numbered) == LOGIN_MAX and numbered.endswith("2")


def test_what_is_suggested_passes_the_sign_in_services_check() -> None:
    from agencia.services.people.sign_ins import check_login

    for name in ("Óscar Pérez-Llorente", "Seán O'Brien", "Jean-Pierre Martin"):
        check_login(suggest_login(name))  # refuses by raising
