"""What the A4 documents are made of (the acta and the contrabrief; the brief to sign is
made of the campaign's own content): plain, frozen data, as agencia.decks.content.

Texts are the user's, unescaped; dates are dates, formatted by the renderer in the
document's language and the client's country; labels for codes arrive translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agencia.decks.content import AgencyProfile


@dataclass(frozen=True, slots=True)
class Attendee:
    """Someone at the meeting: their name and their position (or role at the agency)."""

    name: str
    position: str = ""


@dataclass(frozen=True, slots=True)
class ActaStep:
    """A next step agreed at the meeting; `client_side` when a client's contact owns it."""

    description: str
    owner: str = ""
    client_side: bool = False
    due: date | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class ActaContent:
    """One meeting report (acta) as it goes to the client."""

    agency: AgencyProfile
    made_on: date  # the day the acta is issued: the footer's date, "overdue" is measured from it
    client: str
    client_logo: bytes | None
    campaign: str
    code: str
    locale: str  # the client's, else the agency's
    held_on: date
    subject: str
    place: str = ""
    agreements: str = ""
    ours: tuple[Attendee, ...] = ()
    theirs: tuple[Attendee, ...] = ()
    next_steps: tuple[ActaStep, ...] = ()
    author: str = ""


@dataclass(frozen=True, slots=True)
class ContrabriefContent:
    """The agency's answer to the brief, as handed to the client."""

    agency: AgencyProfile
    made_on: date
    client: str
    client_logo: bytes | None
    brand: str
    campaign: str
    code: str
    locale: str
    brief_number: int | None = None  # the brief version it answers
    understanding: str = ""
    questions: str = ""
    approach: str = ""
    author: str = ""
