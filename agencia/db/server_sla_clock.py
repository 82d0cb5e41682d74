"""A request's due times are the server's (PostgreSQL only; migration 0029).

The services fill a request's due times from its SLA clock (`services.service.clock`:
the account's calendar — its zone, its country's public holidays, the agency's closures
— the targets of its policy for its priority, its pauses) when it is taken and at each
move. A person at a psql prompt could push them back in a move's transaction (the
column rules let the clock change there) or take a request with any due time, hiding a
breach from the queue, Pendientes and the service report. The server now computes them
itself, as `domain.sla.due_at` does, whenever a person's statement takes a request or
touches its clock (its status, its pauses, its due times, its place in the queue), and
keeps what it computed whatever the statement said; the queue's place follows
(`clock.set_due_times`). A reassignment, an escalation or a link leaves them as they
were, as the services do.

The public holidays are the `holidays` library's, as the workstations': `db upgrade`
writes them into `agencia_public_holidays` for every country it knows, for the years
around the upgrade (`_BEHIND`, `_AHEAD`), on working days only. A request whose clock
needs a year outside those (received years before the upgrade, or an agency that has
not upgraded for years) keeps the times its workstation computed, as before; so does a
calendar the server cannot read (a zone its own time zone data lacks). What may differ
from a workstation: a `holidays` release with other days than the one `db upgrade` ran
(the server's stand), and a working span's wall-clock time that a DST change makes
ambiguous (the office's hours never are).

The helpers are the owner's (SECURITY DEFINER, EXECUTE revoked from people): they read
any account's zone and country, which a person may not ask of an account they cannot see.
"""

from __future__ import annotations

import warnings
import zoneinfo
from datetime import date
from functools import lru_cache

from agencia.domain import service_life, sla
from agencia.domain.service_enums import RequestStatus
from agencia.domain.service_models import FINISHED_AT, PAUSED_AT

TRIGGERS = (("service_requests", "service_requests_sla"),)
_BEHIND, _AHEAD = 3, 6  # years of public holidays kept before and after the upgrade's
_HELPERS = (
    "agencia_public_holidays(text, integer, integer)",
    "agencia_sla_due(text, date[], timestamptz, integer, jsonb)",
    "agencia_sla_times(integer, text, timestamptz, jsonb)",
)
_HORIZON_DAYS = 3 * 366  # as domain.sla: how far the clock looks for working time


def _working(day: date) -> bool:
    return bool(sla.OFFICE[day.weekday()])


@lru_cache(maxsize=2)
def _holidays(first: int, last: int) -> tuple[tuple[str, tuple[date, ...]], ...]:
    """Every country's public holidays on the office's working days, `first`..`last`
    (`sla.holidays_for`, the workstations' own call)."""
    import holidays

    out = []
    with warnings.catch_warnings():  # years past the library's own (it says so, we know)
        warnings.simplefilter("ignore")
        for country in sorted(c for c in holidays.list_supported_countries() if len(c) == 2):
            days = sla.holidays_for(country, range(first, last + 1))
            kept = tuple(sorted(d for d in days if _working(d)))
            if kept:
                out.append((country, kept))
    return tuple(out)


def _holidays_sql(today: date) -> str:
    first, last = today.year - _BEHIND, today.year + _AHEAD
    branches = "\n".join(
        f"        WHEN '{country}' THEN '{{{','.join(d.isoformat() for d in days)}}}'::date[]"
        for country, days in _holidays(first, last)
    )
    return f"""
CREATE OR REPLACE FUNCTION agencia_public_holidays(country text, first integer, last integer)
RETURNS date[] LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
BEGIN
    IF first < {first} OR last > {last} THEN
        RETURN NULL;  -- years this server was not told of
    END IF;
    RETURN ARRAY(SELECT d FROM unnest(CASE upper(country)
{branches}
        ELSE '{{}}'::date[] END) d WHERE extract(year FROM d) BETWEEN first AND last);
END
$$"""


def _week() -> str:
    """The office's week (sla.OFFICE) as rows (ISO day of the week, from, to)."""
    rows = [
        f"({weekday + 1}, time '{begin.isoformat()}', time '{end.isoformat()}')"
        for weekday, spans in enumerate(sla.OFFICE)
        for begin, end in spans
    ]
    return ", ".join(rows)


def _due_sql() -> str:
    """sla.due_at: the moment `minutes` of working time have passed since `start` on the
    calendar (`zone`, the office's week, `off`: days off), the pauses not counted; NULL
    when it cannot be reached (an open pause stops the clock: NoWorkingTime)."""
    return f"""
CREATE OR REPLACE FUNCTION agencia_sla_due(
    zone text, off date[], start timestamptz, minutes integer, pauses jsonb
) RETURNS timestamptz LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE
    ps timestamptz[];
    pe timestamptz[];
    n integer;
    day date := (start AT TIME ZONE zone)::date;
    left_us numeric := minutes::numeric * 60000000;
    piece numeric;
    a timestamptz;
    b timestamptz;
    beg timestamptz;
    w record;
BEGIN
    SELECT COALESCE(array_agg(p.s ORDER BY p.s, p.e), '{{}}'),
           COALESCE(array_agg(p.e ORDER BY p.s, p.e), '{{}}')
      INTO ps, pe
      FROM (SELECT (x->>0)::timestamptz AS s,
                   COALESCE((x->>1)::timestamptz, 'infinity'::timestamptz) AS e
              FROM jsonb_array_elements(COALESCE(pauses, '[]'::jsonb)) x
             WHERE x->>0 IS NOT NULL) p
     WHERE p.e > p.s;
    n := cardinality(ps);
    FOR i IN 1..{_HORIZON_DAYS} LOOP
        IF NOT (day = ANY(off)) THEN
            FOR w IN SELECT v.b, v.e FROM (VALUES {_week()}) v(d, b, e)
                      WHERE v.d = extract(isodow FROM day)::integer ORDER BY v.b LOOP
                a := (day + w.b) AT TIME ZONE zone;
                b := (day + w.e) AT TIME ZONE zone;
                CONTINUE WHEN b <= start;
                beg := greatest(a, start);
                FOR j IN 1..n LOOP
                    CONTINUE WHEN pe[j] <= beg OR ps[j] >= b;
                    IF ps[j] > beg THEN
                        piece := extract(epoch FROM ps[j] - beg) * 1000000;
                        IF piece >= left_us THEN
                            RETURN beg + left_us::bigint * interval '1 microsecond';
                        END IF;
                        left_us := left_us - piece;
                    END IF;
                    beg := greatest(beg, pe[j]);
                    IF beg = 'infinity'::timestamptz THEN
                        RETURN NULL;  -- an open pause: the clock has stopped for good
                    END IF;
                    EXIT WHEN beg >= b;
                END LOOP;
                IF beg < b THEN
                    piece := extract(epoch FROM b - beg) * 1000000;
                    IF piece >= left_us THEN
                        RETURN beg + left_us::bigint * interval '1 microsecond';
                    END IF;
                    left_us := left_us - piece;
                END IF;
            END LOOP;
        END IF;
        day := day + 1;
    END LOOP;
    RETURN NULL;
END
$$"""


def _default_targets() -> str:
    """sla.DEFAULT_TARGETS: the targets before any policy's."""
    return "\n".join(
        f"        WHEN '{p.value}' THEN first_ := {t.first_response}; whole := {t.resolution};"
        for p, t in sla.DEFAULT_TARGETS.items()
    )


def _times_sql() -> str:
    """clock.policy_for and clock.set_due_times: the request's due times on its
    account's calendar (`known` false: the server cannot tell; the statement's stand)."""
    zones = ",".join(sorted(zoneinfo.available_timezones()))
    return f"""
CREATE OR REPLACE FUNCTION agencia_sla_times(
    account integer, priority text, received timestamptz, pauses jsonb,
    OUT known boolean, OUT response timestamptz, OUT resolution timestamptz
) LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    base jsonb;
    own jsonb;
    shut jsonb;
    pair jsonb;
    zone text;
    country text;
    around date;
    off date[];
    days date[];
    first_ integer;
    whole integer;
BEGIN
    known := false;
    CASE priority
{_default_targets()}
        ELSE RETURN;
    END CASE;
    SELECT p.targets::jsonb, p.closures::jsonb INTO base, shut
      FROM sla_policies p WHERE p.account_id IS NULL ORDER BY p.id LIMIT 1;
    SELECT p.targets::jsonb INTO own FROM sla_policies p WHERE p.account_id = account;
    BEGIN
        FOREACH pair IN ARRAY ARRAY[base -> priority, own -> priority] LOOP
            IF jsonb_typeof(pair) = 'array' AND jsonb_array_length(pair) = 2 THEN
                first_ := trunc((pair->>0)::numeric);
                whole := trunc((pair->>1)::numeric);
            END IF;
        END LOOP;
        off := ARRAY(SELECT (d #>> '{{}}')::date
                       FROM jsonb_array_elements(COALESCE(shut, '[]'::jsonb)) d);
    EXCEPTION WHEN data_exception THEN
        RETURN;  -- a policy no workstation could read either
    END;
    IF first_ < 0 OR whole < 0 THEN
        RETURN;
    END IF;
    SELECT NULLIF(a.time_zone, ''), COALESCE(a.country, '') INTO zone, country
      FROM accounts a WHERE a.id = account;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF zone IS NULL THEN
        SELECT NULLIF(g.time_zone, '') INTO zone FROM agency g ORDER BY g.id LIMIT 1;
    END IF;
    IF zone IS NULL OR NOT zone = ANY('{{{zones}}}'::text[]) THEN
        zone := 'UTC';  -- as calendar_for: no zone, or one Python does not know
    END IF;
    SELECT (max(m) AT TIME ZONE 'UTC')::date INTO around
      FROM (SELECT received AS m
            UNION ALL SELECT (x->>1)::timestamptz
              FROM jsonb_array_elements(COALESCE(pauses, '[]'::jsonb)) x
             WHERE x->>0 IS NOT NULL AND x->>1 IS NOT NULL) t;
    days := agencia_public_holidays(country, extract(year FROM around)::integer - 1,
                                    extract(year FROM around)::integer + 2);
    IF days IS NULL THEN
        RETURN;  -- holidays of years the server does not keep
    END IF;
    off := off || days;
    BEGIN
        response := agencia_sla_due(zone, off, received, first_, pauses);
        resolution := agencia_sla_due(zone, off, received, whole, pauses);
    EXCEPTION WHEN invalid_parameter_value OR data_exception THEN
        RETURN;  -- a zone this server's time zone data lacks
    END;
    known := true;
END
$$"""


def _statuses(statuses: frozenset[RequestStatus]) -> str:
    return "(" + ", ".join(f"'{s.value}'" for s in sorted(statuses)) + ")"


def _trigger_sql() -> str:
    """The due times the server computes, on a person's new request and on any change
    of its clock; the queue's place follows them (clock.set_due_times)."""
    clock = " AND ".join(
        f"NEW.{c}::text IS NOT DISTINCT FROM OLD.{c}::text"
        for c in ("status", "pauses", "due_response_at", "due_resolution_at", "queue_at")
    )
    return f"""
CREATE OR REPLACE FUNCTION agencia_sla_clock() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    t record;
BEGIN
    IF agencia_owner_session() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND {clock} THEN
        RETURN NEW;  -- not its clock's: a reassignment, an escalation, a link
    END IF;
    t := agencia_sla_times(NEW.account_id, NEW.priority::text, NEW.received_at,
                           NEW.pauses::jsonb);
    IF t.known THEN
        NEW.due_response_at := t.response;
        NEW.due_resolution_at := t.resolution;
    END IF;
    NEW.queue_at := CASE WHEN NEW.status::text IN {_statuses(service_life.OPEN)}
                         THEN COALESCE(NEW.due_resolution_at, '{PAUSED_AT.isoformat()}')
                         ELSE '{FINISHED_AT.isoformat()}' END;
    RETURN NEW;
END
$$"""


def sla_clock_rules(names: set[str], today: date | None = None) -> list[str]:
    """The helpers and the trigger, where there are requests (`today`: the year whose
    neighbours' holidays the server keeps; the upgrade's)."""
    if not {"service_requests", "sla_policies", "accounts", "agency"} <= names:
        return []
    table, trigger = TRIGGERS[0]
    return [
        _holidays_sql(today or date.today()),
        _due_sql(),
        _times_sql(),
        _trigger_sql(),
        f"REVOKE EXECUTE ON FUNCTION {', '.join(_HELPERS)} FROM PUBLIC, agencia_staff",
        f"DROP TRIGGER IF EXISTS {trigger} ON {table}",
        # after the column rules (service_requests_columns, _new): refused first
        f"CREATE TRIGGER {trigger} BEFORE INSERT OR UPDATE ON {table}"
        " FOR EACH ROW EXECUTE FUNCTION agencia_sla_clock()",
    ]
