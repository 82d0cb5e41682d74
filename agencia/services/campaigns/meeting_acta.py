"""The acta as a document: drawn from the meeting's record in the client's language and
kept with the campaign like a proposal's file (bytes and SHA-256 in the database), so
that what was sent and what the client acknowledged are known to the byte.

The acta belongs to the campaign's meetings, so it is made here rather than in the decks
area (which needs this one); both the window and `agencia deck meeting` ask for it here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import undefer

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.decks.labels import label as deck_label
from agencia.decks.paper_content import ActaContent, ActaStep, Attendee
from agencia.decks.profile import agency_profile
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Campaign, Document, MeetingReport
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import DomainError, NotFound
from agencia.domain.labels import label
from agencia.domain.language import speaks_latam
from agencia.domain.models import Account, Agency, Contact, Staff
from agencia.domain.permissions import Action, Scope
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns import documents
from agencia.services.campaigns.documents import DocumentInput

LANGUAGES = ("es", "en")
PDF = "application/pdf"


@dataclass(frozen=True, slots=True)
class StoredActa:
    """The acta kept with the campaign: the meeting's new version, the document and its
    fingerprint (what sending records and the client's acknowledgement refers to)."""

    meeting_id: int
    version: int
    document_id: int
    sha256: str
    name: str
    pdf: bytes


def client_language(account: Account, agency: Agency | None) -> str:
    """The client's language for its documents: the account's locale when a document
    speaks it, else the agency's, else Spanish."""
    for locale in (account.locale, agency.locale if agency is not None else ""):
        code = (locale or "").replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "es"


def _staff_position(staff: Staff, lang: str) -> str:
    return staff.title if lang == "es" and staff.title else label(staff.role, lang)


def acta_content(
    uow: UnitOfWork, meeting: MeetingReport, lang: str, today: date | None = None
) -> tuple[ActaContent, bool]:
    """The acta's content from a meeting loaded with its people and steps (the caller
    checked the person's rights), and whether it speaks Latin America's Spanish."""
    campaign = uow.session.get(Campaign, meeting.campaign_id)
    assert campaign is not None
    account = uow.session.get(Account, campaign.account_id)
    assert account is not None
    agency = uow.session.scalar(select(Agency).order_by(Agency.id).limit(1))
    if agency is None:
        raise NotFound("agency.missing")
    owners = {s.owner_staff_id for s in meeting.next_steps} | {meeting.author_id}
    staff_names = dict(
        uow.session.execute(select(Staff.id, Staff.full_name).where(Staff.id.in_(owners - {None})))
        .tuples()
        .all()
    )
    contact_ids = {s.owner_contact_id for s in meeting.next_steps} - {None}
    contact_names = dict(
        uow.session.execute(
            select(Contact.id, Contact.full_name).where(Contact.id.in_(contact_ids))
        )
        .tuples()
        .all()
    )
    content = ActaContent(
        agency=agency_profile(agency, lang),
        made_on=today or date.today(),
        client=account.trade_name,
        client_logo=account.logo,
        campaign=campaign.name,
        code=campaign.code,
        locale=account.locale or (agency.locale if agency is not None else "es_ES"),
        held_on=meeting.held_on,
        subject=meeting.subject,
        place=meeting.place,
        agreements=meeting.agreements,
        ours=tuple(Attendee(s.full_name, _staff_position(s, lang)) for s in meeting.staff),
        theirs=tuple(Attendee(c.full_name, c.position) for c in meeting.contacts),
        next_steps=tuple(
            ActaStep(
                s.description,
                staff_names.get(s.owner_staff_id or 0)
                or contact_names.get(s.owner_contact_id or 0, ""),
                s.owner_contact_id is not None,
                s.due_on,
                s.done,
            )
            for s in meeting.next_steps
        ),
        author=staff_names.get(meeting.author_id or 0, ""),
    )
    return content, lang == "es" and speaks_latam(agency, account)


def _load(uow: UnitOfWork, meeting_id: int) -> tuple[MeetingReport, Account, Scope, str]:
    from agencia.services.campaigns.meetings import load_meeting

    meeting = load_meeting(uow, meeting_id, with_people=True)
    _, account, reach = campaign_access.load(uow, meeting.campaign_id)
    agency = uow.session.scalar(select(Agency).order_by(Agency.id).limit(1))
    return meeting, account, reach, client_language(account, agency)


def _draw(uow: UnitOfWork, meeting: MeetingReport, lang: str, today: date | None) -> bytes:
    # ReportLab only when an acta is drawn: importing it with the campaigns area costs
    # the window ~16 MB and a few hundred milliseconds before anyone asks for a PDF
    from agencia.decks.acta import build_acta
    from agencia.decks.fonts import undrawable

    content, latam = acta_content(uow, meeting, lang, today)
    found = undrawable(content)
    if found:  # words the font cannot draw would vanish from the client's PDF: say which
        chars = "".join(sorted({c for missing, _ in found for c in missing}))[:20]
        text = " ".join(found[0][1].split())
        raise DomainError("deck.undrawable", chars=chars, text=text[:60])
    return build_acta(content, lang, latam=latam)


def render_acta(
    db: Database, actor: Actor, meeting_id: int, lang: str | None = None, today: date | None = None
) -> bytes:
    """The acta's PDF, for whoever may see the campaign; `lang` None: the client's."""
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"actas speak {', '.join(LANGUAGES)}, not {lang!r}")
    with unit_of_work(db, actor, write=False) as uow:
        meeting, _account, _reach, client_lang = _load(uow, meeting_id)
        return _draw(uow, meeting, lang or client_lang, today)


def acta_name(lang: str, held_on: date, subject: str) -> str:
    """The file's name: the meeting's date and subject, without what a file system refuses."""
    text = deck_label("acta_file", lang, date=held_on.isoformat(), subject=subject)
    safe = "".join(c if c.isalnum() or c in " -_.,()" else " " for c in text)
    return " ".join(safe.split())[:120] + ".pdf"


def keep_acta(
    uow: UnitOfWork, meeting: MeetingReport, account: Account, lang: str, today: date | None
) -> Document:
    """Draw the acta and keep it with the campaign, inside the caller's unit of work: the
    meeting then names its fingerprint (the one sending records)."""
    pdf = _draw(uow, meeting, lang, today)
    name = acta_name(lang, meeting.held_on, meeting.subject)
    document = documents.add(uow, meeting.campaign_id, DocumentInput(name, pdf, PDF))
    meeting.acta_sha256 = document.sha256
    uow.session.flush()
    uow.audit(
        ChangeKind.MEETING,
        meeting.id,
        AuditAction.UPDATE,
        {"acta": [None, f"{document.name} ({document.sha256[:12]})"]},
        account_id=account.id,
        summary=meeting.subject,
    )
    uow.session.flush()
    return document


def store_acta(
    db: Database,
    actor: Actor,
    meeting_id: int,
    lang: str | None = None,
    today: date | None = None,
) -> StoredActa:
    """Draw the acta in the client's language (or `lang`) and keep it with the campaign;
    the same rights as writing the acta. An acta the client acknowledged is not drawn
    again: the one they acknowledged stays the acta."""
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"actas speak {', '.join(LANGUAGES)}, not {lang!r}")
    from agencia.services.campaigns.meetings import refuse_if_acknowledged

    with unit_of_work(db, actor) as uow:
        meeting, account, reach, client_lang = _load(uow, meeting_id)
        campaign_access.require(uow, Action.LOG_COMMUNICATION, reach)
        refuse_if_acknowledged(meeting)
        document = keep_acta(uow, meeting, account, lang or client_lang, today)
        return StoredActa(
            meeting.id, meeting.version, document.id, document.sha256, document.name, document.data
        )


def stored_acta(db: Database, actor: Actor, meeting_id: int) -> StoredActa | None:
    """The acta kept for this meeting as it stands (None when none is: never drawn, or
    corrected since), for whoever may see the campaign."""
    with unit_of_work(db, actor, write=False) as uow:
        meeting, _, _, _ = _load(uow, meeting_id)
        if meeting.acta_sha256 is None:
            return None
        document = uow.session.scalar(
            select(Document)
            .where(
                Document.campaign_id == meeting.campaign_id,
                Document.sha256 == meeting.acta_sha256,
            )
            .options(undefer(Document.data))
            .order_by(Document.id.desc())
            .limit(1)
        )
        if document is None:
            return None
        return StoredActa(
            meeting.id, meeting.version, document.id, document.sha256, document.name, document.data
        )
