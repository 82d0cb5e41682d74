"""Reading the decks' PDFs back in tests: text, fonts, outline, metadata."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text(pdf: bytes) -> str:
    """The PDF's text in the order it was drawn (pdftotext -raw; pypdf without poppler)."""
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"],
            input=pdf,
            capture_output=True,
            check=True,
        )
        return out.stdout.decode("utf-8")
    return "\n".join(page.extract_text() or "" for page in reader(pdf).pages)


def flat(value: str) -> str:
    """Words on one line: line breaks, no-break spaces and runs of spaces as one space."""
    return " ".join(value.replace("\xa0", " ").replace("\u202f", " ").split())


def squeezed(value: str) -> str:
    """Without any white space: a long word split over lines is whole again."""
    return re.sub(r"\s+", "", value)


def pdffonts(pdf: bytes) -> list[dict[str, str]]:
    """Poppler's pdffonts table as dicts (name, type, emb)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "deck.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = []
    for line in out.stdout.splitlines()[2:]:
        parts = line.split()
        if len(parts) < 7:
            continue
        # name type [type2] encoding emb sub uni object ID: count from the end
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def font_names(pdf: bytes) -> set[str]:
    """Every font any page refers to, and whether it carries its font file."""
    names = set()
    for page in reader(pdf).pages:
        resources: Any = page["/Resources"]
        fonts = resources.get("/Font") or {}
        for key in fonts:
            names.add(str(fonts[key].get_object()["/BaseFont"]))
    return names


def embedded(pdf: bytes) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for page in reader(pdf).pages:
        resources: Any = page["/Resources"]
        fonts = resources.get("/Font") or {}
        for key in fonts:
            font = fonts[key].get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            files = ("/FontFile", "/FontFile2", "/FontFile3")
            has_file = bool(descriptor and any(k in descriptor.get_object() for k in files))
            found[str(font["/BaseFont"])] = has_file
    return found


def outline(pdf: bytes) -> list[tuple[int, str]]:
    """The bookmarks as (level, title), in order."""
    result: list[tuple[int, str]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                result.append((level, str(item.title)))

    walk(reader(pdf).outline, 0)
    return result


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(pdf).pages]


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in reader(pdf).pages]


def text_runs(pdf: bytes) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page, each piece of text as (x, baseline y, width, size, text), in points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from agencia.decks.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    pages = []
    for page in reader(pdf).pages:
        runs: list[tuple[float, float, float, float, str]] = []

        def visit(
            text: str, cm: list[float], tm: list[float], font: Any, size: float, out: Any = runs
        ) -> None:
            line = text.strip("\n").rstrip()
            if not line.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            points = size * scale
            name = BOLD if font and "Bold" in str(font.get("/BaseFont", "")) else REGULAR
            # pypdf may hand a line over with a space in front that no glyph draws (the
            # word space of the fragment before it, as poppler's boxes show): not text.
            line = line.lstrip()
            out.append((x, y, stringWidth(line, name, points), points, line))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def outside_the_margins(pdf: bytes) -> list[tuple[int, str]]:
    """Text that runs past the side margins, off the page, or into the footer's band
    (where only the footer, in caption size, may be).

    ReportLab's Paragraph may let a line run up to about a space's width (a quarter of the
    size) long when the line holds many escaped characters (& < >, each a fragment of its
    own): that much is allowed past the right margin, never more.
    """
    bad = []
    for n, runs in enumerate(text_runs(pdf), start=1):
        for x, y, width, size, line in runs:
            footer = size <= 9.01 and 15 <= y <= 25
            right = 912.5 + size / 4
            if x < 47.5 or x + width > right or y + size > 520.5 or (y < 44 and not footer):
                bad.append(
                    (n, f"{line[:40]!r} at x={x:.0f}..{x + width:.0f} y={y:.0f} size={size}")
                )
    return bad
