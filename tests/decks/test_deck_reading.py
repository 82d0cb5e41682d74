"""Every deck reads in order when its text is extracted the way search, copy-paste and
screen readers get it (pdftotext's default mode, which orders text by its layout): the
slide's title first, then its body, the footer and page number last; a bullet's mark on
the line it marks; a fact's label beside its value."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace

import pytest
from deck_pdf import flat
from deck_samples import BRIEF, CAMPAIGN, CASES, CREDENTIALS, OBJECTIVES, visual
from test_deck_golden import DECKS

from agencia.decks import DeckOptions, render_agency, render_brief, render_campaign
from agencia.decks.content import Kpi, TeamNode

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler")


def pages(pdf: bytes) -> list[list[str]]:
    """Each page's non-empty lines, as pdftotext reads them in its default mode."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    found = [
        [x.strip() for x in p.splitlines() if x.strip()] for p in out.stdout.decode().split("\f")
    ]
    return [p for p in found if p]


@pytest.mark.parametrize("name", sorted(DECKS))
def test_title_first_footer_last(name: str) -> None:
    read = pages(DECKS[name]())
    total = len(read)
    for n, lines in enumerate(read, start=1):
        assert "•" not in lines, f"{name} page {n}: a bullet's mark on a line of its own"
        if n in (1, total) and name.startswith(("campaign", "credentials")):
            continue  # the cover and the closing slide wear no footer
        number = next(x for x in (f"{n} / {total}", f"{n}/{total}") if lines[-1] == x)
        assert lines[-1] == number, f"{name} page {n} ends with {lines[-1]!r}"
        assert "12 " in lines[-2] and ("·" in lines[-2]), f"{name} page {n}: {lines[-2]!r}"
        body = " ".join(lines[:-2])
        assert "Confidencial" not in body and "Confidential" not in body, (name, n)


def test_title_then_bullets_in_order() -> None:
    read = pages(render_campaign(CAMPAIGN, DeckOptions()))
    slide = next(p for p in read if p[0] == "El reto y los objetivos")
    text = flat(" ".join(slide))
    wanted = [line[2:].split(" ")[:4] for line in OBJECTIVES.splitlines()]
    at = [text.index("• " + " ".join(words)) for words in wanted]
    assert at == sorted(at), slide
    assert text.index("Objetivos") < at[0]


def test_brief_facts_read_label_then_value() -> None:
    lines = pages(render_brief(CAMPAIGN, DeckOptions()))[0]
    assert lines[0].startswith("Brief n.º 2")
    assert lines[1] == "Lanzamiento Peñalara Proteína"
    pairs = list(zip(lines[2:14:2], lines[3:14:2], strict=True))
    assert pairs[:3] == [
        ("Código", "LPE-2025-004"),
        ("Tipo", "Lanzamiento"),
        ("Estado", "Propuesta aprobada"),
    ]


def drawn(pdf: bytes) -> list[list[str]]:
    """Each page's non-empty lines in the order they are drawn (pdftotext -raw): what
    copy-paste in most viewers and text extraction by content order give."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    found = [
        [x.strip() for x in p.splitlines() if x.strip()] for p in out.stdout.decode().split("\f")
    ]
    return [p for p in found if p]


@pytest.mark.parametrize("name", sorted(DECKS))
def test_drawn_footer_then_page_number_last(name: str) -> None:
    read = drawn(DECKS[name]())
    total = len(read)
    for n, lines in enumerate(read, start=1):
        if n in (1, total) and name.startswith(("campaign", "credentials")):
            continue
        # -raw joins what shares a baseline: the footer's text, then its page number.
        tail = " ".join(lines[-2:])
        assert tail.endswith((f" {n} / {total}", f" {n}/{total}")), (name, n, lines[-3:])
        assert "·" in tail.rsplit(f"{n}", 1)[0], (name, n, lines[-3:])


def _column_whole(lines: list[str], heads: list[str]) -> None:
    """Each head's column is read whole before the next head's begins."""
    text = flat(" ".join(lines))
    at = [text.index(h) for h in heads]
    assert at == sorted(at), (heads, text)


def test_two_columns_drawn_each_whole() -> None:
    pdf = render_campaign(CAMPAIGN, DeckOptions())
    read = drawn(pdf)
    challenge = next(p for p in read if p[0] == "El reto y los objetivos")
    text = flat(" ".join(challenge))
    last_objective = OBJECTIVES.splitlines()[-1][2:].split(" ")[-3:]
    assert text.index(" ".join(last_objective)) < text.index("Producto"), text
    audience = next(p for p in read if p[0] == "Público y mercado")
    _column_whole(audience, ["Público objetivo", "Compradores secundarios", "Mercado"])


def test_section_divider_number_before_name() -> None:
    read = drawn(render_campaign(CAMPAIGN, DeckOptions()))
    divider = next(p for p in read if "01" in p)
    assert divider.index("01") < divider.index("El reto"), divider


def _column_read_whole(lines: list[str], column: list[str], beside: str) -> None:
    """The column's sentences each whole on consecutive lines, in order, and the column
    beside it (its head `beside`) not begun before the column ends."""
    text = flat(" ".join(lines))
    at = [text.index(flat(s)) for s in column]
    assert at == sorted(at), (column, text)
    assert text.index(beside) > at[-1], (beside, text)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_two_columns_read_whole_by_layout(lang: str) -> None:
    """pdftotext's default mode (by position, as search and copy-paste read) takes each
    column of a two-column slide whole: the left column's bullets and paragraphs before
    the right column's head; whole sentences, not lines of both columns interleaved."""
    read = pages(render_campaign(CAMPAIGN, DeckOptions(lang=lang)))
    first = "El reto y los objetivos" if lang == "es" else "The challenge and objectives"
    challenge = next(p for p in read if p[0] == first)
    objectives = [line[2:] for line in OBJECTIVES.splitlines()]
    _column_read_whole(challenge, objectives, "Producto" if lang == "es" else "Product")
    audience = next(p for p in read if p[0] in ("Público y mercado", "Audience and market"))
    who = [s for s in BRIEF["target_audience"].split("\n") if s.strip()]
    _column_read_whole(audience, who, "Mercado" if lang == "es" else "Market")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_card_grid_reads_card_by_card(lang: str) -> None:
    """A grid of numbered cards reads card by card in pdftotext's default mode: each
    card's number, then its name, then its own text, not the row across as a table
    ("01 02 03 04", the names, then the texts); a short row of a grid in order too."""
    read = pages(render_agency(CREDENTIALS, DeckOptions(lang=lang)))
    title = "Cómo trabajamos" if lang == "es" else "How we work"
    slide = flat(" ".join(next(p for p in read if p[0] == title)))
    for n, (name, what) in enumerate(CREDENTIALS.agency.process, start=1):
        assert f"{n:02d} {name} {flat(what)}" in slide, (name, slide)
    title = "Qué hacemos" if lang == "es" else "What we do"
    slide = flat(" ".join(next(p for p in read if p[0] == title)))
    services = CREDENTIALS.agency.services
    at = [slide.index(f"{n:02d} {flat(s)}") for n, s in enumerate(services, start=1)]
    assert at == sorted(at), slide


def _slide(read: list[list[str]], *titles: str) -> str:
    return flat(" ".join(next(p for p in read if p[0] in titles)))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_figure_tiles_read_each_figure_with_its_label(lang: str) -> None:
    """A row of big numbers reads tile by tile in pdftotext's default mode: each figure
    directly followed by its label (and its target), not the row's figures, then the
    labels ("6 6 10 7 Clientes Sectores …"): the about slide's figures, a case study's
    results and a campaign's results slide."""
    read = pages(render_agency(CREDENTIALS, DeckOptions(lang=lang)))
    about = _slide(read, "Quiénes somos", "Who we are")
    figures = [  # (count, es, en): 6 clients, 6 sectors, 10 people, 7 services
        (6, "Clientes", "Clients"),
        (6, "Sectores", "Sectors"),
        (10, "Personas en el equipo", "People on the team"),
        (7, "Servicios", "Services"),
    ]
    for n, es, en in figures:
        name = es if lang == "es" else en
        assert f"{n} {name}" in about, (name, about)
    target = "Objetivo:" if lang == "es" else "Target:"
    for case in CREDENTIALS.cases:
        slide = _slide(read, case.campaign)
        for kpi in case.results:
            _figure_before(slide, kpi.achieved, f"{flat(kpi.name)} {target}")
    results = replace(CAMPAIGN, results=CASES[0].results, results_story=CASES[0].story)
    read = pages(render_campaign(results, DeckOptions(lang=lang)))
    slide = _slide(read, "Resultados", "Results")
    for kpi in CASES[0].results:
        _figure_before(slide, kpi.achieved, f"{flat(kpi.name)} {target}")


def _figure_before(slide: str, figure: str, label: str) -> None:
    """`label` directly after the figure (as the deck's language writes it: "+18 %" or
    "+18%", "3,4 M" or "3.4 M": the same digits in the last two words before it)."""
    assert label in slide, (label, slide)
    before = slide[: slide.index(label)].split()[-2:]
    digits = re.sub(r"\D", "", "".join(before))
    assert digits.endswith(re.sub(r"\D", "", figure)), (figure, label, before, slide)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_team_reads_each_name_with_its_role(lang: str) -> None:
    """The org chart (credentials) and the team's cards (a campaign) read person by
    person: a name directly followed by that person's role, not a row's names, then
    their roles ("Lucía Fernández Ortega Carmen Ibáñez Directora general …")."""
    read = pages(render_agency(CREDENTIALS, DeckOptions(lang=lang)))
    slide = _slide(read, "El equipo", "The team")

    def people(nodes: tuple[TeamNode, ...]) -> list[tuple[str, str]]:
        return [(n.person.name, n.person.role) for n in nodes] + [
            p for n in nodes for p in people(n.reports)
        ]

    for name, role in people(CREDENTIALS.team):
        assert f"{name} {role}" in slide, (name, slide)
    read = pages(render_campaign(CAMPAIGN, DeckOptions(lang=lang)))
    slide = _slide(read, "El equipo y los próximos pasos", "The team and the next steps")
    for p in CAMPAIGN.team:
        assert f"{p.name} {flat(p.role)} {flat(p.part)}" in slide, (p.name, slide)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_budget_figure_read_after_the_strategy_column(lang: str) -> None:
    """Strategy, channels and budget on one slide: the left column reads whole before
    the key message's panel, the budget's big figure with its words after it (set in the
    left column, the figure split the column and the panel was read in between)."""
    brief = dict(CAMPAIGN.brief, mandatories="", insight="Quiero cuidarme.")
    short = replace(
        CAMPAIGN, plan=(), brief=brief, approach="Sabor.", proposal_summary="Diez semanas."
    )
    read = pages(render_campaign(short, DeckOptions(lang=lang)))
    first = "Estrategia, canales y presupuesto" if lang == "es" else "Strategy, channels and budget"
    slide = _slide(read, first)
    channels = slide.index(flat(brief["channels"]))
    message = slide.index(flat(brief["key_message"]))
    head = "Presupuesto 250.000 €" if lang == "es" else "Budget €250,000"
    assert channels < message < slide.index(head) < slide.index(flat(brief["budget"])), slide


@pytest.mark.parametrize("lang", ["es", "en"])
def test_results_figures_read_each_with_its_label_beside_a_visual(lang: str) -> None:
    """Four results beside the key visual, and five (a row too many for a slide): each
    figure read with its label, never two rows of tiles read as a table."""
    kpis = (*CASES[0].results, Kpi("Ventas totales", "+4 %", "+7 %"), Kpi("Tiendas", "90", "120"))
    target = "Objetivo:" if lang == "es" else "Target:"
    for n in (4, 5):
        content = replace(CAMPAIGN, results=kpis[:n], results_story="Cifras.", key_visual=visual())
        read = pages(render_campaign(content, DeckOptions(lang=lang)))
        head = "Resultados" if lang == "es" else "Results"
        slide = flat(" ".join(" ".join(p) for p in read if p[0].startswith(head)))
        for kpi in kpis[:n]:
            _figure_before(slide, kpi.achieved, f"{flat(kpi.name)} {target}")
