"""`agencia meetings list`, `agencia deck meeting|contrabrief` and `deck brief --paper a4`,
in process on a copy of the demo: the list finds a meeting's ID, each document is an A4
PDF in the client's language (or --lang), refused like the window refuses (--user)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cli_support import one_line, run
from pypdf import PdfReader

A4 = (595, 842)


def meetings(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> list[dict[str, Any]]:
    status, out, err = run(capsys, "meetings", "list", "--db", url, "--format", "json", *extra)
    assert (status, err) == (0, ""), err
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return " ".join(out.stdout.decode("utf-8").split())


def a4_pages(path: Path) -> int:
    reader = PdfReader(path)
    for page in reader.pages:
        size = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        assert size == A4
    return len(reader.pages)


def test_meetings_list_finds_the_ids_newest_first_in_every_format(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    rows = meetings(capsys, demo_url)
    assert rows and {r["state"] for r in rows} <= {"draft", "sent", "acknowledged"}
    assert [r["held_on"] for r in rows] == sorted((r["held_on"] for r in rows), reverse=True)
    sent = [r for r in rows if r["state"] != "draft"]
    assert sent and all(r["sent_sha256"] and len(r["sent_sha256"]) == 64 for r in sent)
    one = rows[0]["campaign_id"]
    theirs = meetings(capsys, demo_url, "--campaign", str(one))
    assert theirs and {r["campaign_id"] for r in theirs} == {one}
    status, out, err = run(capsys, "meetings", "list", "--db", demo_url, "--format", "csv")
    assert (status, err) == (0, "")
    table = list(csv.DictReader(io.StringIO(out)))
    assert [int(r["id"]) for r in table] == [r["id"] for r in rows]
    status, out, err = run(capsys, "meetings", "list", "--db", demo_url)
    assert status == 0 and str(rows[0]["id"]) in out and rows[0]["subject"][:20] in out
    status, out, err = run(capsys, "meetings", "list", "--db", demo_url, "--campaign", "99999")
    assert (status, out) == (1, "") and one_line(err) == "No existe la campaña 99999."


def test_deck_meeting_writes_the_acta_on_a4_in_the_clients_language_or_another(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    meeting = meetings(capsys, demo_url)[0]
    target = tmp_path / "acta.pdf"
    argv = ["deck", "meeting", str(meeting["id"]), "--out", str(target), "--db", demo_url]
    status, out, err = run(capsys, *argv)
    assert (status, err) == (0, "") and str(target) in out
    assert a4_pages(target) >= 1
    text = text_of(target)
    assert "ACTA DE REUNIÓN" in text and meeting["subject"] in text
    english = tmp_path / "report.pdf"
    status, out, err = run(capsys, *argv[:3], "--out", str(english), "--lang", "en", *argv[5:])
    assert (status, err) == (0, "")
    assert "MEETING REPORT" in text_of(english) and "Próximos pasos" not in text_of(english)


def test_deck_contrabrief_and_the_brief_to_sign_are_a4_the_brief_slides_by_default(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    campaign = meetings(capsys, demo_url)[0]["campaign_id"]
    answer, signed, sheet = tmp_path / "cb.pdf", tmp_path / "brief.pdf", tmp_path / "sheet.pdf"
    common = ["--db", demo_url]
    assert run(capsys, "deck", "contrabrief", str(campaign), "--out", str(answer), *common)[0] == 0
    assert a4_pages(answer) >= 1 and "CONTRABRIEF" in text_of(answer)
    status, _out, err = run(
        capsys, "deck", "brief", str(campaign), "--paper", "a4", "--out", str(signed), *common
    )
    assert (status, err) == (0, "")
    assert a4_pages(signed) >= 1 and "Conformidad" in text_of(signed)
    assert run(capsys, "deck", "brief", str(campaign), "--out", str(sheet), *common)[0] == 0
    page = PdfReader(sheet).pages[0]
    assert round(float(page.mediabox.width)) == 960  # --paper slides: the 16:9 sheet
    status, _out, err = run(
        capsys, "deck", "contrabrief", str(campaign), "--paper", "a4", "--out", str(answer)
    )
    assert status == 2  # the contrabrief exists on paper only: --paper is not its option


def test_documents_are_refused_as_in_the_window(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    mine = {r["id"] for r in meetings(capsys, demo_url, "--user", "hugos")}
    other = next(r for r in meetings(capsys, demo_url) if r["id"] not in mine)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "acta.pdf"
    status, out, err = run(
        capsys, "deck", "meeting", str(other["id"]), "--out", str(target), "--db", demo_url,
        "--user", "hugos",
    )  # fmt: skip
    assert (status, out) == (1, "") and "Traceback" not in err and len(err.splitlines()) == 1
    assert list(folder.iterdir()) == []  # nothing written, not even a temporary file
    status, out, err = run(
        capsys, "deck", "meeting", "999999", "--out", str(target), "--db", demo_url
    )
    assert (status, out) == (1, "") and not target.exists()
    assert one_line(err) == "No existe el acta 999999."
