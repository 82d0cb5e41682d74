"""The four decks rendered from hand-written content: text, pages, fonts, metadata,
bookmarks, sections, escaping, locale and progress."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from deck_pdf import (
    embedded,
    flat,
    font_names,
    outline,
    outside_the_margins,
    page_sizes,
    page_texts,
    pdffonts,
    reader,
    squeezed,
    text,
)
from deck_samples import (
    AGENCY,
    BRIEF,
    CAMPAIGN,
    CREDENTIALS,
    DECISIONS,
    empty_campaign,
    long_campaign,
)

from agencia.decks import (
    DeckOptions,
    render_agency,
    render_approvals,
    render_brief,
    render_campaign,
)
from agencia.decks.content import AGENCY_SECTIONS, CAMPAIGN_SECTIONS, AgencyProfile, Person
from agencia.decks.labels import label
from agencia.decks.text import blocks

ES = DeckOptions()


@pytest.fixture(scope="module")
def campaign_pdf() -> bytes:
    return render_campaign(CAMPAIGN, ES)


@pytest.fixture(scope="module")
def agency_pdf() -> bytes:
    return render_agency(CREDENTIALS, ES)


@pytest.fixture(scope="module")
def all_decks(campaign_pdf: bytes, agency_pdf: bytes) -> dict[str, bytes]:
    return {
        "campaign": campaign_pdf,
        "agency": agency_pdf,
        "brief": render_brief(CAMPAIGN, ES),
        "approvals": render_approvals(CAMPAIGN, ES),
        "long": render_campaign(long_campaign(), ES),
        "empty": render_campaign(empty_campaign(), ES),
    }


def test_the_campaign_deck_holds_the_client_the_objectives_and_every_bullet(
    campaign_pdf: bytes,
) -> None:
    found = flat(text(campaign_pdf))
    assert "Lácteos Peñalara" in found
    assert CAMPAIGN.campaign in found
    for name in ("objectives", "target_audience", "market", "insight", "key_message", "kpis"):
        for block in blocks(BRIEF[name]):
            assert flat(block.text) in found, (name, block.text)
    for bullet in blocks(BRIEF["mandatories"]):
        assert flat(bullet.text) in found
    for line in CAMPAIGN.plan:
        assert line.channel in found and line.description in found
    for person in CAMPAIGN.team:
        assert person.name in found and person.part in found
    for step in CAMPAIGN.next_steps:
        assert step.description in found
    assert "250.000 €" in found  # Babel, es_ES, no cents when there are none
    assert "48.500,50 €" in found
    assert "12 mar 2025" in found  # one date format in the whole deck


def test_every_page_is_16_by_9(all_decks: dict[str, bytes]) -> None:
    for name, pdf in all_decks.items():
        sizes = page_sizes(pdf)
        assert sizes, name
        assert all(size == (960.0, 540.0) for size in sizes), name


def test_no_text_runs_past_the_margins_or_into_the_footer(all_decks: dict[str, bytes]) -> None:
    for name, pdf in all_decks.items():
        assert outside_the_margins(pdf) == [], name


def test_every_font_is_lato_and_embedded(all_decks: dict[str, bytes]) -> None:
    for name, pdf in all_decks.items():
        fonts = embedded(pdf)
        assert fonts and all(fonts.values()), (name, fonts)
        assert all("Lato" in f for f in font_names(pdf)), (name, font_names(pdf))


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler's pdffonts is not installed")
def test_pdffonts_says_every_font_is_embedded(all_decks: dict[str, bytes]) -> None:
    for name, pdf in all_decks.items():
        rows = pdffonts(pdf)
        assert rows, name
        assert all(r["emb"] == "yes" for r in rows), (name, rows)
        assert not any("Helvetica" in r["name"] for r in rows), (name, rows)


def test_metadata_and_language(campaign_pdf: bytes, agency_pdf: bytes) -> None:
    meta = reader(campaign_pdf).metadata
    assert meta is not None
    assert meta.title == "Lanzamiento Peñalara Proteína — Presentación de campaña"
    assert meta.author == AGENCY.name
    assert meta.subject == "Presentación de Lanzamiento Peñalara Proteína para Lácteos Peñalara"
    assert meta["/CreationDate"].startswith("D:20250312")
    assert reader(campaign_pdf).trailer["/Root"]["/Lang"] == "es-ES"
    english = render_agency(CREDENTIALS, DeckOptions(lang="en"))
    # English as written in Europe (en-ES would write Spain's numbers: 62.400 €)
    assert reader(english).trailer["/Root"]["/Lang"] == "en-GB"
    assert reader(english).metadata.subject == (  # type: ignore[union-attr]
        "Norte & Sur Comunicación credentials for Lácteos Peñalara"
    )
    assert reader(agency_pdf).metadata.author == AGENCY.name  # type: ignore[union-attr]


def test_bookmarks_name_every_section(campaign_pdf: bytes, agency_pdf: bytes) -> None:
    marks = outline(campaign_pdf)
    assert marks == [
        (0, "El reto"),
        (1, "El reto y los objetivos"),
        (1, "Público y mercado"),
        (0, "La propuesta"),
        (1, "Estrategia y mensaje clave"),
        (1, "Canales y plan de medios"),
        (1, "Calendario"),
        (1, "Presupuesto"),
        (0, "Cómo trabajaremos"),
        (1, "El equipo y los próximos pasos"),  # one row of people over three steps
    ]
    internal = outline(render_campaign(CAMPAIGN, DeckOptions(include_internal=True)))
    assert (1, "Aprobaciones hasta hoy") in internal
    titles = [title for _, title in outline(agency_pdf)]
    for key in ("about", "services", "process", "team", "clients", "cases", "contact"):
        assert label(key, "es") in titles
    for case in CREDENTIALS.cases:
        assert (1, case.campaign) in outline(agency_pdf)


def test_sections_left_out_are_not_rendered() -> None:
    chosen = frozenset({"cover", "budget", "team"})
    pdf = render_campaign(CAMPAIGN, DeckOptions(sections=chosen))
    found = flat(text(pdf))
    titles = [title for _, title in outline(pdf)]
    assert "Presupuesto" in titles and "El equipo y quién hace qué" in titles
    for gone in ("El reto y los objetivos", "Público y mercado", "Calendario", "Próximos pasos"):
        assert gone not in titles and gone not in found
    assert "Deportistas aficionados" not in found  # the audience's text went with its section
    agency = render_agency(CREDENTIALS, DeckOptions(sections=frozenset({"services"})))
    assert [t for _, t in outline(agency)] == ["Qué hacemos"]
    assert "Somos una agencia" not in flat(text(agency))


def test_empty_sections_are_left_out() -> None:
    pdf = render_campaign(empty_campaign(), ES)
    found = flat(text(pdf))
    assert "Campaña sin datos" in found and "Cliente Nuevo" in found
    assert outline(pdf) == []  # no section had anything to show
    for section in CAMPAIGN_SECTIONS[1:]:
        assert label(section if section != "team" else "campaign_team", "es") not in found
    assert len(reader(pdf).pages) == 2  # the cover and the thanks
    # A campaign with only dates and a budget: one bar and one number, each a fact on the
    # cover rather than a near-empty slide (issue 10), said once.
    dated = replace(
        empty_campaign(), starts=date(2025, 4, 1), deadline=date(2025, 6, 30), budget=Decimal(80000)
    )
    pdf = render_campaign(dated, ES)
    assert outline(pdf) == [] and len(reader(pdf).pages) == 2
    cover = flat(reader(pdf).pages[0].extract_text())
    assert "Presupuesto: 80.000 €" in cover and "1 abr 2025" in cover, cover


def test_user_text_prints_as_typed() -> None:
    tricky = 'M&M\'s <b>negrita</b> &amp; <font size=40>x</font> ]]> "comillas"'
    content = replace(
        CAMPAIGN,
        client="M&M's <b> España",
        brief=dict(BRIEF, objectives=tricky, key_message="<i>sin cursiva</i> & más"),
        team=(Person("Ana <Ruiz>", "Ejecutiva & más"),),
    )
    found = flat(text(render_campaign(content, ES)))
    assert "M&M's <b> España" in found
    assert flat(tricky) in found
    assert "<i>sin cursiva</i> & más" in found
    assert "Ana <Ruiz>" in found and "Ejecutiva & más" in found
    assert "M&M's <b> España" in flat(text(render_agency(CREDENTIALS, ES)))


def test_long_content_flows_onto_continuation_slides() -> None:
    content = long_campaign()
    pdf = render_campaign(content, ES)
    pages = len(reader(pdf).pages)
    assert pages >= 20
    found = flat(text(pdf))
    assert "(cont.)" in found
    assert flat(content.brief["market"]) in squeezed_free(found, content.brief["market"])
    for d in content.decisions:  # internal reviews' comments only when included
        assert not (d.internal and d.comment in found)
    included = flat(text(render_campaign(content, DeckOptions(include_internal=True))))
    assert all(d.comment in included for d in content.decisions)
    # never more than six bullets on one slide
    for page in page_texts(pdf):
        assert page.count("•") <= 6


def squeezed_free(found: str, wanted: str) -> str:
    """`found` when it holds `wanted` word for word, else a message that says so."""
    return found if flat(wanted) in found else f"missing: {wanted[:60]}…"


def test_a_very_long_word_is_broken_not_clipped() -> None:
    word = "Supercalifragilísticoexpialidoso" * 8
    content = replace(CAMPAIGN, brief=dict(BRIEF, objectives=word))
    assert word in squeezed(text(render_campaign(content, ES)))


def test_the_brief_sheet_is_one_page_and_continues_when_long() -> None:
    pdf = render_brief(CAMPAIGN, ES)
    assert len(reader(pdf).pages) == 1
    found = flat(text(pdf))
    for value in BRIEF.values():
        for block in blocks(value):
            assert flat(block.text) in found
    assert "LPE-2025-004" in found and "Brief n.º 2" in found
    long = replace(CAMPAIGN, brief={k: (v + "\n\n") * 4 for k, v in BRIEF.items()})
    pdf = render_brief(long, ES)
    assert len(reader(pdf).pages) > 1
    assert "(cont.)" in flat(text(pdf))
    empty = render_brief(empty_campaign(), ES)
    assert "El brief todavía está vacío." in flat(text(empty))


def test_the_approval_record_lists_every_decision_with_its_fingerprint() -> None:
    pdf = render_approvals(CAMPAIGN, ES)
    found = flat(text(pdf))
    whole = squeezed(text(pdf))
    for d in DECISIONS:
        assert d.document_sha256 in whole
        assert flat(d.comment) in found
        assert d.subject in found
    assert "sustituida" in found and "en nombre de Lácteos Peñalara" in found
    none = render_approvals(empty_campaign(), ES)
    assert "Todavía no hay decisiones registradas." in flat(text(none))


def test_credentials_for_a_client_name_them_on_the_cover_and_in_the_footer(
    agency_pdf: bytes,
) -> None:
    pages = [flat(p) for p in page_texts(agency_pdf)]
    assert "Preparado para Lácteos Peñalara" in pages[0]
    footers = [p for p in pages[1:-1] if "Confidencial" in p]
    assert len(footers) == len(pages) - 2  # every page but the cover and the closing
    assert all("preparado para Lácteos Peñalara" in p for p in footers)
    general = render_agency(replace(CREDENTIALS, prepared_for="", prepared_for_logo=None), ES)
    assert "preparado para" not in flat(text(general))
    found = flat(text(agency_pdf))
    for service in AGENCY.services:
        assert service in found
    for client in CREDENTIALS.clients:
        assert flat(client.name) in found
    for case in CREDENTIALS.cases:
        assert case.campaign in found and flat(case.challenge) in found
        for kpi in case.results:
            assert kpi.achieved in found


def test_english_labels_and_locale() -> None:
    pdf = render_campaign(CAMPAIGN, DeckOptions(lang="en"))
    found = flat(text(pdf))
    assert "The challenge and objectives" in found and "Next steps" in found
    assert "Confidential — prepared for Lácteos Peñalara" in found
    assert "12 Mar 2025" in found  # English dates in the client's country (en_ES)
    assert "El reto y los objetivos" not in found
    british = replace(CAMPAIGN, locale="en_GB", currency="GBP")
    assert "£250,000" in flat(text(render_campaign(british, DeckOptions(lang="en"))))


def test_progress_is_reported_up_to_the_page_count() -> None:
    calls: list[tuple[int, int]] = []
    pdf = render_campaign(CAMPAIGN, DeckOptions(progress=lambda d, t: calls.append((d, t))))
    total = len(reader(pdf).pages)
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [d for d, _ in calls] == list(range(total + 1))


def test_same_content_same_bytes() -> None:
    assert render_campaign(CAMPAIGN, ES) == render_campaign(CAMPAIGN, ES)
    assert render_agency(CREDENTIALS, ES) == render_agency(CREDENTIALS, ES)
    later = replace(CAMPAIGN, made_on=date(2025, 3, 13))
    assert render_campaign(later, ES) != render_campaign(CAMPAIGN, ES)


def test_a_broken_logo_and_odd_colours_do_not_stop_a_deck() -> None:
    agency = replace(AGENCY, logo=b"not a picture", primary_color="yellow", secondary_color="#FFF")
    pdf = render_agency(replace(CREDENTIALS, agency=agency, prepared_for_logo=b"\x89PNG..."), ES)
    assert AGENCY.name in flat(text(pdf))


def test_unknown_sections_and_every_known_one() -> None:
    every = frozenset({"nonsense", *AGENCY_SECTIONS})
    assert render_agency(CREDENTIALS, DeckOptions(sections=every)) == render_agency(CREDENTIALS, ES)


def test_a_minimal_agency_still_makes_a_deck() -> None:
    content = replace(CREDENTIALS, agency=AgencyProfile(name="Solo"), team=(), clients=(), cases=())
    pdf = render_agency(content, ES)
    assert len(reader(pdf).pages) == 2  # cover and contact
    assert "Solo" in flat(text(pdf))


def test_a_brief_under_a_band_of_many_lines_starts_its_fields_on_the_next_page() -> None:
    """A campaign name of several lines fills the brief sheet's band down to its foot: the
    fields go on the next page instead of hanging past the bottom (a hypothesis example
    had put a field's last line into the footer's band)."""
    name = "\n".join(["Lanzamiento Peñalara"] * 9)  # leaves a sliver under the facts
    pdf = render_brief(replace(CAMPAIGN, campaign=name), DeckOptions())
    assert outside_the_margins(pdf) == []
    found = flat(text(pdf))
    for value in BRIEF.values():
        for b in blocks(value):
            assert flat(b.text) in found
