"""GUI fixtures: settings reset per test, an agency with accounts and contacts, Operations."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM, Actor
from agencia.ui.ops import Operations


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    """Every GUI test starts from default settings (window state, last area, language)."""
    QSettings("Agencia", "Agencia").clear()
    yield
    QSettings("Agencia", "Agencia").clear()


@pytest.fixture(autouse=True)
def _no_dialog_left_open(qapp: QApplication) -> Iterator[None]:
    """A dialog a test leaves open (a form it stopped halfway through) is closed after it,
    so that it never sits modal over the next test's windows (closed, not cancelled: a
    changed form would ask whether to save)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(QDialog.DialogCode.Rejected)
    QApplication.processEvents()


@dataclass
class Agency:
    db: Database
    admin: Actor
    ids: dict[str, int]


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    """Agencia Norte (es_ES, EUR), its administrator "admin" (password "secreto-largo"),
    two accounts and their contacts: Coca-Cola (María García) and Muebles García."""
    from agencia.services.accounts.account_edit import AccountInput, create_account
    from agencia.services.accounts.contacts import ContactInput, save_contact
    from agencia.services.first_run import FirstRun, set_up_agency

    admin = set_up_agency(
        sqlite_db,
        FirstRun(
            agency_name="Agencia Norte",
            locale="es_ES",
            currency="EUR",
            admin_name="Ana Admin",
            admin_login="admin",
            admin_password="secreto-largo",
        ),
    )
    coca = create_account(
        sqlite_db, admin, AccountInput(trade_name="Coca-Cola", legal_name="Coca-Cola Iberia")
    ).id
    muebles = create_account(sqlite_db, admin, AccountInput(trade_name="Muebles García")).id
    maria = save_contact(
        sqlite_db, admin, coca, ContactInput(full_name="María García", position="Brand Manager")
    ).id
    return Agency(sqlite_db, admin, {"coca": coca, "muebles": muebles, "maria": maria})


@pytest.fixture
def make_ops(sqlite_db: Database) -> Iterator[Callable[..., Operations]]:
    """Operations on the test database; workers are joined before the database closes."""
    made: list[Operations] = []

    def make(actor: Actor = SYSTEM, *, synchronous: bool = True) -> Operations:
        ops = Operations(sqlite_db, actor, synchronous=synchronous)
        made.append(ops)
        return ops

    yield make
    for ops in made:
        ops.shutdown()
