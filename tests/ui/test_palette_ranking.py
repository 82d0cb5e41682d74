"""The command palette ranks by word starts and by recent use: "sesi" no longer finds
«Desactivar cuenta» nor "usuario" «Quitar logotipo»; what was run lately comes first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from agencia.ui.actions import ActionRegistry, ActionSpec
from agencia.ui.shell.palette import CommandPalette, recent_ids, score


def test_letters_scattered_anywhere_do_not_match() -> None:
    assert score("Desactivar cuenta…", "sesi") is None
    assert score("Quitar logotipo", "usuario") is None
    assert score("Nuevo usuario…", "usuario") is not None
    assert score("Nueva cuenta…", "nc") is not None  # the words' starts spell it
    assert score("Desactivar cuenta…", "desc") is not None
    assert score("Editar cuenta", "ed cu") is not None  # each word's start


def test_better_matches_first_the_label_start_then_word_starts() -> None:
    labels = ["Nueva cuenta…", "Cuentas", "Descuentos", "Exportar cuentas"]
    ranked = sorted((score(label, "cuen"), label) for label in labels)
    assert [label for _s, label in ranked] == [
        "Cuentas",
        "Exportar cuentas",  # ties on the word start: the earlier word first
        "Nueva cuenta…",
        "Descuentos",  # inside a word: last
    ]


def test_what_was_run_lately_comes_first(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(800, 600)
    parent.show()
    registry = ActionRegistry(parent)
    for n, label in enumerate(["Editar cuenta…", "Exportar cuentas", "Nueva cuenta…"]):
        registry.register(ActionSpec(f"test.{n}", label), lambda: None, parent)  # type: ignore[arg-type]
    palette = CommandPalette(registry, lambda _spec: "", lambda _spec: None, parent)
    palette.open_palette()
    qtbot.keyClicks(palette.field, "cuenta")
    assert palette.visible_labels() == ["Editar cuenta…", "Exportar cuentas", "Nueva cuenta…"]
    palette.field.clear()
    qtbot.keyClicks(palette.field, "nueva")
    palette.run_current()
    assert recent_ids() == ["test.2"]
    palette.open_palette()
    assert palette.visible_labels()[0] == "Nueva cuenta…"  # nothing typed: the recent first
    qtbot.keyClicks(palette.field, "cuenta")
    assert palette.visible_labels() == ["Nueva cuenta…", "Editar cuenta…", "Exportar cuentas"]
