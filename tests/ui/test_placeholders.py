"""What people typed is put into a sentence once: a name holding «%2» stays as typed
(`domain.text.fill`), where `.replace("%1", name).replace("%2", other)` put the second
value inside the name — in undo steps, confirmations and toasts alike. And «Equipo»'s
filter reads words as search does (`domain.text.words`)."""

from __future__ import annotations

from factories import small_agency
from gui_support import make_context
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AssignmentRole
from agencia.services.results import SaveResult
from agencia.ui.people.team_undo import push_member
from agencia.ui.widgets.undo import UndoHistory


def test_an_undo_step_names_a_person_whose_name_holds_a_placeholder(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    agency = small_agency(sqlite_db)
    ctx, _recorder = make_context(sqlite_db, SYSTEM)
    owner = QObject()
    history = UndoHistory(ctx, owner)
    saved = SaveResult(agency.accounts["coca"], 1)
    push_member(
        history,
        saved,
        agency.staff["irene"],
        "Irene %2 Vidal",
        AssignmentRole.EXECUTIVE,
        "Coca-Cola",
        added=True,
    )
    assert history.stack.undoText() == "Añadir a Irene %2 Vidal al equipo de «Coca-Cola»"


def test_the_hierarchy_filter_finds_nothing_for_text_without_words(qtbot: QtBot) -> None:
    """«Equipo»'s filter shares search's words: "%" shows nobody, Cyrillic is found."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from agencia.ui.agency.hierarchy_view import TreeFilter

    model = QStandardItemModel()
    for name in ("Ana Sol", "Борис Петров"):
        model.appendRow(QStandardItem(name))
    tree = TreeFilter()
    tree.setSourceModel(model)
    for typed, shown in (("", 2), ("%", 0), ("🎉", 0), ("борис", 1), ("sol", 1)):
        tree.set_text(typed)
        assert tree.rowCount() == shown, typed
