"""Tester findings (explore 9) on the service desk, on both databases: Pendientes counts
the first answer's clock; a subject is one line without direction overrides; a
deactivated person is said to be so; a request names the campaign and task it became."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from service_world import Desk, service_desk

from agencia.areas import pending_for
from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.errors import ValidationError
from agencia.domain.service_enums import Direction, Priority, RequestKind, RequestStatus
from agencia.services.communications import log
from agencia.services.people.handover import deactivate_staff
from agencia.services.service import queries, requests, to_campaign
from agencia.services.service.requests import NewRequest
from agencia.services.service.to_task import task_from_request

MADRID = ZoneInfo("Europe/Madrid")
MONDAY = date(2026, 3, 9)


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _new(desk: Desk, subject: str = "Primera solicitud", priority: Priority = Priority.LOW) -> int:
    data = NewRequest(
        account_id=desk.accounts["madrid"],
        channel=Channel.PHONE,
        kind=RequestKind.REQUEST,
        priority=priority,
        subject=subject,
        received_at=datetime(2026, 3, 9, 9, tzinfo=MADRID),
    )
    return requests.open_request(desk.db, desk.actor("exec"), data).id


def _service(desk: Desk, day: date) -> list[tuple[int, str, date | None, bool]]:
    return [
        (i.campaign_id, i.kind, i.due, i.overdue)
        for i in pending_for(desk.db, desk.actor("exec"), day)
        if i.area.value == "service"
    ]


def test_pendientes_shows_a_request_whose_first_answer_is_due(desk: Desk) -> None:
    rid = _new(desk)  # low: answered within days, resolved much later
    shown = queries.show_request(desk.db, desk.actor("exec"), rid)
    assert shown.due_response_at is not None and shown.row.due is not None
    answer_day = shown.due_response_at.astimezone(MADRID).date()
    assert shown.row.due.date() > answer_day  # the resolution is not due yet
    # the day before the answer is due, and on the day: it waits, to be answered
    for day in (answer_day.fromordinal(answer_day.toordinal() - 1), answer_day):
        assert _service(desk, day) == [(rid, "service_response", answer_day, False)]
    # answered: the first clock is met; the resolution is not near, so nothing waits
    requests.move_request(desk.db, desk.actor("exec"), rid, RequestStatus.IN_PROGRESS)
    assert _service(desk, answer_day) == []


def test_an_unanswered_request_past_its_answer_is_overdue(desk: Desk) -> None:
    rid = _new(desk)
    shown = queries.show_request(desk.db, desk.actor("exec"), rid)
    assert shown.due_response_at is not None
    later = shown.due_response_at.astimezone(MADRID).date().toordinal() + 1
    assert _service(desk, date.fromordinal(later))[0][:2] == (rid, "service_response")
    assert _service(desk, date.fromordinal(later))[0][3] is True


@pytest.mark.parametrize(
    ("subject", "code"),
    [
        ("Factura \u202efdp.exe", "field.bidi"),
        ("dos\nlíneas", "field.line_break"),
        ("Factura\u2066 oculta", "field.bidi"),
    ],
)
def test_a_subject_is_one_line_without_direction_overrides(
    desk: Desk, subject: str, code: str
) -> None:
    data = NewRequest(
        desk.accounts["madrid"], Channel.PHONE, RequestKind.REQUEST, Priority.LOW, subject
    )
    assert requests.validate_request(data) == {"subject": (code, {})}  # the form's live check
    with pytest.raises(ValidationError) as refused:
        requests.open_request(desk.db, desk.actor("exec"), data)
    assert refused.value.field_errors == {"subject": (code, {})}
    contact = log.NewCommunication(
        account_id=desk.accounts["madrid"],
        channel=Channel.PHONE,
        direction=Direction.INBOUND,
        subject=subject,
        summary="",
    )
    assert log.validate_communication(contact) == {"subject": (code, {})}
    with pytest.raises(ValidationError) as refused:
        log.log_communication(desk.db, desk.actor("exec"), contact)
    assert refused.value.field_errors["subject"] == (code, {})


def test_reassigning_to_a_deactivated_person_says_she_is_so(desk: Desk) -> None:
    rid = _new(desk)
    deactivate_staff(desk.db, desk.admin, desk.staff["other"])
    with pytest.raises(ValidationError) as refused:
        requests.reassign(desk.db, desk.actor("supervisor"), rid, desk.staff["other"])
    assert refused.value.field_errors == {
        "assignee_id": ("staff.inactive", {"name": "Otra Ejecutiva"})
    }
    assert "Otra Ejecutiva está de baja" in str(refused.value)
    with pytest.raises(ValidationError) as missing:
        requests.reassign(desk.db, desk.actor("supervisor"), rid, 9999)
    assert missing.value.field_errors["assignee_id"][0] == "staff.not_found"


def test_a_request_names_the_campaign_and_task_it_became(desk: Desk) -> None:
    exec_ = desk.actor("exec")
    rid = _new(desk, "Banner de primavera", Priority.URGENT)
    before = queries.show_request(desk.db, exec_, rid)
    assert (before.campaign, before.task_id, before.task) == ("", None, "")
    campaign_id = to_campaign.make_campaign(desk.db, exec_, rid)
    task_id = task_from_request(desk.db, exec_, rid, today=MONDAY).id
    after = queries.show_request(desk.db, exec_, rid)
    assert (after.campaign_id, after.campaign) == (campaign_id, "Banner de primavera")
    assert (after.task_id, after.task) == (task_id, "Banner de primavera")


def test_the_queue_counts_down_to_the_first_answer_while_it_is_owed(desk: Desk) -> None:
    """explore 10 M3: a new request's SLA column counted to its resolution (days away)
    while its first answer was due within hours; once answered, the resolution."""
    rid = _new(desk)
    shown = queries.show_request(desk.db, desk.actor("exec"), rid)
    assert shown.due_response_at is not None and shown.row.due is not None
    assert shown.due_response_at < shown.row.due
    (row,) = [r for r in queries.list_requests(desk.db, desk.actor("exec")) if r.id == rid]
    assert row.next_due == shown.due_response_at
    requests.move_request(desk.db, desk.actor("exec"), rid, RequestStatus.IN_PROGRESS)
    (row,) = [r for r in queries.list_requests(desk.db, desk.actor("exec")) if r.id == rid]
    assert row.next_due == row.due
