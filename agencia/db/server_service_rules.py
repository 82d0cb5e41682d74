"""The server's rules for a request's SLA clock, a contact's delivery and the kept
health rows, beside `server_column_rules` (which runs these inside its triggers; the
owner's connections are left alone there).

- A request's clock (explore8, closing7): what a move stamps — its first answer, its
  resolution, its closing, its pauses — is the server's now, set only by the move the
  service makes (`services.service.requests.apply_move`): a pause opens on waiting on
  the client and closes when it leaves; a reopening clears the resolution and restarts
  the clock (one pause from its reception to the reopening, `clock.restarted`): a new
  cycle, back at the foot of the ladder and unbreached (the first is on the trail). No
  other statement changes those facts; the escalation and the breach are counted from
  them. A reopened request of someone who has left goes, in the move itself, to an
  active person (the routing's choice): the mover may give it so.
- A contact's delivery: whoever logs it delivered (or failed), or confirms later a
  pending one (not a scheduled message: that is the outbox's), confirms it in their
  own name at the server's time — `confirmed_at` (and `confirmed_by` when confirmed
  later) in its confirmation are the server's, whatever the statement said.
- account_health_history: the services' computation writes a snapshot; a later one the
  same day (or the day after, across time zones) replaces that day's; older days are
  history: no one rewrites them (an update of one does nothing), nor dates one ahead.
"""

from __future__ import annotations

from agencia.domain import service_life
from agencia.domain.service_enums import RequestStatus

S = RequestStatus
_NEAR = "interval '5 minutes'"
_TODAY = "(clock_timestamp() AT TIME ZONE 'UTC')::date"


def _near(moment: str) -> str:
    """Whether `moment` is the server's now (give or take a clock's drift)."""
    return (
        f"COALESCE({moment} BETWEEN clock_timestamp() - {_NEAR}"
        f" AND clock_timestamp() + {_NEAR}, false)"
    )


def _refuse(condition: str, what: str) -> str:
    return (
        f"    IF {condition} THEN\n        RAISE EXCEPTION '%: % is not one''s to change',"
        f" TG_TABLE_NAME, '{what}'\n            USING ERRCODE = '42501';\n    END IF;"
    )


def _statuses(statuses: frozenset[RequestStatus] | set[RequestStatus]) -> str:
    return "(" + ", ".join(f"'{s.value}'" for s in sorted(statuses)) + ")"


_PAUSING = _statuses({s for s in S if service_life.pauses_clock(s)})
_ANSWERED = _statuses(service_life.ANSWERED)
_FINISHED = _statuses({s for s in S if s not in service_life.OPEN})
_FACTS = ("first_response_at", "resolved_at", "closed_at", "resolution", "pauses")


def reopened_to_someone_active() -> str:
    """The reassignment a reopening makes (requests._holder_on_reopening): a finished
    request whose assignee has left (or none) reopened to an active person, in the move."""
    return (
        f"(OLD.status::text IN {_FINISHED} AND NEW.status::text = '{S.REOPENED.value}'"
        " AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.id = OLD.assignee_id AND s.active)"
        " AND EXISTS (SELECT 1 FROM staff s WHERE s.id = NEW.assignee_id AND s.active))"
    )


def new_cycle() -> str:
    """A reopening (requests._new_cycle): back at the foot of the ladder, unbreached."""
    return (
        f"(OLD.status::text IN {_FINISHED} AND NEW.status::text = '{S.REOPENED.value}'"
        " AND NEW.escalation = 0 AND NEW.escalated_to_id IS NULL AND NOT NEW.breached)"
    )


def _pauses_moved() -> str:
    """Whether NEW.pauses are OLD's as the move makes them (`p`, `q`: old and new)."""
    p = "COALESCE(OLD.pauses::jsonb, '[]'::jsonb)"
    q = "COALESCE(NEW.pauses::jsonb, '[]'::jsonb)"
    n = f"jsonb_array_length({p})"
    return (
        f"COALESCE(CASE WHEN NEW.status::text = '{S.REOPENED.value}' THEN"
        f" jsonb_array_length({q}) = 1 AND ({q}->0->>0)::timestamptz = OLD.received_at"
        f" AND {_near(f'({q}->0->>1)::timestamptz')}"
        f" WHEN NEW.status::text IN {_PAUSING} THEN"
        f" jsonb_array_length({q}) = {n} + 1 AND ({q} - {n}) = {p}"
        f" AND ({q}->{n}->>1) IS NULL AND {_near(f'({q}->{n}->>0)::timestamptz')}"
        f" WHEN OLD.status::text IN {_PAUSING} AND {n} > 0 AND ({p}->({n} - 1)->>1) IS NULL THEN"
        f" jsonb_array_length({q}) = {n} AND ({q} - ({n} - 1)) = ({p} - ({n} - 1))"
        f" AND ({q}->({n} - 1)->>0) = ({p}->({n} - 1)->>0)"
        f" AND {_near(f'({q}->({n} - 1)->>1)::timestamptz')}"
        f" ELSE {q} = {p} END, false)"
    )


def request_clock() -> list[str]:
    """A request's clock facts, set only by a move, as the move sets them."""
    resolved, closed, reopened = S.RESOLVED.value, S.CLOSED.value, S.REOPENED.value
    unchanged = " OR ".join(
        f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text"
        if c == "pauses"
        else f"NEW.{c} IS DISTINCT FROM OLD.{c}"
        for c in _FACTS
    )
    return [
        "    IF NEW.status IS NOT DISTINCT FROM OLD.status THEN",
        _refuse(unchanged, "the request''s clock"),
        "    ELSE",
        _refuse(
            "NEW.first_response_at IS DISTINCT FROM OLD.first_response_at AND ("
            f"OLD.first_response_at IS NOT NULL OR NEW.status::text NOT IN {_ANSWERED}"
            f" OR NOT {_near('NEW.first_response_at')})",
            "the request''s first answer",
        ),
        _refuse(
            # (in parentheses: PL/pgSQL's IF reads up to the first THEN outside them)
            f"(CASE NEW.status::text WHEN '{resolved}' THEN NOT {_near('NEW.resolved_at')}"
            f" WHEN '{reopened}' THEN NEW.resolved_at IS NOT NULL"
            " ELSE NEW.resolved_at IS DISTINCT FROM OLD.resolved_at END)"
            f" OR (CASE NEW.status::text WHEN '{closed}' THEN NOT {_near('NEW.closed_at')}"
            f" WHEN '{reopened}' THEN NEW.closed_at IS NOT NULL"
            " ELSE NEW.closed_at IS DISTINCT FROM OLD.closed_at END)"
            " OR (NEW.resolution IS DISTINCT FROM OLD.resolution"
            f" AND NEW.status::text <> '{resolved}')",
            "the request''s resolution",
        ),
        _refuse(f"NOT ({_pauses_moved()})", "the request''s pauses"),
        _refuse(  # reopened, it is someone's who still works here
            f"NEW.status::text = '{reopened}' AND NOT EXISTS"
            " (SELECT 1 FROM staff s WHERE s.id = NEW.assignee_id AND s.active)",
            "the reopened request''s assignee",
        ),
        "    END IF;",
    ]


def new_request_clock() -> list[str]:
    """A request is taken with its clock not yet stopped, not received in the future."""
    return [
        _refuse(
            "COALESCE(NEW.pauses::jsonb, '[]'::jsonb) <> '[]'::jsonb"
            f" OR NEW.received_at > clock_timestamp() + {_NEAR}",
            "a new request''s clock",
        )
    ]


def _stamp(also: str = "") -> str:
    """The confirmation with the server's time (and `also`, more keys) in it."""
    moment = "clock_timestamp()"  # a JSON string: ISO 8601 with its offset
    return (
        "        NEW.confirmation := (COALESCE(NEW.confirmation::jsonb, '{}'::jsonb)"
        f" || jsonb_build_object('confirmed_at', {moment}{also}))::json;"
    )


_CONFIRMED = "NEW.delivery::text IN ('delivered', 'failed')"


def delivery_confirmed_later() -> list[str]:
    """A pending contact logged by hand (not a scheduled message), confirmed delivered
    or failed: its delivery and confirmation change, the rest stays; the server says who
    confirmed it and when (services.communications.delivery)."""
    return [
        "    IF OLD.delivery::text = 'pending' AND OLD.scheduled_for IS NULL"
        " AND NEW.delivery IS DISTINCT FROM OLD.delivery THEN",
        _refuse(
            f"NOT {_CONFIRMED} OR (to_jsonb(NEW) - ARRAY['delivery', 'confirmation']::text[])"
            " IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['delivery', 'confirmation']::text[])"
            " OR NOT COALESCE(NEW.confirmation::jsonb, '{}'::jsonb)"
            " @> COALESCE(OLD.confirmation::jsonb, '{}'::jsonb)"
            " OR agencia_me() IS NULL",
            "the contact''s delivery",
        ),
        _stamp(", 'confirmed_by', agencia_me()"),
        "        RETURN NEW;\n    END IF;",
    ]


def delivery_logged() -> list[str]:
    """A contact logged delivered (or failed): confirmed by its author, now. Only a
    message waiting to be sent (the outbox's schedule) is dated in the future."""
    return [
        _refuse(
            f"NEW.occurred_at > clock_timestamp() + {_NEAR} AND NEW.delivery::text <> 'pending'",
            "the contact''s date",
        ),
        f"    IF {_CONFIRMED} THEN",
        _stamp(),
        "    END IF;",
    ]


def health_rows() -> list[str]:
    """A snapshot stays the account's and its day's; the latest days' are replaced in
    place by a later computation, an older day's is history: a computation of it (an
    improvement action dated back, say) leaves it as it was (the update does nothing)."""
    return [
        _refuse(
            "NEW.account_id IS DISTINCT FROM OLD.account_id"
            " OR NEW.computed_on IS DISTINCT FROM OLD.computed_on OR NEW.id <> OLD.id",
            "the account''s health history",
        ),
        f"    IF OLD.computed_on < {_TODAY} - 1 THEN\n        RETURN NULL;\n    END IF;",
    ]


def new_health_row() -> list[str]:
    """A snapshot is of a day that has come (the computation's day or an earlier one)."""
    return [_refuse(f"NEW.computed_on > {_TODAY} + 1", "the account''s health history")]
