"""Why a request went to whom, as a person reads it in the trail (the «Asignada por» of
a new request), in the reader's language.

A request routed by a rule keeps that rule as the «Reglas de reparto» dialog showed it
then: its place, its conditions and whom it sends to (codes and names, never words of
one language). The rule may be removed or renumbered later; the trail still says which
it was. A fallback keeps its code (`lead`, `team`, `director`). Rows written before the
rule was kept (`"rule 3"`: its id, which no screen shows) read as a rule, unnamed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agencia.domain import messages
from agencia.domain.enums import Channel, Department
from agencia.domain.labels import label_of
from agencia.domain.service_enums import Priority, RequestKind

# fmt: off
_RULE = ("Regla de reparto {position}: {conditions} → {target}",
         "Routing rule {position}: {conditions} → {target}")
_OLD_RULE = ("Una regla de reparto", "A routing rule")
_TEAM = ("Equipo: {team}", "Team: {team}")  # the dialog's «Para» column
_FALLBACKS: dict[str, tuple[str, str]] = {
    "lead": ("Ninguna regla: el ejecutivo principal de la cuenta",
             "No rule: the account's lead executive"),
    "team": ("Ninguna regla: el equipo de la cuenta", "No rule: the account's team"),
    "director": ("Ninguna regla: el director del grupo", "No rule: the group's director"),
}
# fmt: on
# the conditions in the dialog's order, each with the words of its codes
_CONDITIONS: tuple[tuple[str, type[Any] | None], ...] = (
    ("kind", RequestKind),
    ("channel", Channel),
    ("priority", Priority),
    ("brand", None),  # «Cuenta · Marca», a name
)


def rule_record(
    rule_id: int,
    position: int,
    *,
    kind: str | None = None,
    channel: str | None = None,
    priority: str | None = None,
    brand: str | None = None,
    staff: str | None = None,
    team: str | None = None,
) -> dict[str, object]:
    """What the trail keeps of the rule that routed a request (the unset left out)."""
    values: dict[str, object] = {
        "rule": rule_id,
        "position": position,
        "kind": kind,
        "channel": channel,
        "priority": priority,
        "brand": brand,
        "staff": staff,
        "team": team,
    }
    return {key: value for key, value in values.items() if value is not None}


def _pick(pair: tuple[str, str], lang: str | None) -> str:
    return pair[1] if (lang or messages.language()) == "en" else pair[0]


def routed_by_text(value: object, lang: str | None = None) -> str:
    """`routed_by` from the trail in `lang` (by default the window's): the rule as the
    dialog shows it, the fallback that took the request, or the value itself when it is
    none of those (nothing else writes here)."""
    if isinstance(value, Mapping):
        return _rule_text(value, lang)
    text = str(value)
    if text in _FALLBACKS:
        return _pick(_FALLBACKS[text], lang)
    if text == "rule" or text.startswith("rule "):
        return _pick(_OLD_RULE, lang)
    return text


def _rule_text(rule: Mapping[str, Any], lang: str | None) -> str:
    conditions = []
    for key, enum in _CONDITIONS:
        code = rule.get(key)
        if code:
            conditions.append(label_of(enum, str(code), lang) if enum else str(code))
    if rule.get("staff"):
        target = str(rule["staff"])
    elif rule.get("team"):
        team = label_of(Department, str(rule["team"]), lang)
        target = _pick(_TEAM, lang).format(team=team)
    else:
        target = "—"
    return _pick(_RULE, lang).format(
        position=rule.get("position", "?"), conditions=", ".join(conditions), target=target
    )
