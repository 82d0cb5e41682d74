"""The one list of areas holds: each declaration is whole, and no area is reached from
outside it except through what it declares (`needs`) or the list itself."""

from __future__ import annotations

import grimp
import pytest

from agencia.areas import AREAS, resolve
from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind

# An area's packages in each layer: services/<p>, ui/<p>, cli/<p>, demo/<p>.
PACKAGE = {
    AreaId.PENDING: "pending",
    AreaId.ACCOUNTS: "accounts",
    AreaId.CAMPAIGNS: "campaigns",
    AreaId.TEAM: "agency",
    AreaId.PEOPLE: "people",
    AreaId.DECKS: "decks",
    AreaId.COORDINATION: "coordination",
    AreaId.DATA: "data",
    AreaId.SERVICE: "service",
    AreaId.COMMUNICATIONS: "communications",
    AreaId.SATISFACTION: "satisfaction",
}
LAYERS = ("agencia.services", "agencia.ui", "agencia.cli", "agencia.demo")
# What reads the declarations: the list itself, and nothing else.
READERS = {"agencia.areas"}


# Shared folders whose name is also an area's package: the demo's data is no one area's.
NOT_AN_AREA = ("agencia.demo.data",)


def _area_of(module: str) -> AreaId | None:
    if any(module == p or module.startswith(p + ".") for p in NOT_AN_AREA):
        return None
    for area_id, package in PACKAGE.items():
        for layer in LAYERS:
            prefix = f"{layer}.{package}"
            if module == prefix or module.startswith(prefix + "."):
                return area_id
    return None


def test_every_area_is_listed_once_with_its_package() -> None:
    assert [a.id for a in AREAS] == list(dict.fromkeys(a.id for a in AREAS))
    assert {a.id for a in AREAS} == set(AreaId) == set(PACKAGE)


def test_every_change_kind_is_announced_by_exactly_one_area() -> None:
    announced = [kind for a in AREAS for kind in a.announces]
    assert sorted(announced) == sorted(ChangeKind)


@pytest.mark.parametrize("spec", AREAS, ids=lambda a: a.id.value)
def test_what_an_area_declares_exists(spec: object) -> None:
    from agencia.services.area import AreaSpec

    assert isinstance(spec, AreaSpec)
    tabs = tuple(ref for _page, ref in spec.tabs)
    for ref in (spec.search, spec.pending, spec.cli, spec.ui, spec.demo, spec.step_to_task, *tabs):
        if ref is not None:
            assert resolve(ref) is not None, ref
            assert _area_of(ref.partition(":")[0]) is spec.id, f"{ref} is outside {spec.id}"
    assert spec.id not in spec.needs
    assert all(page is not spec.id for page, _ref in spec.tabs)  # another area's page
    assert spec.needs <= set(AreaId)


def test_no_area_is_imported_from_outside_but_through_its_declaration() -> None:
    """An import into area Y from area X needs X to declare Y; from shared code (the
    shell, widgets, the entry point) only the list of areas may import an area."""
    graph = grimp.build_graph("agencia")
    needs = {a.id: a.needs for a in AREAS}
    wrong: list[str] = []
    for importer in sorted(graph.modules):
        source = _area_of(importer)
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            target = _area_of(imported)
            if target is None or target == source or importer in READERS:
                continue
            if source is None or target not in needs[source]:
                wrong.append(f"{importer} -> {imported}")
    assert wrong == []
