"""Run the Equipo panel alone with demo data: `python -m agencia.ui.agency.page`."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from agencia.ui.area import AppContext


def main() -> int:
    from agencia.ui.agency.area import TeamArea
    from agencia.ui.widgets.harness import run

    areas = []  # the area outlives `build`: it owns the controller

    def build(ctx: AppContext) -> QWidget:
        areas.append(TeamArea(ctx))
        return areas[-1].widget()

    return run("Equipo", build)


if __name__ == "__main__":
    raise SystemExit(main())
