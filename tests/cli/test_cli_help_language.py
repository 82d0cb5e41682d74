"""Every help text the command line shows follows its language: a Spanish `agencia` shows
every command's help, description, epilog and metavar in Spanish (from the pairs in
`agencia.cli.help_words`), an English one exactly what the commands were registered with.

The parser tree is walked whole, every sub-command and every argument, so a help text
added or changed without its Spanish is named here."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator

import pytest
from cli_support import run

from agencia.cli import help_words
from agencia.cli.entry import gui_parser
from agencia.cli.parser import build_parser
from agencia.domain import messages

Shown = tuple[str, str, str]  # (where, which text, the text)


def _shown(parser: argparse.ArgumentParser) -> list[Shown]:
    """Every text `parser` and the parsers under it show, in one fixed order."""
    found: list[Shown] = []
    seen: set[int] = set()

    def walk(current: argparse.ArgumentParser, where: str) -> None:
        if id(current) in seen:  # an alias: the same parser again
            return
        seen.add(id(current))
        for which in ("description", "epilog"):
            text = getattr(current, which)
            if text:
                found.append((where, which, text))
        for action in current._actions:
            name = "/".join(action.option_strings) or action.dest
            if action.help and action.help is not argparse.SUPPRESS:
                found.append((where, f"help of {name}", action.help))
            metavar = _metavar(action)
            if metavar:
                found.append((where, f"metavar of {name}", metavar))
            if isinstance(action, argparse._SubParsersAction):
                for line in action._choices_actions:
                    if line.help:
                        found.append((where, f"help of {line.dest}", line.help))
                for command, sub in action.choices.items():
                    walk(sub, f"{where} {command}")

    walk(parser, parser.prog)
    return found


def _metavar(action: argparse.Action) -> str | None:
    """What the usage line shows for the value: the metavar, else argparse's own for an
    option (its name in capitals), else nothing of ours (a flag, choices, a dest)."""
    if action.metavar is not None:
        return action.metavar if isinstance(action.metavar, str) else " ".join(action.metavar)
    if action.option_strings and action.nargs != 0 and action.choices is None:
        return action.dest.upper()
    return None


def _in(language: str, make: Callable[[], argparse.ArgumentParser]) -> list[Shown]:
    before = messages.language()
    try:
        messages.set_language(language)
        return _shown(make())
    finally:
        messages.set_language(before)


def _both(make: Callable[[], argparse.ArgumentParser]) -> Iterator[tuple[Shown, str]]:
    """Each Spanish text beside the English one in its place."""
    spanish, english = _in("es", make), _in("en", make)
    assert [s[:2] for s in spanish] == [e[:2] for e in english]  # the same tree
    return ((s, e[2]) for s, e in zip(spanish, english, strict=True))


@pytest.mark.parametrize("make", [build_parser, gui_parser], ids=["agencia", "agencia-gui"])
def test_nothing_is_left_in_english_in_spanish(make: Callable[[], argparse.ArgumentParser]) -> None:
    left = [
        (where, which, text)
        for (where, which, text), english in _both(make)
        if text == english
        # a metavar that is the same word in both (URL, ID, N) is paired with itself
        and not (which.startswith("metavar") and help_words.CATALOGUE.get(english) == english)
    ]
    assert left == []


@pytest.mark.parametrize("make", [build_parser, gui_parser], ids=["agencia", "agencia-gui"])
def test_spanish_help_names_a_metavar_as_the_usage_line_does(
    make: Callable[[], argparse.ArgumentParser],
) -> None:
    pairs = list(_both(make))
    renamed = {e: s[2] for s, e in pairs if s[1].startswith("metavar") and s[2] != e}
    named_in_english = [
        (where, which, word)
        for (where, which, text), _english in pairs
        if not which.startswith("metavar")
        for word in renamed
        if re.search(rf"(?<![\w-]){re.escape(word)}(?!\w)", text)
    ]
    assert named_in_english == []


def test_english_is_what_the_commands_were_registered_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In English the pairs change nothing: the help is the same, text for text and page
    for page, as a parser built without them."""

    def pages(make: Callable[[], argparse.ArgumentParser]) -> list[str]:
        parser = make()
        return [p.format_help() for p in help_words._parsers(parser)]

    before = messages.language()
    messages.set_language("en")
    try:
        shown, helps = _shown(build_parser()), pages(build_parser)
        gui_shown, gui_help = _shown(gui_parser()), pages(gui_parser)
        monkeypatch.setattr(help_words, "translate", lambda parser: None)
        monkeypatch.setattr(help_words, "say", lambda english: english)
        assert _shown(build_parser()) == shown and pages(build_parser) == helps
        assert _shown(gui_parser()) == gui_shown and pages(gui_parser) == gui_help
    finally:
        messages.set_language(before)
    assert "Agencia: account management for advertising agencies." in helps[0]


def test_every_pair_is_one_the_command_line_shows() -> None:
    """A pair whose English no command shows any more (the text changed) fails here, not
    silently: the catalogue holds only what is shown (a noun's description is its help and
    a full stop; a list's --format help is followed by the xlsx hint)."""
    english = {text for _w, _k, text in _in("en", build_parser) + _in("en", gui_parser)}
    unused = [
        key
        for key in help_words.CATALOGUE
        if key not in english
        and not any(text.startswith(key) or text.endswith(key) for text in english)
    ]
    assert unused == []


def test_pairs_keep_what_argparse_reads_in_a_help() -> None:
    """argparse fills %(default)s and the like in a help: a Spanish text has the same."""
    holes = re.compile(r"%(?:\(\w+\))?[a-z%]")
    assert [
        (spanish, english)
        for module in help_words._MODULES
        for spanish, english in module.PAIRS
        if sorted(holes.findall(spanish)) != sorted(holes.findall(english))
    ] == []


def test_a_spanish_help_page(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "es")
    status, out, err = run(capsys, "account", "add", "--help")
    assert (status, err) == (0, "")
    assert out.startswith("uso: agencia account add [-h] [--db URL] [--user USUARIO]")
    assert "--group ID_GRUPO" in out and "el nombre comercial de la cuenta" in out
    assert "Añade una cuenta (cliente) como el usuario" in out
    status, out, err = run(capsys, "demo", "--help")
    assert "--seed SEMILLA" in out and "SEED" not in out
    status, out, err = run(capsys, "accounts", "list", "--help")
    assert (status, err) == (0, "")
    out = " ".join(out.split())  # as read, not as wrapped
    assert "--out ARCHIVO.xlsx" in out and "un libro de cálculo en --out ARCHIVO.xlsx" in out
    assert "workbook" not in out and "(default" not in out
    status, out, err = run(capsys, "--help")
    assert (status, err) == (0, "")
    assert "Estados de salida: 0 hecho;" in out and "presentación de agencia" in out


def test_an_english_help_page(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "en")
    status, out, err = run(capsys, "account", "add", "--help")
    assert (status, err) == (0, "")
    assert out.startswith("usage: agencia account add [-h] [--db URL] [--user LOGIN]")
    assert "--group GROUP_ID" in out and "the account's trade name" in out
    status, out, err = run(capsys, "accounts", "list", "--help")
    out = " ".join(out.split())
    assert "--out FILE.xlsx" in out and "a workbook at --out FILE.xlsx" in out


def test_the_window_programs_help_in_spanish(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agencia.cli.entry import gui_main

    monkeypatch.setenv("AGENCIA_LANG", "es")
    with pytest.raises(SystemExit) as raised:
        gui_main(["--help"])
    assert raised.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("uso: agencia-gui [-h] [--db URL] [base_de_datos]")
    assert "Abre la ventana de Agencia." in out and "un archivo de base de datos" in out
