"""WCAG contrast for colours the window paints itself (status chips): text that reads on
its fill in both schemes, whatever the accent. Qt-light (QColor only), so the first
paint needs nothing more; the decks keep their own ReportLab-side arithmetic."""

from __future__ import annotations

from PySide6.QtGui import QColor

READABLE = 4.5  # WCAG AA for body text


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(top: QColor, background: QColor) -> QColor:
    """`top` (with its alpha) laid over an opaque `background`: the colour the eye sees."""
    a = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * a + background.redF() * (1 - a),
        top.greenF() * a + background.greenF() * (1 - a),
        top.blueF() * a + background.blueF() * (1 - a),
    )


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """`a` moved `share_of_b` (0–1) of the way towards `b`."""
    t = min(1.0, max(0.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def readable_on(ink: QColor, background: QColor, ratio: float = READABLE) -> QColor:
    """`ink` if it reads on `background`, else the nearest shade of it towards white or
    black (whichever reads better there) that does: the hue kept as far as it can be."""
    if contrast(ink, background) >= ratio:
        return QColor(ink)
    white, black = QColor("#FFFFFF"), QColor("#000000")
    end = white if contrast(white, background) >= contrast(black, background) else black
    for step in range(1, 21):
        candidate = mix(ink, end, step / 20)
        if contrast(candidate, background) >= ratio:
            return candidate
    return end
