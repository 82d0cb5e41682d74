"""`communications list --format json` carries what was said (tester): a contact's summary,
an imported message's text; and an HTML-only message (`mail import c.eml`) is logged as
the text a person reads in it — its paragraphs and line breaks, a link's words with its
address — never as its markup, its script, its style or its tracking image."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_desk import Desk, as_alvaro
from cli_support import run

HTML = (
    b"From: ana@cafe-madrid.es\r\nSubject: Fotos\r\nMessage-ID: <h@b>\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<html><head><title>x</title><style>p{color:red}</style></head><body>"
    b"<img src=http://tracker.example/p.gif?u=ana><script>fetch('http://evil')</script>"
    b'<p>Hola,</p><p>Las fotos est&aacute;n <a href="https://cafe.es/fotos">aqu&iacute;</a>.'
    b"<br>Un saludo</p><ul><li>Uno</li><li>Dos</li></ul></body></html>\r\n"
)
PLAIN = (
    b"From: ana@cafe-madrid.es\r\nSubject: Texto\r\nMessage-ID: <p@b>\r\n\r\n"
    b"Primera l\xc3\xadnea\r\nSegunda <b>\r\n"
)


def test_the_json_has_the_text_and_html_comes_in_as_text(
    capsys: pytest.CaptureFixture[str], desk: Desk, tmp_path: Path
) -> None:
    files = []
    for name, raw in (("html.eml", HTML), ("plain.eml", PLAIN)):
        (tmp_path / name).write_bytes(raw)
        files.append(str(tmp_path / name))
    account = str(desk.accounts["madrid"])
    status, _, err = run(capsys, "mail", "import", *files, "--account", account, *as_alvaro(desk))
    assert (status, err) == (0, "")
    status, out, _ = run(capsys, "communications", "list", "--format", "json", *as_alvaro(desk))
    said = {r["subject"]: r["summary"] for r in json.loads(out)}
    assert said["Texto"] == "Primera línea\nSegunda <b>\n"  # its lines, as written
    assert said["Fotos"] == (
        "Hola,\n\nLas fotos están aquí (https://cafe.es/fotos).\nUn saludo\n\n• Uno\n• Dos"
    )
