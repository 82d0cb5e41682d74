"""The small real files the demo's campaigns carry: a valid, deterministic PDF for each
document a plan names, and the client's e-mail that proves a decision.
"""

from __future__ import annotations

import textwrap
import zlib
from collections.abc import Sequence
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr

from agencia.demo.data import agency as agency_data


def _pdf_text(value: str) -> bytes:
    raw = value.encode("cp1252", "replace")  # WinAnsiEncoding: Spanish letters, €, «», •
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdf_info(value: str) -> bytes:
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


def tiny_pdf(title: str, subtitle: str, lines: Sequence[str], color: str = "#0B4F6C") -> bytes:
    """A small, valid and deterministic PDF: A4 pages in Helvetica under a coloured band
    with the title. In `lines`, "# " starts a heading and "- " a bullet; long lines wrap."""
    rows: list[tuple[str, str]] = []  # (style, text): h heading, p paragraph
    for line in lines:
        if line.startswith("# "):
            rows.extend((("p", ""), ("h", line[2:])) if rows else (("h", line[2:]),))
        elif line.startswith("- "):
            wrapped = textwrap.wrap(line[2:], 86) or [""]
            rows.append(("p", "• " + wrapped[0]))
            rows.extend(("p", "   " + more) for more in wrapped[1:])
        else:
            rows.extend(("p", part) for part in textwrap.wrap(line, 90) or [""])
    per_page = 40
    pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    streams: list[bytes] = []
    for number, page in enumerate(pages, start=1):
        out = [
            f"q {r:.3f} {g:.3f} {b:.3f} rg 0 762 595 80 re f Q".encode(),
            b"BT /F2 18 Tf 1 1 1 rg 48 806 Td (" + _pdf_text(title) + b") Tj ET",
            b"BT /F1 10 Tf 1 1 1 rg 48 784 Td (" + _pdf_text(subtitle) + b") Tj ET",
            b"BT 0.13 0.13 0.13 rg 48 728 Td 16 TL",
        ]
        for style, text in page:
            font = b"/F2 12.5 Tf " if style == "h" else b"/F1 10.5 Tf "
            out.append(font + b"(" + _pdf_text(text) + b") Tj T*")
        out.append(b"ET")
        footer = f"{agency_data.AGENCY['name']} · página {number} de {len(pages)}"
        out.append(b"BT /F1 8 Tf 0.45 0.45 0.45 rg 48 32 Td (" + _pdf_text(footer) + b") Tj ET")
        streams.append(zlib.compress(b"\n".join(out), 9))
    first_page = 6
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(len(pages)))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_info(title) + b" /Producer " + _pdf_info("Agencia") + b" >>",
    ]
    for i, stream in enumerate(streams):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
            + f"/Contents {first_page + 2 * i + 1} 0 R >>".encode()
        )
        objects.append(
            f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
            + stream
            + b"\nendstream"
        )
    body = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    body += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 5 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(body)


def client_email(
    sender: tuple[str, str], to: tuple[str, str], at: datetime, subject: str, body: str
) -> bytes:
    """An e-mail as the client sent it (the proof of a decision), in RFC 5322 form."""
    headers = (
        ("From", formataddr(sender, "utf-8")),
        ("To", formataddr(to, "utf-8")),
        ("Date", format_datetime(at)),
        ("Subject", Header(subject, "utf-8").encode()),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "8bit"),
    )
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return (head + "\r\n" + body.replace("\n", "\r\n") + "\r\n").encode()
