"""`account show` names what people read in their language, as the account's page does:
the country («Madrid, España», not «Madrid, ES»), the locale («español (España)», not
«es_ES») and the kind of record each history line is about («acción de mejora», not
«improvement_action»). `--format json` keeps the codes: it is read by programs. Each
assertion on the words failed before the fix."""

from __future__ import annotations

import json

import pytest
from cli_support import run

ACCOUNT = "1"  # Grupo Alimentario Peñalara: Madrid, es_ES, EUR; improvement actions


def _show(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> str:
    status, out, err = run(capsys, "account", "show", ACCOUNT, "--db", url, *extra)
    assert (status, err) == (0, "")
    return out


def _field(out: str, label: str) -> str:
    line = next(x for x in out.splitlines() if x.strip().startswith(label + ":"))
    return line.partition(":")[2].strip()


@pytest.mark.parametrize(
    ("lang", "city", "locale", "kinds", "codes"),
    [
        (
            "es",
            ("Ciudad", "Madrid, España"),
            ("Idioma y moneda", "español (España) · EUR"),
            ("acción de mejora", "respuesta a la encuesta"),
            ("improvement_action", "survey_response"),
        ),
        (
            "en",
            ("City", "Madrid, Spain"),
            ("Locale and currency", "Spanish (Spain) · EUR"),
            ("improvement action", "survey response"),
            ("improvement_action", "survey_response"),
        ),
    ],
)
def test_account_show_names_country_locale_and_history_in_the_readers_language(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    city: tuple[str, str],
    locale: tuple[str, str],
    kinds: tuple[str, ...],
    codes: tuple[str, ...],
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", lang)
    out = _show(capsys, demo_url)
    assert _field(out, city[0]) == city[1]
    assert _field(out, locale[0]) == locale[1]
    history = out.partition("\n\n" + ("Recent history" if lang == "en" else "Historial reciente"))[
        2
    ]
    assert all(k in history for k in kinds), history
    assert not any(c in history for c in codes), history


def test_account_show_as_json_keeps_the_codes(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    shown = json.loads(_show(capsys, demo_url, "--format", "json"))
    assert (shown["country"], shown["locale"], shown["currency"]) == ("ES", "es_ES", "EUR")


def test_the_command_line_names_what_the_window_names() -> None:
    """One set of names on both sides: the history's record kinds are the window's pairs,
    and the countries and locales the same CLDR names in both languages."""
    from agencia.domain import locale_names
    from agencia.domain.messages import language, set_language
    from agencia.domain.record_kinds import KINDS, record_kind
    from agencia.ui import locale_names as window_names
    from agencia.ui.accounts.labels import entity_label

    before = language()
    try:
        for lang in ("es", "en"):
            set_language(lang)
            for code in (*KINDS, "gone_kind"):
                assert entity_label(code) == record_kind(code, lang)
    finally:
        set_language(before)
    for lang in ("es", "en"):
        for code in ("ES", "MX", "US", "ZZ", ""):
            assert locale_names.country_name(code, lang) == window_names.country_name(code, lang)
        for code in ("es_ES", "es_419", "en_GB", "xx", ""):
            assert locale_names.locale_name(code, lang) == window_names.locale_name(code, lang)
            assert locale_names.language_name(code, lang) == window_names.language_name(code, lang)
