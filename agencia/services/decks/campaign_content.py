"""One campaign's presentation, brief sheet and approval record, gathered in one unit of
work: the plain, frozen data of `agencia.decks.content`, with the labels that come from
codes (statuses, decisions, channels, parts) already in the deck's language.
"""

from __future__ import annotations

import importlib
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.decks.content import (
    CampaignContent,
    Decision,
    Kpi,
    Milestone,
    NextStep,
    Person,
    PlanLine,
    WorkItem,
)
from agencia.domain import messages as m
from agencia.domain.actor import Actor
from agencia.domain.briefs import FIELD_NAMES
from agencia.domain.enums import ApprovalStage, CampaignStatus
from agencia.domain.enums import Decision as DecisionCode
from agencia.domain.labels import CampaignPart, label
from agencia.domain.models import Account, Brand, Staff
from agencia.services.campaigns import queries as campaigns
from agencia.services.campaigns.views import CampaignDetail
from agencia.services.decks.gather import agency_profile, deck_language, load_agency, stored_images
from agencia.services.decks.language import speaks_latam
from agencia.services.decks.team import account_team, team_person

_TEXT_FIELDS = tuple(f for f in FIELD_NAMES if f not in ("budget", "deadline"))


def _milestones(detail: CampaignDetail, lang: str, today: date) -> tuple[Milestone, ...]:
    """The campaign's dates: start, the brief's approval, presentations and the client's
    decisions, going live, completion, the deadline and the agreed next steps."""
    row = detail.row
    found: list[Milestone] = []
    if row.start_date is not None:
        found.append(
            Milestone(
                m.render("milestone.start", None, lang), row.start_date, row.start_date <= today
            )
        )
    for a in reversed(detail.approvals):  # oldest first
        if a.superseded and a.stage is not ApprovalStage.CLIENT:
            continue
        if a.stage is ApprovalStage.BRIEF and a.decision is DecisionCode.APPROVED:
            name = m.render("milestone.brief_approved", {"number": a.subject_number}, lang)
            found.append(Milestone(name, a.decided_on, True, internal=True))
        elif a.stage is ApprovalStage.CLIENT:
            name = m.render(
                "milestone.client_decision",
                {"number": a.subject_number, "decision": label(a.decision, lang)},
                lang,
            )
            found.append(Milestone(name, a.decided_on, True))
    for change in detail.changes:
        code = {
            CampaignStatus.PRESENTED: "milestone.presented",
            CampaignStatus.LIVE: "milestone.live",
            CampaignStatus.COMPLETED: "milestone.completed",
        }.get(change.target)
        if code is not None:
            found.append(Milestone(m.render(code, None, lang), change.at.date(), True))
    if row.deadline is not None:
        done = row.status is CampaignStatus.COMPLETED
        found.append(Milestone(m.render("milestone.deadline", None, lang), row.deadline, done))
    for meeting in detail.meetings:
        for step in meeting.next_steps:
            if step.due_on is not None:
                found.append(Milestone(step.description, step.due_on, step.done))
    found.sort(key=lambda x: x.on)
    return tuple(found)


WORK_ROWS = 30  # more tasks than this show as one bar per team


def _work(uow: UnitOfWork, campaign_id: int, lang: str) -> tuple[WorkItem, ...]:
    """The campaign's tasks and milestones (the coordination area's, read from its
    tables when it is part of this build): each task when they are few, else one bar per
    team from its first day to its last; cancelled tasks left out."""
    try:
        coordination = importlib.import_module("agencia.domain.coordination_models")
    except ImportError:
        return ()
    task = coordination.Task
    rows = uow.session.execute(
        select(task.title, task.team, task.start_on, task.due_on, task.status, task.milestone)
        .where(task.campaign_id == campaign_id, task.status != "cancelled")
        .order_by(task.start_on, task.id)
    ).all()
    supplier = m.render("deck.work_supplier", None, lang)
    milestones = [
        WorkItem(
            label(kind, lang) if lang != "es" else title,
            "",
            start,
            due,
            milestone=True,
            done=status == "done",
            internal=kind == "internal_review",
        )
        for title, _, start, due, status, kind in rows
        if kind is not None
    ]
    tasks = [r for r in rows if r[5] is None]
    if len(tasks) <= WORK_ROWS:
        items = [
            WorkItem(title, label(team, lang) if team else supplier, start, due, done=st == "done")
            for title, team, start, due, st, _ in tasks
        ]
    else:
        teams: dict[str, list[tuple[date, date, bool]]] = {}
        for _, team, start, due, st, _ in tasks:
            teams.setdefault(label(team, lang) if team else supplier, []).append(
                (start, due, st == "done")
            )
        items = [
            WorkItem(
                name,
                m.render("deck.work_tasks", {"count": len(spans)}, lang),
                min(a for a, _, _ in spans),
                max(b for _, b, _ in spans),
                done=all(d for _, _, d in spans),
            )
            for name, spans in teams.items()
        ]
    return tuple(sorted([*items, *milestones], key=lambda w: (w.starts, w.milestone)))


def _campaign_team(
    uow: UnitOfWork, detail: CampaignDetail, account: Account, lang: str
) -> tuple[Person, ...]:
    """The owner first, then the account's team by part, then who approved internally."""
    people: dict[int, Person] = {}
    owner = uow.session.get(Staff, detail.row.owner_id)
    if owner is not None:
        people[owner.id] = team_person(owner, lang, label(CampaignPart.OWNER, lang))
    for staff, part in account_team(uow, account, lang):
        people.setdefault(staff.id, team_person(staff, lang, label(part, lang)))
    approver_ids = [
        a.decided_by_id
        for a in reversed(detail.approvals)
        if a.stage is not ApprovalStage.CLIENT and a.decided_by_id is not None
    ]
    for staff_id in approver_ids:
        if staff_id not in people:
            approver = uow.session.get(Staff, staff_id)
            if approver is not None:
                people[staff_id] = team_person(approver, lang, label(CampaignPart.APPROVER, lang))
    return tuple(people.values())


def _decisions(detail: CampaignDetail, lang: str, latam: bool) -> tuple[Decision, ...]:
    out = []
    for a in reversed(detail.approvals):  # oldest first
        subject_code = "timeline.brief" if a.stage is ApprovalStage.BRIEF else "timeline.proposal"
        out.append(
            Decision(
                stage=label(a.stage, lang),
                subject=m.render(subject_code, {"number": a.subject_number}, lang),
                decision=label(a.decision, lang),
                who=a.contact or a.decided_by,
                on_behalf_of=a.on_behalf_of,
                decided_on=a.decided_on,
                channel=label(a.channel, lang, latam=latam) if a.channel else "",
                comment=a.comment,
                document_sha256=a.document_sha256,
                superseded=a.superseded,
                internal=a.stage is not ApprovalStage.CLIENT,
            )
        )
    return tuple(out)


RECENTLY_DONE = timedelta(days=30)


def _next_steps(detail: CampaignDetail, today: date) -> tuple[NextStep, ...]:
    """The steps still open (overdue ones too: the deck says so) and those done in the
    last month, which show the work moving."""
    steps = [
        NextStep(step.description, step.owner, step.due_on, step.done)
        for meeting in detail.meetings
        for step in meeting.next_steps
        if not step.done or (step.due_on is not None and step.due_on >= today - RECENTLY_DONE)
    ]
    steps.sort(key=lambda st: (st.due is None, st.due or date.min, st.description))
    return tuple(steps)


def campaign_content(
    db: Database,
    actor: Actor,
    campaign_id: int,
    *,
    lang: str = "es",
    today: date | None = None,
) -> CampaignContent:
    """One campaign's presentation, brief sheet and approval record, for whoever may see
    the campaign."""
    lang = deck_language(lang)
    day = today or date.today()
    with unit_of_work(db, actor, write=False) as uow:
        detail = campaigns.load_detail(uow, campaign_id)
        s = uow.session
        agency = load_agency(uow)
        account = s.get(Account, detail.row.account_id)
        assert account is not None
        brand = s.get(Brand, detail.row.brand_id) if detail.row.brand_id else None
        brief = detail.latest_brief
        proposal = detail.latest_proposal
        fields = brief.fields if brief is not None else {}
        text = {name: str(fields.get(name) or "") for name in _TEXT_FIELDS}
        visual_id = detail.key_visual.id if detail.key_visual is not None else None
        budget, deadline = fields.get("budget"), fields.get("deadline")
        if proposal is not None:
            version = m.render("timeline.proposal", {"number": proposal.number}, lang)
        elif brief is not None:
            version = m.render("timeline.brief", {"number": brief.number}, lang)
        else:
            version = ""
        latam = lang == "es" and speaks_latam(agency, account)
        return CampaignContent(
            agency=agency_profile(agency, lang),
            made_on=day,
            client=account.trade_name,
            client_logo=account.logo,
            brand=brand.name if brand is not None else "",
            brand_logo=brand.logo if brand is not None else None,
            campaign=detail.row.name,
            code=detail.row.code,
            kind=label(detail.row.kind, lang),
            status=label(detail.row.status, lang),
            locale=account.locale or agency.locale,
            currency=detail.row.currency,
            budget=detail.row.budget,
            starts=detail.row.start_date,
            deadline=detail.row.deadline,
            brief_number=brief.number if brief is not None else None,
            brief=text,
            brief_budget=budget if isinstance(budget, Decimal) else None,
            brief_deadline=deadline if isinstance(deadline, date) else None,
            approach=detail.contrabrief.approach if detail.contrabrief is not None else "",
            proposal_summary=proposal.summary if proposal is not None else "",
            plan=tuple(
                PlanLine(
                    channel=label(line.channel, lang, latam=latam),
                    description=line.description,
                    amount=line.amount,
                    starts=line.starts,
                    ends=line.ends,
                )
                for line in detail.plan
            ),
            milestones=_milestones(detail, lang, day),
            work=_work(uow, campaign_id, lang),
            team=_campaign_team(uow, detail, account, lang),
            decisions=_decisions(detail, lang, latam),
            next_steps=_next_steps(detail, day),
            results=tuple(Kpi(k.name, k.target, k.achieved) for k in detail.results_kpis),
            results_story=detail.results_story,
            version=version,
            key_visual=stored_images(uow, [visual_id]).get(visual_id or -1),
            latam=latam,
        )
