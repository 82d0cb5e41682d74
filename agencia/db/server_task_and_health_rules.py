"""A campaign's task dependencies and an account's kept health, as the server holds them
(PostgreSQL).

explore10: the row-level security of `task_dependencies` let whoever works on the
account write them (log_communication: a trainee too), where the services ask
`plan_tasks` on the campaign's account (services.coordination.access.campaign_to_plan);
and nothing on the server refused a cycle — two rows, task 1 after 4 and 4 after 1, and
the campaign's task list ate memory until it was killed. Now a person's session writes,
changes or deletes a dependency only where their role may plan the campaign's tasks,
between two tasks of one campaign, and never one that closes a cycle: the trigger walks
what the new predecessor waits for (a recursive query, as the owner: the whole graph,
whatever the person sees), under a lock per campaign held to commit, so that two
transactions each adding one half of a cycle take turns and the second sees the first's
row. That needs each statement's own snapshot: a dependency is written under READ
COMMITTED (the app's), a transaction that took an older snapshot (REPEATABLE READ,
SERIALIZABLE) could miss a row committed while it waited, and is refused.

`account_health_history`: the services write today's row of an account (a computation
replaces it the same day; the client's day may be the server's yesterday or tomorrow),
or, with an improvement action dated back, the row of the day it was opened, in the
same transaction. A person's session may add no other past day (made-up history: a row
for a day without one), and a figure and band that disagree (a score of 1 read as
healthy) are refused: the band is never better than the figure's (domain.account_health;
a poor satisfaction may hold it lower). What the server cannot tell is a figure made up
for today that agrees with its band: the services let whoever sees an account record its
health of the day, and the computation is theirs, not the server's.
"""

from __future__ import annotations

from agencia.db.server_series_locks import hold_campaign
from agencia.domain.account_health import HEALTHY_FROM, WATCH_FROM
from agencia.domain.permissions import Action
from agencia.domain.satisfaction_enums import HealthBand

TRIGGERS = (
    ("task_dependencies", "task_dependencies_planned"),
    ("account_health_history", "account_health_history_days"),
)
_PLAN = Action.PLAN_TASKS.value
_TODAY = "(clock_timestamp() AT TIME ZONE 'UTC')::date"


def _refuse(what: str) -> str:
    return f"RAISE EXCEPTION '{what}' USING ERRCODE = '42501';"


_DEPENDENCY = f"""
CREATE OR REPLACE FUNCTION agencia_task_dependency() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE c integer; c_after integer; acct integer;
BEGIN
    IF TG_OP <> 'INSERT' THEN  -- the row as it was: its campaign's planners' to change
        SELECT t.campaign_id, m.account_id INTO c, acct
        FROM tasks t JOIN campaigns m ON m.id = t.campaign_id WHERE t.id = OLD.task_id;
        -- (a task deleted with its campaign takes its links along: nothing left to ask)
        IF c IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM agencia_accounts_for(ARRAY['{_PLAN}']) x WHERE x = acct) THEN
            {_refuse("task_dependencies: only whoever plans the campaign''s tasks changes them")}
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
    END IF;
    SELECT t.campaign_id, m.account_id INTO c, acct
    FROM tasks t JOIN campaigns m ON m.id = t.campaign_id WHERE t.id = NEW.task_id;
    SELECT t.campaign_id INTO c_after FROM tasks t WHERE t.id = NEW.depends_on_id;
    IF c IS NULL OR c_after IS DISTINCT FROM c THEN
        {_refuse("task_dependencies: both tasks are of one campaign")}
    END IF;
    IF NOT EXISTS (SELECT 1 FROM agencia_accounts_for(ARRAY['{_PLAN}']) x WHERE x = acct) THEN
        {_refuse("task_dependencies: only whoever plans the campaign''s tasks writes them")}
    END IF;
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        {_refuse("task_dependencies: written under READ COMMITTED (a cycle read on the last rows)")}
    END IF;
    {hold_campaign("c")};  -- one campaign's graph at a time
    IF EXISTS (
        WITH RECURSIVE waits(id) AS (
            SELECT NEW.depends_on_id
            UNION  -- (UNION, not ALL: a node seen once is not walked again)
            SELECT d.depends_on_id FROM task_dependencies d JOIN waits w ON d.task_id = w.id
            WHERE d.id <> NEW.id
        )
        SELECT 1 FROM waits WHERE id = NEW.task_id
    ) THEN
        {_refuse("task_dependencies: a dependency may not close a cycle")}
    END IF;
    RETURN NEW;
END
$$"""

_HEALTHY, _WATCH = HealthBand.HEALTHY.value, HealthBand.WATCH.value
_HEALTH = f"""
CREATE OR REPLACE FUNCTION agencia_health_days() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF (NEW.score IS NULL) <> (NEW.band IS NULL) OR NOT COALESCE(NEW.score BETWEEN 0 AND 100, true)
       OR NOT COALESCE(NEW.satisfaction BETWEEN 1 AND 5, true)
       OR (NEW.band::text = '{_HEALTHY}' AND NEW.score < {HEALTHY_FROM})
       OR (NEW.band::text = '{_WATCH}' AND NEW.score < {WATCH_FROM}) THEN
        {_refuse("account_health_history: the band and the figure disagree")}
    END IF;
    -- a past day is added only with the improvement action dated back to it, in this
    -- transaction (its row's xmin is this transaction's: nobody sets that by hand)
    IF TG_OP = 'INSERT' AND NEW.computed_on < {_TODAY} - 1 AND NOT EXISTS (
            SELECT 1 FROM improvement_actions i
            WHERE i.account_id = NEW.account_id AND i.opened_on = NEW.computed_on
              AND i.xmin = pg_current_xact_id()::xid) THEN
        {_refuse("account_health_history: a past day''s health is not added afterwards")}
    END IF;
    RETURN NEW;
END
$$"""


def task_and_health_rules(names: set[str]) -> list[str]:
    """The functions and their triggers (idempotent), for a person's sessions."""
    person = "NOT agencia_owner_session()"
    out: list[str] = []
    if {"task_dependencies", "tasks", "campaigns"} <= names:
        out += [
            _DEPENDENCY,
            "DROP TRIGGER IF EXISTS task_dependencies_planned ON task_dependencies",
            "CREATE TRIGGER task_dependencies_planned"
            " BEFORE INSERT OR UPDATE OR DELETE ON task_dependencies FOR EACH ROW"
            f" WHEN ({person}) EXECUTE FUNCTION agencia_task_dependency()",
        ]
    if {"account_health_history", "improvement_actions"} <= names:
        out += [
            _HEALTH,
            "DROP TRIGGER IF EXISTS account_health_history_days ON account_health_history",
            "CREATE TRIGGER account_health_history_days"
            " BEFORE INSERT OR UPDATE ON account_health_history FOR EACH ROW"
            f" WHEN ({person}) EXECUTE FUNCTION agencia_health_days()",
        ]
    return out
