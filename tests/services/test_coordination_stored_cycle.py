"""explore10: a dependency cycle already stored (an old database, a SQLite file edited by
hand, a server before migration 0026) sent every read that orders a campaign's tasks into
an endless walk that grew until the process was killed (`agencia tasks list --campaign 1`:
2.1 GB in 20 s). The reads return now: the link that closes the cycle is left out of the
schedule, and the timeline names the cycle so the planner can undo it.

Each read runs in a fresh Python process with a memory ceiling and a deadline, so that the
walk, if it came back, fails the test instead of the machine. (A process forked from the
test worker inherited its threads' locks and, once, hung before it read anything.)"""

from __future__ import annotations

import base64
import os
import pickle
import subprocess
import sys
import textwrap
from datetime import date

from campaign_world import Cast, build_cast, new_campaign
from sqlalchemy import text

from agencia.db.database import Database
from agencia.services.coordination import tasks
from agencia.services.coordination.tasks import TaskInput
from agencia.services.people.sign_ins import add_user, change_password

D = date
PASSWORD = "una frase bastante larga"
TODAY = D(2026, 3, 1)
_DEADLINE = 120  # seconds: the reads take well under one

# the child: a gigabyte and a half of address space at most (it needs a few hundred MB)
_READS = textwrap.dedent(
    """
    import base64, pickle, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (3 << 29, 3 << 29))
    from datetime import date
    from agencia.db.database import open_database
    from agencia.services.coordination import queries, tasks

    url, me, campaign, guion, today = pickle.loads(base64.b64decode(sys.argv[1]))
    db = open_database(url, read_only=True)
    rows = queries.list_tasks(db, me, queries.TaskQuery(campaign_id=campaign), today)
    listed = sorted((r.id, r.depends_on) for r in rows)
    t = queries.timeline(db, me, campaign, today)
    timeline = (sorted(set(t.cycle)), t.cycle[:1] == t.cycle[-1:], t.expected_end is not None)
    # (not before Rodaje ends, the 9th: the preview refuses what the move would)
    preview = sorted(tasks.preview_reschedule(db, me, guion, date(2026, 3, 10)))
    db.close()
    print(repr((listed, timeline, preview)))
    """
)
_COMMAND = textwrap.dedent(
    """
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (3 << 29, 3 << 29))
    from agencia.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`code` in a fresh interpreter (fails the test when it hangs or runs out)."""
    env = dict(os.environ, AGENCIA_PASSWORD=PASSWORD)
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=_DEADLINE,
    )
    assert "MemoryError" not in done.stderr, done.stderr
    return done


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


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def test_a_stored_cycle_does_not_hang_the_reads(db: Database) -> None:
    cast = build_cast(db)
    campaign, (guion, bocetos, rodaje) = _cycle(cast)
    asked = (_url(db), cast.actor("executive"), campaign, guion, TODAY)
    done = _run(_READS, base64.b64encode(pickle.dumps(asked)).decode())
    assert done.returncode == 0, done.stderr
    listed, timeline, preview = eval(done.stdout.strip().splitlines()[-1])
    assert listed == [(guion, (rodaje,)), (bocetos, (guion,)), (rodaje, (bocetos,))]
    assert timeline == ([guion, bocetos, rodaje], True, True)
    assert preview == [guion, bocetos, rodaje]


def test_the_command_line_lists_them_and_names_the_cycle(db: Database) -> None:
    cast = build_cast(db)
    add_user(db, cast.admin, "elena", cast.staff["executive"], "provisional de la casa")
    change_password(db, "elena", "provisional de la casa", PASSWORD)
    campaign, ids = _cycle(cast)
    argv = ["tasks", "list", "--campaign", str(campaign), "--format", "csv"]
    done = _run(_COMMAND, *argv, "--db", _url(db), "--user", "elena")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 1 + len(ids)  # the header and each task
    assert "ciclo (Guion → Rodaje → Bocetos → Guion)" in done.stderr
