"""The demo agency the deck tests read their real decks from: built once per session
(tests/decks/conftest.py: `demo`), since filling it is most of what those tests cost.

Tests read it; one that changes a row puts it back in a `finally`, so that the order
the modules run in changes nothing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from agencia.db.database import Database, open_database
from agencia.db.uow import unit_of_work
from agencia.demo.clock import DEMO_NOW
from agencia.demo.fill import fill_demo
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Approval, Campaign
from agencia.domain.enums import ApprovalStage, CampaignStatus
from agencia.domain.models import Account

TODAY = DEMO_NOW.date()  # the demo's today: every deck is made on it


@dataclass(frozen=True)
class DemoCampaign:
    id: int
    name: str
    status: CampaignStatus
    account_id: int
    locale: str  # its account's


@dataclass(frozen=True)
class Demo:
    db: Database
    campaigns: tuple[DemoCampaign, ...]  # in id order
    internal: dict[int, list[str]]  # campaign → its internal reviews' comments


def open_demo(path: Path, template: Path) -> Iterator[Demo]:
    """The small demo (seed 0) on a copy of the migrated SQLite `template` at `path`,
    closed when the generator is."""
    shutil.copyfile(template, path)
    db = open_database(f"sqlite:///{path}")
    try:
        fill_demo(db, "small", seed=0)
        yield _read(db)
    finally:
        db.close()


def _read(db: Database) -> Demo:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        rows = uow.session.execute(
            select(Campaign.id, Campaign.name, Campaign.status, Account.id, Account.locale)
            .join(Account, Account.id == Campaign.account_id)
            .order_by(Campaign.id)
        ).all()
        notes = uow.session.execute(
            select(Approval.campaign_id, Approval.comment)
            .where(Approval.stage != ApprovalStage.CLIENT)
            .order_by(Approval.id)
        ).all()
    internal: dict[int, list[str]] = {}
    for cid, comment in notes:
        if comment and comment.strip():
            internal.setdefault(cid, []).append(comment)
    return Demo(db, tuple(DemoCampaign(*row) for row in rows), internal)
