"""`agencia deck agency|campaign|brief|approvals`, in process on a copy of the demo: each
writes a 16:9 PDF and says where, how many pages and its SHA-256; a missing record, an
unwritable place or a deck that fails halfway exit 1 with one line and leave no file."""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from cli_support import one_line, run
from pypdf import PdfReader

from agencia.services.decks import build as decks


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def campaign_ids(capsys: pytest.CaptureFixture[str], url: str) -> list[dict[str, Any]]:
    status, out, err = run(capsys, "campaigns", "list", "--db", url, "--format", "json")
    assert (status, err) == (0, "")
    rows: list[dict[str, Any]] = json.loads(out)
    assert rows
    return rows


def a_campaign(capsys: pytest.CaptureFixture[str], url: str) -> dict[str, Any]:
    """A demo campaign with a story to tell: the furthest along in its life."""
    order = ("completed", "live", "in_production", "approved", "presented", "ready_for_client")
    rows = campaign_ids(capsys, url)
    return min(rows, key=lambda r: order.index(r["status"]) if r["status"] in order else 99)


def check_pdf(path: Path, out: str) -> PdfReader:
    """A whole 16:9 PDF, announced with its path, page count and SHA-256."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        assert round(float(page.mediabox.width) / float(page.mediabox.height), 3) == round(
            16 / 9, 3
        )
    line = out.strip()
    assert len(line.splitlines()) == 1
    assert str(path) in line
    assert hashlib.sha256(data).hexdigest() in line
    count = len(reader.pages)
    assert re.search(rf"\b{count} página", line), line
    return reader


def nothing_but(folder: Path, *names: str) -> None:
    """No temporary file left behind, no partial deck."""
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


# --- success ------------------------------------------------------------------------------


def test_each_deck_is_written_as_a_16_9_pdf(
    capsys: pytest.CaptureFixture[str], demo_url: str, out_dir: Path
) -> None:
    campaign = a_campaign(capsys, demo_url)
    cid = str(campaign["id"])
    for argv, name in (
        (["agency"], "agencia.pdf"),
        (["agency", "--for", str(campaign["account_id"])], "para-cliente.pdf"),
        (["campaign", cid], "campaña.pdf"),
        (["brief", cid], "brief.pdf"),
        (["approvals", cid], "aprobaciones.pdf"),
    ):
        target = out_dir / name
        status, out, err = run(capsys, "deck", *argv, "--out", str(target), "--db", demo_url)
        assert (status, err) == (0, ""), argv
        reader = check_pdf(target, out)
        text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
        if argv[0] != "agency" or "--for" in argv:
            assert campaign["account"] in text, argv
    nothing_but(
        out_dir, "agencia.pdf", "para-cliente.pdf", "campaña.pdf", "brief.pdf", "aprobaciones.pdf"
    )


def test_lang_and_sections_reach_the_renderer(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[Any] = []
    real = decks.render_campaign  # type: ignore[attr-defined]

    def spy(content: Any, options: Any) -> bytes:
        seen.append((content, options))
        result: bytes = real(content, options)
        return result

    monkeypatch.setattr(decks, "render_campaign", spy)
    cid = str(a_campaign(capsys, demo_url)["id"])
    every, english, fewer = out_dir / "every.pdf", out_dir / "english.pdf", out_dir / "fewer.pdf"
    assert run(capsys, "deck", "campaign", cid, "--out", str(every), "--db", demo_url)[0] == 0
    status, out, err = run(
        capsys, "deck", "campaign", cid, "--lang", "en", "--out", str(english), "--db", demo_url
    )
    assert (status, err) == (0, "")
    check_pdf(english, out)
    status, out, err = run(
        capsys,
        "deck",
        "campaign",
        cid,
        "--sections",
        "cover, challenge,budget",
        "--out",
        str(fewer),
        "--db",
        demo_url,
    )
    assert (status, err) == (0, "")
    check_pdf(fewer, out)
    assert [o.lang for _c, o in seen] == ["es", "en", "es"]  # the demo's clients speak Spanish
    assert seen[1][0].status != seen[0][0].status  # its labels in English too
    assert [o.sections for _c, o in seen] == [None, None, {"cover", "challenge", "budget"}]
    assert len(PdfReader(fewer).pages) < len(PdfReader(every).pages)


def test_messages_follow_the_users_language(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "en")
    target = out_dir / "deck.pdf"
    status, out, err = run(capsys, "deck", "agency", "--out", str(target), "--db", demo_url)
    assert (status, err) == (0, "")
    assert out.startswith(f"Wrote {target}: ") and " pages, SHA-256 " in out
    status, _out, err = run(
        capsys, "deck", "campaign", "999999", "--out", str(out_dir / "x.pdf"), "--db", demo_url
    )
    assert status == 1
    assert one_line(err) == "There is no campaign 999999."


# --- refusals: one line, exit 1, no file -----------------------------------------------------


@pytest.mark.parametrize("kind", ["campaign", "brief", "approvals"])
def test_a_missing_campaign_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo_url: str, out_dir: Path, kind: str
) -> None:
    target = out_dir / "deck.pdf"
    status, out, err = run(capsys, "deck", kind, "999999", "--out", str(target), "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err) == "No existe la campaña 999999."
    nothing_but(out_dir)


def test_a_missing_account_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo_url: str, out_dir: Path
) -> None:
    target = out_dir / "deck.pdf"
    status, out, err = run(
        capsys, "deck", "agency", "--for", "999999", "--out", str(target), "--db", demo_url
    )
    assert (status, out) == (1, "")
    assert one_line(err) == "No existe la cuenta 999999."
    nothing_but(out_dir)


def test_an_unwritable_place_is_refused_before_any_work(
    capsys: pytest.CaptureFixture[str], demo_url: str, out_dir: Path, tmp_path: Path
) -> None:
    a_file = out_dir / "notas.txt"
    a_file.write_text("no es una carpeta")
    for target in (
        tmp_path / "no-existe" / "deck.pdf",  # a folder that is not there
        a_file / "deck.pdf",  # a file where a folder should be
        out_dir,  # a folder where the file should be
    ):
        status, out, err = run(capsys, "deck", "agency", "--out", str(target), "--db", demo_url)
        assert (status, out) == (1, ""), target
        assert one_line(err).startswith(f"No se puede escribir {target.absolute()}: "), err
    nothing_but(out_dir, "notas.txt")


def test_a_deck_that_fails_halfway_leaves_the_old_file_alone(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = out_dir / "deck.pdf"
    target.write_bytes(b"%PDF-1.7 the deck of last week\n%%EOF\n")
    cid = str(a_campaign(capsys, demo_url)["id"])

    def broken(content: Any, options: Any) -> bytes:
        raise MemoryError("out of memory halfway")

    monkeypatch.setattr(decks, "render_campaign", broken)
    status, out, err = run(capsys, "deck", "campaign", cid, "--out", str(target), "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err).startswith("Error interno: MemoryError")
    assert target.read_bytes() == b"%PDF-1.7 the deck of last week\n%%EOF\n"
    nothing_but(out_dir, "deck.pdf")


def test_a_missing_database_writes_nothing(
    capsys: pytest.CaptureFixture[str], out_dir: Path, tmp_path: Path
) -> None:
    target = out_dir / "deck.pdf"
    url = f"sqlite:///{tmp_path / 'nada.sqlite3'}"
    status, _out, err = run(capsys, "deck", "agency", "--out", str(target), "--db", url)
    assert status == 3
    assert one_line(err).startswith("No existe la base de datos")
    nothing_but(out_dir)
    assert not (tmp_path / "nada.sqlite3").exists()


# --- usage ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["deck"], ["deck", "agency"], ["deck", "campaign"], ["deck", "brief"], ["deck", "approvals"]],
    ids=" ".join,
)
def test_help_documents_each_deck(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    status, out, err = run(capsys, *command, "--help")
    assert (status, err) == (0, "")
    assert out.startswith("uso: agencia deck")
    if command != ["deck"]:
        assert "--out ARCHIVO.pdf" in out and "--lang {es,en}" in out
        assert "archivo temporal" in out
    if command[-1] in ("agency", "campaign"):
        assert "--sections" in out
    if command[-1] == "agency":
        assert "--for ID_CUENTA" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["deck"],
        ["deck", "campaign", "1"],  # no --out
        ["deck", "campaign", "--out", "x.pdf"],  # no ID
        ["deck", "campaign", "uno", "--out", "x.pdf"],
        ["deck", "campaign", "1", "--out", "x.pdf", "--lang", "fr"],
        ["deck", "campaign", "1", "--out", "x.pdf", "--sections", "about"],
        ["deck", "campaign", "1", "--out", "x.pdf", "--sections", ","],
        ["deck", "agency", "--out", "x.pdf", "--sections", "budget"],
        ["deck", "brief", "1", "--out", "x.pdf", "--sections", "cover"],
        ["deck", "agency", "--for", "cero", "--out", "x.pdf"],
        ["deck", "slides", "1", "--out", "x.pdf"],
    ],
    ids=" ".join,
)
def test_wrong_usage_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    status, out, err = run(capsys, *argv, "--db", str(tmp_path / "x.sqlite3"))
    assert (status, out) == (2, "")
    assert one_line(err).startswith("agencia")
    assert not (tmp_path / "x.sqlite3").exists()
    assert not Path("x.pdf").exists()
