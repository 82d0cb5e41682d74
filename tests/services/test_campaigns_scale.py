"""The large demo's campaigns at scale (a few dozen here: the same code as its 50,000), on
SQLite and PostgreSQL: each with its brief, the brief approved where the campaign is past
it, read back through the list and the campaign page like any other."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import Cast, build_cast, new_campaign
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.campaigns import scale
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Approval, Brief, Campaign
from agencia.domain.enums import CampaignStatus
from agencia.services.campaigns.approvals import brief_approved
from agencia.services.campaigns.queries import CampaignQuery, get_campaign, search_campaign_ids

TODAY = date(2026, 3, 1)


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def test_campaigns_at_scale_come_with_briefs_and_approvals(cast: Cast) -> None:
    existing = new_campaign(cast)  # one played through the services counts toward the total
    with cast.db.writer.connect() as connection, connection.begin():
        assert scale.fill_at_scale(connection, TODAY, total=41) >= 0
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        session = uow.session
        made = session.execute(select(Campaign.id, Campaign.status)).all()
        briefs = session.scalar(select(func.count(Brief.id)))
        approvals = session.scalar(select(func.count(Approval.id)))
        generated = [i for i, _status in made if i != existing]
        in_brief = {i for i, s in made if s is CampaignStatus.BRIEF and i != existing}
        assert all(brief_approved(uow, i) == (i not in in_brief) for i in generated)
    assert len(made) == 41 and len(generated) == 40
    assert briefs == 40 and in_brief  # one each (the service's campaign has none yet)
    assert approvals == 40 - len(in_brief)
    assert any(s is CampaignStatus.COMPLETED for _i, s in made)

    admin = cast.actor("admin")
    assert set(search_campaign_ids(cast.db, admin, CampaignQuery())) == {i for i, _ in made}
    page = get_campaign(cast.db, admin, generated[-1])
    assert len(page.briefs) == 1
    # the sequences moved past the rows written with their ids (PostgreSQL), and a new
    # campaign of this year is numbered as usual
    added = new_campaign(cast, name="Después")
    assert added > max(generated)
    with cast.db.writer.connect() as connection, connection.begin():
        assert scale.fill_at_scale(connection, TODAY, total=41) == 0.0  # already there
