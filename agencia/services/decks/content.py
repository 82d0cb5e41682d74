"""What the decks are made of, gathered from the database in one unit of work.

`agency_content` gathers the credentials: the agency's profile, its account team as org
chart trees, the clients it may name and the case studies it may tell; `campaign_content`
gathers one campaign's presentation, brief sheet and approval record. Both hand back the
plain, frozen data of `agencia.decks.content`, with the labels that come from codes
(roles, statuses, decisions, channels) already in the deck's language.

Confidentiality: another client's account or campaign appears only when it is marked
may-be-shown (a campaign, and its account too). The deck's recipient is the exception:
its own name, logo and completed campaigns appear whether or not they are showable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.decks.content import (
    AgencyProfile,
    CampaignContent,
    CaseStudy,
    ClientRef,
    CredentialsContent,
    Decision,
    Kpi,
    Milestone,
    NextStep,
    Person,
    PlanLine,
    TeamNode,
)
from agencia.domain import messages as m
from agencia.domain.actor import Actor
from agencia.domain.briefs import FIELD_NAMES
from agencia.domain.campaign_models import (
    Brief,
    Campaign,
    Document,
    Proposal,
    StatusChange,
)
from agencia.domain.enums import (
    AccountStatus,
    ApprovalStage,
    AssignmentRole,
    CampaignStatus,
    Role,
)
from agencia.domain.enums import (
    Decision as DecisionCode,
)
from agencia.domain.errors import NotFound
from agencia.domain.models import Account, AccountAssignment, AccountGroup, Agency, Brand, Staff
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.agency.profile import services_from_text
from agencia.services.campaigns import queries as campaigns
from agencia.services.campaigns.views import CampaignDetail

__all__ = ["MAX_CASES", "MAX_CLIENTS", "agency_content", "campaign_content"]

MAX_CLIENTS = 24  # logos on the "clients we serve" slides
MAX_CASES = 6  # case studies in one credentials deck
# Who the general credentials' org chart shows: the account department from executives up.
_CHART_FROM = Role.ACCOUNT_EXECUTIVE
# The order of an account team's parts, from the top.
_PART_ORDER = (
    AssignmentRole.DIRECTOR,
    AssignmentRole.SUPERVISOR,
    AssignmentRole.LEAD_EXECUTIVE,
    AssignmentRole.EXECUTIVE,
    AssignmentRole.ASSISTANT,
)
_TEXT_FIELDS = tuple(f for f in FIELD_NAMES if f not in ("budget", "deadline"))


def _lang(lang: str) -> str:
    return "en" if lang.lower().startswith("en") else "es"


# --- the agency ------------------------------------------------------------------------


def _agency(uow: UnitOfWork) -> Agency:
    agency = uow.session.scalar(select(Agency).order_by(Agency.id).limit(1))
    if agency is None:
        raise NotFound("agency.missing")
    return agency


def _profile(agency: Agency) -> AgencyProfile:
    return AgencyProfile(
        name=agency.name,
        legal_name=agency.legal_name,
        tagline=agency.tagline,
        about=agency.about,
        services=services_from_text(agency.services),
        process=tuple(
            (str(step.get("title", "")), str(step.get("text", "")))
            for step in agency.process or []
            if step.get("title")
        ),
        address=agency.address,
        phone=agency.phone,
        email=agency.email,
        website=agency.website,
        logo=agency.logo,
        primary_color=agency.primary_color,
        secondary_color=agency.secondary_color,
        locale=agency.locale,
        currency=agency.currency,
        font=agency.deck_font or "Lato",
    )


def _person(staff: Staff, lang: str, part: str = "") -> Person:
    """Someone as a team slide names them: in Spanish by the agency's own title for them
    ("Directora de Cuentas"), in English by their role; never both (they say the same)."""
    role = staff.title if lang == "es" and staff.title else m.role_name(staff.role.value, lang)
    return Person(name=staff.full_name, role=role, part=part)


def _trees(
    people: Sequence[tuple[Staff, str]], bosses: dict[int, int | None], lang: str
) -> tuple[TeamNode, ...]:
    """People as org chart trees: each under their nearest boss who is also shown (`bosses`
    is everyone's reporting line); the highest role first, then by name."""
    shown = {s.id: (s, part) for s, part in people}

    def shown_boss(staff: Staff) -> int | None:
        boss, seen = staff.reports_to_id, {staff.id}
        while boss is not None and boss not in shown and boss not in seen:
            seen.add(boss)
            boss = bosses.get(boss)
        return boss if boss in shown and boss != staff.id else None

    children: dict[int | None, list[Staff]] = defaultdict(list)
    for staff, _ in people:
        children[shown_boss(staff)].append(staff)

    def node(staff: Staff, path: frozenset[int]) -> TeamNode:
        below = sorted(children.get(staff.id, []), key=lambda s: (-s.role.rank, s.name_key))
        return TeamNode(
            _person(staff, lang, shown[staff.id][1]),
            tuple(node(s, path | {s.id}) for s in below if s.id not in path),
        )

    roots = sorted(children.get(None, []), key=lambda s: (-s.role.rank, s.name_key))
    return tuple(node(s, frozenset({s.id})) for s in roots)


def _bosses(uow: UnitOfWork) -> dict[int, int | None]:
    return dict(uow.session.execute(select(Staff.id, Staff.reports_to_id)).tuples().all())


def _agency_team(uow: UnitOfWork, lang: str) -> tuple[TeamNode, ...]:
    """The account department from executives up, by group."""
    groups = dict(uow.session.execute(select(AccountGroup.id, AccountGroup.name)).tuples().all())
    people = list(
        uow.session.scalars(
            select(Staff)
            .where(Staff.active.is_(True), Staff.role != Role.ADMINISTRATOR)
            .order_by(Staff.name_key)
        )
    )
    shown = [
        (s, groups.get(s.group_id or -1, "")) for s in people if s.role.rank >= _CHART_FROM.rank
    ]
    return _trees(shown, _bosses(uow), lang)


def _account_team(
    uow: UnitOfWork, account: Account, lang: str
) -> list[tuple[Staff, AssignmentRole]]:
    """The account's team, from its director down, active people only."""
    rows = uow.session.execute(
        select(Staff, AccountAssignment.role)
        .join(AccountAssignment, AccountAssignment.staff_id == Staff.id)
        .where(AccountAssignment.account_id == account.id, Staff.active.is_(True))
    ).all()
    team = [(staff, part) for staff, part in rows]
    team.sort(key=lambda t: (_PART_ORDER.index(t[1]), -t[0].role.rank, t[0].name_key))
    return team


def _showable_campaign() -> Any:
    return and_(Campaign.may_be_shown.is_(True), Account.may_be_shown.is_(True))


def _clients(uow: UnitOfWork, recipient: Account | None) -> tuple[ClientRef, ...]:
    """Showable clients we work for (active or paused), in name order; when there are more
    than fit, those with a case we may tell, then those with campaigns, then the oldest
    relationships. The recipient always, when it is a client."""
    s = uow.session
    with_cases = (
        select(Campaign.account_id)
        .join(Account, Account.id == Campaign.account_id)
        .where(Campaign.status == CampaignStatus.COMPLETED, _showable_campaign())
        .distinct()
    )
    with_campaigns = select(Campaign.account_id).distinct()
    serving = (AccountStatus.ACTIVE, AccountStatus.PAUSED)
    rows = list(
        s.execute(
            select(Account.id, Account.name_key, Account.trade_name, Account.sector, Account.logo)
            .where(Account.may_be_shown.is_(True), Account.status.in_(serving))
            .order_by(
                Account.id.in_(with_cases).desc(),
                Account.id.in_(with_campaigns).desc(),
                Account.created_at,
                Account.id,
            )
            .limit(MAX_CLIENTS)
        ).tuples()
    )
    if (
        recipient is not None
        and recipient.status in serving
        and all(row[0] != recipient.id for row in rows)
    ):
        rows = [
            (
                recipient.id,
                recipient.name_key,
                recipient.trade_name,
                recipient.sector,
                recipient.logo,
            ),
            *rows[: MAX_CLIENTS - 1],
        ]
    rows.sort(key=lambda row: (row[1], row[0]))
    return tuple(ClientRef(name, sector, logo) for _, _, name, sector, logo in rows)


def _completed_on(uow: UnitOfWork, campaign_ids: Iterable[int]) -> dict[int, date]:
    ids = list(campaign_ids)
    if not ids:
        return {}
    rows = uow.session.execute(
        select(StatusChange.campaign_id, func.max(StatusChange.at))
        .where(
            StatusChange.campaign_id.in_(ids),
            StatusChange.to_status == CampaignStatus.COMPLETED,
        )
        .group_by(StatusChange.campaign_id)
    )
    return {i: at.date() for i, at in rows if at is not None}


def _latest_briefs(uow: UnitOfWork, campaign_ids: list[int]) -> dict[int, Brief]:
    latest: dict[int, Brief] = {}
    if not campaign_ids:
        return latest
    for brief in uow.session.scalars(
        select(Brief).where(Brief.campaign_id.in_(campaign_ids)).order_by(Brief.number)
    ):
        latest[brief.campaign_id] = brief
    return latest


def _latest_summaries(uow: UnitOfWork, campaign_ids: list[int]) -> dict[int, str]:
    latest: dict[int, str] = {}
    if not campaign_ids:
        return latest
    for campaign_id, summary in uow.session.execute(
        select(Proposal.campaign_id, Proposal.summary)
        .where(Proposal.campaign_id.in_(campaign_ids))
        .order_by(Proposal.number)
    ):
        latest[campaign_id] = summary
    return latest


def _images(uow: UnitOfWork, document_ids: Iterable[int | None]) -> dict[int, bytes]:
    ids = [i for i in document_ids if i is not None]
    if not ids:
        return {}
    return dict(
        uow.session.execute(select(Document.id, Document.data).where(Document.id.in_(ids)))
        .tuples()
        .all()
    )


def _kpis(raw: Sequence[dict[str, Any]]) -> tuple[Kpi, ...]:
    return tuple(
        Kpi(str(k.get("name", "")), str(k.get("target", "")), str(k.get("achieved", "")))
        for k in raw
        if str(k.get("name", "")).strip()
    )


def _cases(uow: UnitOfWork, recipient: Account | None) -> tuple[CaseStudy, ...]:
    """Completed campaigns we may tell: showable ones of showable accounts, and the
    recipient's own (first); the most recently completed first."""
    shown: Any = _showable_campaign()
    if recipient is not None:
        shown = or_(shown, Campaign.account_id == recipient.id)
    rows = list(
        uow.session.execute(
            select(Campaign, Account, Brand.name)
            .join(Account, Account.id == Campaign.account_id)
            .outerjoin(Brand, Brand.id == Campaign.brand_id)
            .where(Campaign.status == CampaignStatus.COMPLETED, shown)
        ).tuples()
    )
    ids = [c.id for c, _, _ in rows]
    completed = _completed_on(uow, ids)
    own = recipient.id if recipient is not None else None
    rows.sort(  # the recipient's own first, then the most recently completed
        key=lambda r: (
            r[0].account_id != own,
            -(completed.get(r[0].id) or r[0].deadline or date.min).toordinal(),
            -r[0].id,
        )
    )
    rows = rows[:MAX_CASES]
    ids = [c.id for c, _, _ in rows]
    briefs = _latest_briefs(uow, ids)
    summaries = _latest_summaries(uow, ids)
    visuals = _images(uow, (c.key_visual_id for c, _, _ in rows))
    cases = []
    for campaign, account, brand in rows:
        brief = briefs.get(campaign.id)
        when = completed.get(campaign.id) or campaign.deadline or campaign.start_date
        idea = (brief.key_message if brief else "") or summaries.get(campaign.id, "")
        cases.append(
            CaseStudy(
                client=account.trade_name,
                brand=brand or "",
                campaign=campaign.name,
                year=when.year if when else None,
                challenge=brief.objectives if brief else "",
                idea=idea,
                story=campaign.results_story,
                results=_kpis(campaign.results_kpis or []),
                key_visual=visuals.get(campaign.key_visual_id or -1),
                client_logo=account.logo,
            )
        )
    return tuple(cases)


def agency_content(
    db: Database,
    actor: Actor,
    *,
    for_account_id: int | None = None,
    lang: str = "es",
    today: date | None = None,
) -> CredentialsContent:
    """The agency's credentials, for anyone signed in; prepared for one account (a client
    or a prospect the person may see) when `for_account_id` is given."""
    lang = _lang(lang)
    with unit_of_work(db, actor, write=False) as uow:
        agency = _agency(uow)
        recipient = None
        if for_account_id is not None:
            recipient = uow.session.get(Account, for_account_id)
            if recipient is None:
                raise NotFound("account.not_found", id=for_account_id)
            access.require(uow, Action.SEE_ACCOUNTS, recipient)
        if recipient is not None and (team := _account_team(uow, recipient, lang)):
            people = [(s, m.part_name(part.value, lang)) for s, part in team]
            chart = _trees(people, _bosses(uow), lang)
        else:
            chart = _agency_team(uow, lang)
        return CredentialsContent(
            agency=_profile(agency),
            made_on=today or date.today(),
            prepared_for=recipient.trade_name if recipient is not None else "",
            prepared_for_logo=recipient.logo if recipient is not None else None,
            team=chart,
            clients=_clients(uow, recipient),
            cases=_cases(uow, recipient),
        )


# --- a campaign ------------------------------------------------------------------------


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
            found.append(Milestone(name, a.decided_on, True))
        elif a.stage is ApprovalStage.CLIENT:
            name = m.render(
                "milestone.client_decision",
                {"number": a.subject_number, "decision": m.decision_name(a.decision.value, lang)},
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


def _campaign_team(
    uow: UnitOfWork, detail: CampaignDetail, account: Account, lang: str
) -> tuple[Person, ...]:
    """The owner first, then the account's team by part, then who approved internally."""
    people: dict[int, Person] = {}
    owner = uow.session.get(Staff, detail.row.owner_id)
    if owner is not None:
        people[owner.id] = _person(owner, lang, m.part_name("owner", lang))
    for staff, part in _account_team(uow, account, lang):
        people.setdefault(staff.id, _person(staff, lang, m.part_name(part.value, lang)))
    approver_ids = [
        a.decided_by_id
        for a in reversed(detail.approvals)
        if a.stage is not ApprovalStage.CLIENT and a.decided_by_id is not None
    ]
    for staff_id in approver_ids:
        if staff_id not in people:
            approver = uow.session.get(Staff, staff_id)
            if approver is not None:
                people[staff_id] = _person(approver, lang, m.part_name("approver", lang))
    return tuple(people.values())


def _decisions(detail: CampaignDetail, lang: str) -> tuple[Decision, ...]:
    out = []
    for a in reversed(detail.approvals):  # oldest first
        subject_code = "timeline.brief" if a.stage is ApprovalStage.BRIEF else "timeline.proposal"
        out.append(
            Decision(
                stage=m.stage_name(a.stage.value, lang),
                subject=m.render(subject_code, {"number": a.subject_number}, lang),
                decision=m.decision_name(a.decision.value, lang),
                who=a.contact or a.decided_by,
                on_behalf_of=a.on_behalf_of,
                decided_on=a.decided_on,
                channel=m.channel_name(a.channel.value, lang) if a.channel else "",
                comment=a.comment,
                document_sha256=a.document_sha256,
                superseded=a.superseded,
            )
        )
    return tuple(out)


def _next_steps(detail: CampaignDetail) -> tuple[NextStep, ...]:
    steps = [
        NextStep(step.description, step.owner, step.due_on)
        for meeting in detail.meetings
        for step in meeting.next_steps
        if not step.done
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
    lang = _lang(lang)
    day = today or date.today()
    with unit_of_work(db, actor, write=False) as uow:
        detail = campaigns.load_detail(uow, campaign_id)
        s = uow.session
        agency = _agency(uow)
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
        return CampaignContent(
            agency=_profile(agency),
            made_on=day,
            client=account.trade_name,
            client_logo=account.logo,
            brand=brand.name if brand is not None else "",
            brand_logo=brand.logo if brand is not None else None,
            campaign=detail.row.name,
            code=detail.row.code,
            kind=m.kind_name(detail.row.kind.value, lang),
            status=m.status_name(detail.row.status.value, lang),
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
                    channel=m.media_channel_name(line.channel.value, lang),
                    description=line.description,
                    amount=line.amount,
                    starts=line.starts,
                    ends=line.ends,
                )
                for line in detail.plan
            ),
            milestones=_milestones(detail, lang, day),
            team=_campaign_team(uow, detail, account, lang),
            decisions=_decisions(detail, lang),
            next_steps=_next_steps(detail),
            results=tuple(Kpi(k.name, k.target, k.achieved) for k in detail.results_kpis),
            results_story=detail.results_story,
            version=version,
            key_visual=_images(uow, [visual_id]).get(visual_id or -1),
        )
