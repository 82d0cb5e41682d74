"""The agency profile on a 1024×700 laptop: it opened 734 px tall (its tallest tab set
its minimum), Guardar and Cancelar below the screen's edge, and 150 px of nothing above
them on the first tab."""

from __future__ import annotations

from campaign_world import build_cast
from gui_support import make_context
from PySide6.QtCore import QLocale, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.agency.profile import get_profile
from agencia.ui.agency.profile_dialog import ProfileDialog


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def test_the_profile_fits_a_1024_by_700_screen_buttons_in_sight(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    cast = build_cast(sqlite_db)
    ctx, _recorder = make_context(cast.db, cast.admin)
    screen = QWidget()  # the laptop's whole screen, as the window that opens the dialog
    qtbot.addWidget(screen)
    screen.setGeometry(0, 0, 1024, 700)
    screen.show()
    qtbot.waitExposed(screen)
    profile = get_profile(cast.db, cast.admin)
    dialog = ProfileDialog(ctx.ops, profile, QLocale(QLocale.Language.Spanish), screen)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = screen.geometry()
    assert dialog.height() <= room.height() and dialog.minimumSizeHint().height() < 640
    assert room.contains(dialog.frameGeometry())
    for button in (dialog.save_button, dialog.cancel_button):
        assert button.isVisible() and room.contains(_global(button)), button.text()
    # the tabs take the room down to the buttons: no empty band above them
    gap = dialog.buttons.geometry().top() - dialog.tabs.geometry().bottom()
    assert gap <= 40, gap
    for n in range(dialog.tabs.count()):  # every tab reachable whole, by scrolling
        dialog.tabs.setCurrentIndex(n)
        assert dialog.height() <= room.height()
