"""What the first-run wizard's team page says about its list: how many are listed and
who has problems (under the table), and how the question before closing names the list
not yet added.

Sentences with real plurals — 1 and many are separate sentences, so each language says
them its own way — kept apart from the page's behaviour (`team_page`), in the page's
translation context («TeamPage»).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate knows it by this name


def summary_text(entries: list[dict[str, Any]], problems: dict[int, list[str]]) -> str:
    """How many are listed and which have problems (`problems` by entry index)."""
    count = len(entries)
    if not count:
        return translate("TeamPage", "Nadie en la lista todavía.")
    bad = sorted(problems)
    if not bad:
        if count == 1:
            return translate("TeamPage", "1 persona en la lista: «Empezar» la añade.")
        return translate(
            "TeamPage", "%1 personas en la lista: «Empezar» las añade a todas."
        ).replace("%1", str(count))
    listed = (
        translate("TeamPage", "1 persona en la lista.")
        if count == 1
        else translate("TeamPage", "%1 personas en la lista.").replace("%1", str(count))
    )
    names = ", ".join(entries[n]["name"] for n in bad if n < count)
    if len(bad) == 1:
        wrong = translate("TeamPage", "1 con problemas (%1): corríjala o quítela.").replace(
            "%1", names
        )
    else:
        wrong = (
            translate("TeamPage", "%1 con problemas (%2): corríjalas o quítelas.")
            .replace("%1", str(len(bad)))
            .replace("%2", names)
        )
    return f"{listed} {wrong}"


def unsaved_words(count: int, *, with_problems: bool) -> tuple[str, str]:
    """The question before closing: what it names (`count` people not yet added) and its
    hint — Guardar adds them, unless the list has problems (then: stay and correct it)."""
    one = count == 1
    what = (
        translate("TeamPage", "la lista del equipo (1 persona)")
        if one
        else translate("TeamPage", "la lista del equipo (%1 personas)").replace("%1", str(count))
    )
    if with_problems:
        hint = (
            translate("TeamPage", "Para añadirla, pulse Cancelar y corrija la lista.")
            if one
            else translate("TeamPage", "Para añadirlas, pulse Cancelar y corrija la lista.")
        )
    else:
        hint = (
            translate("TeamPage", "Guardar la añade a la agencia; Descartar empieza sin ella.")
            if one
            else translate(
                "TeamPage", "Guardar las añade a la agencia; Descartar empieza sin ellas."
            )
        )
    return what, hint
