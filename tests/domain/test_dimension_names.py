"""A shipped dimension's names are listed once (domain.dimension_names): the server's
check of a kept health row and the Pendientes line each wrote the same three lookups
(Spain's Spanish, Latin America's, English), and a name added to one would be unknown
to the other."""

from __future__ import annotations

from agencia.db import server_health_figures
from agencia.domain.dimension_names import dimension_names
from agencia.domain.labels import label
from agencia.domain.satisfaction_enums import Dimension
from agencia.services.satisfaction.reason_words import dimension_now, shipped_names


def test_every_reader_knows_a_dimension_by_the_same_names() -> None:
    names = dimension_names()
    assert set(names) == set(Dimension)
    for d, its in names.items():
        assert {label(d, "es", latam=False), label(d, "es", latam=True), label(d, "en")} == set(its)
        assert all(dimension_now(n) == label(d) for n in its)
    assert server_health_figures._names() == {d.value: its for d, its in names.items()}
    assert shipped_names() == {n.casefold() for its in names.values() for n in its}
