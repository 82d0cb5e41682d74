"""Which Spanish a deck speaks (the account's choice, else its country's, else the
agency's), the profile's English texts and their rules, and sectors from the catalogue."""

from __future__ import annotations

from agencia.domain.enums import MediaChannel, Spanish
from agencia.domain.labels import Term, label, sector_known, sector_label
from agencia.domain.models import Account, Agency
from agencia.services.agency.profile import AgencyProfileInput, profile_errors
from agencia.services.decks.language import english_missing, speaks_latam


def test_an_accounts_spanish_is_its_own_choice_else_its_countrys_else_the_agencys() -> None:
    spain, latam = Agency(spanish=Spanish.SPAIN), Agency(spanish=Spanish.LATAM)
    assert speaks_latam(spain, Account(locale="es_MX", country="MX", spanish=""))
    assert not speaks_latam(latam, Account(locale="es_ES", country="ES", spanish=""))
    assert speaks_latam(spain, Account(locale="", country="AR", spanish=""))
    assert not speaks_latam(spain, Account(locale="es_MX", country="MX", spanish="spain"))
    assert speaks_latam(spain, Account(locale="es_ES", country="ES", spanish="latam"))
    assert speaks_latam(latam, Account(locale="", country="", spanish=""))
    assert speaks_latam(latam, None) and not speaks_latam(spain, None)


def test_latin_american_words_come_from_the_catalogue() -> None:
    assert label(MediaChannel.ONLINE_VIDEO, "es") == "Vídeo online"
    assert label(MediaChannel.ONLINE_VIDEO, "es", latam=True) == "Video online"
    assert label(MediaChannel.ONLINE_VIDEO, "en", latam=True) == "Online video"
    assert label(Term.MOBILE, "es", latam=True) == "Celular"
    assert label(Term.STREET_FURNITURE, "es") == "Mupis"
    assert label(Term.STREET_FURNITURE, "es", latam=True) == "Parabuses"
    assert label(Term.BUROFAX, "es", latam=True) == "Carta certificada"
    assert label(MediaChannel.TV, "es", latam=True) == "Televisión"  # the same on both sides


def test_sectors_are_named_in_the_decks_language() -> None:
    assert sector_label("Automoción", "en") == "Automotive"
    assert sector_label("automocion", "es", latam=True) == "Automotriz"
    assert sector_label("Banking", "es") == "Banca"  # typed in English, read in Spanish
    assert sector_label("Astilleros", "en") == "Astilleros"  # unknown: as typed
    assert sector_known("ALIMENTACIÓN") and not sector_known("Astilleros")


def test_english_texts_missing_and_their_rules() -> None:
    agency = Agency(
        tagline="Ideas", about="Somos", services="A\nB", process=[{"title": "Uno", "text": ""}]
    )
    agency.tagline_en, agency.about_en, agency.services_en, agency.process_en = "", "We", "A", []
    assert english_missing(agency) == ("tagline", "services", "process")
    agency.tagline_en, agency.services_en = "Ideas", "A\nB"
    agency.process_en = [{"title": "One", "text": ""}]
    assert english_missing(agency) == ()
    base = AgencyProfileInput(name="Agencia", tax_id="")
    assert profile_errors(base) == {}
    wrong = AgencyProfileInput(
        name="Agencia", tagline_en="x" * 201, process_en=(("", "sin título"),), spanish="mx"
    )
    errors = profile_errors(wrong)
    assert errors["tagline_en"][0] == "field.too_long"
    assert errors["process_en"] == ("field.step_title", {})
    assert errors["spanish"] == ("field.spanish", {})
