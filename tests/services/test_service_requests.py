"""Service requests on both databases: routing, the SLA clock on the account's calendar,
the moves with their pauses, escalation up the ladder, the queue, Pendientes and the SLA
report, every time on a fixed clock."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from factories import audit_events
from service_world import Desk, service_desk

from agencia.areas import pending_for
from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.errors import PermissionDenied, ValidationError
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus, Rung
from agencia.services.service import queries, report, requests
from agencia.services.service.requests import NewRequest

MADRID = ZoneInfo("Europe/Madrid")
MEXICO = ZoneInfo("America/Mexico_City")
S = RequestStatus


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _new(
    desk: Desk,
    account: str,
    at: datetime,
    priority: Priority = Priority.NORMAL,
    subject: str = "Falta el arte final",
) -> int:
    data = NewRequest(
        account_id=desk.accounts[account],
        channel=Channel.PHONE,
        kind=RequestKind.REQUEST,
        priority=priority,
        subject=subject,
        received_at=at,
    )
    return requests.open_request(desk.db, desk.actor("exec"), data).id


def test_a_request_goes_to_the_lead_and_is_due_on_the_client_s_calendar(desk: Desk) -> None:
    # Friday 13 March 2026 17:00 local, urgent: 1 h to answer, 4 h to resolve.
    madrid = _new(desk, "madrid", datetime(2026, 3, 13, 17, tzinfo=MADRID), Priority.URGENT)
    mexico = _new(desk, "mexico", datetime(2026, 3, 13, 17, tzinfo=MEXICO), Priority.URGENT)
    shown = queries.show_request(desk.db, desk.actor("exec"), madrid)
    assert shown.row.assignee == "Álvaro Ejecutivo" and shown.row.status == "assigned"
    assert shown.due_response_at == datetime(2026, 3, 13, 17, tzinfo=UTC)  # 18:00 Madrid
    assert shown.row.due == datetime(2026, 3, 16, 11, tzinfo=UTC)  # Monday 12:00 Madrid
    # Monday 16 is a holiday in Mexico: Tuesday 12:00 in Mexico City
    assert queries.show_request(desk.db, desk.actor("exec"), mexico).row.due == datetime(
        2026, 3, 17, 18, tzinfo=UTC
    )


def test_nothing_stays_unassigned(desk: Desk) -> None:
    with pytest.raises(ValidationError) as refused:
        requests.open_request(
            desk.db,
            desk.actor("loner"),
            NewRequest(
                desk.accounts["orphan"], Channel.EMAIL, RequestKind.INCIDENT, Priority.LOW, "x"
            ),
        )
    assert refused.value.field_errors["account_id"][0] == "request.nobody_to_route"


def test_someone_off_the_account_may_not_take_its_requests(desk: Desk) -> None:
    data = NewRequest(
        desk.accounts["madrid"], Channel.WEB, RequestKind.COMPLAINT, Priority.HIGH, "Queja"
    )
    with pytest.raises(PermissionDenied):
        requests.open_request(desk.db, desk.actor("other"), data)
    assert queries.list_requests(desk.db, desk.actor("other")) == []


def test_waiting_on_the_client_moves_the_due_time(desk: Desk) -> None:
    # Monday 9 March 9:00, normal: 40 working hours → Friday 13 March 18:00 Madrid.
    rid = _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID))
    who = desk.actor("exec")
    assert queries.show_request(desk.db, who, rid).row.due == datetime(2026, 3, 13, 17, tzinfo=UTC)
    requests.move_request(
        desk.db, who, rid, S.WAITING_ON_CLIENT, now=datetime(2026, 3, 9, 11, tzinfo=MADRID)
    )
    assert queries.show_request(desk.db, who, rid).row.due is None  # the clock is stopped
    requests.move_request(
        desk.db, who, rid, S.IN_PROGRESS, now=datetime(2026, 3, 10, 10, tzinfo=MADRID)
    )
    shown = queries.show_request(desk.db, who, rid)
    # paused Monday 11–14, 15–18 and Tuesday 9–10: 7 working hours later than Friday
    # 18:00, Monday 16 at 17:00 Madrid
    assert shown.row.due == datetime(2026, 3, 16, 16, tzinfo=UTC)
    assert shown.first_response_at == datetime(2026, 3, 9, 10, tzinfo=UTC)
    with pytest.raises(ValidationError) as refused:
        requests.move_request(desk.db, who, rid, S.RESOLVED, "  ")
    assert refused.value.field_errors["status"][0] == "request.resolution_required"
    with pytest.raises(ValidationError):
        requests.move_request(desk.db, who, rid, S.CLOSED)
    requests.move_request(
        desk.db, who, rid, S.RESOLVED, "Enviado", now=datetime(2026, 3, 11, 9, tzinfo=MADRID)
    )
    assert queries.show_request(desk.db, who, rid).row.status == "resolved"


def test_escalation_climbs_the_ladder_before_the_promise_is_broken(desk: Desk) -> None:
    # Urgent at Wednesday 11 March 9:00 Madrid: 4 h, due 13:00.
    rid = _new(desk, "madrid", datetime(2026, 3, 11, 9, tzinfo=MADRID), Priority.URGENT)
    admin = desk.admin
    assert requests.escalate_due(desk.db, admin, datetime(2026, 3, 11, 11, tzinfo=MADRID)) == []
    # 3 h of 4 gone: the supervisor is told before the breach
    noon = datetime(2026, 3, 11, 12, tzinfo=MADRID)
    assert requests.escalate_due(desk.db, admin, noon) == [rid]
    row = queries.show_request(desk.db, desk.actor("exec"), rid, now=noon).row
    assert (row.escalation, row.breached) == (Rung.SUPERVISOR, False)
    # 5 h: broken, the manager; 7 h: the director
    requests.escalate_due(desk.db, admin, datetime(2026, 3, 11, 15, 30, tzinfo=MADRID))
    row = queries.show_request(desk.db, desk.actor("exec"), rid).row
    assert (row.escalation, row.breached) == (Rung.MANAGER, True)
    requests.escalate_due(desk.db, admin, datetime(2026, 3, 11, 17, 30, tzinfo=MADRID))
    trail = [
        e.changes
        for e in audit_events(desk.db, "service_request", rid)
        if "escalation" in e.changes
    ]
    assert [(c["escalation"][1], c["escalated_to"][1]) for c in trail] == [
        ("supervisor", desk.staff["supervisor"]),
        ("manager", desk.staff["manager"]),
        ("director", desk.staff["director"]),
    ]
    # the director sees it in Pendientes, overdue
    items = pending_for(desk.db, desk.actor("director"), date(2026, 3, 11))
    assert [(i.campaign_id, i.overdue) for i in items if i.kind == "service_request"] == [
        (rid, True)
    ]


def test_reassignment_is_logged(desk: Desk) -> None:
    rid = _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID))
    requests.reassign(desk.db, desk.actor("supervisor"), rid, desk.staff["supervisor"])
    entry = [e for e in audit_events(desk.db, "service_request", rid) if e.action == "reassign"]
    assert entry[0].changes == {"assignee": [desk.staff["exec"], desk.staff["supervisor"]]}


def test_the_queue_puts_what_is_due_first_on_top_and_filters_breaches(desk: Desk) -> None:
    later = _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID), Priority.LOW)
    sooner = _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID), Priority.URGENT)
    other = _new(desk, "mexico", datetime(2026, 3, 9, 9, tzinfo=MEXICO), Priority.HIGH)
    who = desk.actor("exec")
    assert [r.id for r in queries.list_requests(desk.db, who)] == [sooner, other, later]
    at = datetime(2026, 3, 10, 9, tzinfo=MADRID)
    assert [r.id for r in queries.list_requests(desk.db, who, breached=True, now=at)] == [sooner]
    only_mexico = queries.list_requests(desk.db, who, account_id=desk.accounts["mexico"])
    assert [r.id for r in only_mexico] == [other]


def test_the_sla_report_by_hand(desk: Desk) -> None:
    who = desk.actor("exec")
    # kept: urgent at Monday 9:00, resolved at 12:00 (3 of 4 h)
    kept = _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID), Priority.URGENT)
    requests.move_request(
        desk.db, who, kept, S.RESOLVED, "ok", now=datetime(2026, 3, 9, 12, tzinfo=MADRID)
    )
    # broken: urgent at Monday 9:00, resolved on Tuesday
    late = _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID), Priority.URGENT)
    requests.move_request(
        desk.db, who, late, S.RESOLVED, "tarde", now=datetime(2026, 3, 10, 12, tzinfo=MADRID)
    )
    # still in time (not counted), in April
    _new(desk, "mexico", datetime(2026, 4, 6, 9, tzinfo=MEXICO), Priority.LOW)
    now = datetime(2026, 4, 6, 10, tzinfo=MEXICO)
    rows = report.sla_report(desk.db, who, now=now)
    table = {(r.by, r.name): (r.requests, r.met, r.breached, r.compliance) for r in rows}
    assert table == {
        ("account", "Café Madrid"): (2, 1, 1, 50.0),
        ("account", "Tacos CDMX"): (1, 0, 0, None),
        ("executive", "Álvaro Ejecutivo"): (3, 1, 1, 50.0),
        ("month", "2026-03"): (2, 1, 1, 50.0),
        ("month", "2026-04"): (1, 0, 0, None),
    }
    march = report.sla_report(desk.db, who, date(2026, 3, 1), date(2026, 3, 31), now=now)
    assert {(r.by, r.name) for r in march} == {
        ("account", "Café Madrid"),
        ("executive", "Álvaro Ejecutivo"),
        ("month", "2026-03"),
    }


def test_the_agency_s_own_promises_by_hand(desk: Desk) -> None:
    from agencia.db.uow import unit_of_work
    from agencia.domain.actor import SYSTEM
    from agencia.domain.campaign_models import (
        Approval,
        Brief,
        Campaign,
        Contrabrief,
        MeetingReport,
    )
    from agencia.domain.enums import ApprovalStage, CampaignKind, Decision
    from agencia.domain.sla import Targets
    from agencia.services.service import policies

    exec_ = desk.staff["exec"]
    with unit_of_work(desk.db, SYSTEM) as uow:
        s = uow.session
        c = Campaign(account_id=desk.accounts["madrid"], name="Verano", code="C-1", owner_id=exec_)
        s.add(c)
        s.flush()
        # meeting Friday 13 March: due Monday 16; one sent Monday (kept), one Tuesday (broken)
        for subject, sent in (("a", 16), ("b", 17)):
            s.add(
                MeetingReport(
                    campaign_id=c.id,
                    held_on=date(2026, 3, 13),
                    subject=subject,
                    sent_at=datetime(2026, 3, sent, 12, tzinfo=MADRID),
                )
            )
        # an acta of yesterday not yet sent: still in time, not counted
        s.add(MeetingReport(campaign_id=c.id, held_on=date(2026, 4, 7), subject="c"))
        # the first brief on Monday 2 March: contrabrief due Monday 9, written Tuesday 10
        brief = Brief(
            campaign_id=c.id,
            number=1,
            template=CampaignKind.AWARENESS,
            created_at=datetime(2026, 3, 2, 10, tzinfo=MADRID),
        )
        s.add(brief)
        s.flush()
        s.add(Contrabrief(campaign_id=c.id, updated_at=datetime(2026, 3, 10, 10, tzinfo=MADRID)))
        # the brief decided on Wednesday 4 March: within two working days
        decided = date(2026, 3, 4)
        s.add(
            Approval(
                campaign_id=c.id,
                stage=ApprovalStage.BRIEF,
                brief_id=brief.id,
                subject_number=1,
                decision=Decision.APPROVED,
                decided_on=decided,
            )
        )
    now = datetime(2026, 4, 8, 10, tzinfo=MADRID)
    rows = report.sla_report(desk.db, desk.actor("exec"), now=now)
    promises = {r.name: (r.requests, r.met, r.breached) for r in rows if r.by == "promise"}
    assert promises == {
        "meeting_report": (2, 1, 1),
        "contrabrief": (1, 0, 1),
        "brief_answer": (1, 1, 0),
    }
    # a stricter agency: the brief answered the same day
    targets = {Priority.URGENT: Targets(60, 240)}
    policies.set_policy(desk.db, desk.admin, None, targets, {"brief_answer": 0})
    rows = report.sla_report(desk.db, desk.actor("exec"), now=now)
    assert [(r.met, r.breached) for r in rows if r.name == "brief_answer"] == [(0, 1)]
    with pytest.raises(ValidationError):
        policies.set_policy(desk.db, desk.admin, None, {Priority.LOW: Targets(10, 5)})
    with pytest.raises(PermissionDenied):
        policies.set_policy(desk.db, desk.actor("exec"), None, targets)


# -- who may reassign, and to whom ---------------------------------------------------------


def test_a_trainee_on_the_team_may_not_reassign(desk: Desk) -> None:
    from factories import actor_for_staff, add_staff, assign

    from agencia.domain.enums import AssignmentRole, Role

    trainee = add_staff(desk.db, "Tere Trainee", Role.TRAINEE, group_id=None)
    assign(desk.db, desk.accounts["madrid"], trainee, AssignmentRole.ASSISTANT)
    rid = _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID))
    with pytest.raises(PermissionDenied) as refused:
        requests.reassign(desk.db, actor_for_staff(desk.db, trainee), rid, trainee)
    assert "reasignar solicitudes" in str(refused.value)
    assert queries.show_request(desk.db, desk.actor("exec"), rid).row.assignee == "Álvaro Ejecutivo"


def test_an_executive_on_the_team_may_not_take_someone_else_s_request(desk: Desk) -> None:
    from factories import actor_for_staff, add_staff, assign

    from agencia.domain.enums import AssignmentRole, Role

    colleague = add_staff(desk.db, "Eva Ejecutiva", Role.ACCOUNT_EXECUTIVE)
    assign(desk.db, desk.accounts["madrid"], colleague, AssignmentRole.EXECUTIVE)
    rid = _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID))
    with pytest.raises(PermissionDenied) as refused:
        requests.reassign(desk.db, actor_for_staff(desk.db, colleague), rid, colleague)
    assert refused.value.code == "request.reassign_not_yours"
    # the assignee and their superiors up the ladder may
    requests.reassign(desk.db, desk.actor("exec"), rid, colleague)
    requests.reassign(desk.db, desk.actor("director"), rid, desk.staff["supervisor"])


def test_the_new_assignee_must_work_on_the_account(desk: Desk) -> None:
    """«other» is in no group and off the team: the request would vanish from their view."""
    rid = _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID))
    before = len(audit_events(desk.db, "service_request", rid))
    with pytest.raises(ValidationError) as refused:
        requests.reassign(desk.db, desk.actor("exec"), rid, desk.staff["other"])
    code, params = refused.value.field_errors["assignee_id"]
    assert code == "request.assignee_not_on_team" and params["name"] == "Otra Ejecutiva"
    assert len(audit_events(desk.db, "service_request", rid)) == before


def test_a_refused_move_names_the_statuses_in_the_reader_s_language(desk: Desk) -> None:
    from agencia.domain.messages import render

    rid = _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID))
    with pytest.raises(ValidationError) as refused:
        requests.move_request(desk.db, desk.actor("exec"), rid, S.CLOSED)
    code, params = refused.value.field_errors["status"]
    assert render(code, params, "es") == "Una solicitud no puede pasar de «Asignada» a «Cerrada»."
    assert render(code, params, "en") == "A request cannot go from 'Assigned' to 'Closed'."


def test_the_open_and_breached_filters_read_every_place_of_the_queue(desk: Desk) -> None:
    """Paused, reopened and finished requests each keep their place in the queue; the
    filters that read only its open part find exactly the open ones (a breached request
    waiting on the client included, a breached one resolved left out)."""
    who = desk.actor("exec")
    late_paused = _new(desk, "madrid", datetime(2026, 3, 11, 9, tzinfo=MADRID), Priority.URGENT)
    done = _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID), Priority.URGENT)
    reopened = _new(desk, "mexico", datetime(2026, 3, 9, 9, tzinfo=MEXICO), Priority.LOW)
    later = _new(desk, "madrid", datetime(2026, 3, 12, 9, tzinfo=MADRID), Priority.LOW)
    paused = _new(desk, "madrid", datetime(2026, 3, 11, 9, tzinfo=MADRID))
    requests.escalate_due(desk.db, desk.admin, datetime(2026, 3, 11, 15, 30, tzinfo=MADRID))
    moved = datetime(2026, 3, 11, 16, tzinfo=MADRID)
    requests.move_request(desk.db, who, late_paused, S.WAITING_ON_CLIENT, now=moved)
    requests.move_request(desk.db, who, paused, S.WAITING_ON_CLIENT, now=moved)
    requests.move_request(desk.db, who, done, S.RESOLVED, "Enviado", now=moved)
    early = datetime(2026, 3, 9, 10, tzinfo=MEXICO)  # reopened within the hour: its fresh
    requests.move_request(desk.db, who, reopened, S.RESOLVED, "Enviado", now=early)
    requests.move_request(desk.db, who, reopened, S.REOPENED, now=early)
    # clock (80 working hours) ran out on Tuesday 24th: Monday 16th is a Mexican holiday
    at = datetime(2026, 3, 25, 12, tzinfo=MADRID)
    queue = queries.list_requests(desk.db, who, now=at)
    # what is due first, then the stopped clocks, then the finished
    assert [r.id for r in queue] == [late_paused, reopened, later, paused, done]
    finished = ("resolved", "closed")
    open_ = queries.list_requests(desk.db, who, open_only=True, now=at)
    assert open_ == [r for r in queue if r.status not in finished]
    breached = queries.list_requests(desk.db, who, breached=True, now=at)
    assert breached == [r for r in queue if r.status not in finished and r.breached]
    assert [r.id for r in breached] == [late_paused, reopened]
    assert next(r for r in queue if r.id == done).breached  # breached, but finished
    mexico = queries.list_requests(
        desk.db, who, account_id=desk.accounts["mexico"], open_only=True, now=at
    )
    assert [r.id for r in mexico] == [reopened]
    assert queries.list_requests(desk.db, who, breached=True, now=at, limit=1) == breached[:1]


def test_the_breached_page_reads_only_the_open_part_of_the_queue_s_index(desk: Desk) -> None:
    """The filter bounds the walk of the queue's index (`queue_at` before the finished
    requests' place), so a page that is not filled stops at the last open request instead
    of reading on through every finished one: asked of each database's own planner."""
    from sqlalchemy import event

    _new(desk, "madrid", datetime(2026, 3, 9, 9, tzinfo=MADRID))
    sent: list[tuple[str, object]] = []

    def catch(_c: object, _cur: object, statement: str, parameters: object, *_r: object) -> None:
        if "ORDER BY" in statement:
            sent.append((statement, parameters))

    event.listen(desk.db.reader, "before_cursor_execute", catch)
    try:
        queries.list_requests(desk.db, desk.admin, breached=True, limit=500)
    finally:
        event.remove(desk.db.reader, "before_cursor_execute", catch)
    ((statement, parameters),) = sent
    raw = desk.db.reader.raw_connection()
    try:
        cursor = raw.cursor()
        if desk.db.reader.dialect.name == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            plan = " ".join(str(row[-1]) for row in cursor.fetchall())
            assert "ix_service_requests_queue (queue_at<?)" in plan, plan
        else:
            cursor.execute("SET LOCAL enable_seqscan = off")  # a real queue, not 1 row
            cursor.execute("EXPLAIN " + statement, parameters)
            plan = " ".join(str(row[0]) for row in cursor.fetchall())
            assert re.search(r"Index Cond: \((service_requests\.)?queue_at <", plan), plan
        cursor.close()
    finally:
        raw.rollback()
        raw.close()


def test_the_sla_report_sorts_names_as_people_do(desk: Desk) -> None:
    """explore 10 L4: «Álvaro» came after «Diego» (code points); an accented initial
    sorts with its letter."""
    from factories import add_account

    from agencia.db.uow import unit_of_work
    from agencia.domain.models import Account

    with unit_of_work(desk.db, desk.admin, write=False) as uow:
        madrid = uow.session.get(Account, desk.accounts["madrid"])
        assert madrid is not None
        group = madrid.group_id
    desk.accounts["abaco"] = add_account(
        desk.db, "Ábaco Norte", group_id=group, lead_id=desk.staff["exec"], country="ES"
    )
    who = desk.actor("director")
    for key in ("madrid", "abaco"):
        _new(desk, key, datetime(2026, 3, 9, 9, tzinfo=MADRID))
    rows = report.sla_report(desk.db, who, now=datetime(2026, 3, 9, 10, tzinfo=MADRID))
    assert [r.name for r in rows if r.by == "account"] == ["Ábaco Norte", "Café Madrid"]


def test_a_period_that_ends_before_it_starts_is_refused(desk: Desk) -> None:
    """`report sla --from 2026-12-31 --to 2026-01-01` wrote an empty report and exit 0:
    nobody learned the dates were the wrong way round."""
    who = desk.actor("exec")
    with pytest.raises(ValidationError) as refused:
        report.sla_report(desk.db, who, date(2026, 12, 31), date(2026, 1, 1))
    assert refused.value.field_errors == {"ends_on": ("field.period_order", {})}
    assert report.sla_report(desk.db, who, date(2026, 3, 1), date(2026, 3, 1)) == []


def test_escalation_climbs_only_what_the_person_sees(desk: Desk) -> None:
    """`requests escalate` run by someone off the account climbed its requests anyway,
    writing the trail in their name («pabloh» escalating another group's request)."""
    rid = _new(desk, "madrid", datetime(2026, 3, 11, 9, tzinfo=MADRID), Priority.URGENT)
    noon = datetime(2026, 3, 11, 12, tzinfo=MADRID)
    assert requests.escalate_due(desk.db, desk.actor("other"), noon) == []
    assert not [
        e for e in audit_events(desk.db, "service_request", rid) if "escalation" in e.changes
    ]
    assert requests.escalate_due(desk.db, desk.actor("director"), noon) == [rid]
