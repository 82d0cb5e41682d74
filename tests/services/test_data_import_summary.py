"""An import's one-line summary (`ImportReport.summary`), which the window's import dialog
and `agencia data import` both print: the message for what happened, the file's
fingerprint whole or shortened."""

from __future__ import annotations

from dataclasses import replace

from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import ImportReport, Rejected
from agencia.services.data.reading import Row

SHA = "ab" * 32
WRITTEN = ImportReport(
    kind=ImportKind.ACCOUNTS,
    file_name="clientes.csv",
    sha256=SHA,
    encoding="utf-8",
    delimiter=";",
    sheet="",
    headers=("Nombre",),
    rows=3,
    created=2,
    updated=1,
    skipped=0,
    rejected=(),
    written=True,
    dry_run=False,
    import_id=7,
)


def test_each_outcome_has_its_message_and_the_fingerprint_as_asked() -> None:
    assert WRITTEN.summary().startswith("Importación 7: 2 creados, 1 actualizado")
    assert WRITTEN.summary().endswith(f"SHA-256 {SHA}.")
    assert WRITTEN.summary(sha256_digits=12).endswith(f"SHA-256 {SHA[:12]}.")
    dry = replace(WRITTEN, written=False, dry_run=True, import_id=None)
    assert dry.summary().startswith("Prueba sin escribir nada: se crearían 2, se actualizarían 1")
    refused = replace(WRITTEN, written=False, rejected=(Rejected(Row(2, ("",)), ()),))
    assert refused.summary().startswith("No se ha importado nada: 1 fila con problemas (de 3)")
    nothing = replace(WRITTEN, written=False, created=0, updated=0, rows=0)
    assert nothing.summary().startswith("No había nada que importar (")
