"""Decks as the GUI and the command line ask for them: one call gathers the content
(credentials_content or campaign_content: one unit of work, confidentiality applied) and
renders it (agencia.decks), so both produce the same PDF from the same call.

A deck's language, unless the caller chooses one, is its client's: the campaign's
account's locale, the prospect's for an agency deck prepared for one, else the agency's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal, get_args

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.decks import (
    DeckOptions,
    render_agency,
    render_approvals,
    render_brief,
    render_campaign,
)
from agencia.decks.content import AGENCY_SECTIONS, CAMPAIGN_SECTIONS, INTERNAL_SECTIONS
from agencia.domain import messages
from agencia.domain.actor import Actor
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Document, Proposal, proposal_documents
from agencia.domain.errors import Conflict, DomainError, NotFound
from agencia.domain.models import Account, Agency
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.decks.campaign_content import campaign_content
from agencia.services.decks.credentials_content import agency_content
from agencia.services.decks.language import MissingEnglish, missing_english
from agencia.services.drawable import refuse_undrawable
from agencia.services.results import SaveResult

__all__ = [
    "AGENCY_SECTIONS",
    "CAMPAIGN_SECTIONS",
    "KINDS",
    "LANGUAGES",
    "DeckDefaults",
    "DeckKind",
    "DeckOptions",
    "SavedDeck",
    "build_deck",
    "deck_defaults",
    "deck_language",
    "default_sections",
    "save_deck_as_proposal",
    "sections_for",
]

# "brief_a4" (the brief to print and sign) and "contrabrief" are the A4 documents
# (services/decks/documents.py), offered beside the slides wherever a deck is made.
DeckKind = Literal["agency", "campaign", "brief", "approvals", "brief_a4", "contrabrief"]
PAPER: dict[str, Literal["brief", "contrabrief"]] = {
    "brief_a4": "brief",
    "contrabrief": "contrabrief",
}
KINDS: tuple[DeckKind, ...] = get_args(DeckKind)
LANGUAGES: tuple[str, ...] = ("es", "en")
PDF_TYPE = "application/pdf"


def sections_for(kind: DeckKind) -> tuple[str, ...]:
    """The sections a person may leave out of this kind of deck (none for the one-page
    brief sheet and the approval record)."""
    if kind == "agency":
        return AGENCY_SECTIONS
    if kind == "campaign":
        return CAMPAIGN_SECTIONS
    return ()


def default_sections(kind: DeckKind) -> tuple[str, ...]:
    """The sections a deck has unless a person chooses: every one but those holding the
    agency's internal decisions (the approvals), which a client deck shows only when
    someone includes them (DeckOptions.include_internal)."""
    return tuple(n for n in sections_for(kind) if n not in INTERNAL_SECTIONS)


def _language(locale: str | None) -> str | None:
    """The language of a locale ("es_MX" → "es"); None when no deck speaks it."""
    code = (locale or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


@dataclass(frozen=True, slots=True)
class DeckDefaults:
    """What the "Generar presentación" dialog starts from."""

    lang: str  # the client's language, else the agency's: "es" or "en"
    agency: str
    client: str  # "" for an agency deck prepared for nobody
    campaign: str  # "" for an agency deck
    can_save_proposal: bool  # a campaign deck: this person may add a proposal version now
    latest_summary: str  # the latest proposal's summary ("" when there is none)
    next_version: int  # the number a proposal version saved now would get
    # what an English deck would print in Spanish (said before it is made, in English)
    missing_english: MissingEnglish = field(default_factory=MissingEnglish)
    # why not `can_save_proposal` on a campaign deck (code, params): the campaign closed,
    # the person's role, or the account off their team or outside their group
    proposal_refusal: tuple[str, dict[str, Any]] | None = None


def _check_kind(kind: str, target_id: int | None) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown deck kind {kind!r}; one of {', '.join(KINDS)}")
    if kind != "agency" and target_id is None:
        raise ValueError(f"a {kind} deck needs a campaign")


def deck_defaults(
    db: Database, actor: Actor, kind: DeckKind, target_id: int | None = None
) -> DeckDefaults:
    """The language, names and rights a deck starts from; refused like the deck itself
    (a campaign or account this person may not see)."""
    _check_kind(kind, target_id)
    missing = missing_english(db, actor, kind, target_id)
    with unit_of_work(db, actor, write=False) as uow:
        agency = uow.session.scalar(select(Agency).limit(1))
        agency_name = agency.name if agency is not None else ""
        agency_lang = _language(agency.locale if agency is not None else None) or "es"
        if kind == "agency":
            if target_id is None:
                return DeckDefaults(agency_lang, agency_name, "", "", False, "", 0, missing)
            account = uow.session.get(Account, target_id)
            if account is None:
                raise NotFound("account.not_found", id=target_id)
            access.require(uow, Action.SEE_ACCOUNTS, account)
            lang = _language(account.locale) or agency_lang
            return DeckDefaults(lang, agency_name, account.trade_name, "", False, "", 0, missing)
        assert target_id is not None
        campaign, account, reach = campaign_access.load(uow, target_id)
        latest = uow.session.scalar(
            select(Proposal)
            .where(Proposal.campaign_id == campaign.id)
            .order_by(Proposal.number.desc())
            .limit(1)
        )
        refused = (
            ("campaign.closed", {"status": campaign.status})
            if campaign.status in CLOSED
            else campaign_access.why_not(uow, Action.EDIT_BRIEFS, reach)
        )
        return DeckDefaults(
            _language(account.locale) or agency_lang,
            agency_name,
            account.trade_name,
            campaign.name,
            refused is None,
            latest.summary if latest is not None else "",
            (latest.number if latest is not None else 0) + 1,
            proposal_refusal=refused,
        )


def deck_language(db: Database, actor: Actor, kind: DeckKind, target_id: int | None) -> str:
    """The language a deck speaks when the caller does not choose: its client's."""
    return deck_defaults(db, actor, kind, target_id).lang


def build_deck(
    db: Database,
    actor: Actor,
    kind: DeckKind,
    target_id: int | None,
    options: DeckOptions | None = None,
    *,
    today: date | None = None,
    as_proposal_version: int | None = None,
) -> bytes:
    """The PDF of one deck: `agency` (target: the account it is prepared for, or None),
    `campaign`, `brief`, `approvals`, or the A4 `brief_a4` and `contrabrief` (target: the
    campaign).

    `options.lang` "" (or no options) means the client's language; the internal review's
    decisions and comments appear only with `options.include_internal` (the deck is then
    marked internal on every page); sections the kind does not have are refused
    (ValueError: a caller's mistake, never a person's).
    `as_proposal_version`: a campaign deck about to be kept as that proposal version says
    so in its footer ("Propuesta v3"), not the version it was made from.
    """
    _check_kind(kind, target_id)
    options = options if options is not None else DeckOptions(lang="")
    if options.sections is not None:
        unknown = set(options.sections) - set(sections_for(kind))
        if unknown:
            raise ValueError(f"{kind} decks have no section {', '.join(sorted(unknown))}")
    lang = options.lang or deck_language(db, actor, kind, target_id)
    if lang not in LANGUAGES:
        raise ValueError(f"decks speak {', '.join(LANGUAGES)}, not {lang!r}")
    options = replace(options, lang=lang)
    if kind == "agency":
        credentials = agency_content(db, actor, for_account_id=target_id, lang=lang, today=today)
        refuse_undrawable(credentials)
        return render_agency(credentials, options)
    assert target_id is not None
    if kind in PAPER:
        from agencia.services.decks.documents import build_paper

        return build_paper(db, actor, PAPER[kind], target_id, lang, today=today)
    content = campaign_content(db, actor, target_id, lang=lang, today=today)
    if as_proposal_version is not None:
        footer = messages.render("timeline.proposal", {"number": as_proposal_version}, lang)
        content = replace(content, version=footer)
    refuse_undrawable(content)
    render = {"campaign": render_campaign, "brief": render_brief, "approvals": render_approvals}
    return render[kind](content, options)


# --- a deck as the proposal's new version ----------------------------------------------


@dataclass(frozen=True, slots=True)
class SavedDeck(SaveResult):
    """The new proposal version (`version` is its number) and the file stored with it:
    the fingerprint the client's decision will carry."""

    document_id: int = 0
    sha256: str = ""


def save_deck_as_proposal(
    db: Database,
    actor: Actor,
    campaign_id: int,
    pdf: bytes,
    name: str,
    summary: str,
    notes: str = "",
    as_version: int | None = None,
) -> SavedDeck:
    """A new proposal version whose one file is this PDF, byte for byte (the earlier
    versions' files are not carried over: the deck is the proposal as presented).

    `as_version`: the version the PDF's footer names; if another version was saved since
    it was drawn, the PDF would name the wrong one: refused as a conflict (draw it again).
    The same rights and refusals as any proposal version (closed campaigns, roles).
    """
    if not pdf.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    if as_version is not None:
        defaults = deck_defaults(db, actor, "campaign", campaign_id)
        if defaults.next_version != as_version:
            raise Conflict("deck.version_taken", number=as_version)
    file_name = Path(name.strip()).name or "propuesta.pdf"
    if not file_name.lower().endswith(".pdf"):
        file_name += ".pdf"
    result = save_proposal(
        db,
        actor,
        campaign_id,
        ProposalInput(
            summary=summary,
            notes=notes,
            uploads=(DocumentInput(file_name, pdf, PDF_TYPE),),
        ),
    )
    with unit_of_work(db, actor, write=False) as uow:
        stored = uow.session.execute(
            select(Document.id, Document.sha256)
            .join(proposal_documents, proposal_documents.c.document_id == Document.id)
            .where(proposal_documents.c.proposal_id == result.id)
            .order_by(Document.id)
            .limit(1)
        ).first()
    if stored is None:  # pragma: no cover - save_proposal stored it in the same transaction
        raise DomainError("document.not_found", id=0)
    return SavedDeck(result.id, result.version, result.warnings, stored[0], stored[1])
