"""Every translated text sits where lupdate can read it: Qt's lupdate does not look
inside an f-string's braces, so a `self.tr("…")` there never reached the translations
and stayed Spanish in the English window («Valoraciones», «Seguimiento»)."""

from __future__ import annotations

import ast
from pathlib import Path

import agencia

TRANSLATING = {"tr", "translate"}


def _translated_in_fstrings(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                called = inner.func
                name = (
                    called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
                )
                if name in TRANSLATING:
                    found.append(f"{path}:{inner.lineno}")
    return found


def test_no_translated_text_inside_an_f_string() -> None:
    root = Path(agencia.__file__).parent
    found = [hit for path in sorted(root.rglob("*.py")) for hit in _translated_in_fstrings(path)]
    assert found == []
