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
