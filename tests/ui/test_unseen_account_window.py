"""An account the person may not see reads in the window exactly as one that does not
exist: «No existe la cuenta N.» — never «La cuenta N no es de su grupo ni la tiene
asignada», which told a trainee which IDs exist (the command line already answers so:
`services/unseen.py`; the shared server, whose rows the person cannot read, too).
Opened on the accounts page (the list, a search hit, `open_record`) on SQLite and
PostgreSQL, and from a link in the real window (a task, a request, Pendientes:
`navigate`), in Spanish and English, as a trainee and as an executive, on the real
services. What the person sees but may not do keeps its real reason («no es de su
grupo»: tests/ui/test_refusal_reasons_shown.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from factories import Agency, small_agency
from gui_support import make_context, until
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_screens_fit import (
    _demo_file,  # noqa: F401  (a fixture)
    demo_db,  # noqa: F401  (a fixture)
    pump,
)

from agencia.db.database import Database
from agencia.domain import messages
from agencia.domain.areas import AreaId
from agencia.services.auth import actor_for
from agencia.services.first_run import get_agency
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.area import AppContext
from agencia.ui.ops import Operations
from agencia.ui.shell import i18n
from agencia.ui.shell.window import MainWindow

MISSING = 999_999
WORDS = {"es": "No existe la cuenta {id}.", "en": "There is no account {id}."}


@pytest.fixture(params=["es", "en"])
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before = messages.language()
    i18n.install_translators(qapp, request.param)
    messages.set_language(request.param)
    yield request.param
    i18n.install_translators(qapp, "es")
    messages.set_language(before)


@pytest.fixture
def agency(db: Database) -> Agency:  # SQLite and PostgreSQL
    return small_agency(db)


@pytest.mark.parametrize("who", ["pablo", "alvaro"])  # a trainee; an executive
def test_an_unseen_account_opened_on_the_page_reads_as_a_missing_one(
    qtbot: QtBot, agency: Agency, language: str, who: str
) -> None:
    ctx, _recorder = make_context(agency.db, agency.actor(who))
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    controller = area.controller
    qtbot.waitUntil(until(lambda: controller.model.loaded))
    unseen = agency.accounts["andino"]  # Servicios' account: neither theirs nor their group's
    said = {}
    for account_id in (unseen, MISSING):
        controller.last_message = ""
        controller.open_account(account_id)
        qtbot.waitUntil(until(lambda: controller.last_message != ""))
        said[account_id] = controller.last_message
        assert controller.detail is None
    assert said[MISSING] == WORDS[language].format(id=MISSING)
    assert said[unseen] == WORDS[language].format(id=unseen)


@pytest.mark.gui
def test_a_link_to_an_unseen_account_in_the_window_reads_as_a_missing_one(
    demo_db: Database,  # noqa: F811  (the fixture)
    qtbot: QtBot,
    language: str,
) -> None:
    """Pablo, a trainee of Gran Consumo, follows a link (a task's, a request's, one in
    Pendientes: the window's `navigate`) to Banco Mediterráneo, another group's."""
    actor = actor_for(demo_db, "pabloh")
    agency = get_agency(demo_db)
    assert agency is not None
    window = MainWindow()
    qtbot.addWidget(window)
    ops = Operations(demo_db, actor, parent=window)
    ctx = AppContext(ops, window.registry, actor, QLocale(agency.locale), agency.currency)
    window.install(ctx, agency.name)
    window.resize(1280, 800)
    window.show()
    try:
        pump(ops)
        unseen = _account_id(demo_db, "Banco Mediterráneo")
        said = {}
        window.switch_to(AreaId.ACCOUNTS)
        pump(ops)
        accounts = window.areas[AreaId.ACCOUNTS].controller  # type: ignore[attr-defined]
        for account_id in (unseen, MISSING):
            accounts.last_message = ""
            window.navigate(AreaId.ACCOUNTS, account_id)  # a link from another area
            qtbot.waitUntil(until(lambda: accounts.last_message != ""))
            said[account_id] = accounts.last_message
        assert said[MISSING] == WORDS[language].format(id=MISSING)
        assert said[unseen] == WORDS[language].format(id=unseen)
    finally:
        ops.shutdown()
        window.close_guard.allow = lambda _event: True  # type: ignore[method-assign, assignment]
        window.close()


def _account_id(db: Database, name: str) -> int:
    from agencia.domain.actor import SYSTEM
    from agencia.services.accounts.account_query import AccountQuery
    from agencia.services.accounts.queries import list_accounts

    found = list_accounts(db, SYSTEM, AccountQuery(text=name))
    return next(row.id for row in found if row.name == name)
