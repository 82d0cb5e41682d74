"""What a deck is made of: plain, frozen data that the services gather and the renderer
lays out. Nothing here knows SQL or ReportLab.

Texts are the user's, unescaped (the renderer escapes them before ReportLab's Paragraph
sees them); amounts are Decimals and dates are dates, formatted by the renderer in the
deck's locale and currency with Babel. Labels that come from codes (roles, statuses,
decisions, channels) arrive already in the deck's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

# Sections a person may leave out, in the order they appear.
AGENCY_SECTIONS: tuple[str, ...] = (
    "cover",
    "about",
    "services",
    "process",
    "team",
    "clients",
    "cases",
    "contact",
)
CAMPAIGN_SECTIONS: tuple[str, ...] = (
    "cover",
    "challenge",
    "audience",
    "strategy",
    "channels",
    "timeline",
    "budget",
    "results",
    "team",
    "approvals",
    "next_steps",
)
# Sections whose content is internal (comments and decisions of internal review): off
# unless a person includes them (DeckOptions.include_internal).
INTERNAL_SECTIONS: frozenset[str] = frozenset({"approvals"})


@dataclass(frozen=True, slots=True)
class AgencyProfile:
    """The agency as its decks show it (edited by an administrator, stored in the database)."""

    name: str
    legal_name: str = ""
    tagline: str = ""
    about: str = ""
    services: tuple[str, ...] = ()  # one service per item, e.g. "Estrategia de marca"
    process: tuple[tuple[str, str], ...] = ()  # (step title, what happens) in order
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: bytes | None = None  # PNG or JPEG
    primary_color: str = "#1B4F9C"
    secondary_color: str = "#E8663D"
    locale: str = "es_ES"
    currency: str = "EUR"
    font: str = "Lato"  # the deck's type family (one shipped in resources/fonts)


@dataclass(frozen=True, slots=True)
class Person:
    """Someone on a team slide: initials stand in for a photo."""

    name: str
    role: str  # already in the deck's language ("Ejecutivo de cuenta")
    title: str = ""
    part: str = ""  # what they do on this campaign or account ("Responsable", "Creatividad")


@dataclass(frozen=True, slots=True)
class TeamNode:
    """The org chart: a person and who reports to them."""

    person: Person
    reports: tuple[TeamNode, ...] = ()


@dataclass(frozen=True, slots=True)
class ClientRef:
    name: str
    sector: str = ""
    logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class Kpi:
    """A brief's KPI against what the campaign reached."""

    name: str
    target: str
    achieved: str


@dataclass(frozen=True, slots=True)
class CaseStudy:
    """A completed, showable campaign: challenge, idea, results."""

    client: str
    brand: str
    campaign: str
    year: int | None
    challenge: str  # from the brief's objectives
    idea: str  # from the key message / the proposal's summary
    story: str  # the results' story
    results: tuple[Kpi, ...] = ()
    key_visual: bytes | None = None  # PNG or JPEG
    client_logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class CredentialsContent:
    """The agency's credentials deck, optionally prepared for one prospect or client."""

    agency: AgencyProfile
    made_on: date
    prepared_for: str = ""  # the client's or prospect's name: cover and footer
    prepared_for_logo: bytes | None = None
    team: tuple[TeamNode, ...] = ()  # roots of the account team's hierarchy
    clients: tuple[ClientRef, ...] = ()  # only showable accounts (and the recipient itself)
    cases: tuple[CaseStudy, ...] = ()  # only showable campaigns of showable accounts
    version: str = ""  # what the footer says after the date
    locale: str = ""  # the recipient's (numbers and dates as its country writes them)
    latam: bool = False  # a Spanish deck in Latin America's Spanish


@dataclass(frozen=True, slots=True)
class PlanLine:
    """One line of the media plan: a channel, what runs there, when, at what cost."""

    channel: str
    description: str
    amount: Decimal
    starts: date | None = None
    ends: date | None = None


@dataclass(frozen=True, slots=True)
class Milestone:
    name: str
    on: date
    done: bool = False
    internal: bool = False  # an internal decision ("Brief v2 aprobado"): not for the client


@dataclass(frozen=True, slots=True)
class WorkItem:
    """A task or milestone of the campaign's plan of work (coordination), for the
    timeline: who does it is the team, never a person's name."""

    name: str
    team: str
    starts: date
    ends: date
    milestone: bool = False
    done: bool = False
    internal: bool = False  # the agency's internal review: not for the client


@dataclass(frozen=True, slots=True)
class Decision:
    """One line of the approval record."""

    stage: str  # "Revisión interna", "Cliente"… in the deck's language
    subject: str  # "Propuesta v2"
    decision: str  # "Aprobado"…
    who: str  # the approver, or the client contact
    on_behalf_of: str
    decided_on: date
    channel: str
    comment: str
    document_sha256: str
    superseded: bool = False
    internal: bool = False  # the agency's own review (brief, internal): not for the client


@dataclass(frozen=True, slots=True)
class NextStep:
    description: str
    owner: str
    due: date | None
    done: bool = False


@dataclass(frozen=True, slots=True)
class CampaignContent:
    """A campaign's presentation, brief sheet and approval record."""

    agency: AgencyProfile
    made_on: date
    client: str
    client_logo: bytes | None
    brand: str
    brand_logo: bytes | None
    campaign: str
    code: str
    kind: str  # in the deck's language ("Lanzamiento")
    status: str  # in the deck's language
    locale: str  # the client's, else the agency's
    currency: str  # the campaign's
    budget: Decimal
    starts: date | None
    deadline: date | None
    brief_number: int | None
    brief: dict[str, str] = field(default_factory=dict)  # BRIEF_FIELDS name → text ("" empty)
    brief_budget: Decimal | None = None
    brief_deadline: date | None = None
    approach: str = ""  # the contrabrief's proposed approach
    proposal_summary: str = ""
    plan: tuple[PlanLine, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    work: tuple[WorkItem, ...] = ()  # the tasks and milestones, when the campaign has them
    team: tuple[Person, ...] = ()
    decisions: tuple[Decision, ...] = ()  # oldest first
    next_steps: tuple[NextStep, ...] = ()
    results: tuple[Kpi, ...] = ()
    results_story: str = ""
    version: str = ""  # what the footer says after the date, e.g. "Propuesta v3"
    key_visual: bytes | None = None  # PNG or JPEG, recorded with the results
    latam: bool = False  # a Spanish deck in Latin America's Spanish
