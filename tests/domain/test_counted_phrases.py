"""Counts in the import summaries are said with their noun in the singular for 1 and
the plural otherwise, each form its own string in the catalogue."""

from __future__ import annotations

from agencia.domain.messages import render


def _counts(n: int) -> dict[str, object]:
    return {"id": 4, "created": n, "updated": 2, "skipped": 0, "rejected": n, "rows": n,
            "sha256": "ab"}  # fmt: skip


def test_one_is_singular_and_the_rest_plural() -> None:
    assert render("data.summary_written", _counts(1), "es") == (
        "Importación 4: 1 creado, 2 actualizados, 0 omitidos, 1 fila rechazada (de 1). SHA-256 ab."
    )
    assert render("data.summary_written", _counts(3), "en") == (
        "Import 4: 3 created, 2 updated, 0 skipped, 3 rows rejected (of 3). SHA-256 ab."
    )
    assert render("data.summary_refused", _counts(1), "es").startswith(
        "No se ha importado nada: 1 fila con problemas (de 1)."
    )
    assert render("data.summary_nothing", _counts(1), "es") == (
        "No había nada que importar (1 fila, 0 omitidas)."
    )
    assert render("data.summary_nothing", _counts(1), "en") == (
        "There was nothing to import (1 row, 0 skipped)."
    )


def test_an_undo_and_an_export_count_the_same_way() -> None:
    assert render("data.undone", {"id": 2, "records": 1}, "es") == (
        "Importación 2 deshecha: 1 registro retirado o restaurado."
    )
    assert render("data.undone", {"id": 2, "records": 2}, "en") == (
        "Import 2 undone: 2 records removed or restored."
    )
    exported = {"tables": 40, "rows": 1, "path": "/x"}
    assert render("data.exported", exported, "es") == "Exportadas 40 tablas (1 fila) a /x."
