"""The account page's «Historial» names the records a change points at, as people know
them — a survey response's survey by its name and the day it was answered, a request's
owner, a task's supplier, a campaign's approval — never by the number the trail keeps
(«Encuesta: #1», «Responsable: 6», «Proveedor: #3»). The demo's whole trail, every
account, through the real page (its read and the names read beside it), in Spanish and
English; what the walk of the writers finds (tests/ui/test_history_labels.py) the
references table knows."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from gui_support import make_context
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_history_labels import history_field_names
from test_screens_fit import (
    _demo_file,  # noqa: F401  (a fixture)
    demo_db,  # noqa: F401  (a fixture)
)

from agencia.db.database import Database
from agencia.domain import messages
from agencia.domain.actor import SYSTEM
from agencia.services.accounts.account_query import AccountQuery
from agencia.services.accounts.history_references import REFERENCES
from agencia.services.accounts.queries import list_accounts
from agencia.services.accounts.views import HistoryEntry
from agencia.services.auth import actor_for
from agencia.ui.accounts.area import AccountsArea
from agencia.ui.accounts.history_values import BY_ENTITY, FIELD_ENUMS
from agencia.ui.accounts.labels import field_label
from agencia.ui.shell import i18n

ADMIN = "rosav"  # the demo's administrator: every account
NAMED = {  # one of each, as the demo has them: (es, en) of the value shown
    "template_id": re.compile(
        r"^(Cinco indicadores de calidad|Ocho valores del cliente) · .*\d{4}$"
    ),
    "assignee": re.compile(r"^\w+ \w+"),  # a person's name
    "vendor_id": re.compile(r"^[A-ZÁÉÍÓÚ]\w+"),  # a supplier's name
}


@pytest.fixture(params=["es", "en"])
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before = messages.language()
    i18n.install_translators(qapp, request.param)
    messages.set_language(request.param)
    yield request.param
    i18n.install_translators(qapp, "es")
    messages.set_language(before)


def test_every_field_written_with_an_id_is_a_reference() -> None:
    """A field named like an ID the writers put in an account's trail is in the table
    the page names them by (or its number would show)."""
    written = history_field_names() - {"tax_id"}  # a client's, not a record's
    idlike = {n for n in written if n.endswith("_id") or n in {"assignee"}}
    assert idlike - REFERENCES.keys() == set()


def test_a_supplier_is_called_a_supplier(language: str) -> None:
    """A task's supplier read «Vendor» in English: UI.md's word is «Supplier»."""
    assert field_label("vendor_id") == {"es": "Proveedor", "en": "Supplier"}[language]


def _lines(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    event = model.index(row, 0)
    children = [model.index(n, 0, event).data() for n in range(model.rowCount(event))]
    return children or [model.index(row, 3).data()]


def _histories(db: Database, qtbot: QtBot) -> Iterator[tuple[HistoryEntry, list[str], list[str]]]:
    """Every entry of every account's history as the real page shows it: the entry, its
    row's four cells, and its change lines (the one in «Cambios» when it has one)."""
    ctx, _recorder = make_context(db, actor_for(db, ADMIN))
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    controller = area.controller
    accounts = [row.id for row in list_accounts(db, SYSTEM, AccountQuery())]
    assert len(accounts) > 40
    for account_id in accounts:
        controller.open_account(account_id)
        qtbot.waitUntil(lambda: controller.detail is not None)
        assert controller.detail is not None and controller.detail.id == account_id
        model = controller.detail_view.history_model
        for row, entry in enumerate(controller.detail.history):
            yield entry, [model.index(row, c).data() for c in range(4)], _lines(model, row)


def test_the_demos_history_names_what_each_change_points_at(
    demo_db: Database,  # noqa: F811  (the fixture)
    qtbot: QtBot,
    language: str,
) -> None:
    seen: dict[str, list[str]] = {}
    for entry, cells, lines in _histories(demo_db, qtbot):
        texts = cells + lines
        assert not [t for t in texts if re.search(r"#\d", t)], texts
        for field, change in entry.changes.items():
            if field not in REFERENCES:
                continue
            label = field_label(field) + ": "
            line = next(t for t in lines if t.startswith(label))
            value = line.removeprefix(label)
            ids = [v for v in (change if isinstance(change, list) else [change]) if v]
            shown = value.split(" → ")
            assert not set(shown) & {str(i) for i in ids}, (field, line)
            assert "no disponible" not in value and "not available" not in value, line
            seen.setdefault(field, []).append(value)
    for field, pattern in NAMED.items():
        assert seen.get(field), (field, sorted(seen))
        assert all(pattern.match(v) for v in seen[field]), (field, seen[field][:5])


# a day that is a value (a field's, a summary's end, a plan line's dates), not one inside
# text as typed: «Acta 2026-10-01 - Presentación.pdf» is a file's name, kept as written
_ISO_DAY = re.compile(r"(?:^|[:→·;–(] ?)\d{4}-\d{2}-\d{2}(?= ?(?:$|[→–);,]))")


def test_the_demos_history_says_codes_days_and_amounts_in_words(
    demo_db: Database,  # noqa: F811  (the fixture)
    qtbot: QtBot,
    language: str,
) -> None:
    """«Canal: certified_post», «Sentido: outbound», «Estado: assigned → in_progress»,
    «Nivel de aprobación: account_supervisor», «Equipo: creative», «Entregado el: None →
    2026-10-19», «Facturado: 12000.00», «… · 2026-09-24»: each in words, days and amounts
    as the agency writes them."""
    codes: set[str] = set()
    for enum in (*FIELD_ENUMS.values(), *BY_ENTITY.values()):
        codes |= {m.value for m in enum if "_" in m.value or m.value.isascii()}
    for entry, cells, lines in _histories(demo_db, qtbot):
        for text in cells[2:] + lines:
            assert not _ISO_DAY.search(text), text  # a day in ISO, as a value of its own
            assert "None" not in text, text
            assert not re.search(r"\d{4,}\.\d{2}\b", text), text  # 12000.00
        for field, change in entry.changes.items():
            if field not in FIELD_ENUMS and (entry.entity, field) not in BY_ENTITY:
                continue
            label = field_label(field) + ": "
            line = next(t for t in lines if t.startswith(label))
            shown = set(line.removeprefix(label).split(" → "))
            raw = {v for v in (change if isinstance(change, list) else [change]) if v}
            assert not shown & raw & codes, (entry.entity, line)


def test_names_come_back_with_an_account_opened_again(sqlite_db: Database, qtbot: QtBot) -> None:
    """Coca-Cola (a former parent company: a name only the names' read knows), then an
    account whose trail points at nothing, then Coca-Cola again: the name is there
    again, not «no disponible»."""
    from dataclasses import replace

    from factories import add_account, small_agency

    from agencia.services.accounts.account_edit import input_from_detail, update_account
    from agencia.services.accounts.queries import get_account

    agency = small_agency(sqlite_db)
    coca, admin = agency.accounts["coca"], agency.admin
    for parent in (agency.accounts["andino"], None):  # Banco Andino, then none
        detail = get_account(sqlite_db, admin, coca)
        changed = replace(input_from_detail(detail), parent_id=parent)
        update_account(sqlite_db, admin, coca, changed, detail.version)
    plain = add_account(sqlite_db, "Cuenta sin equipo")  # no group, no lead: no names
    assert not any(
        f in REFERENCES for e in get_account(sqlite_db, admin, plain).history for f in e.changes
    )
    ctx, _recorder = make_context(sqlite_db, admin)
    area = AccountsArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    controller = area.controller
    for account_id in (coca, plain, coca):
        controller.open_account(account_id)
        qtbot.waitUntil(lambda: controller.detail is not None)
    model = controller.detail_view.history_model
    label = field_label("parent_id") + ": "
    assert model.index(0, 3).data() == label + "Banco Andino → —"
