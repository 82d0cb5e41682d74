"""The screenshot tour: every area of the window at 1280×800 and 1024×700, in Spanish and
English, light and dark, from the demo agency, into docs/screenshots/tour/.

Run: `.venv/bin/python docs/screenshots/take_tour.py [OUT_DIR]` (offscreen by default).
Each area's page is shot as it opens, and the accounts and campaigns areas once more with
a record open. By default all four looks — Spanish and English, each in the light and
the dark scheme — at both sizes, the tour the comfort issue asks for; `--looks
es-light,en-dark` takes fewer. Every picture is saved, under the same name in every run
(`AREA[-record]-WIDTHxHEIGHT-LANG-SCHEME.png`). The language changes
in place (Preferencias' own switch), so the English pictures also show that switch at
work. Pictures are stored with a 256-colour palette: a tenth of the size, the same to
the eye. `--areas accounts --sizes 1280x800` narrows a run; `index.md` lists what it took.
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QModelIndex
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from take import demo_database, pump, signed_in_window, start_app  # (sets a private home)

from agencia.domain.areas import AreaId
from agencia.services.auth import default_login
from agencia.ui import style
from agencia.ui.shell.language_switch import switch_language
from agencia.ui.shell.printing import find_list
from agencia.ui.shell.window import MainWindow
from agencia.ui.widgets.id_list_model import ID_ROLE

LOOKS = ("es-light", "es-dark", "en-light", "en-dark")
SIZES = ("1280x800", "1024x700")
WITH_RECORD = (AreaId.ACCOUNTS, AreaId.CAMPAIGNS)  # shot again with a record open


def small_png(image: QImage, path: Path) -> int:
    """`image` as a 256-colour PNG at `path`; returns its size in bytes. The palette is
    an octree's: no pixel strays more than a dozen levels from the screen. Median cut
    kept the large areas exact but merged small coloured text into its ground — the
    dark «En curso» chip's green words vanished into the green chip."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        path, optimize=True
    )
    return path.stat().st_size


def first_record(window: MainWindow) -> int | None:
    """The first record of the page's list (its id, as the list holds it)."""
    page = window.stack.currentWidget()
    view = find_list(page) if page is not None else None
    if view is None or view.model().rowCount() == 0:
        return None
    found = view.model().data(view.model().index(0, 0, QModelIndex()), ID_ROLE)
    return found if isinstance(found, int) else None


def shoot(window: MainWindow, ops: object, path: Path, taken: list[str]) -> None:
    """Save the window as it is now: every area, size and look has its picture, under
    the same name in every run."""
    pump(ops, 0.2)  # type: ignore[arg-type]
    small_png(window.grab().toImage(), path)
    taken.append(path.name)


def settle(ops: object, most: float = 4.0) -> None:
    """Until nothing is in flight (and what waits for that has run): an opened account's
    list selects its row only once its page is shown and the reads are done — shot
    after a fixed wait, the first account's row was not chosen yet."""
    end = time.monotonic() + most
    pump(ops, 0.4)  # type: ignore[arg-type]
    while ops.in_flight and time.monotonic() < end:  # type: ignore[attr-defined]
        pump(ops, 0.1)  # type: ignore[arg-type]
    pump(ops, 0.4)  # type: ignore[arg-type]


def close_record(window: MainWindow, area: str) -> None:
    """The area as it opens, nothing chosen: a page with its own back (campaigns) goes
    back to its list; a list with its record beside it (accounts) lets go of the row and
    shows its empty pane again. (A record stays open from one look to the next when
    only the scheme changes.)"""
    controller = getattr(window.areas[area], "controller", None)
    if hasattr(controller, "back_to_list"):
        controller.back_to_list()
        return
    listed = getattr(controller, "list_view", None)
    page = window.stack.currentWidget()
    view = find_list(page) if page is not None else None
    if hasattr(listed, "forget_selection"):
        listed.forget_selection()  # a reload (the language switched) must not choose it again
    elif view is not None:
        view.setCurrentIndex(QModelIndex())
        view.clearSelection()
    detail = getattr(controller, "detail_view", None)
    if hasattr(detail, "clear"):
        detail.clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path(__file__).parent / "tour")
    parser.add_argument("--areas", default="", help="area ids, comma-separated (all)")
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--looks", default=",".join(LOOKS), help="LANG-SCHEME, comma-separated")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(n) for n in s.lower().split("x")) for s in args.sizes.split(",")]
    looks = [tuple(look.split("-")) for look in args.looks.split(",")]
    started = time.monotonic()

    app = start_app(looks[0][0], looks[0][1])  # type: ignore[arg-type]
    db = demo_database()
    login = default_login(db)
    assert login is not None
    # signed in as the app signs in: the agency's clock and region, the first look's language
    window, ops = signed_in_window(db, login, sizes[0])  # type: ignore[arg-type]
    wanted = [a for a in args.areas.split(",") if a]
    areas = [a for a in window.areas if not wanted or a in wanted]
    taken: list[str] = []
    for language, scheme in looks:
        refused = switch_language(window, language)
        assert not refused, refused
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no event loop here
        style.apply_style(app, scheme)  # type: ignore[arg-type]
        for width, height in sizes:
            window.resize(width, height)
            pump(ops, 0.3)
            for area in areas:
                name = f"{area}-{width}x{height}-{language}-{scheme}"
                window.switch_to(area)
                if area in WITH_RECORD:
                    close_record(window, area)
                settle(ops)  # a language just switched re-reads (the rail's badges)
                shoot(window, ops, out / f"{name}.png", taken)
                record = first_record(window) if area in WITH_RECORD else None
                if record is not None:
                    window.navigate(area, record)
                    beside = getattr(window.areas[area], "controller", None)
                    if hasattr(beside, "load_detail") and not hasattr(beside, "back_to_list"):
                        beside.load_detail(record)  # its row was chosen before: read again
                    settle(ops)
                    shoot(window, ops, out / f"{area}-record-{name[len(area) + 1 :]}.png", taken)
                    close_record(window, area)  # the list again, for the next picture
    write_index(out)
    total = sum(p.stat().st_size for p in out.glob("*.png"))
    print(f"{len(taken)} pictures, {total / 1e6:.1f} MB in all, {time.monotonic() - started:.0f} s")
    ops.shutdown()
    db.close()
    QApplication.processEvents()
    return 0


def write_index(out: Path) -> None:
    """index.md: the pictures by area, each look and size a column."""
    names = sorted(p.stem for p in out.glob("*.png"))
    rows: dict[str, list[str]] = {}
    for stem in names:
        subject, _, rest = stem.partition("-1") if "-1" in stem else (stem, "", "")
        rows.setdefault(subject, []).append(f"[{'1' + rest}]({stem}.png)")
    lines = [
        "# Screenshot tour",
        "",
        "Made by `docs/screenshots/take_tour.py` from the demo agency; each line is an "
        "area (or an area with a record open), each link a size, language and scheme.",
        "",
    ]
    lines += [f"- **{subject}**: " + " · ".join(links) for subject, links in rows.items()]
    (out / "index.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
