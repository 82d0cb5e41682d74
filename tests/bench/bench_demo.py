"""Benchmark: `agencia demo --size large` (100,000 accounts, 400,000 contacts) into a new file.

Run: `.venv/bin/python tests/bench/bench_demo.py [--db URL] [--keep]`. Goes through the real
command line in process, prints the wall time, the row counts and the file's size, and
checks the search indexes afterwards. Never part of the test run (no timed assertions in
tests); the aim is well under a minute on a developer's machine.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from agencia import cli
from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
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
        start = time.perf_counter()
        status = cli.main(["demo", "--size", "large", "--db", url])
        seconds = time.perf_counter() - start
        if status != 0:
            raise SystemExit(status)
        print(f"agencia demo --size large     {seconds:8.1f} s (with opening and migrating)")
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
