"""explore10: a dependency cycle already stored (an old database, a SQLite file edited by
hand, a server before migration 0026) sent every read that orders a campaign's tasks into
an endless walk that grew until the process was killed (`agencia tasks list --campaign 1`:
2.1 GB in 20 s). The reads return now: the link that closes the cycle is left out of the
schedule, and the timeline names the cycle so the planner can undo it.

Each read runs in a child process with a memory ceiling and a deadline, so that the walk,
if it came back, fails the test instead of the machine."""

from __future__ import annotations

import ast
import contextlib
import io
import multiprocessing
import resource
from collections.abc import Callable
from datetime import date

import pytest
from campaign_world import Cast, build_cast, new_campaign
from sqlalchemy import text

from agencia import cli
from agencia.db.database import Database, open_database
from agencia.domain.actor import Actor
from agencia.services.coordination import queries, tasks
from agencia.services.coordination.tasks import TaskInput
from agencia.services.people.sign_ins import add_user, change_password

D = date
PASSWORD = "una frase bastante larga"
TODAY = D(2026, 3, 1)
_CEILING = 1 << 30  # a gigabyte: the walk passed it in seconds
_DEADLINE = 120  # seconds: the reads take well under one


def _in_child(read: Callable[[], object], answers: multiprocessing.Queue) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_CEILING, _CEILING))
    answers.put(repr(read()))


def _returns(read: Callable[[], object]) -> str:
    """What `read` returned in a child process (fails when it hangs or runs out)."""
    context = multiprocessing.get_context("fork")
    answers: multiprocessing.Queue = context.Queue()
    child = context.Process(target=_in_child, args=(read, answers))
    child.start()
    child.join(_DEADLINE)
    if child.is_alive():
        child.kill()
        child.join()
        raise AssertionError("the read did not return")
    assert child.exitcode == 0, f"the read failed (exit code {child.exitcode})"
    return str(answers.get(timeout=5))


def _reading(db: Database, read: Callable[[Database], object]) -> Callable[[], object]:
    """`read` on the test's database, opened anew (beside the test's own writer)."""

    def opened() -> object:
        other = open_database(str(db.url), read_only=True)
        try:
            return read(other)
        finally:
            other.close()

    return opened


def _cycle(cast: Cast) -> tuple[int, list[int]]:
    """Guion (2–4 Mar) → Bocetos (5–6) → Rodaje (8–9), and, by raw SQL, Guion after
    Rodaje: a cycle no service would have written."""
    campaign = new_campaign(cast)
    me = cast.actor("executive")
    ids: list[int] = []
    for title, start, due in (
        ("Guion", D(2026, 3, 2), D(2026, 3, 4)),
        ("Bocetos", D(2026, 3, 5), D(2026, 3, 6)),
        ("Rodaje", D(2026, 3, 8), D(2026, 3, 9)),
    ):
        after = {ids[-1]: 0} if ids else {}
        ids.append(
            tasks.add_task(cast.db, me, campaign, TaskInput(title, start, due, depends_on=after)).id
        )
    with cast.db.writer.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO task_dependencies (task_id, depends_on_id, lag_days)"
                " VALUES (:t, :d, 0)"
            ),
            {"t": ids[0], "d": ids[-1]},
        )
    return campaign, ids


def test_a_stored_cycle_does_not_hang_the_reads(db: Database) -> None:
    cast = build_cast(db)
    campaign, (guion, bocetos, rodaje) = _cycle(cast)
    me: Actor = cast.actor("executive")

    def listed(d: Database) -> object:
        rows = queries.list_tasks(d, me, queries.TaskQuery(campaign_id=campaign), TODAY)
        return sorted((r.id, r.depends_on) for r in rows)

    assert _returns(_reading(db, listed)) == repr(
        [(guion, (rodaje,)), (bocetos, (guion,)), (rodaje, (bocetos,))]
    )

    def timeline(d: Database) -> object:
        t = queries.timeline(d, me, campaign, TODAY)
        return (sorted(set(t.cycle)), t.cycle[:1] == t.cycle[-1:], t.expected_end is not None)

    assert _returns(_reading(db, timeline)) == repr(([guion, bocetos, rodaje], True, True))

    def preview(d: Database) -> object:
        return sorted(tasks.preview_reschedule(d, me, guion, D(2026, 3, 5)))

    assert _returns(_reading(db, preview)) == repr([guion, bocetos, rodaje])


def test_the_command_line_lists_them_and_names_the_cycle(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    cast = build_cast(db)
    add_user(db, cast.admin, "elena", cast.staff["executive"], "provisional de la casa")
    change_password(db, "elena", "provisional de la casa", PASSWORD)
    campaign, ids = _cycle(cast)
    monkeypatch.setenv("AGENCIA_PASSWORD", PASSWORD)
    argv = ["tasks", "list", "--campaign", str(campaign), "--format", "csv"]
    argv += ["--db", str(db.url), "--user", "elena"]

    def listed() -> object:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli.main(argv)
        return status, len(out.getvalue().splitlines()), err.getvalue()

    status, lines, err = ast.literal_eval(_returns(listed))
    assert (status, lines) == (0, 1 + len(ids))  # the header and each task
    assert "ciclo (Guion → Rodaje → Bocetos → Guion)" in err
