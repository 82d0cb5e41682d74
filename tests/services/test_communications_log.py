"""The communications page's reads on both databases: the log narrowed by account,
channel, person and dates (only what the person may see), and the SLA chart's weekly
figures against hand-counted requests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from service_world import Desk, service_desk

from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Delivery, Direction, Priority, RequestKind, RequestStatus
from agencia.services.communications import browse, log
from agencia.services.communications.browse import LogFilter
from agencia.services.service import requests, weekly


@pytest.fixture
def desk(db: Database) -> Desk:
    desk = service_desk(db)
    contacts = (
        ("madrid", Channel.COURIER, "supervisor", datetime(2026, 3, 2, 9, tzinfo=UTC)),
        ("madrid", Channel.EMAIL, "exec", datetime(2026, 3, 5, 9, tzinfo=UTC)),
        ("mexico", Channel.EMAIL, "exec", datetime(2026, 3, 9, 9, tzinfo=UTC)),
    )
    for n, (account, channel, who, at) in enumerate(contacts):
        courier = channel is Channel.COURIER
        log.log_communication(
            desk.db,
            desk.actor(who),
            log.NewCommunication(
                desk.accounts[account],
                channel,
                Direction.OUTBOUND,
                f"Contacto {n}",
                occurred_at=at,
                delivery=Delivery.DELIVERED if courier else Delivery.NOT_APPLICABLE,
                confirmation={"carrier": "Seur", "signed_by": "Ana"} if courier else {},
            ),
        )
    return desk


def _subjects(desk: Desk, wanted: LogFilter, who: str = "director") -> list[str]:
    return [r.subject for r in browse.browse(desk.db, desk.actor(who), wanted)]


def test_the_log_is_narrowed_by_account_channel_person_and_dates(desk: Desk) -> None:
    assert _subjects(desk, LogFilter()) == ["Contacto 2", "Contacto 1", "Contacto 0"]
    assert _subjects(desk, LogFilter(account_id=desk.accounts["madrid"])) == [
        "Contacto 1",
        "Contacto 0",
    ]
    assert _subjects(desk, LogFilter(channel=Channel.EMAIL)) == ["Contacto 2", "Contacto 1"]
    assert _subjects(desk, LogFilter(staff_id=desk.staff["supervisor"])) == ["Contacto 0"]
    assert _subjects(desk, LogFilter(since=date(2026, 3, 5), until=date(2026, 3, 8))) == [
        "Contacto 1"
    ]
    assert _subjects(desk, LogFilter(until=date(2026, 3, 5))) == ["Contacto 1", "Contacto 0"]
    courier = browse.browse(desk.db, desk.actor("director"), LogFilter(channel=Channel.COURIER))
    confirmed = dict(courier[0].confirmation)
    # the delivery, confirmed by whoever logged it, at the moment of logging (not its date)
    at = datetime.fromisoformat(confirmed.pop("confirmed_at"))
    assert abs(at - datetime.now(UTC)) < timedelta(minutes=5)
    assert (courier[0].delivery, confirmed, courier[0].staff) == (
        "delivered",
        {"carrier": "Seur", "signed_by": "Ana"},
        "Sergio Supervisor",
    )
    assert len(browse.browse(desk.db, desk.actor("director"), LogFilter(), limit=2)) == 2
    assert _subjects(desk, LogFilter(), who="other") == []  # on no account of theirs


def test_the_sla_chart_counts_kept_and_broken_promises_by_week(desk: Desk) -> None:
    # Monday 2 March: one resolved in time, one late; Monday 9 March: one open and late.
    now = datetime(2026, 3, 20, 12, tzinfo=UTC)
    exec_ = desk.actor("exec")

    def new(at: datetime) -> int:
        data = requests.NewRequest(
            desk.accounts["madrid"],
            Channel.PHONE,
            RequestKind.REQUEST,
            Priority.URGENT,
            "x",
            received_at=at,
        )
        return requests.open_request(desk.db, exec_, data).id

    kept = new(datetime(2026, 3, 3, 9, tzinfo=UTC))
    requests.move_request(
        desk.db,
        exec_,
        kept,
        RequestStatus.RESOLVED,
        "Hecho",
        now=datetime(2026, 3, 3, 10, tzinfo=UTC),
    )
    late = new(datetime(2026, 3, 4, 9, tzinfo=UTC))
    requests.move_request(
        desk.db,
        exec_,
        late,
        RequestStatus.RESOLVED,
        "Tarde",
        now=datetime(2026, 3, 6, 9, tzinfo=UTC),
    )
    new(datetime(2026, 3, 10, 9, tzinfo=UTC))
    weeks = weekly.weekly(desk.db, exec_, weeks=4, now=now)
    assert [(w.monday, w.met, w.breached) for w in weeks] == [
        (date(2026, 2, 23), 0, 0),
        (date(2026, 3, 2), 1, 1),
        (date(2026, 3, 9), 0, 1),
        (date(2026, 3, 16), 0, 0),
    ]
    assert (
        sum(w.met + w.breached for w in weekly.weekly(desk.db, desk.actor("other"), now=now)) == 0
    )
