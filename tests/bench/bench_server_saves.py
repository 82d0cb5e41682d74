"""Benchmark: 20 workstations saving at once on a secured server, RLS on and off.

Run: `.venv/bin/python tests/bench/bench_server_saves.py [--workstations 20] [--saves 30]`.
It starts a throwaway PostgreSQL (tests/pg_server.py), sets up an agency with server roles
(tests/server_world.py) and one account executive per workstation, each leading an
account. With RLS on, each workstation signs in as its own role and saves its account
through the real service; with RLS off, the same saves run as the owner (whom no policy
limits). Prints one save's profile (round trips, time in statements, the NOTIFY payload,
the calls of the policies' functions), then throughput and p95 save latency of both, and
RLS's cost. Never part of
the test run (no timed assertions in tests). Workstations are threads of one process.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argon2 import PasswordHasher
from factories import (
    ADMIN_PASSWORD,
    actor_for_staff,
    add_account,
    add_staff,
)
from pg_server import PgServer
from server_world import PASSWORD, ServerAgency, build

from agencia.db.database import Database, open_database
from agencia.domain.actor import Actor
from agencia.domain.enums import Role
from agencia.services import auth
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.services.accounts.queries import get_account
from agencia.services.people.sign_ins import add_user


def _workstations(found: ServerAgency, count: int) -> list[tuple[str, int, int]]:
    """(login, staff id, account id) for each workstation's executive."""
    group = found.agency.groups["consumo"]
    admin_db, admin = found.signed_in("admin", ADMIN_PASSWORD)
    made = []
    try:
        for n in range(count):
            staff = add_staff(found.owner, f"Ejecutivo {n}", Role.ACCOUNT_EXECUTIVE, group_id=group)
            account = add_account(found.owner, f"Cuenta {n}", group_id=group, lead_id=staff)
            login = f"ws{n:02d}"
            add_user(admin_db, admin, login, staff, PASSWORD)
            made.append((login, staff, account))
    finally:
        admin_db.close()
    return made


def _load(sessions: list[tuple[Database, Actor, int]], saves: int) -> tuple[float, list[float]]:
    """Every workstation saves its account `saves` times at once: (seconds, latencies ms)."""
    latencies: list[float] = []
    lock = threading.Lock()
    start_line = threading.Barrier(len(sessions))

    def work(db: Database, actor: Actor, account: int) -> None:
        start_line.wait()
        for n in range(saves):
            detail = get_account(db, actor, account)
            data = replace(input_from_detail(detail), notes=f"guardado {n}")
            began = time.perf_counter()
            update_account(db, actor, account, data, detail.version)
            with lock:
                latencies.append((time.perf_counter() - began) * 1000)

    threads = [threading.Thread(target=work, args=s) for s in sessions]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began, latencies


def _track_functions(owner: Database) -> None:
    """The server counts calls of our SQL functions (the policies' sub-selects)."""
    with owner.writer.begin() as connection:
        name = connection.exec_driver_sql("SELECT current_database()").scalar()
        connection.exec_driver_sql(f"ALTER DATABASE \"{name}\" SET track_functions = 'all'")


def _function_calls(owner: Database) -> int:
    time.sleep(0.5)  # a backend that ended has reported its counts by now
    with owner.reader.connect() as connection:
        connection.exec_driver_sql("SELECT pg_stat_clear_snapshot()")
        found = connection.exec_driver_sql(
            "SELECT COALESCE(sum(calls), 0) FROM pg_stat_user_functions "
            "WHERE left(funcname, 8) = 'agencia_'"
        ).scalar()
    return int(found or 0)


def _profile(label: str, owner: Database, db: Database, actor: Actor, account: int) -> None:
    """One save, statement by statement: round trips (BEGIN, the pool's ping, each
    statement, COMMIT), time in SQL, the NOTIFY payload, and the calls of the policies'
    functions the server made for it (counted once `db` closed: a backend reports them
    when it ends; run before the other workstations connect, so no one else's count in)."""
    from sqlalchemy import event

    log: list[tuple[float, str, int]] = []
    began: dict[int, float] = {}

    def before(conn: Any, _cursor: Any, _sql: str, _params: Any, _ctx: Any, _many: bool) -> None:
        began[id(conn)] = time.perf_counter()

    def after(conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        payload = len(params.get("payload", "")) if isinstance(params, dict) else 0
        log.append(((time.perf_counter() - began[id(conn)]) * 1000, sql.split()[0], payload))

    detail = get_account(db, actor, account)
    calls = _function_calls(owner)
    event.listen(db.writer, "before_cursor_execute", before)
    event.listen(db.writer, "after_cursor_execute", after)
    try:
        start = time.perf_counter()
        update_account(
            db,
            actor,
            account,
            replace(input_from_detail(detail), notes=f"perfil {label}"),
            detail.version,
        )
        total = (time.perf_counter() - start) * 1000
    finally:
        event.remove(db.writer, "before_cursor_execute", before)
        event.remove(db.writer, "after_cursor_execute", after)
        db.close()
    calls = _function_calls(owner) - calls
    kinds = " ".join(
        f"{k}×{sum(1 for _, x, _ in log if x == k)}" for k in dict.fromkeys(x for _, x, _ in log)
    )
    payload = max((n for _, _, n in log), default=0)
    print(
        f"{label:8} one save: {len(log)} statements + BEGIN, ping, COMMIT = {len(log) + 3} "
        f"round trips ({kinds}); {sum(t for t, _, _ in log):.1f} of {total:.1f} ms in "
        f"statements; NOTIFY payload {payload} bytes; {calls} calls of the policies' functions"
    )  # fmt: skip


def _report(label: str, seconds: float, latencies: list[float]) -> tuple[float, float]:
    p95 = statistics.quantiles(latencies, n=20)[-1]
    rate = len(latencies) / seconds
    print(f"{label:8} {rate:8.1f} saves/s   p95 {p95:6.1f} ms   ({len(latencies)} saves)")
    return rate, p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workstations", type=int, default=20)
    parser.add_argument("--saves", type=int, default=30)
    args = parser.parse_args()
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # set-up only
    server = PgServer.start()
    try:
        with server.database() as url:
            found, owner = build(url.render_as_string(hide_password=False))
            try:
                _track_functions(owner)
                desks = _workstations(found, args.workstations)
                login, staff, account = desks[0]
                _profile("RLS on", owner, *found.signed_in(login), account)
                mine = actor_for_staff(owner, staff)
                _profile("RLS off", owner, open_database(url), mine, account)
                on = [(*found.signed_in(login), account) for login, _, account in desks]
                off_db = [open_database(url) for _ in desks]
                off = [
                    (db, actor_for_staff(owner, staff), account)
                    for db, (_, staff, account) in zip(off_db, desks, strict=True)
                ]
                _load(on[:2], 2)  # warm up
                rate_on, p95_on = _report("RLS on", *_load(on, args.saves))
                rate_off, p95_off = _report("RLS off", *_load(off, args.saves))
                print(f"RLS costs {100 * (rate_off - rate_on) / rate_off:.0f}% of throughput; "
                      f"p95 {p95_on - p95_off:+.1f} ms")  # fmt: skip
                for db, _, _ in (*on, *off):
                    db.close()
            finally:
                owner.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
