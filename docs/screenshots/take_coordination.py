"""Screenshots of the coordination page, from the demo agency: Mis tareas, a campaign's
timeline, the workload and the suppliers.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_coordination.py
[OUT_DIR]` (or under xvfb-run). Writes coordination-tasks.png (as a creative with tasks),
coordination-timeline.png, coordination-workload.png, coordination-vendors.png and the
task, supplier and job forms (as the demo's account director), light scheme, in Spanish.
`--size 1024x700` checks the smaller window; the README's pictures are the defaults (1280×800).
"""

from __future__ import annotations

import re

from take import demo_app, pump, signed_in_window  # sets up a private home first


def main() -> int:
    out, size, db = demo_app(__doc__.splitlines()[0])
    window, ops = signed_in_window(db, "demo", size)
    window.rail.set_collapsed(size[0] < 1280)  # as the window does by itself when narrow
    window.switch_to("coordination")
    pump(ops, 1.0)
    controller = window.areas["coordination"].controller  # type: ignore[attr-defined]
    page = controller.page
    box = page.campaign_box  # the campaign with the most work to show
    counts = [re.findall(r"\((\d+) tarea", box.itemText(i)) for i in range(box.count())]
    busiest = max(range(box.count()), key=lambda i: int(counts[i][0]) if counts[i] else 0)
    box.setCurrentIndex(busiest)
    for index, name in ((1, "timeline"), (2, "workload"), (3, "vendors")):
        page.tabs.setCurrentIndex(index)
        pump(ops, 0.6)
        window.grab().save(str(out / f"coordination-{name}.png"))
    edits = controller.edits  # the forms, each over the page that opens it
    page.tabs.setCurrentIndex(1)
    pump(ops, 0.4)
    timeline = controller.timeline
    linked = [r.id for r in timeline.tasks if r.depends_on] if timeline else []
    forms = [
        ("task-form", lambda: edits.edit_task(linked[0]) if linked else edits.new_task()),
        ("vendor-form", edits.edit_vendor),
        ("job-form", edits.new_job),
    ]
    for name, open_form in forms:
        if name == "vendor-form":
            page.tabs.setCurrentIndex(3)
            pump(ops, 0.4)
        open_form()
        pump(ops, 0.6)
        if edits.dialog is not None:
            edits.dialog.grab().save(str(out / f"coordination-{name}.png"))
            edits.dialog.done(0)
            pump(ops, 0.2)
    ops.shutdown()
    window.close()
    window, ops = signed_in_window(db, "oscarl", size)  # a copywriter: his own tasks
    window.rail.set_collapsed(size[0] < 1280)
    window.switch_to("coordination")
    pump(ops, 1.0)
    window.grab().save(str(out / "coordination-tasks.png"))
    ops.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
