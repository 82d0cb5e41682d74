"""Benchmark: the accounts list on 100,000 accounts and 400,000 contacts.

Run: `.venv/bin/python tests/bench/bench_accounts.py [--db URL]`. Prints figures and the
ratio of the indexed search to a plain scan; never part of the test run (no timed
assertions in tests). The large demo database is built once and reused.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, select

from agencia.db.database import open_database
from agencia.db.uow import unit_of_work
from agencia.demo.fill import fill_demo
from agencia.domain.models import Account
from agencia.domain.text import words
from agencia.services import auth
from agencia.services.accounts import queries as accounts
from agencia.services.first_run import is_empty


def timed(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    default = Path(tempfile.gettempdir()) / "agencia-bench-large.sqlite3"
    parser.add_argument("--db", default=f"sqlite:///{default}")
    args = parser.parse_args()

    start = time.perf_counter()
    db = open_database(args.db)
    print(f"open database                 {(time.perf_counter() - start) * 1000:8.1f} ms")
    if is_empty(db):
        start = time.perf_counter()
        fill_demo(db, size="large", seed=0)
        print(f"large demo (100k accounts)    {time.perf_counter() - start:8.1f} s")
    login = auth.default_login(db)
    assert login is not None
    director = auth.actor_for(db, login)
    everyone = director

    total_ms, total = timed(lambda: accounts.count_accounts(db, everyone))
    print(f"count visible accounts        {total_ms:8.1f} ms  ({total} accounts)")
    cases = [
        ("all, by name", accounts.AccountQuery()),
        ("mine, by name", accounts.AccountQuery(mine=True)),
        ("search 'garcia'", accounts.AccountQuery(text="garcia")),
        ("search 'coca-cola'", accounts.AccountQuery(text="coca-cola")),
        ("search 'l'oréal'", accounts.AccountQuery(text="l'oréal")),
        ("search 'a' (one letter)", accounts.AccountQuery(text="a")),
        ("status active, by sector", accounts.AccountQuery(status=None, sort="sector")),
    ]
    for label, query in cases:
        ms, ids = timed(partial(accounts.search_account_ids, db, director, query))
        page_ms, _ = timed(partial(accounts.account_rows, db, director, ids[:200]))
        print(f"ids: {label:<26}{ms:8.1f} ms  ({len(ids):>6} ids)   first page {page_ms:6.1f} ms")

    # The same word search done as a plain LIKE scan, to show what the index buys.
    def scan(typed: str) -> list[int]:
        with unit_of_work(db, director, write=False) as uow:
            conds = [Account.search_text.like(f"% {w}%") for w in words(typed)]
            stmt = select(Account.id).where(and_(*conds)).order_by(Account.name_key)
            return list(uow.session.scalars(stmt))

    for typed in ("garcia", "coca-cola"):
        query = accounts.AccountQuery(text=typed)
        indexed, _ = timed(partial(accounts.search_account_ids, db, everyone, query))
        plain, _ = timed(partial(scan, typed))
        print(
            f"index vs scan '{typed}':      {indexed:8.1f} ms vs {plain:8.1f} ms "
            f"(x{plain / max(indexed, 0.001):.1f})"
        )
    with unit_of_work(db, everyone, write=False) as uow:
        n = uow.session.scalar(select(func.count(Account.id)))
    print(f"accounts in database          {n}")
    db.close()


if __name__ == "__main__":
    main()
