"""Screenshots of the README's people screens, from the demo agency: the Personas page and
the person form.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_people.py [OUT_DIR]`
(or under xvfb-run). Writes people.png (the real main window, signed in as the demo
agency's administrator, a person selected) and person.png (the form editing her), light
scheme, in Spanish. `--size 1024x700` and `--lang en` check the other size and English;
the README's pictures are the defaults (1280×800).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="agencia-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")  # never the real settings
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AGENCIA_LANG", "es")

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from agencia.domain.enums import Role  # noqa: E402
from agencia.services import open_database  # noqa: E402
from agencia.services.auth import actor_for  # noqa: E402
from agencia.services.first_run import get_agency  # noqa: E402
from agencia.ui import style  # noqa: E402
from agencia.ui.area import AppContext  # noqa: E402
from agencia.ui.ops import Operations  # noqa: E402
from agencia.ui.shell import i18n  # noqa: E402
from agencia.ui.shell.window import MainWindow  # noqa: E402
from agencia.ui.widgets.harness import fill  # noqa: E402


def pump(ops: Operations, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ops.wait(100)
        QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path(__file__).parent)
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--lang", default=os.environ["AGENCIA_LANG"], choices=("es", "en"))
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(n) for n in args.size.lower().split("x"))
    app = QApplication(["agencia"])
    i18n.install_translators(app, args.lang)
    style.apply_style(app, "light")
    db = open_database(f"sqlite:///{_HOME / 'demo.sqlite3'}")
    fill(db)
    from agencia.domain.actor import SYSTEM
    from agencia.services.people.views import list_staff

    staff = list_staff(db, SYSTEM)
    admin = next(p for p in staff if p.role is Role.ADMINISTRATOR and p.login)
    actor = actor_for(db, admin.login)
    agency = get_agency(db)
    assert agency is not None
    window = MainWindow()
    ops = Operations(db, actor, parent=window)
    ctx = AppContext(ops, window.registry, actor, QLocale(agency.locale), agency.currency)
    window.install(ctx, agency.name)
    window.set_database("demo.sqlite3", str(_HOME / "demo.sqlite3"))
    window.resize(width, height)
    window.rail.set_collapsed(width < 1280)  # as the window does by itself when narrow
    window.show()
    pump(ops)

    window.switch_to("people")
    people = window.areas["people"].controller  # type: ignore[attr-defined]
    pump(ops)
    carmen = next(p for p in staff if p.name.startswith("Carmen Sáez"))
    people.list_view.select(carmen.id)
    pump(ops)
    window.grab().save(str(out / "people.png"))

    people.edit()
    pump(ops)
    form = people.dialog
    form.grab().save(str(out / "person.png"))
    form.done(0)
    ops.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
