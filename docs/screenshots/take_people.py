"""Screenshots of the README's people screens, from the demo agency: the Personas page and
the person form.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_people.py [OUT_DIR]`
(or under xvfb-run). Writes people.png (the real main window, signed in as the demo
agency's administrator, a person selected) and person.png (the form editing her), light
scheme, in Spanish. `--size 1024x700` and `--lang en` check the other size and English;
the README's pictures are the defaults (1280×800).
"""

from __future__ import annotations

from take import demo_app, pump, signed_in_window  # sets up a private home first

from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Role
from agencia.services.people.views import list_staff


def main() -> int:
    out, size, db = demo_app(__doc__.splitlines()[0])
    staff = list_staff(db, SYSTEM)
    admin = next(p for p in staff if p.role is Role.ADMINISTRATOR and p.login)
    window, ops = signed_in_window(db, admin.login, size)
    window.rail.set_collapsed(size[0] < 1280)  # as the window does by itself when narrow
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
