"""What start-up leaves out: the source of every module imported after Qt (PySide6's
`__feature__` check read it into `linecache`), icons drawn at sizes nobody asks for, and
the cycle collector's rounds while the first page is being made.

Timings are never asserted here (tests/bench/run.py judges them); these check the causes."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRect, QSize, Signal
from PySide6.QtGui import QIcon, QImage, QPainter
from PySide6.QtWidgets import QApplication

from agencia.ui import style, tinted_icons
from agencia.ui.shell import collector, lean_imports

_PROBE = textwrap.dedent(
    """
    import json, linecache, sys
    from PySide6.QtWidgets import QApplication  # Qt first, as the benchmark's probes do
    import agencia.app
    import agencia.services.auth  # SQLAlchemy, the mapped classes: nothing of Qt
    import agencia.ui.accounts.area  # an area: Qt throughout
    _NAMED_BY_APP = ("typing.py", "dataclasses.py", "traceback.py", "logging/__init__.py")
    feature = sys.modules["shibokensupport.feature"]
    print(json.dumps({
        "read": sorted(f for f in linecache.cache if "sqlalchemy" in f or "agencia" in f),
        "stdlib": sorted(f for f in linecache.cache if f.endswith(_NAMED_BY_APP)),
        "window": feature.pyside_feature_dict.get("agencia.ui.shell.window"),
        "accounts": feature.pyside_feature_dict.get("agencia.ui.accounts.list_view"),
        "orm": feature.pyside_feature_dict.get("sqlalchemy.orm"),
        "models": feature.pyside_feature_dict.get("agencia.domain.models"),
    }))
    """
)


def test_modules_imported_after_qt_are_not_read_as_source() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["read"] == []  # PySide6 itself would have read ~900 files into memory
    # nor the standard library's modules that agencia.app names before anything of its own
    # (loaded already, with Qt, by whoever started it: they were read again when named)
    assert found["stdlib"] == []
    # PySide6 still tells the modules that use Qt (0: no feature) from the others (-1)
    assert found["window"] == 0 and found["accounts"] == 0
    assert found["orm"] == -1 and found["models"] == -1


_PAINT = textwrap.dedent(
    """
    import json, sys
    import agencia.app as appmod

    qapp = appmod.create_application()
    window = appmod.MainWindow()
    painted = []
    window.first_painted.connect(lambda: painted.append(sorted(sys.modules)))
    window.show()
    while not painted:
        qapp.processEvents()
    print(json.dumps(painted[0]))
    """
)


def test_the_list_of_areas_is_read_after_the_first_paint() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENCIA_LANG="es")
    done = subprocess.run(
        [sys.executable, "-c", _PAINT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "agencia.ui.shell.window" in loaded
    # the declarations, their change kinds and the words for roles wait for sign-in
    later = {"agencia.areas", "agencia.services.area", "agencia.domain.changes"}
    assert not later & loaded
    assert "agencia.domain.labels" not in loaded


# Made when first used, not for the first paint: the command palette and the search's
# drop-down (Qt's item views, their delegate), the toasts (an animation, an opacity effect),
# what printing uses (Qt's text documents, HTML escaping), where a search hit opens.
_NOT_BEFORE_THE_FIRST_PAINT = (
    "agencia.ui.shell.palette",
    "agencia.ui.shell.popup",
    "agencia.ui.shell.toast",
    "agencia.ui.widgets.places",
    "html.entities",
)


def test_what_waits_for_its_first_use_is_not_imported_before_the_first_paint() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENCIA_LANG="es")
    done = subprocess.run(
        [sys.executable, "-c", _PAINT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "agencia.ui.shell.search" in loaded and "agencia.ui.shell.printing" in loaded
    assert [m for m in _NOT_BEFORE_THE_FIRST_PAINT if m in loaded] == []


def test_a_themed_icon_painted_is_drawn_at_the_painters_pixel_density(
    qapp: QApplication,
) -> None:
    tinted_icons.tinted.cache_clear()
    icon = style.themed_icon("search", "#00FF00")
    engine = tinted_icons._engines[-1]
    sheet = QImage(40, 40, QImage.Format.Format_ARGB32_Premultiplied)
    sheet.setDevicePixelRatio(2.0)  # a high-density screen
    sheet.fill(0)
    painter = QPainter(sheet)
    icon.paint(painter, QRect(0, 0, 20, 20))
    painter.end()
    assert list(engine._drawn) == [(40, 40, QIcon.Mode.Normal)]  # sharp, not scaled up
    inked = [
        sheet.pixelColor(x, y)
        for x in range(40)
        for y in range(40)
        if sheet.pixelColor(x, y).alpha() > 200
    ]
    assert inked and {c.name() for c in inked} == {"#00ff00"}


def test_a_module_uses_pyside_when_its_namespace_holds_qt() -> None:
    from agencia.domain import enums
    from agencia.ui.shell import window

    assert lean_imports.uses_pyside(window)
    assert not lean_imports.uses_pyside(enums)
    assert lean_imports.install()  # this PySide6 has the hook; installing again is harmless


def test_a_themed_icon_is_drawn_only_at_the_size_asked_for(qapp: QApplication) -> None:
    tinted_icons.tinted.cache_clear()
    icon = style.themed_icon("search", "#FF0000")
    engine = tinted_icons._engines[-1]
    assert not icon.isNull()
    assert engine._drawn == {}  # nothing drawn before someone paints it

    pixmap = icon.pixmap(20, 20)
    assert pixmap.size() == QSize(20, 20)
    assert list(engine._drawn) == [(20, 20, QIcon.Mode.Normal)]
    image = pixmap.toImage()
    inked = {
        image.pixelColor(x, y).name()
        for x in range(20)
        for y in range(20)
        if image.pixelColor(x, y).alpha() > 200
    }
    assert inked == {"#ff0000"}  # the stroke in the ink asked for, nothing else

    disabled = icon.pixmap(QSize(20, 20), QIcon.Mode.Disabled).toImage()
    grey = {
        disabled.pixelColor(x, y).name()
        for x in range(20)
        for y in range(20)
        if disabled.pixelColor(x, y).alpha() > 200
    }
    assert grey and "#ff0000" not in grey  # the style's disabled look, as before

    sharp = icon.pixmap(QSize(16, 16), 2.0)  # a high-density screen: drawn at 32 px
    assert sharp.size() == QSize(32, 32) and sharp.devicePixelRatio() == 2.0
    assert style.themed_icon("search", "#FF0000") is icon  # one per name and ink


class _Startup(QObject):
    state_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.ops: Any = None


class _Ops:
    def __init__(self) -> None:
        self.idle: list[Callable[[], None]] = []

    def when_idle(self, fn: Callable[[], None]) -> None:
        self.idle.append(fn)


def test_the_collector_rests_until_the_first_page_has_its_answers(
    qapp: QApplication, python_collects: None
) -> None:
    assert gc.isenabled()
    startup = _Startup()
    resume = collector.pause_while_starting(startup)
    try:
        assert not gc.isenabled()
        startup.state_changed.emit("opening")
        assert not gc.isenabled()
        startup.ops = _Ops()
        startup.state_changed.emit("ready")
        assert not gc.isenabled()  # signed in, the first rows not yet there
        assert len(startup.ops.idle) == 1
        startup.ops.idle[0]()  # the first page's reads have answered
        assert gc.isenabled()
    finally:
        resume()
    assert gc.isenabled()


def test_the_collector_resumes_when_start_up_waits_for_a_person(
    qapp: QApplication, python_collects: None
) -> None:
    for state in ("sign_in", "wizard", "refused", "closed"):
        startup = _Startup()
        collector.pause_while_starting(startup)
        assert not gc.isenabled()
        startup.state_changed.emit(state)
        assert gc.isenabled(), state

    gc.disable()  # paused by someone else: left as it was
    try:
        collector.pause_while_starting(_Startup())()
        assert not gc.isenabled()
    finally:
        gc.enable()


_FIRST_PAGE = textwrap.dedent(
    """
    import json, sys
    from sqlalchemy import create_engine, inspect, select
    from PySide6.QtWidgets import QApplication
    import agencia.app
    import agencia.services.auth
    import agencia.ui.accounts.area
    import agencia.ui.accounts.controller  # and its mixins: what the list's area needs
    from agencia.domain.models import Account, Base
    import agencia.db.metadata  # every model module, for create_all

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)  # every model's DDL, partial indexes included
    with engine.connect() as conn:
        conn.execute(select(Account.id).limit(1)).all()
        ddl = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'uq_approvals_first_of_stage'"
        ).scalar()
    print(json.dumps({"modules": sorted(sys.modules), "ddl": ddl}))
    """
)

# Not needed to show the first page of accounts on SQLite: the PostgreSQL dialect (a
# partial index's `postgresql_where`), argon2 and the server sign-in (until someone signs
# in with a password), the account forms, the logo picker and the merge.
_NOT_BEFORE_THE_FIRST_PAGE = (
    "sqlalchemy.dialects.postgresql",
    "argon2",
    "agencia.db.server_sign_in",
    "agencia.db.server_roles",
    "agencia.ui.accounts.account_form",
    "agencia.ui.accounts.contact_form",
    "agencia.ui.accounts.brand_forms",
    "agencia.ui.accounts.merge_dialog",
    "agencia.ui.accounts.duplicate_dialog",
    "agencia.ui.widgets.image_picker",
    "agencia.services.accounts.contacts",
    "agencia.services.accounts.merge",
    "agencia.services.accounts.logos",
    # the account page's statements and read models, and the account's edits: read when
    # an account is first opened or edited (the list's rows are `rows.AccountRow`)
    "agencia.services.accounts.account_page",
    "agencia.services.accounts.views",
    "agencia.services.accounts.account_edit",
    "agencia.services.accounts.editing",
    "agencia.services.accounts.leads",
    "agencia.services.accounts.tax_ids",
)


def test_the_first_page_on_sqlite_imports_nothing_it_does_not_show() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAGE], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = set(found["modules"])
    assert "agencia.ui.accounts.controller" in loaded and "sqlalchemy.dialects.sqlite" in loaded
    assert sorted(loaded & set(_NOT_BEFORE_THE_FIRST_PAGE)) == []
    assert "WHERE supersedes_id IS NULL" in found["ddl"]  # the partial index, still partial


def test_postgresql_gets_the_partial_index_once_a_postgresql_engine_is_made() -> None:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.engine import make_url
    from sqlalchemy.schema import CreateIndex

    from agencia.db.engine import make_migration_engine
    from agencia.domain import campaign_models  # noqa: F401  (maps the approvals)
    from agencia.domain.models import Base

    engine = make_migration_engine(make_url("postgresql+psycopg://nobody@localhost/none"))
    engine.dispose()  # never connected: making it is what declares the option
    indexes = Base.metadata.tables["approvals"].indexes
    (index,) = (i for i in indexes if i.name == "uq_approvals_first_of_stage")
    ddl = str(CreateIndex(index).compile(dialect=postgresql.dialect()))
    assert ddl.endswith("WHERE supersedes_id IS NULL"), ddl
    make_migration_engine(make_url("postgresql+psycopg://nobody@localhost/none")).dispose()
    assert str(CreateIndex(index).compile(dialect=postgresql.dialect())) == ddl  # idempotent


_FRAME = textwrap.dedent(
    """
    import json, sys
    import agencia.app as appmod
    import PySide6.QtCore as core
    import PySide6.QtWidgets as widgets

    qapp = appmod.create_application()
    window = appmod.MainWindow(chrome=False)
    painted = []
    window.first_painted.connect(
        lambda: painted.append(["Qt" in vars(core), "QStyle" in vars(widgets)])
    )
    window.show()
    while not painted:
        qapp.processEvents()
    window.build_chrome()
    for _turn in range(5):  # (a widget laid out in a shown window shows on the next turn)
        qapp.processEvents()
    shown = [window.rail.isVisible(), window.status.isVisible(), window.title.isVisible()]
    qapp.setStyleSheet("")  # (under a style sheet, Qt's wrapper has no name of its own)
    style = qapp.style().name().lower()
    print(json.dumps({"made_at_paint": painted[0], "chrome": shown, "style": style}))
    """
)


def test_the_first_paint_is_the_frame_without_qts_namespace(tmp_path: Any) -> None:
    """PySide6 builds every enum of Qt's namespace on the first use of any name of it (15 ms,
    a tenth of a bare window's start), and every enum of QStyle when Python is handed a
    style: the frame the window first paints uses neither (Fusion is asked for by Qt's own
    option); its chrome comes after. The second start is the usual one (the scheme
    remembered)."""
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", AGENCIA_LANG="es", XDG_CONFIG_HOME=str(tmp_path)
    )
    runs = []
    for _start in range(2):
        done = subprocess.run(
            [sys.executable, "-c", _FRAME], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 0, done.stderr
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert runs[1] == {
        "made_at_paint": [False, False],
        "chrome": [True, True, True],
        "style": "fusion",
    }
