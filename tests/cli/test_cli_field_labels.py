"""A refused field is named on the command line with the words the window's form gives it,
in the language the command line speaks: «Fin», «Título», never `due_on` or `title`."""

from __future__ import annotations

import pytest
from cli_support import one_line, run


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "es",
            "Revise los campos: Fin: La fecha de fin no puede ser anterior a la de inicio; "
            "Título: Este campo es obligatorio.",
        ),
        (
            "en",
            "Please check these fields: End: The end date cannot come before the start "
            "date; Title: This field is required.",
        ),
    ],
)
def test_a_refused_task_names_its_fields_as_the_window_does(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    said: str,
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", lang)
    argv = ("--campaign", "1", "--title", " ", "--start", "2027-01-10", "--due", "2027-01-01")
    status, out, err = run(capsys, "task", "add", *argv, "--db", demo_url)
    assert (status, out) == (1, "")
    line = one_line(err)
    assert line == said
    assert "due_on" not in line and "title:" not in line


def test_a_refused_campaign_names_its_name_field(
    capsys: pytest.CaptureFixture[str], demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "es")
    status, _out, err = run(
        capsys, "campaign", "add", "--account", "1", "--name", "", "--db", demo_url
    )
    assert status == 1
    assert one_line(err) == "Revise los campos: Nombre: Este campo es obligatorio."
