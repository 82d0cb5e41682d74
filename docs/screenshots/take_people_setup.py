"""Screenshots of the people area's set-up screens, to check them at both sizes: the
first-run wizard's «Su equipo» step, a move between account groups and its confirmation,
a locked sign-in on Personas, the exchange rates, and a reassignment in Equipo with its
confirmation and undo.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_people_setup.py
OUT_DIR [--size 1024x700] [--lang en]`. Writes wizard-team.png, group-move.png,
group-move-confirm.png, locked.png, rates.png, team-confirm.png and team-undo.png.
"""

from __future__ import annotations  # noqa: I001 (take sets up a private home before Qt)

import contextlib

from take import _HOME, demo_app, pump, signed_in_window  # sets up a private home first

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Role
from agencia.services import open_database
from agencia.services.auth import default_login, sign_in
from agencia.services.people.views import list_staff
from agencia.ui.actions import ActionId
from agencia.ui.auth.wizard import FirstRunWizard
from agencia.ui.ops import Operations

CSV = (
    "Nombre;Rol;Correo;Depende de;Grupo\n"
    "Lucía Gómez Ortega;Directora de cuentas;lucia@atlantica.es;;Gran Consumo\n"
    "Pedro Ruiz Sanz;Supervisor de cuentas;pedro@atlantica.es;Lucía Gómez Ortega;Gran Consumo\n"
    "\n"
    "Ana Sol Vega;Ejecutiva de cuenta;ana@atlantica.es;pedro@atlantica.es;Gran Consumo\n"
    "Jaime Mar;Becario galáctico;jaime@;Pedro Ruiz Sanz;Gran Consumo\n"
)


def wizard_team(out: object, size: tuple[int, int]) -> None:
    db = open_database(f"sqlite:///{_HOME / 'nueva.sqlite3'}")
    ops = Operations(db, SYSTEM)
    wizard = FirstRunWizard(ops)
    wizard.resize(min(size[0] - 80, 900), min(size[1] - 60, 720))
    wizard.show()
    wizard.agency_name.setText("Atlántica Comunicación")
    wizard.next()
    wizard.admin_name.setText("Ana Torres Gil")
    wizard.admin_login.setText("atorres")
    wizard.admin_password.setText("secreto-largo-de-verdad")
    wizard.admin_password2.setText("secreto-largo-de-verdad")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    while wizard.team_page.actor is None:  # the agency is being created
        pump(ops)
    page = wizard.team_page
    path = _HOME / "equipo.csv"
    path.write_bytes(CSV.encode("cp1252"))
    page.import_file(str(path))
    pump(ops)
    page.name.setText("Marta León Díaz")
    page.email.setText("marta@atlantica.es")
    page.reports_to.setEditText("Lucía Gómez Ortega")
    page.group.setEditText("Gran Consumo")
    pump(ops)
    wizard.grab().save(str(out / "wizard-team.png"))  # type: ignore[operator]
    wizard.done(0)
    ops.shutdown()
    db.close()


def main() -> int:
    out, size, db = demo_app(__doc__.splitlines()[0])
    wizard_team(out, size)
    staff = list_staff(db, SYSTEM)
    admin = next(p for p in staff if p.role is Role.ADMINISTRATOR and p.login)
    locked = next(p for p in staff if p.login and p.role is Role.ACCOUNT_EXECUTIVE)
    for _ in range(3):
        with contextlib.suppress(Exception):  # a refused sign-in: what locks it
            sign_in(db, locked.login, "no es la suya")
    window, ops = signed_in_window(db, admin.login, size)
    window.rail.set_collapsed(size[0] < 1280)
    pump(ops)
    window.switch_to("people")
    people = window.areas["people"].controller  # type: ignore[attr-defined]
    pump(ops)
    people.list_view.select(locked.id)
    pump(ops)
    window.grab().save(str(out / "locked.png"))

    people.page.setCurrentIndex(1)
    groups = people.groups_view
    groups.table.select_row(0)
    pump(ops)
    people.actions[ActionId.PEOPLE_MOVE_STAFF].trigger()
    pump(ops)
    dialog = people.dialog
    target = 1 if dialog.target.count() > 1 else 0
    dialog.target.setCurrentIndex(target)
    for n in range(min(2, dialog.items.count())):
        dialog.items.item(n).setCheckState(Qt.CheckState.Checked)
    pump(ops)
    dialog.grab().save(str(out / "group-move.png"))
    dialog.save()
    pump(ops)
    if dialog.box is not None:
        dialog.box.grab().save(str(out / "group-move-confirm.png"))
        dialog.box.done(0)
    dialog.done(0)

    window.registry.get(ActionId.AGENCY_RATES).trigger()
    pump(ops)
    rates = window.areas["team"].profile_actions.rates  # type: ignore[attr-defined]
    for code, value in (("MXN", "0,0512"), ("USD", "0,92"), ("COP", "0,00023")):
        rates.currency.setText(code)
        rates.rate.setText(value)
        rates.save()
        pump(ops)
    rates.grab().save(str(out / "rates.png"))
    rates.done(0)
    ops.shutdown()

    director = default_login(db)
    assert director is not None
    window2, ops2 = signed_in_window(db, director, size)
    window2.rail.set_collapsed(size[0] < 1280)
    window2.switch_to("team")
    team = window2.areas["team"].controller  # type: ignore[attr-defined]
    pump(ops2)
    mine = next(p for p in team.people if p.accounts and p.role is Role.ACCOUNT_EXECUTIVE)
    other = next(
        p
        for p in team.people
        if p.role is Role.ACCOUNT_EXECUTIVE and p.id != mine.id and p.group_id == mine.group_id
    )
    account = mine.accounts[0]
    team.reassign(account.id, other.id, account.version)
    pump(ops2)
    box = team.dialog
    box.grab().save(str(out / "team-confirm.png"))
    next(b for b in box.buttons() if b.text() in ("Reasignar", "Reassign")).click()
    pump(ops2)
    window2.grab().save(str(out / "team-undo.png"))
    ops2.shutdown()
    db.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
