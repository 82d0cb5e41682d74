"""Read models of the campaigns area: frozen, detached, plain data for the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from agencia.domain.campaign_life import Need
from agencia.domain.enums import (
    ApprovalStage,
    CampaignKind,
    CampaignStatus,
    Channel,
    Decision,
    MediaChannel,
    Role,
)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True, slots=True)
class CampaignRow:
    """One line of the campaigns list, one card on the board."""

    id: int
    code: str
    name: str
    account: str
    account_id: int
    brand: str
    brand_id: int | None
    status: CampaignStatus
    kind: CampaignKind
    budget: Decimal
    currency: str
    start_date: date | None
    deadline: date | None
    owner: str
    owner_id: int
    may_be_shown: bool
    version: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "name": self.name,
            "account": self.account,
            "account_id": self.account_id,
            "brand": self.brand,
            "brand_id": self.brand_id,
            "status": self.status.value,
            "kind": self.kind.value,
            "budget": str(self.budget),
            "currency": self.currency,
            "start_date": _day(self.start_date),
            "deadline": _day(self.deadline),
            "owner": self.owner,
            "owner_id": self.owner_id,
            "may_be_shown": self.may_be_shown,
        }


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A stored document without its bytes: what lists show, and the SHA-256 a decision cites."""

    id: int
    name: str
    content_type: str
    size: int
    sha256: str
    uploaded_at: datetime
    uploaded_by: str


@dataclass(frozen=True, slots=True)
class BriefView:
    """One version of a campaign's brief."""

    id: int
    number: int
    template: CampaignKind
    fields: dict[str, Any]  # BRIEF_FIELDS name → str, Decimal or date (None when empty)
    note: str
    author: str
    author_id: int | None
    created_at: datetime
    decision: Decision | None  # the standing internal decision on this version, if any

    def as_json(self) -> dict[str, Any]:
        values = {
            k: (v.isoformat() if isinstance(v, date) else str(v) if v is not None else None)
            for k, v in self.fields.items()
        }
        return {
            "number": self.number,
            "template": self.template.value,
            "author": self.author,
            "created_at": self.created_at.isoformat(),
            "decision": self.decision.value if self.decision else None,
            "note": self.note,
            **values,
        }


@dataclass(frozen=True, slots=True)
class ContrabriefView:
    """The agency's contrabrief, and the brief version it answers."""

    understanding: str
    questions: str
    approach: str
    brief_number: int | None
    author: str
    updated_at: datetime
    version: int


@dataclass(frozen=True, slots=True)
class ProposalView:
    """One version of a proposal, with its documents."""

    id: int
    number: int
    summary: str
    notes: str
    author: str
    author_id: int | None
    created_at: datetime
    documents: tuple[DocumentView, ...]


@dataclass(frozen=True, slots=True)
class NextStepView:
    """A meeting's next step, with its owner's name."""

    description: str
    owner: str
    owner_staff_id: int | None
    owner_contact_id: int | None
    due_on: date | None
    done: bool
    id: int = 0  # the step's row (an action on it, such as making it a task, names it)


@dataclass(frozen=True, slots=True)
class MeetingView:
    """A meeting report: who met, what was agreed, the next steps."""

    id: int
    held_on: date
    subject: str
    place: str
    agreements: str
    author: str
    staff: tuple[tuple[int, str], ...]
    contacts: tuple[tuple[int, str], ...]
    next_steps: tuple[NextStepView, ...]
    sent_to_id: int | None
    sent_to: str
    sent_at: datetime | None
    acknowledged_on: date | None
    acknowledged_channel: Channel | None
    acknowledgement_note: str
    version: int
    acta_sha256: str | None = None  # the acta's PDF kept with the campaign (None: none yet)
    sent_sha256: str | None = None  # the PDF sent to the client
    acknowledged_sha256: str | None = None  # the PDF the client acknowledged


@dataclass(frozen=True, slots=True)
class ApprovalView:
    """One decision in a campaign's approval trail, internal or the client's."""

    id: int
    stage: ApprovalStage
    subject_number: int
    decision: Decision
    comment: str
    required_role: str
    decided_by: str
    decided_by_id: int | None
    on_behalf_of: str
    contact: str
    decided_on: date
    channel: Channel | None
    document_sha256: str
    proof: DocumentView | None
    at: datetime
    superseded: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "stage": self.stage.value,
            "subject_version": self.subject_number,
            "decision": self.decision.value,
            "comment": self.comment,
            "decided_by": self.decided_by,
            "on_behalf_of": self.on_behalf_of or None,
            "client_contact": self.contact or None,
            "decided_on": self.decided_on.isoformat(),
            "channel": self.channel.value if self.channel else None,
            "document_sha256": self.document_sha256 or None,
            "proof": self.proof.name if self.proof else None,
            "at": self.at.isoformat(),
            "superseded": self.superseded,
        }


@dataclass(frozen=True, slots=True)
class StatusChangeView:
    """One move in a campaign's life, as its history shows it."""

    source: CampaignStatus | None
    target: CampaignStatus
    who: str
    at: datetime
    comment: str
    document_sha256: str
    decided: bool = False  # caused by a decision, whose line carries the comment


@dataclass(frozen=True, slots=True)
class MoveOption:
    """A move the campaign could make now, and whether this person may make it (why not)."""

    target: CampaignStatus
    need: Need
    allowed: bool
    reason: tuple[str, dict[str, Any]] | None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event on a campaign's timeline, whatever its kind."""

    at: datetime
    kind: str  # created, brief, brief_decision, contrabrief, proposal, decision, meeting, move
    title: str
    who: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class KpiResult:
    """A KPI of the brief against what the campaign reached."""

    name: str
    target: str
    achieved: str

    def as_json(self) -> dict[str, str]:
        return {"name": self.name, "target": self.target, "achieved": self.achieved}


@dataclass(frozen=True, slots=True)
class PlanLineView:
    """One line of the campaign's media plan (position counts from 0)."""

    id: int
    position: int
    channel: MediaChannel
    description: str
    amount: Decimal
    starts: date | None
    ends: date | None

    def as_json(self) -> dict[str, Any]:
        return {
            "channel": self.channel.value,
            "description": self.description,
            "amount": str(self.amount),
            "starts": _day(self.starts),
            "ends": _day(self.ends),
        }


@dataclass(frozen=True, slots=True)
class CampaignDetail:
    """Everything the campaign page shows, loaded in one unit of work."""

    row: CampaignRow
    account_group_id: int | None
    products: tuple[tuple[int, str], ...]
    owner_role: Role
    briefs: tuple[BriefView, ...]  # newest first
    contrabrief: ContrabriefView | None
    proposals: tuple[ProposalView, ...]  # newest first
    meetings: tuple[MeetingView, ...]  # newest first
    approvals: tuple[ApprovalView, ...]  # newest first
    changes: tuple[StatusChangeView, ...]  # oldest first
    moves: tuple[MoveOption, ...]
    required_role: Role  # who approves this budget internally
    can_edit: bool  # briefs, proposal, contrabrief, the campaign's fields
    can_log: bool  # meeting reports
    brief_decision: tuple[str, dict[str, Any]] | None  # None: may decide the latest brief
    results_story: str
    results_kpis: tuple[KpiResult, ...]
    presented_sha256: str  # the document last presented to the client
    created_at: datetime
    plan: tuple[PlanLineView, ...] = ()  # the media plan, in order
    key_visual: DocumentView | None = None  # recorded with the results (PNG or JPEG)
    # why not `can_edit` / `can_log` (code, params): the campaign closed, the person's
    # role, or the account off their team or outside their group — the screens say which
    edit_refusal: tuple[str, dict[str, Any]] | None = None
    log_refusal: tuple[str, dict[str, Any]] | None = None

    @property
    def plan_total(self) -> Decimal:
        return sum((line.amount for line in self.plan), Decimal(0))

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version

    @property
    def status(self) -> CampaignStatus:
        return self.row.status

    @property
    def latest_brief(self) -> BriefView | None:
        return self.briefs[0] if self.briefs else None

    @property
    def latest_proposal(self) -> ProposalView | None:
        return self.proposals[0] if self.proposals else None

    def timeline(self) -> list[TimelineEntry]:
        """The campaign's history, oldest first: versions, decisions, meetings, moves."""
        from agencia.domain.messages import decision_name, render, status_name

        entries: list[TimelineEntry] = []
        for c in self.changes:
            title = (
                status_name(c.target.value)
                if c.source is None
                else f"{status_name(c.source.value)} → {status_name(c.target.value)}"
            )
            kind = "created" if c.source is None else "move"
            detail = "" if c.decided else c.comment
            entries.append(TimelineEntry(c.at, kind, title, c.who, detail))
        for b in self.briefs:
            entries.append(
                TimelineEntry(
                    b.created_at,
                    "brief",
                    render("timeline.brief", {"number": b.number}),
                    b.author,
                    b.note,
                )
            )
        if self.contrabrief is not None:
            entries.append(
                TimelineEntry(
                    self.contrabrief.updated_at,
                    "contrabrief",
                    render("timeline.contrabrief"),
                    self.contrabrief.author,
                )
            )
        for p in self.proposals:
            names = ", ".join(d.name for d in p.documents)
            entries.append(
                TimelineEntry(
                    p.created_at,
                    "proposal",
                    render("timeline.proposal", {"number": p.number}),
                    p.author,
                    names,
                )
            )
        for a in self.approvals:
            who = a.contact or a.decided_by
            entries.append(
                TimelineEntry(
                    a.at,
                    "brief_decision" if a.stage is ApprovalStage.BRIEF else "decision",
                    render(
                        f"timeline.{a.stage.value}_decision",
                        {"number": a.subject_number, "decision": decision_name(a.decision.value)},
                    ),
                    who,
                    a.comment,
                )
            )
        for m in self.meetings:
            at = datetime.combine(m.held_on, datetime.min.time(), tzinfo=self.created_at.tzinfo)
            entries.append(TimelineEntry(at, "meeting", m.subject, m.author, m.agreements))
        entries.sort(key=lambda e: e.at)
        return entries

    def as_json(self) -> dict[str, Any]:
        latest = self.latest_brief
        return {
            **self.row.as_json(),
            "products": [name for _, name in self.products],
            "required_approver": self.required_role.value,
            "brief": latest.as_json() if latest else None,
            "brief_versions": len(self.briefs),
            "proposal_versions": len(self.proposals),
            "approvals": [a.as_json() for a in self.approvals],
            "results": {
                "story": self.results_story,
                "kpis": [k.as_json() for k in self.results_kpis],
                "key_visual": self.key_visual.name if self.key_visual else None,
            },
            "media_plan": [line.as_json() for line in self.plan],
        }
