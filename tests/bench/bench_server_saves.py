"""Benchmark: 20 workstations saving at once on a secured server, RLS on and off.

Run: `.venv/bin/python tests/bench/bench_server_saves.py [--workstations 20] [--saves 30]
[--seconds 20] [--sql-functions]` (tests/bench/run.py --extras runs it with the defaults).

It starts a throwaway PostgreSQL (tests/pg_server.py; fsync off, as in the tests), sets up
an agency with server roles (tests/server_world.py) and one account executive per
workstation, each leading an account with a campaign. Each workstation is a process of
its own, as on the agency's desks: it signs in as its own server role (auth.sign_in, as
the window does), listens for the others' notices (agencia.db.notify.listen), reads its
two forms once and saves them in turn through the real services (the account's notes,
the campaign's name), each save from the version the previous one left. With RLS off
the same saves run as the owner, whom no policy limits, on the same processes.

Two loads, each with RLS on then off:
- saturation: every workstation saves back to back (`--saves` each): throughput.
- pace: every workstation saves once every 1–2 s (uniform jitter, for `--seconds`). A
  person saves a form after editing it, seconds apart at the very least: this is
  several times what twenty people can type, and the latencies a person feels.
First one save's statements (counted: the same on any load) and the server's CPU per
save with one workstation alone. With every figure: the load average (the machine may be
shared) and the CPU per save of the server and of the workstations, counted from /proc:
on one machine the twenty workstations' Python competes with the server for its cores,
on a real network each has its own. `--sql-functions`: the policies' functions as before
migration 0020, for comparison. Never part of the test run (no timed assertions).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factories import ADMIN_PASSWORD, actor_for_staff, add_account, add_staff

from agencia.db.database import Database, open_database
from agencia.domain.actor import Actor
from agencia.domain.enums import Role
from agencia.services import auth
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.services.accounts.queries import get_account
from agencia.services.campaigns.campaign_edit import update_campaign
from agencia.services.campaigns.campaign_input import input_from_detail as campaign_input
from agencia.services.campaigns.queries import get_campaign

P95_TARGET_MS = 50.0
RLS_COST_TARGET = 0.20


@dataclass(frozen=True)
class Desk:
    login: str
    staff: int
    account: int
    campaign: int


# -- one save -------------------------------------------------------------------------
class Forms:
    """A workstation's two open forms, its account's and its campaign's, read once; each
    save goes on from the version the previous one left (`SaveResult`), so what is timed,
    and what the server's CPU is counted for, is the saves alone."""

    def __init__(self, db: Database, actor: Actor, desk: Desk) -> None:
        self.db, self.actor, self.desk = db, actor, desk
        detail = get_account(db, actor, desk.account)
        self.account, self.account_version = input_from_detail(detail), detail.version
        found = get_campaign(db, actor, desk.campaign)
        self.campaign, self.campaign_version = campaign_input(found), found.version

    def save(self, n: int) -> tuple[str, float]:
        """Save edit `n`: the account's notes (even) or the campaign's name (odd)."""
        db, actor, desk = self.db, self.actor, self.desk
        began = time.perf_counter()
        if n % 2 == 0:
            data = replace(self.account, notes=f"guardado {n}")
            done = update_account(db, actor, desk.account, data, self.account_version)
            self.account_version = done.version
            kind = "account"
        else:
            edit = replace(self.campaign, name=f"Campaña {desk.login} {n}")
            done = update_campaign(db, actor, desk.campaign, edit, self.campaign_version)
            self.campaign_version = done.version
            kind = "campaign"
        return kind, (time.perf_counter() - began) * 1000


# -- a workstation: a process of its own --------------------------------------------------
def worker() -> None:
    """Sign in, listen, warm up, say `ready`; then run each load it is sent (a JSON
    line) and answer its saves (a JSON line), until `quit`."""
    from agencia.db import notify

    config = json.loads(sys.stdin.readline())
    desk = Desk(**config["desk"])
    person = open_database(config["url"])
    me = auth.sign_in(person, desk.login, config["password"])
    owner = open_database(config["owner"])
    as_owner = actor_for_staff(owner, desk.staff)
    people = {"on": (person, me), "off": (owner, as_owner)}
    heard = Counter[str]()
    stop = threading.Event()
    listener = threading.Thread(
        target=notify.listen,
        args=(person.url, lambda c: heard.update(k.value for k in c.kinds), lambda _: None, stop),
        daemon=True,
    )
    listener.start()
    for db, actor in people.values():  # both sides save the same records: each reopens
        forms = Forms(db, actor, desk)
        forms.save(0)
        forms.save(1)
    sides: dict[str, Forms] = {}
    print("ready", flush=True)
    n = 2
    for line in sys.stdin:
        order = json.loads(line)
        if order == "quit":
            break
        if order["mode"] == "reopen":  # the forms as they are now, before a load
            sides = {rls: Forms(db, actor, desk) for rls, (db, actor) in people.items()}
            print("{}", flush=True)
            continue
        forms = sides[order["rls"]]
        rng = random.Random(order.get("seed", 0))
        saves: list[tuple[str, float]] = []
        began, cpu = time.time(), time.process_time()
        if order["mode"] == "saturate":
            for _ in range(order["saves"]):
                saves.append(forms.save(n))
                n += 1
        else:
            deadline = began + order["seconds"]
            due = began + rng.uniform(0, order["high"])
            while due < deadline:
                time.sleep(max(0.0, due - time.time()))
                saves.append(forms.save(n))
                n += 1
                due += rng.uniform(order["low"], order["high"])
        ended, cpu = time.time(), time.process_time() - cpu
        answer = {"saves": saves, "began": began, "ended": ended, "cpu": cpu}
        answer["heard"] = sum(heard.values())
        print(json.dumps(answer), flush=True)
    stop.set()
    listener.join(timeout=2)
    person.close()
    owner.close()


class Fleet:
    """The workstations' processes, started once and given each load at the same time."""

    def __init__(self, configs: list[dict[str, Any]]) -> None:
        self.processes = [
            subprocess.Popen(
                [sys.executable, __file__, "--worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in configs
        ]
        for process, config in zip(self.processes, configs, strict=True):
            assert process.stdin is not None
            process.stdin.write(json.dumps(config) + "\n")
            process.stdin.flush()
        for process in self.processes:
            assert process.stdout is not None
            line = process.stdout.readline()
            if line.strip() != "ready":
                raise RuntimeError(f"a workstation did not start: {line!r}")

    def run(self, order: dict[str, Any]) -> list[dict[str, Any]]:
        for n, process in enumerate(self.processes):
            assert process.stdin is not None
            process.stdin.write(json.dumps({**order, "seed": n}) + "\n")
            process.stdin.flush()
        answers = []
        for process in self.processes:
            assert process.stdout is not None
            answers.append(json.loads(process.stdout.readline()))
        return answers

    def close(self) -> None:
        for process in self.processes:
            if process.stdin is not None and process.poll() is None:
                process.stdin.write('"quit"\n')
                process.stdin.close()
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


# -- set-up and one save's profile (this process) -----------------------------------------
def _desks(found: Any, count: int) -> list[Desk]:
    from server_world import PASSWORD, TEMPORARY, _campaign

    from agencia.services.people.sign_ins import add_user, change_password

    group = found.agency.groups["consumo"]
    admin_db, admin = found.signed_in("admin", ADMIN_PASSWORD)
    made = []
    try:
        for n in range(count):
            staff = add_staff(found.owner, f"Ejecutivo {n}", Role.ACCOUNT_EXECUTIVE, group_id=group)
            account = add_account(found.owner, f"Cuenta {n}", group_id=group, lead_id=staff)
            campaign = _campaign(found.owner, account, staff, f"WS-{n:02d}")
            login = f"ws{n:02d}"
            add_user(admin_db, admin, login, staff, TEMPORARY)
            change_password(admin_db, login, TEMPORARY, PASSWORD)  # their first sign-in
            made.append(Desk(login, staff, account, campaign))
    finally:
        admin_db.close()
    return made


def _profile(label: str, db: Database, actor: Actor, desk: Desk, postmaster: int | None) -> None:
    """An account save then a campaign save, statement by statement: the round trips
    (BEGIN, which also proves the connection alive, each statement, COMMIT) and the time
    in SQL; then the server's CPU per save for 20 more, one workstation alone (the others
    not started)."""
    from sqlalchemy import event

    forms = Forms(db, actor, desk)
    forms.save(0)  # the pool and the caches warm, as on a desk in use
    forms.save(1)
    for n in (2, 3):
        log: list[tuple[float, str]] = []

        def before(conn: Any, *_args: Any) -> None:
            conn.info["bench_t0"] = time.perf_counter()

        def after(conn: Any, _cursor: Any, sql: str, *_args: Any, log: list[Any] = log) -> None:
            log.append(((time.perf_counter() - conn.info["bench_t0"]) * 1000, sql.split()[0]))

        event.listen(db.writer, "before_cursor_execute", before)
        event.listen(db.writer, "after_cursor_execute", after)
        try:
            kind, total = forms.save(n)
        finally:
            event.remove(db.writer, "before_cursor_execute", before)
            event.remove(db.writer, "after_cursor_execute", after)
        kinds = " ".join(f"{k}×{c}" for k, c in Counter(x for _, x in log).items())
        print(
            f"  {kind:8} edit, {label:7}: {len(log)} statements + BEGIN, COMMIT = "
            f"{len(log) + 2} round trips ({kinds}); {sum(t for t, _ in log):.1f} of "
            f"{total:.1f} ms in statements"
        )  # fmt: skip
    cpu = server_cpu(postmaster)
    for n in range(4, 24):
        forms.save(n)
    alone = 1000 * (server_cpu(postmaster) - cpu) / 20
    db.close()
    print(f"  {label:7}: the server's CPU per save, one workstation alone: {alone:.1f} ms")


# -- the loads --------------------------------------------------------------------------
def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def server_cpu(postmaster: int | None) -> float:
    """Seconds of CPU the server's processes have used (the postmaster, its backends,
    and those that ended), from /proc; 0 when the server is not on this machine."""
    if postmaster is None:
        return 0.0
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        utime, stime, cutime, cstime = (int(x) for x in fields[11:15])
        if int(entry) == postmaster:
            total += utime + stime + cutime + cstime
        elif int(fields[1]) == postmaster:
            total += utime + stime
    return total / os.sysconf("SC_CLK_TCK")


def _postmaster(owner: Database) -> int | None:
    with owner.reader.connect() as connection:
        backend = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
    try:
        stat = Path(f"/proc/{backend}/stat").read_text()
    except OSError:
        return None  # a server elsewhere (AGENCIA_TEST_PG_URL)
    return int(stat.rsplit(")", 1)[1].split()[1])


def _report(
    label: str, answers: list[dict[str, Any]], load: str, server_s: float
) -> dict[str, float]:
    saves = [ms for a in answers for _, ms in a["saves"]]
    seconds = max(a["ended"] for a in answers) - min(a["began"] for a in answers)
    by_kind = {
        kind: statistics.quantiles([ms for a in answers for k, ms in a["saves"] if k == kind], n=20)
        for kind in ("account", "campaign")
    }
    p = statistics.quantiles(saves, n=20)
    found = {"rate": len(saves) / seconds, "p50": statistics.median(saves), "p95": p[-1]}
    found["server"] = 1000 * server_s / len(saves)
    desks = 1000 * sum(a["cpu"] for a in answers) / len(saves)
    print(
        f"  {label:7} {found['rate']:6.1f} saves/s  p50 {found['p50']:6.1f} ms  "
        f"p95 {found['p95']:6.1f} ms  (account p95 {by_kind['account'][-1]:.1f}, campaign p95 "
        f"{by_kind['campaign'][-1]:.1f}; {len(saves)} saves in {seconds:.1f} s; "
        f"load average {load} → {_load()})\n"
        f"  {'':7} CPU per save (counted, not waited): server {found['server']:.1f} ms, "
        f"workstations {desks:.1f} ms (their own machines, on a real network)"
    )  # fmt: skip
    return found


def _machine(server_version: str) -> str:
    return (
        f"{platform.machine()} {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PostgreSQL {server_version}; "
        f"load average {_load()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workstations", type=int, default=20)
    parser.add_argument("--saves", type=int, default=30, help="each, in the saturation load")
    parser.add_argument("--seconds", type=float, default=20.0, help="the paced load's length")
    parser.add_argument("--pace", type=float, nargs=2, default=(1.0, 2.0), metavar=("LOW", "HIGH"))
    parser.add_argument(
        "--sql-functions",
        action="store_true",
        help="the policies' functions as before migration 0020 (planned in every statement)",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker()
        return
    from argon2 import PasswordHasher
    from pg_server import PgServer
    from server_world import PASSWORD, build

    auth._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # set-up only
    server = PgServer.start()
    fleet: Fleet | None = None
    try:
        with server.database() as url:
            owner_url = url.render_as_string(hide_password=False)
            found, owner = build(owner_url)
            try:
                with owner.writer.begin() as connection:
                    version = connection.exec_driver_sql("SHOW server_version").scalar()
                    if args.sql_functions:
                        from agencia.db import server_security

                        server_security.apply(connection, cached=False)
                        print("the policies' functions as before migration 0020 (SQL)")
                print(_machine(str(version)))
                desks = _desks(found, args.workstations)
                print("one save, statement by statement (counted: the same on any load):")
                postmaster = _postmaster(owner)
                _profile("RLS on", *found.signed_in(desks[0].login), desks[0], postmaster)
                mine = actor_for_staff(owner, desks[0].staff)
                _profile("RLS off", open_database(owner_url), mine, desks[0], postmaster)
                configs = [
                    {"desk": vars(d), "url": found.url.render_as_string(), "owner": owner_url,
                     "password": PASSWORD}
                    for d in desks
                ]  # fmt: skip
                print(f"starting {len(desks)} workstations (a process each, signed in as "
                      f"its own role, listening) … load average {_load()}", flush=True)  # fmt: skip
                fleet = Fleet(configs)
                _loads(fleet, args, postmaster)
            finally:
                owner.close()
    finally:
        if fleet is not None:
            fleet.close()
        server.stop()


def _measured(
    fleet: Fleet, order: dict[str, Any], postmaster: int | None
) -> tuple[list[dict[str, Any]], str, float]:
    """The workstations' answers to `order`, the load average before, the server's CPU."""
    fleet.run({"mode": "reopen"})  # read, outside what is measured
    load, cpu = _load(), server_cpu(postmaster)
    answers = fleet.run(order)
    return answers, load, server_cpu(postmaster) - cpu


def _loads(fleet: Fleet, args: argparse.Namespace, postmaster: int | None) -> None:
    count = len(fleet.processes)
    print(f"saturation: {count} workstations saving back to back, {args.saves} saves each "
          "(account and campaign edits in turn):")  # fmt: skip
    full = {}
    for rls in ("on", "off"):
        order = {"mode": "saturate", "rls": rls, "saves": args.saves}
        full[rls] = _report(f"RLS {rls}", *_measured(fleet, order, postmaster))
    cost = (full["off"]["rate"] - full["on"]["rate"]) / full["off"]["rate"]
    low, high = args.pace
    offered = count * 2 / (low + high)
    verdict = "ok" if cost < RLS_COST_TARGET else "MISS"
    print(f"  RLS costs {100 * cost:.0f}% of throughput (target under "
          f"{100 * RLS_COST_TARGET:.0f}%: {verdict})")  # fmt: skip
    print(f"pace: each workstation saves once every {low:g}–{high:g} s (uniform), "
          f"{args.seconds:g} s, about {offered:.0f} saves/s offered:")  # fmt: skip
    paced = {}
    for rls in ("on", "off"):
        order = {"mode": "pace", "rls": rls, "seconds": args.seconds, "low": low, "high": high}
        paced[rls] = _report(f"RLS {rls}", *_measured(fleet, order, postmaster))
    added = paced["on"]["p95"] - paced["off"]["p95"]
    verdict = "ok" if paced["on"]["p95"] < P95_TARGET_MS else "MISS"
    print(f"  RLS adds p50 {paced['on']['p50'] - paced['off']['p50']:+.1f} ms, p95 "
          f"{added:+.1f} ms; p95 with RLS {paced['on']['p95']:.1f} ms (target under "
          f"{P95_TARGET_MS:.0f} ms: {verdict})")  # fmt: skip
    on, off = (full["on"]["server"] + paced["on"]["server"], full["off"]["server"]
               + paced["off"]["server"])  # fmt: skip
    cores = len(os.sched_getaffinity(0))
    if off:
        print(f"server CPU per save, both loads: RLS on {on / 2:.1f} ms, off {off / 2:.1f} ms "
              f"(RLS {100 * (on - off) / off:+.0f}%): {cores} such cores serve about "
              f"{2000 * cores / on:.0f} saves/s with RLS")  # fmt: skip
    heard = sum(a["heard"] for a in fleet.run({"mode": "saturate", "rls": "on", "saves": 0}))
    print(f"notices heard by the workstations' listeners: {heard}")


if __name__ == "__main__":
    main()
