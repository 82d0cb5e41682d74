"""The screenshot tour: every area of the window at 1280×800 and 1024×700, in Spanish and
English, light and dark, from the demo agency, into docs/screenshots/tour/.

Run: `.venv/bin/python docs/screenshots/take_tour.py [OUT_DIR]` (offscreen by default).
Each area's page is shot as it opens, and the accounts and campaigns areas once more with
a record open. By default two looks — Spanish in the light scheme and English in the dark
one — so that both languages and both schemes are seen at both sizes in a few dozen
images; `--looks es-light,es-dark,en-light,en-dark` takes them all. The language changes
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
from agencia.services.first_run import get_agency
from agencia.ui import style
from agencia.ui.formatting import interface_locale, set_region
from agencia.ui.shell.language_switch import switch_language
from agencia.ui.shell.printing import find_list
from agencia.ui.shell.window import MainWindow
from agencia.ui.widgets.id_list_model import ID_ROLE

LOOKS = ("es-light", "en-dark")
SIZES = ("1280x800", "1024x700")
WITH_RECORD = (AreaId.ACCOUNTS, AreaId.CAMPAIGNS)  # shot again with a record open


def small_png(image: QImage, path: Path) -> int:
    """`image` as a 256-colour PNG at `path`; returns its size in bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
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
    """Save the window unless it looks exactly as in the last picture (a list that had
    its record open already)."""
    pump(ops, 0.2)  # type: ignore[arg-type]
    image = window.grab().toImage()
    if _last and _last[0] == image:
        return
    _last[:] = [image]
    small_png(image, path)
    taken.append(path.name)


_last: list[QImage] = []


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
    agency = get_agency(db)
    assert login is not None and agency is not None
    window, ops = signed_in_window(db, login, sizes[0])  # type: ignore[arg-type]
    region = set_region(agency.locale)
    assert window.ctx is not None
    window.ctx.locale = interface_locale(region, looks[0][0])
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
                pump(ops, 0.6)
                shoot(window, ops, out / f"{name}.png", taken)
                record = first_record(window) if area in WITH_RECORD else None
                if record is not None:
                    window.navigate(area, record)
                    pump(ops, 0.8)
                    shoot(window, ops, out / f"{area}-record-{name[len(area) + 1 :]}.png", taken)
                    back = getattr(window.areas[area], "controller", None)
                    if hasattr(back, "back_to_list"):
                        back.back_to_list()  # the list again, for the next picture
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
