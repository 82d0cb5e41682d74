"""Benchmark: `agencia demo --size large` (100,000 accounts, 400,000 contacts) into a new file.

Run: `.venv/bin/python tests/bench/bench_demo.py [--db URL] [--keep]`. Opens (and migrates)
the database as the command line does, fills it, prints the wall time, the seconds each
area's part took (where a slow build's time goes), the CPU seconds and the load average
(on a shared machine the wall time drifts with the others' work; the CPU time much less),
the row counts and the file's size, and checks the search indexes afterwards. Never part
of the test run (no timed assertions in tests); the target is a minute on the benchmark
machine (issue 14).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.demo.fill import fill_demo
from agencia.domain.actor import SYSTEM
from agencia.services.accounts.queries import AccountQuery, search_account_ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an empty database (default: a new temporary SQLite file)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary file")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="agencia-bench-demo-"))
    url = args.db or f"sqlite:///{folder / 'large.sqlite3'}"
    try:
        load = os.getloadavg()[0]
        start, cpu = time.perf_counter(), time.process_time()
        opened = open_database(url)
        try:
            summary = fill_demo(opened, size="large", seed=0)
        finally:
            opened.close()
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"agencia demo --size large     {seconds:8.1f} s (with opening and migrating)")
        cpu_of = dict(summary.cpu_parts)
        for name, part in summary.parts:
            cpu_text = f"   CPU {cpu_of[name]:6.1f} s" if name in cpu_of else ""
            print(f"  {name:<28}{part:8.1f} s{cpu_text}")
        print(f"CPU time of this process      {cpu:8.1f} s")
        print(f"load average before / after   {load:8.2f} / {os.getloadavg()[0]:.2f}")
        db = open_database(url)
        try:
            with unit_of_work(db, SYSTEM, write=False) as uow:
                for table in ("accounts", "contacts", "brands", "account_assignments"):
                    count = uow.session.connection().exec_driver_sql(
                        f"SELECT count(*) FROM {table}"
                    )
                    print(f"{table:<30}{count.scalar():>9,}")
            for typed in ("garcia", "kola-sierra", "conservas nunez"):
                start = time.perf_counter()
                found = search_account_ids(db, SYSTEM, AccountQuery(text=typed))
                ms = (time.perf_counter() - start) * 1000
                print(f"search {typed!r:<23}{len(found):>9,}  {ms:6.1f} ms")
        finally:
            db.close()
        if db.is_sqlite and db.path is not None:
            print(f"file size                     {db.path.stat().st_size / 2**20:8.1f} MiB")
            check = sqlite3.connect(db.path)
            try:
                for fts in ("accounts_fts", "contacts_fts"):
                    check.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
                print("FTS5 integrity-check          ok")
            finally:
                check.close()
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
