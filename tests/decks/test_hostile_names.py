"""Names that look like ReportLab's paragraph markup print as typed in every document.

ReportLab's Paragraph reads a little XML: an unescaped «<b>» crashes a document, a
«<font>» restyles it and an «<img src=…>» embeds a file of the machine that makes it. Every
document is made here with hostile names and read back with pdftotext: the name is in
the text as typed, and the PDF holds no more pictures than with a plain name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from deck_pdf import page_sizes, reader, squeezed, text, text_runs
from deck_samples import CAMPAIGN, CREDENTIALS, logo
from paper_samples import ACTA, CONTRABRIEF

from agencia.decks import DeckOptions, render_agency, render_approvals, render_brief
from agencia.decks.acta import build_acta
from agencia.decks.brief_a4 import build_brief_a4
from agencia.decks.content import AgencyProfile, ClientRef
from agencia.decks.contrabrief import build_contrabrief
from agencia.decks.questionnaire import Questionnaire, render_questionnaire
from agencia.decks.satisfaction_report import ReportLine, SatisfactionReport, render_report

ES = DeckOptions(lang="es")
PLAIN = "Helados Norte"


def hostile(picture: Path) -> list[tuple[str, str]]:
    """(the name typed, what a reader must find in the PDF's text)."""
    long_words = "Sociedad " + "Larguísima " * 30 + "SL"
    return [
        ("Helados <b>García", "Helados <b>García"),
        (f'<img src="{picture}" width="300" height="250"/>Helados', f'<img src="{picture}"'),
        ('<img src="/etc/hostname"/>', '<img src="/etc/hostname"/>'),
        ("M&M's & Co &amp; &lt;", "M&M's & Co &amp; &lt;"),
        ('<font size="30" color="red">HACKED</font>', '<font size="30" color="red">HACKED</font>'),
        ("</para><para>Fin</b></i> <br/> <sin cerrar", "</para><para>Fin</b></i> <br/> <sin"),
        ("Helados \u202eaicraG\u202c", "Helados aicraG"),  # no hidden reversal either
        (long_words, long_words),
        ("A" * 240, "A" * 240),
    ]


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    """A real picture on this machine's disk, which a name must never pull in."""
    path = tmp_path / "secreto.png"
    path.write_bytes(logo("SECRETO", "#FF0000", (600, 500)))
    return path


def images(pdf: bytes) -> int:
    """How many pictures the PDF draws (in pages and in the forms they use)."""
    count = 0

    def visit(resources: Any) -> None:
        nonlocal count
        objects = resources.get("/XObject") if resources else None
        for ref in (objects or {}).values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                count += 1
            elif obj.get("/Subtype") == "/Form":
                visit(obj.get("/Resources"))

    for page in reader(pdf).pages:
        visit(page.get("/Resources"))
    return count


def report(name: str) -> SatisfactionReport:
    line = ReportLine(name, 3.5, 4.2, -0.7, -2.1, 3)
    return SatisfactionReport(
        agency=AgencyProfile(name=name),
        subject=name,
        language="es",
        points=5,
        responses=3,
        accounts=1,
        incomplete=1,
        lines=(line, ReportLine("Plazos", 4.0, 4.0, 0.0, 0.0, 3)),
        trend=(("T1 2026", 3.5),),
        weakest=(name,),
    )


def questionnaire(name: str) -> Questionnaire:
    return Questionnaire(
        agency=AgencyProfile(name=name),
        title=name,
        account=name,
        contact=name,
        language="es",
        points=5,
        words=("Mal", None, None, None, "Muy bien"),
        dimensions=((name, (name[:60], "¿Responde a tiempo?")),),
        identity="1:1:1:1",
    )


DOCUMENTS: dict[str, Callable[[str], bytes]] = {
    "satisfaction report": lambda n: render_report(report(n)),
    "questionnaire": lambda n: render_questionnaire(questionnaire(n)),
    "credentials": lambda n: render_agency(
        replace(
            CREDENTIALS,
            prepared_for=n,
            clients=(*CREDENTIALS.clients, ClientRef(n, n)),
        ),
        ES,
    ),
    "brief sheet": lambda n: render_brief(replace(CAMPAIGN, client=n, campaign=n), ES),
    "approval record": lambda n: render_approvals(replace(CAMPAIGN, client=n, campaign=n), ES),
    "acta": lambda n: build_acta(replace(ACTA, client=n, subject=n, place=n), "es"),
    "brief A4": lambda n: build_brief_a4(replace(CAMPAIGN, client=n, campaign=n), "es"),
    "contrabrief": lambda n: build_contrabrief(replace(CONTRABRIEF, client=n, author=n), "es"),
}


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_hostile_names_print_as_typed_and_pull_in_no_file(document: str, picture: Path) -> None:
    make = DOCUMENTS[document]
    plain = make(PLAIN)
    pictures, largest = images(plain), _largest(plain)
    for typed, printed in hostile(picture):
        pdf = make(typed)
        found = squeezed(text(pdf))
        # A long name is whole in the text, or cut with «…» where one line holds it.
        assert squeezed(printed) in found or squeezed(printed[:30]) in found, (document, typed)
        assert squeezed(printed) in found or document == "questionnaire", (document, typed)
        assert not _off_the_page(pdf), (document, typed, _off_the_page(pdf))
        assert images(pdf) <= pictures, (document, typed)  # no file of this disk added
        if "HACKED" in typed:  # «<font size=30>» makes no text larger than a plain name's
            assert _largest(pdf) <= largest, (document, _largest(pdf), largest)


def _largest(pdf: bytes) -> float:
    """The largest size any text of the PDF is drawn at."""
    return max(size for page in text_runs(pdf) for _, _, _, size, _ in page)


def _off_the_page(pdf: bytes) -> list[str]:
    """Text that runs past a page's edge (a long name drawn on one line)."""
    return [
        line[:30]
        for (page_w, _), runs in zip(page_sizes(pdf), text_runs(pdf), strict=True)
        for x, _, w, _, line in runs
        if x < 0 or x + w > page_w + 1
    ]


def test_the_satisfaction_report_reads_its_own_words_only() -> None:
    """The crash the tester met: «Helados <b>García» as the account made an «Error interno»."""
    pdf = render_report(report("Helados <b>García"))
    assert "Satisfacción del cliente · Helados <b>García" in text(pdf)
    assert images(pdf) == 0
