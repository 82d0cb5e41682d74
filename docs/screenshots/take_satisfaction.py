"""Screenshots of the satisfaction page, from the demo agency: the account health list
with one account's weights and reasons, the results with their charts, the improvement
actions and the surveys.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_satisfaction.py
[OUT_DIR]` (or under xvfb-run). Writes satisfaction-health.png, satisfaction-results.png,
satisfaction-actions.png, satisfaction-surveys.png and satisfaction-account.png (the
account page's «Satisfacción» tab of the account at most risk) as the demo's account director,
light scheme, in Spanish. `--size 1024x700` checks the smaller window; the README's
pictures are the defaults (1280×800).
"""

from __future__ import annotations

from take import demo_app, pump, signed_in_window  # sets up a private home first

from agencia.domain.areas import AreaId


def main() -> int:
    out, size, db = demo_app(__doc__.splitlines()[0])
    window, ops = signed_in_window(db, "demo", size)
    window.rail.set_collapsed(size[0] < 1280)  # as the window does by itself when narrow
    window.switch_to("satisfaction")
    pump(ops, 1.5)
    view = window.areas["satisfaction"].controller.view
    for index, name in ((0, "health"), (1, "results"), (2, "actions"), (3, "surveys")):
        view.tabs.setCurrentIndex(index)
        pump(ops, 0.6)
        window.grab().save(str(out / f"satisfaction-{name}.png"))
    page = window.areas["satisfaction"].controller.page
    worst = page.health[0].account_id if page is not None and page.health else None
    if worst is not None:
        window.navigate(AreaId.ACCOUNTS, worst)
        pump(ops, 1.0)
        detail = window.areas["accounts"].controller.detail_view  # type: ignore[attr-defined]
        detail.tabs.setCurrentIndex(detail.tabs.count() - 1)
        pump(ops, 1.0)
        window.grab().save(str(out / "satisfaction-account.png"))
    ops.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
