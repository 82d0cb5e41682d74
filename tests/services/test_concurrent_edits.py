"""Two workstations writing to one campaign at the same moment (PostgreSQL): both writes
are kept, numbered one after the other; nobody's text or files are thrown away."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from campaign_world import Cast, build_cast, new_campaign, ready_for_development

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.queries import get_campaign


def _at_once(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls on threads released together; their results, or what they raised."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[i] = call()
        except Exception as exc:  # handed back to the test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_two_proposal_versions_saved_at_once_are_both_kept(db: Database) -> None:
    cast: Cast = build_cast(db)
    cid = new_campaign(cast)
    ready_for_development(cast, cid)

    def proposal(who: str) -> Callable[[], Any]:
        data = ProposalInput(
            summary=f"Propuesta de {who}",
            uploads=(DocumentInput(f"{who}.pdf", f"%PDF-1.7 {who}\n".encode()),),
        )
        return lambda: save_proposal(db, cast.actor(who), cid, data)

    for _ in range(3):
        results = _at_once(proposal("executive"), proposal("supervisor"))
        assert not [r for r in results if isinstance(r, Exception)], results
    detail = get_campaign(db, SYSTEM, cid)
    assert sorted(p.number for p in detail.proposals) == [1, 2, 3, 4, 5, 6]
    assert {p.summary for p in detail.proposals} == {
        "Propuesta de executive",
        "Propuesta de supervisor",
    }


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_two_campaigns_created_at_once_get_two_codes(db: Database) -> None:
    cast: Cast = build_cast(db)
    for _ in range(3):
        results = _at_once(
            lambda: new_campaign(cast, name="Una"), lambda: new_campaign(cast, name="Otra")
        )
        assert not [r for r in results if isinstance(r, Exception)], results
    codes = [get_campaign(db, SYSTEM, cid).row.code for cid in range(1, 7)]
    assert len(set(codes)) == 6
