"""The large demo's contact log, made small, on both databases: the rows written straight
to the driver read back like those the services write (moments in UTC, enums, JSON), the
first account gets its heavy share, the indexes are back, and the log and the timeline
read them newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from service_world import Desk, service_desk
from sqlalchemy import func, inspect, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.communications import CONTACTS, scale
from agencia.domain.actor import SYSTEM
from agencia.domain.service_models import Communication
from agencia.services.communications import browse, timeline

NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def test_the_log_at_scale_reads_back_like_the_services_write_it(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scale, "HEAVY", 1_000)
    with desk.db.writer.connect() as connection, connection.begin():
        seconds = scale.fill_at_scale(connection, NOW, 0, CONTACTS, 3_000)
        names = {i["name"] for i in inspect(connection).get_indexes("communications")}
    assert seconds > 0
    assert {"ix_communications_account", "ix_communications_occurred"} <= names
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        count = uow.session.scalar(select(func.count()).select_from(Communication))
        first = uow.session.scalar(
            select(func.count()).where(Communication.account_id == desk.accounts["madrid"])
        )
        newest = uow.session.scalars(
            select(Communication).order_by(Communication.occurred_at.desc()).limit(1)
        ).one()
    assert count == 3_000
    # the heavy share, and a third of the rest (three accounts): about 1,667
    assert first is not None and 1_450 < first < 1_900
    assert NOW - timedelta(days=3 * 365) <= newest.occurred_at <= NOW
    assert newest.occurred_at.tzinfo is not None and newest.contact_ids == []
    director = desk.actor("director")
    page = browse.browse(desk.db, director, browse.LogFilter(account_id=desk.accounts["madrid"]))
    assert len(page) == browse.PAGE
    assert [r.occurred_at for r in page] == sorted((r.occurred_at for r in page), reverse=True)
    assert {r.channel for r in page} >= {"courier", "fax", "email"}
    moments = timeline.timeline(desk.db, director, desk.accounts["madrid"], limit=50)
    assert len(moments) == 50 and moments[0].at == page[0].occurred_at


def test_ten_for_each_account_by_default(desk: Desk) -> None:
    with desk.db.writer.connect() as connection, connection.begin():
        scale.fill_at_scale(connection, NOW, 0, CONTACTS)
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        count = uow.session.scalar(select(func.count()).select_from(Communication))
    assert count == scale.PER_ACCOUNT * len(desk.accounts)
