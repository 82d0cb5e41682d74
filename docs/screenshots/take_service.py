"""Screenshots of the service and communications pages, from the demo agency: the service
queue with its SLA chart, the switchboard's rules (as the administrator), the contact log
with a courier's delivery, an account's timeline and the mail waiting for triage.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_service.py
[OUT_DIR]` (or under xvfb-run). Writes service-queue.png, service-routing.png,
communications-log.png, communications-timeline.png and communications-triage.png, light
scheme, in Spanish (`--lang en` in English). `--size 1024x700` checks the smaller window;
the README's pictures are the defaults (1280×800). Dates and moments are written as the
app writes them after sign-in: the agency's region and time zone, the window's language.

The demo's requests are dated around its own today (2 November 2026), and the queue counts
against the real clock: open requests read weeks late, resolved ones show no countdown.
"""

from __future__ import annotations

from sqlalchemy import select
from take import demo_app, pump, signed_in_window  # sets up a private home first

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel, Role
from agencia.domain.models import Staff, User
from agencia.services.first_run import get_agency
from agencia.ui.formatting import use_agency_formats
from agencia.ui.shell import i18n


def _as_after_sign_in(db) -> None:  # type: ignore[no-untyped-def]
    """The agency's time zone and region, as `agencia.app` sets them once signed in."""
    use_agency_formats(get_agency(db), i18n.current_language())


def _admin_login(db) -> str:  # type: ignore[no-untyped-def]
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return str(
            uow.session.scalar(
                select(User.login)
                .join(Staff, Staff.id == User.staff_id)
                .where(Staff.role == Role.ADMINISTRATOR)
            )
        )


def main() -> int:
    out, size, db = demo_app(__doc__.splitlines()[0])
    _as_after_sign_in(db)
    suffix = "" if size == (1280, 800) else f"-{size[0]}x{size[1]}"
    window, ops = signed_in_window(db, "demo", size)
    window.rail.set_collapsed(size[0] < 1280)
    window.switch_to("service")
    pump(ops, 1.0)
    service = window.areas["service"].controller  # type: ignore[attr-defined]
    service.view.table.selectRow(0)
    pump(ops, 0.6)
    window.grab().save(str(out / f"service-queue{suffix}.png"))
    window.switch_to("communications")
    pump(ops, 1.0)
    c = window.areas["communications"].controller  # type: ignore[attr-defined]
    c.log.channel.setCurrentIndex(c.log.channel.findData(Channel.COURIER))
    pump(ops, 0.6)
    c.log.table.selectRow(0)
    pump(ops, 0.3)
    window.grab().save(str(out / f"communications-log{suffix}.png"))
    c.log.timeline_button.click()
    pump(ops, 0.8)
    window.grab().save(str(out / f"communications-timeline{suffix}.png"))
    c.view.setCurrentWidget(c.triage)
    pump(ops, 0.6)
    window.grab().save(str(out / f"communications-triage{suffix}.png"))
    ops.shutdown()
    window.close()
    window, ops = signed_in_window(db, _admin_login(db), size)
    window.rail.set_collapsed(size[0] < 1280)
    window.switch_to("service")
    pump(ops, 1.0)
    service = window.areas["service"].controller  # type: ignore[attr-defined]
    service.edit_routing()
    dialog = service.routing_dialog
    pump(ops, 0.6)
    dialog.to_team.setChecked(True)
    dialog.add_button.click()  # refused: no condition — the message shows under the form
    pump(ops, 0.6)
    dialog.grab().save(str(out / f"service-routing{suffix}.png"))
    ops.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
