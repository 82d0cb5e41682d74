"""The A4 documents (acta, brief to sign, contrabrief) read back from their PDFs: text in
reading order as pdftotext gives it (title, body, footer last), the metadata and outline
every document and deck carries, long content flowing onto more pages inside the
margins, fonts embedded, and no Spanish word in an English document."""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from deck_pdf import embedded, flat, outline, page_sizes, reader, text_runs
from deck_samples import CAMPAIGN, CREDENTIALS
from paper_samples import ACTA, CONTRABRIEF, long_acta

from agencia.decks import (
    DeckOptions,
    a4,
    render_agency,
    render_approvals,
    render_brief,
    render_campaign,
)
from agencia.decks.acta import build_acta
from agencia.decks.brief_a4 import build_brief_a4
from agencia.decks.contrabrief import build_contrabrief
from agencia.decks.labels import duplicate_keys, spanish_words


def pdftotext(pdf: bytes) -> str:
    """The text as a reader's tool gives it (poppler's reading order, not drawing order)."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def pdfinfo(pdf: bytes) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "document.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return {
        k.strip(): v.strip()
        for k, _, v in (line.partition(":") for line in out.stdout.splitlines())
    }


def in_order(text: str, expected: list[str]) -> list[str]:
    """The expected pieces that are missing or out of order in `text` (words on one line)."""
    flowing, at, wrong = flat(text), 0, []
    for piece in expected:
        found = flowing.find(flat(piece), at)
        if found < 0:
            wrong.append(piece)
        else:
            at = found + len(flat(piece))
    return wrong


def test_the_acta_round_trips_its_text_in_reading_order() -> None:
    text = pdftotext(build_acta(ACTA, "es"))
    expected = [
        "ACTA DE REUNIÓN",
        "Presentación de la estrategia y del calendario de lanzamiento",
        "Lanzamiento Peñalara Proteína · Lácteos Peñalara",
        "Fecha", "10 mar 2025",
        "Lugar", "Oficinas de Lácteos Peñalara, Madrid",
        "Redactada por", "Diego Martín Ibáñez",
        "Asistentes",
        "Por Norte & Sur Comunicación",
        "Carmen Sáez Molina — Directora de cuentas",
        "Diego Martín Ibáñez — Ejecutivo de cuentas",
        "Por Lácteos Peñalara",
        "Lucía Fernández — Directora de marketing",
        "Javier Ortega — Brand manager",
        "Puntos tratados y acuerdos",
        "Se revisa la estrategia presentada por la agencia.",
        "El cliente aprueba el territorio «Origen» como eje de la campaña.",
        "Se pide reforzar la inversión digital en un 10 %.",
        "M&M's <b> no es competencia directa",
        "Próximos pasos",
        "Enviar el plan de medios revisado", "Diego Martín Ibáñez (agencia)", "14 mar 2025",
        "Pendiente",
        "Confirmar el presupuesto digital", "Lucía Fernández (cliente)", "5 mar 2025", "Vencido",
        "Compartir el estudio de mercado", "Javier Ortega (cliente)", "Hecho",
        "Si algo de esta acta no refleja lo hablado",
        "Norte & Sur Comunicación · Confidencial — preparado para Lácteos Peñalara · Acta de "
        "reunión · 12 mar 2025",
    ]  # fmt: skip
    assert in_order(text, expected) == []
    assert re.search(r"1\s*/\s*1\s*$", text.strip())  # the page number is the last word


def test_the_english_acta_reads_in_order_and_holds_no_spanish_word() -> None:
    text = pdftotext(build_acta(ACTA, "en"))
    expected = [
        "MEETING REPORT", "Presentación de la estrategia",  # the subject is the client's words
        "Date", "Place", "Written by", "Attendees", "For Norte & Sur Comunicación",
        "For Lácteos Peñalara", "Points discussed and agreements", "Next steps",
        "Step", "Owner", "Due", "Status", "Diego Martín Ibáñez (agency)", "To do",
        "Lucía Fernández (client)", "Overdue", "Done", "If anything in this report",
        "Confidential — prepared for Lácteos Peñalara · Meeting report",
    ]  # fmt: skip
    assert in_order(text, expected) == []
    ours = {v for k, v in spanish_words().items() if k.startswith("acta_") and "side" not in k}
    assert sorted(w for w in ours if w in text) == []
    assert "(agencia)" not in text and "(cliente)" not in text  # the owners' sides
    for spanish in ("Próximos pasos", "Responsable", "Pendiente", "Vencido", "Confidencial"):
        assert spanish not in text


def test_a_long_acta_flows_onto_more_pages_inside_the_margins() -> None:
    content = long_acta(40)
    pdf = build_acta(content, "es")
    pages = reader(pdf).pages
    sizes = {(round(w), round(h)) for w, h in page_sizes(pdf)}
    assert len(pages) >= 2 and sizes == {(round(a4.PAGE_W), round(a4.PAGE_H))}
    text = pdftotext(pdf)
    assert in_order(text, [s.description for s in content.next_steps]) == []
    texts = text.split("\f")[: len(pages)]
    for n, page in enumerate(texts, start=1):
        assert re.search(rf"{n}\s*/\s*{len(pages)}\s*$", page.strip()), page[-80:]
        if "Paso 2:" in page or n == len(pages):  # every page of the table has its header
            assert "Responsable" in page
    for n, runs in enumerate(text_runs(pdf), start=1):
        for x, y, width, size, line in runs:
            footer = size <= a4.CAPTION + 0.01 and y < a4.MARGIN_BOTTOM
            if footer and line.isdigit() and x == 0:  # "N", drawn once in its own form
                continue
            assert x >= a4.MARGIN_X - 0.5, (n, line)
            assert x + width <= a4.PAGE_W - a4.MARGIN_X + size / 4 + 0.5, (n, line)
            assert y + size <= a4.PAGE_H - a4.MARGIN_TOP + 0.5, (n, line)
            assert y >= a4.MARGIN_BOTTOM - 0.5 or footer, (n, line, y)


def _documents() -> list[tuple[str, str, bytes]]:
    made = [
        ("acta", "es", build_acta(ACTA, "es")),
        ("acta", "en", build_acta(ACTA, "en")),
        ("contrabrief", "es", build_contrabrief(CONTRABRIEF, "es")),
        ("contrabrief", "en", build_contrabrief(CONTRABRIEF, "en")),
        ("brief_a4", "es", build_brief_a4(CAMPAIGN, "es")),
        ("brief_a4", "en", build_brief_a4(CAMPAIGN, "en")),
    ]
    for lang in ("es", "en"):
        options = DeckOptions(lang=lang)
        made += [
            ("campaign", lang, render_campaign(CAMPAIGN, options)),
            ("brief", lang, render_brief(CAMPAIGN, options)),
            ("approvals", lang, render_approvals(CAMPAIGN, options)),
            ("agency", lang, render_agency(CREDENTIALS, options)),
        ]
    return made


@pytest.mark.parametrize(
    ("kind", "lang", "pdf"), _documents(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_document_says_its_title_author_subject_language_and_sections(
    kind: str, lang: str, pdf: bytes
) -> None:
    info = pdfinfo(pdf)
    assert info["Title"] and info["Subject"] and info["Author"] == "Norte & Sur Comunicación"
    root = reader(pdf).trailer["/Root"]
    assert str(root["/Lang"]).split("-")[0] == lang
    marks = outline(pdf)
    assert marks, "no bookmarks"
    if kind in ("acta", "contrabrief", "brief_a4"):
        assert info["Page size"].startswith(f"{a4.PAGE_W:.3f} x {a4.PAGE_H:.2f}")
        assert marks[0][0] == 0 and all(level == 1 for level, _ in marks[1:])
        assert str(root["/PageMode"]) == "/UseOutlines"
        first = flat(pdftotext(pdf)).split(" ")
        title_words = flat(marks[0][1]).split(" ")[:2]
        assert " ".join(title_words) in " ".join(first[:12])  # the title comes first
        assert all(embedded(pdf).values())


def test_the_brief_to_sign_keeps_its_agreement_and_both_signature_boxes_together() -> None:
    pdf = build_brief_a4(CAMPAIGN, "es")
    pages = pdftotext(pdf).split("\f")
    last = next(p for p in reversed(pages) if p.strip())
    assert (
        in_order(last, ["Conformidad", "Por Lácteos Peñalara", "Nombre y cargo", "Firma", "Fecha"])
        == []
    )
    assert "Por Norte & Sur Comunicación" in last and last.count("Firma") == 2
    assert "Brief v2" in last  # the footer names the brief's version, never a proposal's
    english = pdftotext(build_brief_a4(CAMPAIGN, "en"))
    assert "Signature" in english and "Firma" not in english


def test_an_empty_contrabrief_says_so_and_a_filled_one_reads_in_order() -> None:
    text = pdftotext(build_contrabrief(CONTRABRIEF, "es"))
    expected = [
        "CONTRABRIEF", "Lanzamiento Peñalara Proteína", "Responde al brief v2",
        "Lo que entendemos", "Una marca de origen", "Preguntas para el cliente",
        "¿Hay presupuesto para muestreo en gimnasios?", "Cómo proponemos resolverlo",
        "la sierra como gimnasio", "Confidencial — preparado para Lácteos Peñalara",
    ]  # fmt: skip
    assert in_order(text, expected) == []
    empty = replace(CONTRABRIEF, understanding="", questions=" ", approach="")
    assert "El contrabrief todavía está vacío." in pdftotext(build_contrabrief(empty, "es"))


def test_documents_are_the_same_bytes_for_the_same_content() -> None:
    assert build_acta(ACTA, "es") == build_acta(ACTA, "es")
    assert build_acta(ACTA, "es") != build_acta(replace(ACTA, place="Barcelona"), "es")


def test_the_documents_words_are_not_defined_twice() -> None:
    assert duplicate_keys() == []
