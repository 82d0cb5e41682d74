"""Every demo campaign's deck, as a client would receive it: no internal critique unless
a person includes it (and then marked internal), past steps never shown as upcoming, the
deck's date instead of "today", results for a completed campaign, one date format, the
brief sheet's own version in its footer (no near-empty slide: test_deck_fill.py)."""

from __future__ import annotations

import io
import re
import subprocess

from deck_demo import TODAY, Demo
from deck_pdf import squeezed
from pypdf import PdfReader

from agencia.decks import DeckOptions
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import CampaignStatus
from agencia.services.decks.build import build_deck, default_sections
from agencia.services.decks.campaign_content import campaign_content


def pdftotext(pdf: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def pages(pdf: bytes) -> list[str]:
    return pdftotext(pdf).split("\f")[:-1]


def deck(demo: Demo, cid: int, kind: str = "campaign", **options: object) -> bytes:
    opts = DeckOptions(lang=str(options.pop("lang", "es")), **options)  # type: ignore[arg-type]
    return build_deck(demo.db, SYSTEM, kind, cid, opts, today=TODAY)  # type: ignore[arg-type]


def test_no_internal_comment_reaches_a_default_client_deck(demo: Demo) -> None:
    assert sum(len(c) for c in demo.internal.values()) >= 5, "the demo has internal reviews"
    assert "approvals" not in default_sections("campaign")
    for c in demo.campaigns:
        for lang in ("es", "en"):
            found = squeezed(pdftotext(deck(demo, c.id, lang=lang)))
            for comment in demo.internal.get(c.id, []):
                assert squeezed(comment)[:40] not in found, (c.name, lang, comment)


def test_internal_decisions_only_when_included_and_then_marked_on_every_page(
    demo: Demo,
) -> None:
    cid = max(demo.internal, key=lambda c: len(demo.internal[c]))
    # Asking for the approvals section alone still shows only the client's decisions.
    chosen = frozenset({"cover", "approvals"})
    found = squeezed(pdftotext(deck(demo, cid, sections=chosen)))
    assert all(squeezed(c)[:40] not in found for c in demo.internal[cid])
    included = deck(demo, cid, include_internal=True)
    found = squeezed(pdftotext(included))
    assert all(squeezed(c)[:40] in found for c in demo.internal[cid])
    assert all("Usointerno" in squeezed(p) for p in pages(included))
    for lang, mark in (("es", "Usointerno"), ("en", "Internaluse")):
        record = deck(demo, cid, "approvals", lang=lang)
        assert all(mark in squeezed(p) for p in pages(record)), lang
        assert "Confidencial—preparadopara" not in squeezed(pdftotext(record))


def test_past_steps_are_done_or_overdue_and_the_timeline_marks_the_decks_date(
    demo: Demo,
) -> None:
    seen_past = False
    for cid, name in ((c.id, c.name) for c in demo.campaigns):
        content = campaign_content(demo.db, SYSTEM, cid, lang="es", today=TODAY)
        text = pdftotext(deck(demo, cid))
        assert "Hoy" not in text.split(), name
        past = [s for s in content.next_steps if s.due is not None and s.due < TODAY]
        if past:
            seen_past = True
            steps = [p for p in pages(deck(demo, cid)) if "Estado" in p.split("\n")]
            assert steps, name
            states = steps[0].split("\n")
            assert states.count("Vencido") + states.count("Hecho") == len(past), name
        if content.starts or content.plan:
            assert "2 nov 2026" in text, name  # the deck's date on the timeline
    assert seen_past, "the demo has steps past their date"


def test_a_completed_campaign_shows_its_results_and_key_visual(demo: Demo) -> None:
    done = [(c.id, c.name) for c in demo.campaigns if c.status is CampaignStatus.COMPLETED]
    assert done
    for cid, name in done:
        content = campaign_content(demo.db, SYSTEM, cid, lang="es", today=TODAY)
        assert content.results and content.key_visual, name
        pdf = deck(demo, cid)
        page = next((p for p in pages(pdf) if p.lstrip().startswith("Resultados")), "")
        assert page, name
        for kpi in content.results:
            assert all(w in squeezed(page) for w in kpi.achieved.split()), (name, kpi)
        number = pages(pdf).index(page)
        images = PdfReader(io.BytesIO(pdf)).pages[number].images
        assert len(images) >= 1, name


def test_one_date_format_and_the_brief_sheets_own_version(demo: Demo) -> None:
    long_date = re.compile(r"\d{1,2} de [a-z]+ de \d{4}")
    for cid, name in ((c.id, c.name) for c in demo.campaigns):
        assert not long_date.search(pdftotext(deck(demo, cid))), name
        content = campaign_content(demo.db, SYSTEM, cid, lang="es", today=TODAY)
        sheet = pdftotext(deck(demo, cid, "brief"))
        assert "Propuesta v" not in sheet, name
        if content.brief_number:
            assert f"Brief v{content.brief_number}" in sheet, name


def test_a_cover_shows_the_brands_logo_without_the_clients_beside_it(demo: Demo) -> None:
    for cid, name in ((c.id, c.name) for c in demo.campaigns):
        content = campaign_content(demo.db, SYSTEM, cid, lang="es", today=TODAY)
        cover = PdfReader(io.BytesIO(deck(demo, cid))).pages[0]
        logos = [x for x in (content.agency.logo, content.client_logo, content.brand_logo) if x]
        expected = len(logos) - (1 if content.brand_logo and content.client_logo else 0)
        assert len(cover.images) == expected, name
