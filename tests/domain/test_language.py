"""Which Spanish a client reads: the one rule the decks, the acta and the window share."""

from __future__ import annotations

from dataclasses import dataclass

from agencia.domain.language import latam_place, region, speaks_latam


@dataclass
class Place:
    spanish: str = ""
    locale: str = ""
    country: str = ""


def test_the_region_a_locale_names() -> None:
    assert [region(x) for x in ("es_MX", "es-419", "es_AR.UTF-8", "es", "", None)] == [
        "MX",
        "419",
        "AR",
        "",
        "",
        "",
    ]
    assert latam_place("es_419") and latam_place("", "co") and latam_place("es_ES") is False
    assert latam_place("", "") is None


def test_the_account_choice_then_its_place_then_the_agency() -> None:
    spain, latam = Place(spanish="spain"), Place(spanish="latam")
    assert speaks_latam(spain, Place(locale="es_MX"))
    assert not speaks_latam(latam, Place(locale="es_ES", country="ES"))
    assert speaks_latam(spain, Place(country="AR"))
    assert not speaks_latam(spain, Place(spanish="spain", locale="es_MX"))
    assert speaks_latam(spain, Place(spanish="latam", locale="es_ES"))
    assert speaks_latam(latam, Place()) and not speaks_latam(spain, Place())
    assert (
        speaks_latam(latam, None) and not speaks_latam(spain, None) and not speaks_latam(None, None)
    )
