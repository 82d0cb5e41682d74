"""The benchmark suite: every figure with its floor measured in the same run, one table.

Run: `.venv/bin/python tests/bench/run.py [--quick] [--db URL] [--extras]`.

It builds the large demo agency once (100,000 accounts, 400,000 contacts, 50,000
campaigns with briefs and approvals, 200,000 tasks, 1,000,000 communications, 100,000
service requests, 20,000 survey responses; cached in $XDG_CACHE_HOME/agencia-bench,
else build/bench, under a hash of the demo's code, so a change to the demo builds it
again), then measures each figure in fresh processes (tests/bench/probes.py; the areas'
in tests/bench/area_probes.py) and prints: figure, median, p95, the floor measured in
the same run, the ratio to it, the target and `ok` or `MISS`. On a loaded machine absolute times
drift; the ratios to the floors drift much less, which is why each figure has one where
a fair one exists. `--quick` takes fewer samples (not a smaller database) and finishes in
a few minutes. The probes run from compiled bytecode (as an installation does), kept
beside the cached database. `--extras` then runs the single-figure scripts of the other areas
(bench_acta, bench_coordination, bench_service, bench_import, bench_server_saves:
the last needs PostgreSQL).
Timings are never asserted in the tests: this table is the judge.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROBES = HERE / "probes.py"
EXTRAS = (
    "bench_acta.py",
    "bench_coordination.py",
    "bench_service.py",
    "bench_import.py",
    "bench_server_saves.py",
)


@dataclass
class Figure:
    name: str
    samples: list[float]
    floor: list[float] | None = None
    target: float | None = None  # absolute, in the figure's unit
    target_ratio: float | None = None  # or a multiple of the floor
    unit: str = "ms"
    note: str = ""

    def median(self) -> float:
        return statistics.median(self.samples)

    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    def floor_judged(self) -> float | None:
        """The floor's same statistic as `judged` (p95 against p95, median against median)."""
        if not self.floor:
            return None
        if "p95" in self.name:
            return Figure(self.name, self.floor).p95()
        return self.floor_median()

    def judged(self) -> float:
        """p95 where the target is about the slow case, else the median."""
        return self.p95() if "p95" in self.name else self.median()

    def ok(self) -> bool | None:
        floor = self.floor_judged()
        if self.target_ratio is not None and floor:
            return self.judged() <= self.target_ratio * floor
        if self.target is not None:
            return self.judged() <= self.target
        return None


# -- the large agency, built once -----------------------------------------------------------
def demo_hash() -> str:
    """A hash of the code that writes the demo. A newer schema does not rebuild it: the
    cached file is migrated before the figures (see `migrated`), like a person's file."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "agencia" / "demo").rglob("*.py")):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "agencia-bench" if base else ROOT / "build" / "bench"


def large_database(env: dict[str, str]) -> tuple[str, float, bool]:
    """The cached large demo's URL, how long its generation took, and whether it was
    generated now (in this run) or earlier."""
    folder = cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    key = demo_hash()
    path = folder / f"large-{key}.sqlite3"
    record = folder / f"large-{key}.json"
    if path.exists() and record.exists():
        return f"sqlite:///{path}", json.loads(record.read_text())["seconds"], False
    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    print(f"building the large demo into {path} (once per demo code) …", flush=True)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "agencia", "demo", "--size", "large", "--db",
         f"sqlite:///{building}"],
        env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    for old in folder.glob("large-*"):  # an older demo's database: not this code's
        if not old.name.startswith(f"large-{key}"):
            old.unlink()
    building.rename(path)
    record.write_text(json.dumps({"seconds": seconds, "at": datetime.now().isoformat()}))
    return f"sqlite:///{path}", seconds, True


def migrated(url: str, env: dict[str, str]) -> None:
    """Open the database once before any figure, so no probe pays for a migration."""
    code = (
        "import sys; from agencia.db.database import open_database; "
        "open_database(sys.argv[1]).close()"
    )
    subprocess.run([sys.executable, "-c", code, url], env=env, check=True)


# -- fresh processes --------------------------------------------------------------------
def probe(name: str, url: str, env: dict[str, str]) -> dict[str, Any]:
    """Run one probe in a fresh process and return what it printed (its last JSON line)."""
    config = tempfile.mkdtemp(prefix="agencia-bench-config-")  # default settings: accounts
    try:
        started = time.time()
        done = subprocess.run(
            [sys.executable, str(PROBES), name, url],
            env={**env, "BENCH_T0": repr(started), "XDG_CONFIG_HOME": config},
            capture_output=True, text=True, timeout=900, check=False,
        )  # fmt: skip
    finally:
        shutil.rmtree(config, ignore_errors=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"probe {name} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def collect(name: str, url: str, env: dict[str, str], runs: int) -> list[dict[str, Any]]:
    out = []
    for n in range(runs):
        print(f"  {name} {n + 1}/{runs}", end="\r", file=sys.stderr, flush=True)
        out.append(probe(name, url, env))
    return out


def merged(results: list[dict[str, Any]], key: str) -> list[float]:
    values: list[float] = []
    for r in results:
        found = r[key]
        values.extend(found if isinstance(found, list) else [found])
    return values


def measure(url: str, env: dict[str, str], quick: bool) -> list[Figure]:
    starts = 4 if quick else 9  # medians of fresh processes
    heavy = 1 if quick else 3  # processes for the long probes (each takes many samples)
    bare = collect("bare_paint", url, env, starts)
    app = collect("app_start", url, env, starts)
    keys = collect("keystrokes", url, env, heavy)
    keys_sql = collect("keystrokes_sql", url, env, heavy)
    # the campaigns list's first page is one sample a process (it is first only once):
    # several processes even in --quick, so that its median is not one run's noise
    page_runs = 4 if quick else 7
    pages = collect("pages", url, env, page_runs)
    pages_sql = collect("pages_sql", url, env, page_runs)
    memory = collect("memory", url, env, heavy)
    memory_bare = collect("memory_bare", url, env, heavy)
    deck = collect("deck", url, {**env, "BENCH_REPEAT": "3" if quick else "7"}, heavy)
    bare_ms = merged(bare, "ms")
    return [
        Figure("first paint", merged(app, "paint"), bare_ms, target_ratio=1.5),
        Figure("spawn → signed in", merged(app, "ready"), bare_ms),
        Figure("spawn → first accounts page", merged(app, "rows"), bare_ms, target=700),
        Figure("keystroke → rows painted, p50", merged(keys, "ms"), merged(keys_sql, "ms")),
        Figure("keystroke → rows painted, p95", merged(keys, "ms"), merged(keys_sql, "ms"), 50),
        Figure("account page, p95", merged(pages, "account"), merged(pages_sql, "ms"), 100),
        Figure("campaign page, p95", merged(pages, "campaign"), merged(pages_sql, "campaign"), 100),
        Figure(
            "campaigns list, first page",
            merged(pages, "campaigns_list"),
            merged(pages_sql, "campaigns_list"),
            150,
        ),
        Figure(
            "campaigns list, every ID in (count shown)",
            merged(pages, "campaigns_list_ids"),
            merged(pages_sql, "campaigns_ids"),
        ),
        Figure(
            f"campaign deck ({deck[0]['slides']} slides)",
            merged(deck, "ms"),
            merged(deck, "floor"),
            1500,
        ),
        Figure(
            "resident memory, list scrolled",
            merged(memory, "mb"),
            merged(memory_bare, "mb"),
            180,
            unit="MB",
        ),
        *area_figures(url, env, quick),  # the areas' figures (tests/bench/area_probes.py)
    ]


def area_figures(url: str, env: dict[str, str], quick: bool) -> list[Figure]:
    """The service queue, an account's timeline, coordination and satisfaction on the
    large demo, each with the same statements run straight on the driver as its floor,
    and the targets of their issues (11: coordination, 12: service; 13 sets none)."""
    runs = 1 if quick else 3
    repeat = {**env, "BENCH_REPEAT": "5" if quick else "15"}
    queue = collect("service_queue", url, repeat, runs)
    line = collect("communications_timeline", url, repeat, runs)
    plan = collect("coordination", url, repeat, runs)
    heard = collect("satisfaction", url, {**env, "BENCH_REPEAT": "2" if quick else "3"}, runs)
    first = collect("satisfaction_page", url, {**env, "BENCH_REPEAT": "3" if quick else "7"}, runs)
    requests = f"{queue[0]['requests']:,} requests"
    return [
        Figure("service queue, breached, first page", merged(queue, "breached"),
               merged(queue, "breached_floor"), 50, note=requests),
        Figure("service queue, one account, first page", merged(queue, "account"),
               merged(queue, "account_floor"), 50, note=requests),
        Figure(f"account timeline ({line[0]['communications']:,} communications)",
               merged(line, "ms"), merged(line, "floor"), 150),
        Figure(f"campaign timeline ({plan[0]['tasks']} tasks), read + painted",
               merged(plan, "timeline"), merged(plan, "timeline_floor"), 150),
        Figure("«Mis tareas» over every task", merged(plan, "mine"),
               merged(plan, "mine_floor"), 50),
        Figure(f"satisfaction results ({heard[0]['responses']:,} responses)",
               merged(heard, "ms"), merged(heard, "floor"), 500),
        Figure(f"satisfaction page, first view ({first[0]['accounts']:,} accounts)",
               merged(first, "ms"), merged(first, "floor"), 500),
    ]  # fmt: skip


# -- the table ----------------------------------------------------------------------------
def number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.1f} s"
    return f"{value:.0f} {unit}"


def table(figures: list[Figure]) -> str:
    head = "| figure | median | p95 | floor (same run, same statistic) | ratio | target | |"
    lines = [head, "|---|---:|---:|---:|---:|---|---|"]
    for f in figures:
        floor = f.floor_judged()
        ratio = f"{f.judged() / floor:.1f}×" if floor else "—"
        if f.target_ratio is not None:
            target = f"≤ {f.target_ratio}× floor"
        elif f.target is not None:
            target = f"≤ {number(f.target, f.unit)}"
        else:
            target = "—"
        verdict = {True: "ok", False: "MISS", None: ""}[f.ok()]
        name = f.name + (f" ({f.note})" if f.note else "")
        lines.append(
            f"| {name} | {number(f.median(), f.unit)} | {number(f.p95(), f.unit)} | "
            f"{number(floor, f.unit)} | {ratio} | {target} | {verdict} |"
        )
    return "\n".join(lines)


def machine() -> str:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{datetime.now():%Y-%m-%d %H:%M}, {platform.machine()} {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"load average {load}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer samples (same database)")
    parser.add_argument("--db", help="measure this database instead of the cached large demo")
    parser.add_argument("--extras", action="store_true", help="also the other bench scripts")
    args = parser.parse_args()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AGENCIA_LANG": "es",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("AGENCIA_DATABASE_URL", None)
    # An installation runs from compiled bytecode (pip and the bundle write it); a shell
    # with PYTHONDONTWRITEBYTECODE would make every probe compile the whole app again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache_folder() / "pycache")
    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    figures: list[Figure] = []
    if args.db:
        url = args.db
    else:
        url, seconds, now = large_database(env)
        note = "" if now else "cached: measured when built"
        figures.append(Figure("large demo generation", [seconds], None, 60, unit="s", note=note))
    migrated(url, env)
    probe("app_start", url, env)  # compiles the window's modules once, like an install
    figures = measure(url, env, args.quick) + figures
    print(" " * 40, file=sys.stderr)
    print(f"{machine()} (at the start: {load_before:.2f}); database {url}")
    print(table(figures))
    print(f"suite: {time.perf_counter() - started:.0f} s")
    if args.extras:
        for script in EXTRAS:
            print(f"\n## {script}", flush=True)
            subprocess.run([sys.executable, str(HERE / script)], env=env, check=False)


if __name__ == "__main__":
    main()
