"""An account's kept health tells the client's satisfaction as the answers give it
(PostgreSQL only; migration 0029).

The services compute an account's health (services.satisfaction.health) and keep the
day's row (`health_history`); whoever sees an account may record it, so a person at a
psql prompt could write a row of their own for today — «healthy», no satisfaction
measured, no reason — that agrees with itself (server_task_and_health_rules checks the
band against the figure). The whole figure is not recomputed here: it reads four areas
(SLA, approvals, tasks, contacts) as the person sees them, on the workstation's day, and
a second copy of that arithmetic in PL/pgSQL would drift from the first. What the
server computes is the part a dissatisfied client weighs most — satisfaction, read from
the survey answers alone, as `health_satisfaction.satisfaction_by_account` does: per
dimension the mean of its answers (on 1–5) in the latest quarter with answers up to
the row's day, the score their mean, each dimension's fall since the quarter before.
A person's row must then say so:

- its satisfaction is that score (as `health_history._store` rounds it), or none when
  the account has no answers; a row with answers is not «nothing known»;
- its band is never better than the score allows (below 2.5: at risk; below 3: not
  healthy, `domain.account_health`), and a score below 3 is a reason, with its value;
- «only fair» (`health.fair_satisfaction`, the band's reason when no factor crossed its
  own line) is said of a score of 3 or more, with its value, and never of a «Sana» row;
- a dimension that fell by 0.3 or more is a reason, and no other, its name one the
  windows give it (Spanish or English) and its fall the one the answers show;
- its reasons are the codes the computation writes, each with its parameters' shape.

What stays the person's word: the other factors (SLA, approval cycle, overdue tasks,
last contact), so the figure itself within what its band and satisfaction allow. An
account whose answers mix a custom dimension named as a shipped one is left unchecked
(the workstations group them by the name in their own language).
"""

from __future__ import annotations

from agencia.domain.account_health import AT_RISK_BELOW, FALL_NOTED, WATCH_BELOW
from agencia.domain.dimension_names import dimension_names
from agencia.domain.satisfaction_enums import HealthBand

TRIGGERS = (("account_health_history", "account_health_history_figures"),)
_EPS = "1e-9"  # a figure this close to a threshold may fall either side of it
_READ_ON = 5  # survey_scales: every answer read on 1–5
_FAIR_WITHIN = 0.05  # the score a reason keeps is the satisfaction rounded to 1 decimal
# (code, {parameter: JSON type}) of the reasons the computation keeps
_REASONS: dict[str, dict[str, str]] = {
    "health.low_satisfaction": {"score": "number"},
    "health.fair_satisfaction": {"score": "number"},  # the band's reason when nothing else is
    "health.fell": {"dimension": "string", "fall": "number"},
    "health.sla_breaches": {"n": "number"},
    "health.slow_approvals": {"days": "number"},
    "health.overdue_tasks": {"n": "number"},
    "health.no_contact": {"days": "number"},
    "health.nothing_known": {},
}


def _names() -> dict[str, tuple[str, ...]]:
    """Each shipped dimension's names by its key, in every language a window reads it."""
    return {d.value: names for d, names in dimension_names().items()}


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _answers_sql() -> str:
    """Per dimension of the account's latest quarter with answers up to `day`: its mean
    then and in the quarter before that had answers (NULL: none); `doubt` when a custom
    dimension bears a shipped one's name (the workstations would group them by name).
    PL/pgSQL, as every owner's function here: planned once per session, where a SECURITY
    DEFINER SQL function is planned again in every statement that calls it."""
    every = sorted({n for names in _names().values() for n in names})
    names = "ARRAY[" + ", ".join(_quoted(n) for n in every) + "]::text[]"
    return f"""
CREATE OR REPLACE FUNCTION agencia_health_answers(account integer, day date)
RETURNS TABLE (dimension text, latest double precision, previous double precision,
               doubt boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH counted AS (
        SELECT date_trunc('quarter', r.answered_on)::date AS q,
               COALESCE(NULLIF(d.def ->> 'key', ''), '~' || (d.def ->> 'name')) AS dim,
               NULLIF(d.def ->> 'key', '') IS NULL
                   AND (d.def ->> 'name') = ANY({names}) AS doubt,
               CASE WHEN t.points = {_READ_ON} THEN a.perceived::double precision
                    ELSE 1 + ((a.perceived - 1) * {_READ_ON - 1})::double precision
                         / (t.points - 1) END AS v
        FROM survey_responses r
        JOIN survey_templates t ON t.id = r.template_id
        JOIN survey_answers a ON a.response_id = r.id
        CROSS JOIN LATERAL (SELECT t.dimensions::jsonb -> (a.dimension_no - 1) AS def) d
        WHERE r.account_id = account AND r.answered_on <= day
          AND a.perceived IS NOT NULL AND a.dimension_no >= 1 AND a.question_no >= 1
          AND a.dimension_no <= jsonb_array_length(t.dimensions::jsonb)
          AND a.question_no <= jsonb_array_length(d.def -> 'questions')
    ), quarters AS (
        SELECT max(q) AS latest, max(q) FILTER (WHERE q < (SELECT max(q) FROM counted))
               AS previous
        FROM counted
    )
    SELECT c.dim,
           avg(c.v) FILTER (WHERE c.q = s.latest),
           avg(c.v) FILTER (WHERE c.q = s.previous),
           (SELECT bool_or(o.doubt) FROM counted o WHERE o.q IN (s.latest, s.previous))
    FROM counted c CROSS JOIN quarters s
    WHERE c.q IN (s.latest, s.previous)
    GROUP BY c.dim, s.latest, s.previous;
END
$$"""


def _named_sql() -> str:
    """Whether `given` is a name the windows give the dimension `dim` (a shipped one's
    key, or «~» and a custom one's own name)."""
    branches = "\n".join(
        f"        WHEN {_quoted(key)} THEN given = ANY(ARRAY["
        + ", ".join(_quoted(n) for n in names)
        + "]::text[])"
        for key, names in _names().items()
    )
    return f"""
CREATE OR REPLACE FUNCTION agencia_health_dimension_named(dim text, given text)
RETURNS boolean LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN left(dim, 1) = '~' THEN given = substr(dim, 2)
        ELSE CASE dim
{branches}
        ELSE false END END
$$"""


def _check_sql() -> str:
    shapes = "\n".join(
        f"        WHEN {_quoted(code)} THEN params ?& ARRAY["
        + ", ".join(_quoted(k) for k in shape)
        + "]::text[]"
        + "".join(f" AND jsonb_typeof(params -> {_quoted(k)}) = '{t}'" for k, t in shape.items())
        + f" AND (SELECT count(*) FROM jsonb_object_keys(params)) = {len(shape)}"
        for code, shape in _REASONS.items()
    )
    at_risk, healthy = HealthBand.AT_RISK.value, HealthBand.HEALTHY.value
    return f"""
CREATE OR REPLACE FUNCTION agencia_health_figures() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    reasons jsonb := COALESCE(NEW.reasons::jsonb, '[]'::jsonb);
    r jsonb;
    code text;
    params jsonb;
    score double precision;
    doubt boolean;
    a record;
    found_reason boolean;
BEGIN
    IF agencia_owner_session() THEN
        RETURN NEW;
    END IF;
    IF jsonb_typeof(reasons) <> 'array' THEN
        RAISE EXCEPTION 'account_health_history: its reasons are the computation''s'
            USING ERRCODE = '42501';
    END IF;
    FOR r IN SELECT x FROM jsonb_array_elements(reasons) x LOOP
        -- (in parentheses: PL/pgSQL's IF reads up to the first THEN outside them)
        IF (CASE WHEN jsonb_typeof(r) <> 'array' THEN true
                 ELSE jsonb_array_length(r) <> 2 OR jsonb_typeof(r -> 0) <> 'string'
                      OR jsonb_typeof(r -> 1) <> 'object' END) THEN
            RAISE EXCEPTION 'account_health_history: its reasons are the computation''s'
                USING ERRCODE = '42501';
        END IF;
        code := r ->> 0;
        params := r -> 1;
        IF NOT COALESCE(CASE code
{shapes}
            ELSE false END, false) THEN
            RAISE EXCEPTION 'account_health_history: its reasons are the computation''s'
                USING ERRCODE = '42501';
        END IF;
    END LOOP;
    SELECT avg(x.latest), bool_or(x.doubt) INTO score, doubt
      FROM agencia_health_answers(NEW.account_id, NEW.computed_on) x
     WHERE x.latest IS NOT NULL;
    IF doubt THEN
        RETURN NEW;  -- a custom dimension named as a shipped one: the server cannot tell
    END IF;
    IF score IS NULL THEN
        IF NEW.satisfaction IS NOT NULL
           OR reasons @> '[["health.low_satisfaction"]]'::jsonb
           OR reasons @> '[["health.fair_satisfaction"]]'::jsonb
           OR reasons @> '[["health.fell"]]'::jsonb THEN
            RAISE EXCEPTION 'account_health_history: no answers, no satisfaction'
                USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.score IS NULL OR NEW.satisfaction IS NULL OR abs(NEW.satisfaction
           - round((1 + least(1, greatest(0, (score - 1) / 4)) * 4)::numeric, 2)) > 0.011 THEN
        RAISE EXCEPTION 'account_health_history: the satisfaction is what the answers give'
            USING ERRCODE = '42501';
    END IF;
    IF (score < {AT_RISK_BELOW} - {_EPS} AND NEW.band::text <> '{at_risk}')
       OR (score < {WATCH_BELOW} - {_EPS} AND NEW.band::text = '{healthy}') THEN
        RAISE EXCEPTION 'account_health_history: the band is never better than the client''s score'
            USING ERRCODE = '42501';
    END IF;
    found_reason := EXISTS (SELECT 1 FROM jsonb_array_elements(reasons) x
                            WHERE x ->> 0 = 'health.low_satisfaction'
                              AND abs((x -> 1 ->> 'score')::numeric - round(score::numeric, 1))
                                  <= 0.1);
    IF (score < {WATCH_BELOW} - {_EPS} AND NOT found_reason)
       OR (score > {WATCH_BELOW} + {_EPS} AND reasons @> '[["health.low_satisfaction"]]'::jsonb)
       OR (SELECT count(*) FROM jsonb_array_elements(reasons) x
           WHERE x ->> 0 = 'health.low_satisfaction') > 1 THEN
        RAISE EXCEPTION 'account_health_history: a low satisfaction is a reason, as it is'
            USING ERRCODE = '42501';
    END IF;
    -- a fair one is the band's reason only below «Sana», only for a score not low, as it is
    IF reasons @> '[["health.fair_satisfaction"]]'::jsonb
       AND (score < {WATCH_BELOW} - {_EPS} OR COALESCE(NEW.band::text, '{healthy}') = '{healthy}'
            OR EXISTS (SELECT 1 FROM jsonb_array_elements(reasons) x
                       WHERE x ->> 0 = 'health.fair_satisfaction'
                         AND abs((x -> 1 ->> 'score')::double precision - score)
                             > {_FAIR_WITHIN} + {_EPS})
            OR (SELECT count(*) FROM jsonb_array_elements(reasons) x
                WHERE x ->> 0 = 'health.fair_satisfaction') > 1) THEN
        RAISE EXCEPTION 'account_health_history: a fair satisfaction is a reason, as it is'
            USING ERRCODE = '42501';
    END IF;
    -- each fall the answers show is a reason, and no other
    FOR a IN SELECT x.dimension, greatest(0, x.previous - x.latest) AS fall
               FROM agencia_health_answers(NEW.account_id, NEW.computed_on) x
              WHERE x.latest IS NOT NULL AND x.previous IS NOT NULL LOOP
        found_reason := EXISTS (
            SELECT 1 FROM jsonb_array_elements(reasons) x
            WHERE x ->> 0 = 'health.fell'
              AND agencia_health_dimension_named(a.dimension, x -> 1 ->> 'dimension')
              AND abs((x -> 1 ->> 'fall')::numeric - round(a.fall::numeric, 1)) <= 0.1);
        IF a.fall >= {FALL_NOTED} + {_EPS} AND NOT found_reason
           OR a.fall < {FALL_NOTED} - {_EPS} AND found_reason THEN
            RAISE EXCEPTION 'account_health_history: a dimension that fell is a reason, as it fell'
                USING ERRCODE = '42501';
        END IF;
    END LOOP;
    IF EXISTS (
        SELECT 1 FROM jsonb_array_elements(reasons) x WHERE x ->> 0 = 'health.fell'
           AND NOT EXISTS (
               SELECT 1 FROM agencia_health_answers(NEW.account_id, NEW.computed_on) y
               WHERE y.latest IS NOT NULL AND y.previous IS NOT NULL
                 AND agencia_health_dimension_named(y.dimension, x -> 1 ->> 'dimension')))
       OR (SELECT count(*) FROM jsonb_array_elements(reasons) x WHERE x ->> 0 = 'health.fell')
          > (SELECT count(*) FROM agencia_health_answers(NEW.account_id, NEW.computed_on) y
             WHERE y.latest IS NOT NULL AND y.previous IS NOT NULL) THEN
        RAISE EXCEPTION 'account_health_history: a dimension that fell is a reason, as it fell'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$"""


def health_figure_rules(names: set[str]) -> list[str]:
    """The functions and the trigger, where there are kept health rows and answers."""
    if not {"account_health_history", "survey_responses", "survey_answers"} <= names:
        return []
    table, trigger = TRIGGERS[0]
    return [
        _answers_sql(),
        _named_sql(),
        _check_sql(),
        "REVOKE EXECUTE ON FUNCTION agencia_health_answers(integer, date)"
        " FROM PUBLIC, agencia_staff",
        f"DROP TRIGGER IF EXISTS {trigger} ON {table}",
        f"CREATE TRIGGER {trigger} BEFORE INSERT OR UPDATE ON {table} FOR EACH ROW"
        " EXECUTE FUNCTION agencia_health_figures()",
    ]
