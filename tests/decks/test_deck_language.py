"""Decks in the client's language, over the demo agency's real decks (pdftotext): an
English deck of every kind prints no Spanish word of the catalogue and no number written
the Spanish way; a Mexican client's Spanish deck speaks Latin America's Spanish with
Mexico's numbers; the agency's English texts, and which are missing, before a deck is made.

The people's own texts (a brief, a comment, a KPI as typed) stay as written: they are
taken out of the extracted text before it is searched, so what is left is what the deck
itself wrote.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
from collections.abc import Iterator

from deck_demo import TODAY, Demo
from deck_pdf import flat
from sqlalchemy import select, update

from agencia.db.uow import unit_of_work
from agencia.decks import DeckOptions
from agencia.decks.labels import spanish_words
from agencia.domain import messages
from agencia.domain.actor import SYSTEM
from agencia.domain.briefs import BRIEF_FIELDS
from agencia.domain.labels import _SECTOR, CATALOGUE, LATAM
from agencia.domain.models import Account, Agency
from agencia.services.decks.build import DeckKind, build_deck
from agencia.services.decks.campaign_content import campaign_content
from agencia.services.decks.credentials_content import agency_content
from agencia.services.decks.language import missing_english

KINDS: tuple[DeckKind, ...] = ("campaign", "brief", "approvals")

# Fields of the content (Class.field) that come from the catalogue, not from a person.
_CATALOGUE_FIELDS = {
    "CampaignContent.kind",
    "CampaignContent.status",
    "CampaignContent.version",  # «Propuesta v2»: a message of the catalogue
    "Decision.stage",
    "Decision.subject",
    "Decision.decision",
    "Decision.channel",
    "PlanLine.channel",
    "Milestone.name",
    "Person.role",
    "Person.part",
    "ClientRef.sector",
}


def pdftotext(pdf: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return flat(done.stdout.decode("utf-8"))


def people_texts(content: object) -> list[str]:
    """Every text of the content a person typed (not a word of the catalogue)."""
    found: list[str] = []

    def walk(value: object, name: str = "") -> None:
        if isinstance(value, str):
            if name not in _CATALOGUE_FIELDS and value.strip():
                found.append(value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name), f"{type(value).__name__}.{f.name}")
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, name)
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item, name)

    walk(content)
    return found


def without_people_texts(text: str, content: object) -> str:
    """The deck's text with every person's text taken out (longest first: a title holds
    the campaign's name, a paragraph its lines)."""
    pieces: set[str] = set()
    for typed in people_texts(content):
        pieces.add(flat(typed))
        for line in typed.splitlines():
            line = re.sub(r"^\s*(?:[-•*·–—▪►]\s+|\d{1,2}[.)]\s+)", "", line)
            if flat(line):
                pieces.add(flat(line))
    for piece in sorted(pieces, key=len, reverse=True):
        text = text.replace(piece, " ¶ ")
    return text


def spanish_catalogue() -> set[str]:
    """Every Spanish word the catalogue has for what English says otherwise."""
    words: set[str] = set(spanish_words().values())
    for enum, pairs in CATALOGUE.items():
        words |= {es for es, en in pairs.values() if es != en}
        words |= {w for w in LATAM.get(enum, {}).values()}
    words |= {es for _, es, en in BRIEF_FIELDS if es != en}
    words |= {es for es, en, _ in _SECTOR if es != en} | {w for *_, w in _SECTOR if w}
    for code in ("milestone.start", "milestone.live", "milestone.completed", "milestone.deadline"):
        words.add(messages.render(code, None, "es"))
    return {w for w in words if "{" not in w}


def spanish_words_in(text: str) -> set[str]:
    return {w for w in spanish_catalogue() if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)}


SPANISH_NUMBER = re.compile(
    r"\d{1,3}(?:\.\d{3})+(?!\d)"  # 62.400
    r"|(?<![\d,])\d+,\d{1,2}(?!\d)"  # 13,5
    r"|\d ?%(?<= %)"  # 55 %
    r"|\d ?€(?!\d)"  # 62 € (English writes €62)
)


def spanish_numbers_in(text: str) -> set[str]:
    return set(SPANISH_NUMBER.findall(text))


def english_decks(demo: Demo) -> Iterator[tuple[str, bytes, object]]:
    """(name, PDF, content) of every English deck of the demo: the credentials, and each
    campaign's presentation, brief sheet and approval record."""
    options = DeckOptions(lang="en")
    pdf = build_deck(demo.db, SYSTEM, "agency", None, options, today=TODAY)
    yield "agency", pdf, agency_content(demo.db, SYSTEM, lang="en", today=TODAY)
    for cid in (c.id for c in demo.campaigns):
        content = campaign_content(demo.db, SYSTEM, cid, lang="en", today=TODAY)
        for kind in KINDS:
            with_internal = DeckOptions(lang="en", include_internal=kind == "approvals")
            pdf = build_deck(demo.db, SYSTEM, kind, cid, with_internal, today=TODAY)
            yield f"{kind} {cid}", pdf, content


def test_an_english_deck_of_every_kind_has_no_spanish_word_or_number(demo: Demo) -> None:
    found: dict[str, tuple[set[str], set[str]]] = {}
    for name, pdf, content in english_decks(demo):
        left = without_people_texts(pdftotext(pdf), content)
        words, numbers = spanish_words_in(left), spanish_numbers_in(left)
        if words or numbers:
            found[name] = (words, numbers)
    assert found == {}


def test_the_checks_find_what_a_spanish_deck_prints(demo: Demo) -> None:
    """The same search over the Spanish decks finds the catalogue's words and Spain's
    numbers: the test above can fail."""
    cid = next(c.id for c in demo.campaigns if c.locale == "es_ES")
    content = campaign_content(demo.db, SYSTEM, cid, lang="es", today=TODAY)
    pdf = build_deck(demo.db, SYSTEM, "campaign", cid, DeckOptions(lang="es"), today=TODAY)
    left = without_people_texts(pdftotext(pdf), content)
    assert {"Presupuesto", "Calendario", "Importe", "Vídeo online"} <= spanish_words_in(left)
    numbers = spanish_numbers_in(left)  # 369.600 € as Spain writes it
    assert any(n.endswith("€") for n in numbers) and any("." in n for n in numbers)
    assert spanish_numbers_in("€62,400 of €211,200; 13.5%; 1,250") == set()
    assert spanish_numbers_in("62.400 € de 211.200 €; 13,5 %") >= {"62.400", "13,5"}


def test_a_mexican_clients_deck_speaks_latin_american_spanish(demo: Demo) -> None:
    mexican = next(c for c in demo.campaigns if c.locale == "es_MX")
    cid = mexican.id
    content = campaign_content(demo.db, SYSTEM, cid, lang="es", today=TODAY)
    assert content.latam
    text = pdftotext(
        build_deck(demo.db, SYSTEM, "campaign", cid, DeckOptions(lang="es"), today=TODAY)
    )
    left = without_people_texts(text, content)
    assert "Cronograma" in left and "Monto" in left  # Latin America's words, not Spain's
    assert "Calendario" not in left and "Importe" not in left
    assert "Video online" in left and "Vídeo online" not in left
    # es-MX: pesos with a dollar sign, commas for thousands
    assert re.search(r"\$\d{1,3}(?:,\d{3})+", left)
    assert not re.search(r"\d{1,3}(?:\.\d{3})+", left)
    # the same campaign for a client in Spain speaks Spain's Spanish
    client = update(Account).where(Account.id == mexican.account_id)
    with unit_of_work(demo.db, SYSTEM) as uow:
        saved = uow.session.scalar(select(Account.spanish).where(Account.id == mexican.account_id))
        uow.session.execute(client.values(spanish="spain"))
    try:
        spain = campaign_content(demo.db, SYSTEM, cid, lang="es", today=TODAY)
        assert not spain.latam
        assert any(line.channel == "Vídeo online" for line in spain.plan)
    finally:
        with unit_of_work(demo.db, SYSTEM) as uow:
            uow.session.execute(client.values(spanish=saved))  # the demo is shared


def test_the_english_deck_takes_the_english_texts_and_says_which_are_missing(
    demo: Demo,
) -> None:
    assert not missing_english(demo.db, SYSTEM, "agency")
    content = agency_content(demo.db, SYSTEM, lang="en", today=TODAY)
    assert content.agency.tagline.startswith("Ideas that move brands")
    assert content.agency.process[0][0] == "Listen"
    with unit_of_work(demo.db, SYSTEM) as uow:
        saved = uow.session.execute(select(Agency.about_en, Agency.process_en)).one()
        uow.session.execute(update(Agency).values(about_en="", process_en=saved[1][:2]))
    try:
        missing = missing_english(demo.db, SYSTEM, "agency")
        assert missing.texts == ("about", "process")
        assert "“Who we are”" in missing.message("en")
        assert "método de trabajo" in missing.message("es")
        # the deck is still made: Spanish where English is missing
        content = agency_content(demo.db, SYSTEM, lang="en", today=TODAY)
        assert content.agency.about.startswith("Agencia de publicidad")
        assert [s for s, _ in content.agency.process][:3] == ["Listen", "Understand", "Crear"]
        assert not missing_english(demo.db, SYSTEM, "campaign", demo.campaigns[0].id)
    finally:
        with unit_of_work(demo.db, SYSTEM) as uow:
            uow.session.execute(update(Agency).values(about_en=saved[0], process_en=saved[1]))
