"""Several processes, each signed in as a different person with their own server role,
editing the same account at once on the secured server: no update is lost, and every
save made from a version someone else has already changed is refused as a conflict."""

from __future__ import annotations

import multiprocessing
from typing import Any

from concurrent_people import append_notes, save_once
from server_world import PASSWORD, ServerAgency

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.models import Account

EDITORS = ("alvaro", "marta", "lucia")  # the lead, the supervisor, the group's director
ROUNDS = 4


def _run(target: Any, server: ServerAgency, extra: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    ctx = multiprocessing.get_context("spawn")
    together = ctx.Barrier(len(EDITORS))
    out = ctx.Queue()
    url = server.url.render_as_string(hide_password=False)  # no user, no password
    account = server.agency.accounts["coca"]
    workers = [
        ctx.Process(target=target, args=(url, login, PASSWORD, account, *extra, together, out))
        for login in EDITORS
    ]
    for w in workers:
        w.start()
    try:
        results = [out.get(timeout=120) for _ in workers]
    finally:
        for w in workers:
            w.join(30)
            if w.is_alive():
                w.kill()
    assert all(w.exitcode == 0 for w in workers)
    assert [r for r in results if r[1] == "error"] == []
    return results


def _account(server: ServerAgency) -> Account:
    with unit_of_work(server.owner, SYSTEM, write=False) as uow:
        found = uow.session.get(Account, server.agency.accounts["coca"])
        assert found is not None
        return found


def test_concurrency_three_people_editing_one_account_lose_no_update(
    server_agency: ServerAgency,
) -> None:
    before = _account(server_agency)
    results = _run(append_notes, server_agency, (ROUNDS,))
    after = _account(server_agency)
    marks = [f"[{login}:{n}]" for login in EDITORS for n in range(ROUNDS)]
    assert all(after.notes.count(mark) == 1 for mark in marks), after.notes
    assert after.notes.startswith(before.notes)
    assert after.version == before.version + len(marks)  # one version per save, none lost
    assert sorted(r[0] for r in results) == sorted(EDITORS)


def test_conflict_three_people_saving_the_same_version_one_wins(
    server_agency: ServerAgency,
) -> None:
    before = _account(server_agency)
    results = _run(save_once, server_agency, ())
    assert {r[2] for r in results} == {before.version}  # all three loaded the same version
    outcomes = sorted(r[1] for r in results)
    assert outcomes == ["record.stale", "record.stale", "saved"]
    winner = next(r[0] for r in results if r[1] == "saved")
    after = _account(server_agency)
    assert after.notes == f"[{winner}]" and after.version == before.version + 1
