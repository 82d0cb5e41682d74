"""What a walk through the command line found, as a user and as an attacker would use it:
a full disk under standard output is said in one plain line, a name with a line break is
refused (and a table cell keeps its row on one line), and an empty history says so."""

from __future__ import annotations

import contextlib
import errno
import io
import json

import pytest
from cli_support import one_line, run

from agencia import cli


class _FullDisk:
    """Standard output on a full disk: every write fails as the kernel says ENOSPC."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_under_standard_output_is_said_plainly(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    with contextlib.redirect_stdout(_FullDisk()):  # type: ignore[type-var]
        status = cli.main(["accounts", "list", "--db", demo_url, "--format", "csv"])
    _, err = capsys.readouterr()
    line = one_line(err)
    assert status == 1
    assert "Error interno" not in line and "OSError" not in line and "Errno" not in line
    assert line == "No se pudo escribir la salida: No space left on device."


def test_a_name_with_a_line_break_is_refused_naming_the_field(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url, "--format", "json")
    first = json.loads(out)[0]
    status, out, err = run(
        capsys,
        "account",
        "add",
        "Primera línea\nSegunda línea",
        "--group",
        str(first["group_id"]),
        "--lead",
        str(first["lead_executive_id"]),
        "--db",
        demo_url,
    )
    assert status != 0 and out == ""
    assert "una sola línea" in one_line(err), err
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url, "--search", "Primera")
    assert "Primera" not in out


def test_a_table_cell_keeps_its_row_on_one_line() -> None:
    """Text stored before single-line names were enforced, or a multi-line field shown
    in a table, still keeps one row per line."""
    from agencia.cli.formats import cell

    assert cell("Primera línea\nSegunda línea") == "Primera línea ⏎ Segunda línea"
    assert cell("שלום 🍦 \u202egnp.exe") == "שלום 🍦 ?gnp.exe"  # Hebrew and emoji kept


def test_no_imports_yet_is_said(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    """The demo's director (who the command acts as) sees her group's imports: none."""
    status, out, err = run(capsys, "imports", "list", "--db", demo_url)
    assert (status, err) == (0, "")
    assert out.startswith("Ni usted ni nadie de su grupo ha importado nada"), out


def test_a_right_to_left_override_in_a_name_is_refused(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url, "--format", "json")
    first = json.loads(out)[0]
    name = "שלום 🍦 \u202egnp.exe"
    group, lead = str(first["group_id"]), str(first["lead_executive_id"])
    add = ("account", "add", name, "--group", group, "--lead", lead, "--db", demo_url)
    status, out, err = run(capsys, *add)
    assert status != 0 and out == "" and "\u202e" not in err
    status, out, _ = run(capsys, "accounts", "list", "--db", demo_url, "--format", "json")
    assert name not in [r["name"] for r in json.loads(out)]


ESCAPE = "\x1b]0;pwned\x07\x1b[2J"


@pytest.mark.parametrize(
    "argv",
    [
        ("accounts", "list", "--user", f"{ESCAPE}ana"),  # a missing user, named
        ("mail", "import", f"/nonexistent/{ESCAPE}.eml", "--account", "1"),  # a file name
        ("accounts", "list", f"{ESCAPE}sobra"),  # argparse's "unrecognized arguments"
    ],
)
def test_an_error_line_never_carries_what_a_terminal_obeys(
    capsys: pytest.CaptureFixture[str], demo_url: str, argv: tuple[str, ...]
) -> None:
    """A file name from a folder a script loops over, a login from elsewhere: the one
    error line says it with '?' where a terminal would have obeyed an escape sequence."""
    status, _, err = run(capsys, *argv, "--db", demo_url)
    line = one_line(err)
    assert status in (1, 2)
    assert "\x1b" not in line and "\x07" not in line
    assert "?]0;pwned??[2J" in line


def test_a_huge_usage_error_is_cut_to_a_readable_line(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    huge = "B" * 10_000
    status, _, err = run(capsys, "routing", "add", "--to", "1", "--kind", huge, "--db", demo_url)
    line = one_line(err)
    assert status == 2
    assert len(line) < 400 and "valor no permitido: 'BBBB" in line and "…'" in line
    assert "(elija entre 'incident'" in line  # what to type instead is kept


def test_a_huge_unrecognized_argument_is_cut_too(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    status, _, err = run(capsys, "accounts", "list", "C" * 10_000, "--db", demo_url)
    line = one_line(err)
    assert status == 2 and len(line) <= 620 and "argumentos no reconocidos: CCCC" in line


def test_a_supplier_s_rating_is_written_as_the_agency_writes_numbers(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    status, out, err = run(capsys, "vendors", "list", "--db", demo_url, "--format", "json")
    assert (status, err) == (0, "")
    rated = next(v for v in json.loads(out) if v["average_rating"] is not None)
    average = rated["average_rating"]
    assert "." in average  # JSON keeps the decimal string scripts read
    spanish = average.replace(".", ",")
    status, out, err = run(capsys, "vendors", "list", "--db", demo_url)
    assert (status, err) == (0, "")
    (row,) = [line for line in out.splitlines() if line.split()[0] == str(rated["id"])]
    assert f"{spanish} ({rated['ratings']})" in row and average not in row
    status, out, err = run(capsys, "vendor", "show", str(rated["id"]), "--db", demo_url)
    assert (status, err) == (0, "")
    assert f"{spanish} / 5" in out and f"{average} / 5" not in out


@pytest.mark.parametrize(
    "argv",
    [("user", "reset-password", "demo"), ("user", "add", "intrusa", "--staff", "10")],
)
def test_who_may_not_manage_sign_ins_is_refused_before_typing_a_password(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    demo_url: str,
    argv: tuple[str, ...],
) -> None:
    """A trainee asking to reset the director's password is told no at once, not asked
    for (or told they did not give) the new password first."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status, out, err = run(capsys, *argv, "--user", "pabloh", "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err) == "Su rol (Trainee) no le permite gestionar los usuarios de acceso."


def test_only_a_lost_output_is_called_one() -> None:
    """A refused connection names no file either, but it is no full disk."""
    from agencia.cli.errors import error_message

    refused = error_message(ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"))
    assert "salida" not in refused and "ConnectionRefusedError" in refused
    named = error_message(FileExistsError(errno.EEXIST, "File exists", "/dev/full"))
    assert named == "No se pudo usar /dev/full: File exists."
