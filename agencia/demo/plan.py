"""The language the demo is written in: people and groups, client companies, and each
campaign's life as a list of dated events (a brief version, a decision on it, an acta,
a proposal, a move on the board, the client's decision, the results, a cancellation),
played by the areas' demo modules through the real services.

`Who` names someone by their part: "owner" (the campaign's owner), a position of the
account's group (`TEAM_POSITIONS`), or "director@1": the director of another group
(GROUPS' index). Next steps may also fall on "client" or "client2", the client's first
and second contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from agencia.domain.enums import CampaignKind, CampaignStatus, Channel, Decision, MediaChannel, Role


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str
    female: bool

    @property
    def full_name(self) -> str:
        return f"{self.first} {self.last}"


# The positions in a group's `people`, and who each reports to.
DIRECTOR, MANAGER, SUPERVISOR, EXEC_A, EXEC_B, JUNIOR, ASSISTANT, TRAINEE = range(8)
REPORTS_TO: Final = {
    MANAGER: DIRECTOR,
    SUPERVISOR: MANAGER,
    EXEC_A: SUPERVISOR,
    EXEC_B: SUPERVISOR,
    JUNIOR: SUPERVISOR,
    ASSISTANT: EXEC_A,
    TRAINEE: EXEC_B,
}
# The positions by the names the campaign plans use (`Who`).
TEAM_POSITIONS: Final = {
    "director": DIRECTOR,
    "manager": MANAGER,
    "supervisor": SUPERVISOR,
    "executive_a": EXEC_A,
    "executive_b": EXEC_B,
    "junior": JUNIOR,
    "assistant": ASSISTANT,
    "trainee": TRAINEE,
}


@dataclass(frozen=True, slots=True)
class GroupPlan:
    name: str
    people: tuple[tuple[Role, Person], ...]  # by position: see TEAM_POSITIONS


def person(first: str, last: str, female: bool) -> Person:
    """A person in the data's short form."""
    return Person(first, last, female)


@dataclass(frozen=True, slots=True)
class CompanyPlan:
    """One curated client. `group` indexes GROUPS; `parent` names another plan's trade name."""

    trade_name: str
    legal_name: str
    sector: str
    country: str
    city: str
    group: int
    brands: tuple[tuple[str, tuple[str, ...]], ...]
    parent: str = ""


def company(
    trade: str,
    legal: str,
    sector: str,
    country: str,
    city: str,
    group: int,
    brands: tuple[tuple[str, tuple[str, ...]], ...],
    parent: str = "",
) -> CompanyPlan:
    """A company in the data's short form (one a line or two in a table)."""
    return CompanyPlan(trade, legal, sector, country, city, group, brands, parent)


# --- campaigns ---------------------------------------------------------------------------
#
# Each campaign is a plan: what it is, and the dated events of its life, which
# agencia.demo.campaigns plays through the real services as the person who would do each. The dates
# are the demo's own, around its "today" (agencia.demo.clock.DEMO_NOW, Monday 2 November 2026):
# completed campaigns ran in spring and summer, others are under way, deadlines fall on
# both sides of that day. Texts may name people: {owner}, {owner_first}, {director},
# {director_first}, {manager}, {supervisor}, {assistant} (the account's group) and
# {contact}, {contact_first}, {contact2} (the client's people, most senior first).

# Who does something: "owner" (the account's lead executive, who owns its campaigns), a
# position of the account's group (TEAM_POSITIONS), or "director@1": the
# director of another group (GROUPS' index). Next steps may also fall on "client" or
# "client2", the client's first and second contact.
Who = str


def D(month: int, day: int, year: int = 2026) -> date:
    """A day of the demo's year, in the data's short form."""
    return date(year, month, day)


@dataclass(frozen=True, slots=True)
class Doc:
    """A small file: `.pdf` becomes a PDF page (lines: "# " a heading, "- " a bullet),
    `.eml` an e-mail from the client's first contact to the owner, anything else text."""

    name: str
    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BriefVersion:
    """A version of the client's brief, entered by its author (the owner by default)."""

    on: date
    objectives: str
    brand: str
    product: str
    market: str
    target_audience: str
    insight: str
    key_message: str
    mandatories: str
    channels: str
    budget: int
    kpis: str
    deadline: date
    note: str = ""
    by: Who = "owner"


@dataclass(frozen=True, slots=True)
class BriefDecision:
    on: date
    decision: Decision
    comment: str
    by: Who = "supervisor"


@dataclass(frozen=True, slots=True)
class Answer:
    """The contrabrief."""

    on: date
    understanding: str
    questions: str
    approach: str
    by: Who = "owner"


@dataclass(frozen=True, slots=True)
class Step:
    """A next step agreed in a meeting."""

    text: str
    who: Who
    due: date
    done: bool = False


@dataclass(frozen=True, slots=True)
class Acknowledged:
    on: date
    channel: Channel
    note: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    """An acta; `clients` of the client's contacts attended (the most senior first)."""

    on: date
    subject: str
    place: str
    agreements: str
    staff: tuple[Who, ...]
    clients: int = 2
    steps: tuple[Step, ...] = ()
    by: Who = "owner"
    sent: date | None = None
    acknowledged: Acknowledged | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """A proposal version; its first file is the one presented to the client."""

    on: date
    summary: str
    notes: str
    files: tuple[Doc, ...]
    by: Who = "owner"


@dataclass(frozen=True, slots=True)
class Move:
    """A move that needs nothing but the person, an internal decision (`comment`) or a
    presentation (the latest proposal's first file)."""

    on: date
    to: CampaignStatus
    comment: str = ""
    by: Who = "owner"


@dataclass(frozen=True, slots=True)
class ClientDecision:
    """Recorded by the owner: the client's first contact decided."""

    on: date
    to: CampaignStatus
    channel: Channel
    comment: str
    proof: Doc | None = None


@dataclass(frozen=True, slots=True)
class Results:
    on: date
    story: str
    kpis: tuple[tuple[str, str, str], ...]  # name, target, achieved


@dataclass(frozen=True, slots=True)
class Cancel:
    on: date
    reason: str
    by: Who = "director"


Event = (
    BriefVersion
    | BriefDecision
    | Answer
    | Meeting
    | Proposal
    | Move
    | ClientDecision
    | Results
    | Cancel
)


@dataclass(frozen=True, slots=True)
class CampaignPlan:
    account: str  # trade name (COMPANIES)
    brand: str
    products: tuple[str, ...]
    name: str
    kind: CampaignKind
    budget: int  # in the account's currency
    start: date
    deadline: date
    events: tuple[Event, ...]  # in date order; the owner creates it on the first one's date
    may_be_shown: bool = False
    owner: Who = "executive_a"  # an executive of the group; they lead the account


@dataclass(frozen=True, slots=True)
class DelegationPlan:
    """One group's director hands their approvals to another's for a period."""

    on: date
    giver: int  # GROUPS' index
    taker: int
    starts: date
    ends: date
    reason: str


def client_mail(name: str, subject: str, *body: str) -> Doc:
    """The client's e-mail with their decision: the proof kept with it."""
    return Doc(f"{name}.eml", subject, ("Hola, {owner_first}:", "", *body))


# The media plan a campaign's owner saves with its first proposal, by kind of campaign:
# (channel, what runs there, share of the budget, flight from and to as fractions of the
# campaign's days). Campaigns under SMALL_PLAN keep their first three lines.
MediaLine = tuple[MediaChannel, str, float, float, float]
