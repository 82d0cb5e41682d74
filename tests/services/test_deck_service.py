"""services.decks on both databases: every kind of deck built from real data, the client's
language by default, a deck kept as a proposal version (and the decisions that then
fingerprint exactly its bytes), refusals, and files written whole or not at all."""

from __future__ import annotations

import hashlib
import io
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from campaign_world import (
    Cast,
    add_proposal,
    build_cast,
    client_step,
    move,
    new_campaign,
    ready_for_development,
)
from pypdf import PdfReader
from sqlalchemy import update

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.decks.content import CampaignContent
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import ApprovalStage, CampaignStatus
from agencia.domain.errors import DomainError, NotFound, PermissionDenied
from agencia.domain.models import Account
from agencia.services.campaigns import flow
from agencia.services.campaigns.documents import read_document
from agencia.services.campaigns.queries import get_campaign
from agencia.services.decks import build as decks
from agencia.services.decks.build import DeckOptions, build_deck
from agencia.services.files import atomic_output, write_atomically

S = CampaignStatus


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def in_development(cast: Cast) -> int:
    """A campaign with an approved brief and proposal v1, being developed."""
    cid = new_campaign(cast, name="Lanzamiento Isotónica")
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid)
    return cid


def pages(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert round(width / height, 3) == round(16 / 9, 3), (width, height)
    return reader


def text_of(pdf: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split()
    )


@dataclass
class Spy:
    """What reached the renderer (the real one still draws)."""

    calls: list[tuple[str, Any, DeckOptions]] = field(default_factory=list)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Spy:
    seen = Spy()
    for name in ("render_agency", "render_campaign", "render_brief", "render_approvals"):
        real = getattr(decks, name)

        def wrapper(content: Any, options: DeckOptions, _real: Any = real, _n: str = name) -> bytes:
            seen.calls.append((_n, content, options))
            result: bytes = _real(content, options)
            return result

        monkeypatch.setattr(decks, name, wrapper)
    return seen


def set_locale(db: Database, account_id: int, locale: str) -> None:
    with unit_of_work(db, SYSTEM) as uow:
        uow.session.execute(update(Account).where(Account.id == account_id).values(locale=locale))


# --- building ------------------------------------------------------------------------------


def test_every_kind_of_deck_is_a_16_9_pdf_of_the_right_data(cast: Cast, spy: Spy) -> None:
    cid = in_development(cast)
    me = cast.actor("executive")
    for kind in ("campaign", "brief", "approvals"):
        pdf = build_deck(cast.db, me, kind, cid)  # type: ignore[arg-type]
        pages(pdf)
        assert "Bebidas Sol de Mayo" in text_of(pdf), kind
    agency = build_deck(cast.db, me, "agency", None)
    pages(agency)
    prepared = build_deck(cast.db, me, "agency", cast.account_id)
    pages(prepared)
    assert "Bebidas Sol de Mayo" in text_of(prepared)
    rendered = [name for name, _c, _o in spy.calls]
    assert rendered == [
        "render_campaign",
        "render_brief",
        "render_approvals",
        "render_agency",
        "render_agency",
    ]
    content = spy.calls[0][1]
    assert isinstance(content, CampaignContent)
    assert (content.client, content.campaign) == ("Bebidas Sol de Mayo", "Lanzamiento Isotónica")
    assert spy.calls[-1][1].prepared_for == "Bebidas Sol de Mayo"
    assert spy.calls[-2][1].prepared_for == ""


def test_the_deck_speaks_the_clients_language_unless_told(cast: Cast, spy: Spy) -> None:
    cid = in_development(cast)
    me = cast.actor("executive")
    assert decks.deck_language(cast.db, me, "campaign", cid) == "es"
    set_locale(cast.db, cast.account_id, "en_GB")
    assert decks.deck_language(cast.db, me, "campaign", cid) == "en"
    assert decks.deck_language(cast.db, me, "agency", cast.account_id) == "en"
    assert decks.deck_language(cast.db, me, "agency", None) == "es"  # the agency's own

    build_deck(cast.db, me, "campaign", cid)
    build_deck(cast.db, me, "brief", cid, DeckOptions(lang=""))
    build_deck(cast.db, me, "approvals", cid, DeckOptions(lang="es"))
    build_deck(cast.db, me, "agency", cast.account_id)
    assert [o.lang for _n, _c, o in spy.calls] == ["en", "en", "es", "en"]
    assert spy.calls[0][1].kind == "Launch"  # labels arrive in the deck's language

    set_locale(cast.db, cast.account_id, "pt_BR")  # no deck speaks it: the agency's
    assert decks.deck_language(cast.db, me, "campaign", cid) == "es"


def test_sections_left_out_never_reach_the_page(cast: Cast, spy: Spy) -> None:
    cid = in_development(cast)
    me = cast.actor("executive")
    chosen = frozenset({"cover", "challenge", "strategy"})
    fewer = build_deck(cast.db, me, "campaign", cid, DeckOptions(lang="es", sections=chosen))
    every = build_deck(cast.db, me, "campaign", cid, DeckOptions(lang="es"))
    assert spy.calls[0][2].sections == chosen
    assert spy.calls[1][2].sections is None
    assert len(pages(fewer).pages) < len(pages(every).pages)
    with pytest.raises(ValueError, match="no section"):
        build_deck(cast.db, me, "campaign", cid, DeckOptions(sections=frozenset({"about"})))
    with pytest.raises(ValueError, match="no section"):
        build_deck(cast.db, me, "brief", cid, DeckOptions(sections=frozenset({"cover"})))
    with pytest.raises(ValueError, match="speak"):
        build_deck(cast.db, me, "campaign", cid, DeckOptions(lang="fr"))


def test_progress_is_reported_while_drawing(cast: Cast) -> None:
    cid = in_development(cast)
    seen: list[tuple[int, int]] = []
    build_deck(
        cast.db,
        cast.actor("executive"),
        "campaign",
        cid,
        DeckOptions(lang="es", progress=lambda done, total: seen.append((done, total))),
    )
    assert seen
    assert all(0 <= done <= total for done, total in seen)


def test_the_same_data_gives_the_same_bytes(cast: Cast) -> None:
    cid = in_development(cast)
    me = cast.actor("executive")
    first = build_deck(cast.db, me, "campaign", cid, DeckOptions(lang="es"))
    assert build_deck(cast.db, me, "campaign", cid, DeckOptions(lang="es")) == first


def test_who_cannot_see_the_campaign_gets_no_deck(cast: Cast) -> None:
    cid = in_development(cast)
    outsider = cast.actor("executive_b")  # the other group's executive
    for kind in ("campaign", "brief", "approvals"):
        with pytest.raises(PermissionDenied):
            build_deck(cast.db, outsider, kind, cid)  # type: ignore[arg-type]
        with pytest.raises(PermissionDenied):
            decks.deck_defaults(cast.db, outsider, kind, cid)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        build_deck(cast.db, outsider, "agency", cast.account_id)  # prepared for an unseen client
    with pytest.raises(PermissionDenied):
        decks.save_deck_as_proposal(
            cast.db, outsider, cid, b"%PDF-1.7 x", "x.pdf", "Propuesta ajena"
        )
    with pytest.raises(NotFound):
        build_deck(cast.db, cast.actor("executive"), "campaign", 987654)
    with pytest.raises(NotFound):
        build_deck(cast.db, cast.actor("executive"), "agency", 987654)
    with pytest.raises(ValueError):
        build_deck(cast.db, cast.actor("executive"), "campaign", None)


def test_defaults_name_the_client_and_say_who_may_keep_a_version(cast: Cast) -> None:
    cid = in_development(cast)
    mine = decks.deck_defaults(cast.db, cast.actor("executive"), "campaign", cid)
    assert (mine.client, mine.campaign, mine.lang) == (
        "Bebidas Sol de Mayo",
        "Lanzamiento Isotónica",
        "es",
    )
    assert mine.can_save_proposal and mine.next_version == 2
    assert mine.latest_summary == "Campaña 360 «Recupera sin azúcar»."
    assistant = decks.deck_defaults(cast.db, cast.actor("assistant"), "campaign", cid)
    assert not assistant.can_save_proposal  # sees the campaign, writes no proposals
    agency = decks.deck_defaults(cast.db, cast.actor("executive"), "agency", None)
    assert (agency.client, agency.campaign, agency.can_save_proposal) == ("", "", False)


# --- keeping a deck as the proposal's next version --------------------------------------


def test_a_kept_deck_is_the_proposal_and_the_decisions_fingerprint_it(cast: Cast) -> None:
    cid = in_development(cast)
    me = cast.actor("executive")
    pdf = build_deck(cast.db, me, "campaign", cid, DeckOptions(lang="es"), as_proposal_version=2)
    saved = decks.save_deck_as_proposal(
        cast.db, me, cid, pdf, "Bebidas Sol de Mayo - Lanzamiento", "La campaña 360, v2"
    )
    assert saved.sha256 == hashlib.sha256(pdf).hexdigest()
    assert saved.version == 2
    detail = get_campaign(cast.db, me, cid)
    latest = detail.latest_proposal
    assert latest is not None and latest.number == 2 and latest.summary == "La campaña 360, v2"
    assert [(d.name, d.sha256) for d in latest.documents] == [
        ("Bebidas Sol de Mayo - Lanzamiento.pdf", saved.sha256)
    ]  # only the deck: v1's files are not carried over
    view, data = read_document(cast.db, me, saved.document_id)
    assert data == pdf and view.content_type == "application/pdf"

    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(saved.document_id))
    move(cast, "executive", cid, S.APPROVED, client_step(cast))
    approvals = [
        a for a in get_campaign(cast.db, me, cid).approvals if a.stage is not ApprovalStage.BRIEF
    ]
    assert {a.stage for a in approvals} == {ApprovalStage.INTERNAL, ApprovalStage.CLIENT}
    assert all(a.document_sha256 == saved.sha256 for a in approvals)
    assert all(a.subject_number == 2 for a in approvals)


def test_the_footer_names_the_version_the_deck_is_kept_as(cast: Cast, spy: Spy) -> None:
    cid = in_development(cast)
    me = cast.actor("executive")
    build_deck(cast.db, me, "campaign", cid, DeckOptions(lang="es"))
    build_deck(cast.db, me, "campaign", cid, DeckOptions(lang="es"), as_proposal_version=2)
    build_deck(cast.db, me, "campaign", cid, DeckOptions(lang="en"), as_proposal_version=2)
    assert [c.version for _n, c, _o in spy.calls] == [
        "Propuesta v1",
        "Propuesta v2",
        "Proposal v2",
    ]


def test_keeping_a_deck_is_refused_on_a_closed_campaign_and_for_non_pdfs(cast: Cast) -> None:
    cid = in_development(cast)
    me = cast.actor("executive")
    with pytest.raises(ValueError, match="PDF"):
        decks.save_deck_as_proposal(cast.db, me, cid, b"<html>", "x.pdf", "Resumen")
    move(cast, "director", cid, S.CANCELLED, flow.ReasonStep("El cliente lo aplaza"))
    with pytest.raises(DomainError):
        decks.save_deck_as_proposal(cast.db, me, cid, b"%PDF-1.7 x", "x.pdf", "Resumen")
    assert not decks.deck_defaults(cast.db, me, "campaign", cid).can_save_proposal


# --- files written whole or not at all (no database needed) ------------------------------


def test_a_file_appears_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "Cliente - Campaña.pdf"
    assert write_atomically(target, b"%PDF-1.7 one") == target
    assert target.read_bytes() == b"%PDF-1.7 one"
    if os.name == "posix":
        umask = os.umask(0)
        os.umask(umask)
        assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600
        target.chmod(0o640)

    with pytest.raises(RuntimeError), atomic_output(target) as out:
        out.write(b"%PDF-1.7 half")
        raise RuntimeError("the deck failed halfway")
    assert target.read_bytes() == b"%PDF-1.7 one"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary left

    write_atomically(target, b"%PDF-1.7 two")
    assert target.read_bytes() == b"%PDF-1.7 two"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the replaced file's mode

    with pytest.raises(DomainError) as missing:
        write_atomically(tmp_path / "no-such-folder" / "x.pdf", b"%PDF-1.7")
    assert missing.value.code == "db.write_failed"
    with pytest.raises(DomainError) as folder:
        write_atomically(tmp_path, b"%PDF-1.7")
    assert folder.value.code == "db.write_failed"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
