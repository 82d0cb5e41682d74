"""The screenshot tour (docs/screenshots/take_tour.py) runs as the docs run it: one area,
both sizes, both looks (Spanish light, English dark), small finished pictures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage

TOUR = Path(__file__).parents[2] / "docs" / "screenshots" / "take_tour.py"


def _lightness(image: QImage) -> float:
    """The picture's mean lightness, on a coarse grid of samples."""
    samples = [
        QColor(image.pixel(x, y)).lightnessF()
        for x in range(0, image.width(), 37)
        for y in range(0, image.height(), 37)
    ]
    return sum(samples) / len(samples)


def test_the_tour_shoots_one_area_at_both_sizes_in_both_looks(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("AGENCIA_DATABASE_URL", None)
    done = subprocess.run(
        [
            sys.executable,
            str(TOUR),
            str(tmp_path),
            "--areas",
            "pending",
            "--sizes",
            "1280x800,1024x700",
            "--looks",
            "es-light,en-dark",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert names == [
        "pending-1024x700-en-dark.png",
        "pending-1024x700-es-light.png",
        "pending-1280x800-en-dark.png",
        "pending-1280x800-es-light.png",
    ]
    for name in names:
        image = QImage(str(tmp_path / name))
        width, height = (int(n) for n in name.split("-")[1].split("x"))
        assert (image.width(), image.height()) == (width, height), name  # nothing overflowed
        assert (tmp_path / name).stat().st_size < 250_000, name  # small enough to commit
        dark = name.endswith("dark.png")
        assert (_lightness(image) < 0.35) if dark else (_lightness(image) > 0.75), name
    index = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert "pending-1024x700-en-dark.png" in index


CHIP = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtCore import QRect, Qt
from PIL import Image, ImageChops
app = QGuiApplication([])
from take_tour import small_png
image = QImage(1024, 700, QImage.Format.Format_RGB32)
image.fill(QColor(30, 32, 38))  # the dark scheme's ground
painter = QPainter(image)
painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
painter.setFont(QFont("DejaVu Sans", 10))
chips = [  # the dark status chips: ground, words
    ((60, 40, 70), (200, 120, 220)),
    ((70, 50, 30), (240, 160, 80)),
    ((30, 40, 80), (120, 160, 240)),
    ((60, 45, 45), (230, 140, 140)),
    ((38, 71, 53), (44, 200, 92)),  # «En curso»: the one that vanished
]
for row in range(24):
    painter.setPen(QColor(215, 218, 224))
    painter.drawText(10, 24 + row * 26, "Kola-Sierra Zero · Verano sin azúcar · 420.000,00 €")
    ground, words = chips[-1] if row == 5 else chips[row % (len(chips) - 1)]  # one green
    painter.fillRect(QRect(500, 8 + row * 26, 110, 22), QColor(*ground))
    painter.setPen(QColor(*words))
    painter.drawText(QRect(500, 8 + row * 26, 110, 22), Qt.AlignmentFlag.AlignCenter, "En curso")
painter.end()
small_png(image, Path(sys.argv[2]))
image.save(sys.argv[2] + ".raw.png")
shown = Image.open(sys.argv[2] + ".raw.png").convert("RGB")
saved = Image.open(sys.argv[2]).convert("RGB")
counts = ImageChops.difference(shown, saved).convert("L").histogram()
print(max(level for level, n in enumerate(counts) if n))
"""


def test_small_coloured_words_keep_their_colour_in_the_small_pictures(tmp_path: Path) -> None:
    """The 256-colour palette keeps every pixel near the screen's, a chip's words apart
    from the chip (median cut merged the dark «En curso» chip's green words into its
    ground, in the tour of 6 December 2026)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHIP, str(TOUR.parent), str(tmp_path / "chip.png")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    worst = int(done.stdout.strip())  # the pixel furthest from the screen, 0-255
    assert worst <= 16, worst  # median cut: 37, its words the colour of the chip
