"""Benchmark: importing a Spanish Excel's CSV of accounts (the issue asks for 100,000 rows
in under a minute).

Run: `.venv/bin/python tests/bench/bench_import.py [--rows N] [--db URL | --postgresql]
[--profile]`. Prints the time (wall and processor), rows per second and milliseconds per
row; `--profile` prints where the time goes (cProfile, top 30 by cumulative time). Never
part of the test run (no timed assertions in tests). Without `--db` a new SQLite file in
a temporary folder is used; `--postgresql` starts a throwaway server (tests/pg_server.py)
and imports into a fresh database on it; a given database must be empty (the agency is
set up in it). On a shared machine read the processor time: the wall time includes
whatever else the machine is running.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factories import add_group, add_staff, set_up
from pg_server import PgServer

from agencia.db.database import open_database
from agencia.domain.enums import Role
from agencia.domain.tax_ids import problem
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import


def cif(number: int) -> str:
    base = f"B{number:07d}"
    return next(base + str(d) for d in range(10) if problem("ES", base + str(d)) is None)


def write_csv(path: Path, rows: int) -> Path:
    """What a Spanish Excel saves: Windows-1252, semicolons, accents and ñ."""
    header = "Nombre;Razón social;NIF;Ciudad;País;Correo;Grupo;Ejecutivo"
    lines = [header]
    for n in range(rows):
        group, lead = ("Gran Consumo", "Álvaro García") if n % 2 else ("Servicios", "")
        lines.append(
            f"Cliente Ñandú {n};Cliente Ñandú {n}, S.L.;{cif(n + 1)};A Coruña;España;"
            f"cuentas{n}@nandu.es;{group};{lead}"
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def _queued() -> float:
    """Seconds this process has waited, runnable, for a processor (Linux; 0 elsewhere):
    on a shared machine the wall time less this is what the import itself took."""
    try:
        fields = Path("/proc/self/schedstat").read_text().split()
    except OSError:
        return 0.0
    return int(fields[1]) / 1e9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db")
    parser.add_argument("--postgresql", action="store_true", help="a throwaway server")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sort", default="cumulative", help="cProfile order (tottime…)")
    args = parser.parse_args()
    if not args.postgresql:
        measure(args, args.db)
        return
    server = PgServer.start()
    try:
        with server.database() as url:
            measure(args, url.render_as_string(hide_password=False))
    finally:
        server.stop()


def measure(args: argparse.Namespace, url: str | None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="agencia-bench-import-"))
    db = open_database(url or f"sqlite:///{folder / 'agencia.sqlite3'}")
    admin = set_up(db)
    consumo = add_group(db, "Gran Consumo")
    add_group(db, "Servicios")
    add_staff(db, "Álvaro García", Role.ACCOUNT_EXECUTIVE, group_id=consumo)
    path = write_csv(folder / "clientes.csv", args.rows)

    profiler = cProfile.Profile() if args.profile else None
    queued = _queued()
    start, cpu = time.perf_counter(), time.process_time()
    if profiler is not None:
        profiler.enable()
    report = run_import(db, admin, path, ImportKind.ACCOUNTS)
    if profiler is not None:
        profiler.disable()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    queued = _queued() - queued
    assert report.written and report.created == args.rows, report.problems[:3]
    print(f"import {args.rows} accounts ({db.url.get_backend_name()})")
    print(f"  total      {seconds:8.1f} s")
    print(f"  per row    {seconds * 1000 / args.rows:8.2f} ms")
    print(f"  rows/s     {args.rows / seconds:8.0f}")
    print(f"  processor  {cpu:8.1f} s  (the machine's other work aside)")
    if queued:
        print(
            f"  queued     {queued:8.1f} s  waiting for a processor the machine's other work held"
        )
        print(f"  unqueued   {seconds - queued:8.1f} s  the wall time on a machine of its own")
    if profiler is not None:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(30)
    db.close()


if __name__ == "__main__":
    main()
