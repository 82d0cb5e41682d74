"""argparse's own words follow the language the command line speaks: a Spanish `agencia`
says «uso:», «opciones», «faltan argumentos obligatorios», never argparse's English; an
English one keeps argparse's. They reach argparse through its gettext hook, from one
catalogue (`agencia.cli.argparse_words`) that holds only texts argparse really asks for."""

from __future__ import annotations

import argparse
import inspect
import re

import pytest
from cli_support import one_line, run

from agencia.cli import argparse_words
from agencia.cli.entry import gui_main
from agencia.domain import messages

ENGLISH = (
    "usage:",
    "options:",
    "positional arguments",
    "show this help message and exit",
    "show program's version number and exit",
    "the following arguments are required",
    "error:",
)


def test_spanish_help_is_argparses_words_in_spanish(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "es")
    status, out, err = run(capsys, "--help")
    assert (status, err) == (0, "")
    assert out.startswith("uso: agencia")
    assert "\nargumentos:\n" in out and "\nopciones:\n" in out
    assert "muestra esta ayuda y termina" in out
    assert "muestra la versión del programa y termina" in out
    assert [w for w in ENGLISH if w in out] == []
    status, out, err = run(capsys, "account", "add", "--help")
    assert (status, err) == (0, "")
    assert out.startswith("uso: agencia account add")
    assert [w for w in ENGLISH if w in out] == []


def test_a_spanish_usage_error_is_in_spanish(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "es")
    status, out, err = run(capsys, "account", "add")
    assert (status, out) == (2, "")
    line = one_line(err)
    assert line == (
        "agencia account add: faltan argumentos obligatorios: NOMBRE, --group, --lead (--help)"
    )
    status, out, err = run(capsys, "campaign", "show", "abc")
    assert status == 2
    assert one_line(err) == "agencia campaign show: argumento ID: no es un ID: 'abc' (--help)"
    status, out, err = run(capsys, "campaigns", "list", "--status")
    assert status == 2
    assert one_line(err).endswith("argumento --status: falta su valor (--help)")


def test_english_keeps_argparses_own_words(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "en")
    status, out, _err = run(capsys, "--help")
    assert status == 0 and out.startswith("usage: agencia")
    assert "\noptions:\n" in out and "show this help message and exit" in out
    status, _out, err = run(capsys, "account", "add")
    assert status == 2
    assert "the following arguments are required: NAME, --group, --lead" in one_line(err)
    status, _out, err = run(capsys, "campaign", "show", "abc")
    assert "argument ID: not an ID: 'abc'" in one_line(err)


def test_the_window_programs_usage_error_is_in_spanish_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "es")
    with pytest.raises(SystemExit) as raised:
        gui_main(["--db"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("uso: agencia-gui")
    assert "agencia-gui: error: argumento --db: falta su valor" in err


def test_the_catalogue_holds_only_what_argparse_asks_for() -> None:
    """A text argparse no longer asks for (another Python) fails here, not silently."""
    source = inspect.getsource(argparse)

    def literal(text: str) -> bool:
        escaped = text.replace("\n", "\\n")
        return f"'{escaped}'" in source or f'"{escaped}"' in source

    assert [text for text in argparse_words.TEXTS if not literal(text)] == []
    assert [p for pair in argparse_words.PLURALS for p in pair if not literal(p)] == []


@pytest.mark.parametrize("text", sorted(argparse_words.TEXTS))
def test_each_translation_keeps_argparses_placeholders(text: str) -> None:
    spanish, english = argparse_words.TEXTS[text]
    holes = re.compile(r"%\(\w+\)[sr]|%[sr]")
    assert english == text
    assert sorted(holes.findall(spanish)) == sorted(holes.findall(text))


def test_the_hook_reads_the_language_when_asked() -> None:
    before = messages.language()
    try:
        argparse_words.install()
        messages.set_language("es")
        assert argparse._("options") == "opciones"  # type: ignore[attr-defined]
        assert argparse.ngettext("expected %s argument", "expected %s arguments", 2) == (  # type: ignore[attr-defined]
            "necesita %s valores"
        )
        messages.set_language("en")
        assert argparse._("options") == "options"  # type: ignore[attr-defined]
        assert argparse._("a text of our own") == "a text of our own"  # type: ignore[attr-defined]
    finally:
        messages.set_language(before)
