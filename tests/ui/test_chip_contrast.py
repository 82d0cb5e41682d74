"""Status chips read in both schemes: in the dark one «Revisión interna», «En producción»
and «En curso» were deep purple, navy and green words on a dark tint of the same colour
(the tour's campaigns-…-dark pictures). Every status's text must reach 4.5:1 (WCAG AA)
against the fill it is painted on — on a plain row, an alternate row, a selected row and
a page header — in the light and the dark palette."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from agencia.domain.enums import AccountStatus, CampaignStatus, Decision
from agencia.ui import style
from agencia.ui.accounts.labels import STATUS_COLORS as ACCOUNT_COLORS
from agencia.ui.campaigns.labels import DECISION_COLORS
from agencia.ui.campaigns.labels import STATUS_COLORS as CAMPAIGN_COLORS
from agencia.ui.widgets.contrast import READABLE, contrast, readable_on
from agencia.ui.widgets.status_chip import Chip, chip_colours, paint_chip

pytestmark = pytest.mark.gui

ACCENTS = sorted(
    {
        *(CAMPAIGN_COLORS[s] for s in CampaignStatus),
        *(ACCOUNT_COLORS[s] for s in AccountStatus),
        *(DECISION_COLORS[d] for d in Decision),
    }
)
GROUNDS = (
    QPalette.ColorRole.Base,
    QPalette.ColorRole.AlternateBase,
    QPalette.ColorRole.Window,
)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("accent", ACCENTS)
def test_every_status_reads_on_its_chip(
    qapp: QApplication, scheme: style.Scheme, accent: str
) -> None:
    palette = style.build_palette(scheme)
    chip = Chip("Revisión interna", accent)
    for role in GROUNDS:
        fill, _border, text = chip_colours(chip, palette, palette.color(role))
        assert contrast(text, fill) >= READABLE, (scheme, accent, role, text.name(), fill.name())
    fill, _border, text = chip_colours(chip, palette, selected=True)
    assert contrast(text, fill) >= READABLE, (scheme, accent, "selected")


def test_the_painted_chip_is_the_colours_computed(qapp: QApplication) -> None:
    """What is painted is that fill (opaque) and that ink, not another blend."""
    palette = style.build_palette("dark")
    chip = Chip("En producción", CAMPAIGN_COLORS[CampaignStatus.IN_PRODUCTION])
    ground = palette.color(QPalette.ColorRole.Base)
    fill, _border, _text = chip_colours(chip, palette, ground)
    image = QImage(200, 30, QImage.Format.Format_RGB32)
    image.fill(ground)
    painter = QPainter(image)
    paint_chip(painter, QRect(0, 0, 200, 30), chip, palette, qapp.font(), background=ground)
    painter.end()
    counts = Counter(image.pixelColor(x, y).name() for x in range(200) for y in range(30))
    counts.pop(ground.name(), None)
    assert counts.most_common(1)[0][0] == fill.name()  # the pill, around its words
    colours = set(counts)
    darkest_or_lightest = max(colours, key=lambda c: contrast(QColor(c), fill))
    assert contrast(QColor(darkest_or_lightest), fill) >= READABLE


def test_readable_on_keeps_a_colour_that_already_reads() -> None:
    white = QColor("#FFFFFF")
    assert readable_on(QColor("#1B4F9C"), white).name() == "#1b4f9c"
    lifted = readable_on(QColor("#283593"), QColor("#24272C"))
    assert contrast(lifted, QColor("#24272C")) >= READABLE
    assert lifted.blue() > lifted.red()  # still a blue, not plain white
