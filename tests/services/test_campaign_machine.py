"""Every allowed and every forbidden move, for every role: a Hypothesis state machine over
the life table, against the real services on both databases.

The oracle is written here by hand from the campaign life table (who may make which move), not taken
from agencia.domain.campaign_life, so the machine checks the code against the design.
"""

from __future__ import annotations

from datetime import date

import hypothesis.strategies as st
from campaign_world import (
    PROPOSAL_PDF,
    Cast,
    add_proposal,
    build_cast,
    new_campaign,
    ready_for_development,
)
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Campaign
from agencia.domain.enums import CampaignStatus, Channel
from agencia.domain.errors import DomainError
from agencia.domain.models import AuditEvent
from agencia.services.campaigns import flow
from agencia.services.campaigns.documents import DocumentInput

S = CampaignStatus

LIFE = {
    S.BRIEF: {S.IN_DEVELOPMENT},
    S.IN_DEVELOPMENT: {S.INTERNAL_REVIEW},
    S.INTERNAL_REVIEW: {S.READY_FOR_CLIENT, S.CHANGES_REQUESTED, S.REJECTED},
    S.READY_FOR_CLIENT: {S.PRESENTED},
    S.PRESENTED: {S.APPROVED, S.CHANGES_REQUESTED, S.REJECTED},
    S.CHANGES_REQUESTED: {S.IN_DEVELOPMENT},
    S.APPROVED: {S.IN_PRODUCTION},
    S.IN_PRODUCTION: {S.LIVE},
    S.LIVE: {S.COMPLETED},
}
FINAL = {S.COMPLETED, S.REJECTED, S.CANCELLED}

# The campaign is the executive's, on an account of group A, 40,000 € (a supervisor's call).
OWNER_OR_ABOVE = {"executive", "supervisor", "manager", "director"}
INTERNAL_APPROVERS = {"supervisor", "manager", "director"}
CANCELLERS = {"director"}
PEOPLE = (
    "executive",
    "junior",
    "assistant",
    "supervisor",
    "manager",
    "director",
    "director_b",
    "admin",
)


def may(who: str, source: S, target: S) -> bool:
    if target is S.CANCELLED:
        return source not in FINAL and who in CANCELLERS
    if target not in LIFE.get(source, set()):
        return False
    if source is S.INTERNAL_REVIEW:
        return who in INTERNAL_APPROVERS
    return who in OWNER_OR_ABOVE


def step_for(cast: Cast, source: S, target: S) -> flow.Step | None:
    """The decision a move needs (a harmless one when the move is not in the table)."""
    if target is S.CANCELLED:
        return flow.ReasonStep("El cliente la congeló")
    if source is S.INTERNAL_REVIEW:
        return flow.InternalDecisionStep("Revisada")
    if target is S.PRESENTED:
        return flow.PresentationStep(upload=DocumentInput("deck.pdf", PROPOSAL_PDF))
    if source is S.PRESENTED:
        return flow.ClientDecisionStep(cast.contact_id, date.today(), Channel.PHONE, "Visto")
    if target is S.COMPLETED:
        return flow.ResultsStep("Cumplió los objetivos.")
    return None


class CampaignLife(RuleBasedStateMachine):
    cast: Cast
    visited: set[S]

    def __init__(self) -> None:
        super().__init__()
        self.campaign_id = new_campaign(self.cast)
        ready_for_development(self.cast, self.campaign_id)
        add_proposal(self.cast, self.campaign_id)
        self.status = S.BRIEF

    def _row(self) -> tuple[int, S]:
        with unit_of_work(self.cast.db, SYSTEM, write=False) as uow:
            version, status = uow.session.execute(
                select(Campaign.version, Campaign.status).where(Campaign.id == self.campaign_id)
            ).one()
            return version, status

    def _trail(self) -> int:
        with unit_of_work(self.cast.db, SYSTEM, write=False) as uow:
            return uow.session.scalar(select(func.count(AuditEvent.id))) or 0

    @rule(who=st.sampled_from(PEOPLE), to=st.sampled_from(list(S)))
    def attempt_any_move(self, who: str, to: S) -> None:
        self._attempt(who, to)

    @rule(who=st.sampled_from(PEOPLE), pick=st.integers(0, 29))
    def attempt_a_move_of_the_table(self, who: str, pick: int) -> None:
        """Mostly moves that exist, so that the walk reaches the end of the life."""
        onward = sorted(LIFE.get(self.status, set()))
        if pick == 0 and self.status not in FINAL:
            self._attempt(who, S.CANCELLED)
        elif onward:
            self._attempt(who, onward[pick % len(onward)])

    def _attempt(self, who: str, target: S) -> None:
        source = self.status
        before = self._trail()
        step = step_for(self.cast, source, target)
        try:
            flow.move_campaign(
                self.cast.db,
                self.cast.actor(who),
                self.campaign_id,
                target,
                version=self._row()[0],
                step=step,
            )
        except DomainError as exc:
            assert not may(who, source, target), f"{who}: {source} → {target} refused: {exc}"
            assert self._trail() == before, "a refusal wrote to the trail"
            assert str(exc) and "{" not in str(exc)
            return
        assert may(who, source, target), f"{who}: {source} → {target} was allowed"
        assert self._trail() > before
        self.status = target
        self.visited.add(target)

    @invariant()
    def the_database_agrees(self) -> None:
        assert self._row()[1] is self.status


def test_every_move_for_every_role_follows_the_design(db: Database) -> None:
    CampaignLife.cast = build_cast(db)
    CampaignLife.visited = {S.BRIEF}
    run_state_machine_as_test(
        CampaignLife,
        settings=settings(
            max_examples=15,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
            derandomize=True,
        ),
    )
    assert CampaignLife.visited == set(S), f"never reached: {set(S) - CampaignLife.visited}"
