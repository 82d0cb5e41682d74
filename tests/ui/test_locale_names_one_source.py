"""Countries, locales and languages have one source of names: the window's module hands
out the command line's functions (`agencia.domain.locale_names`), so the two cannot drift
apart (they were two copies of the same code). Babel still waits until something names a
country: not loaded before the window's first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from agencia.domain import locale_names
from agencia.ui import locale_names as window_names


def test_the_window_names_with_the_command_line_s_functions() -> None:
    assert window_names.country_name is locale_names.country_name
    assert window_names.locale_name is locale_names.locale_name
    assert window_names.language_name is locale_names.language_name


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


def test_babel_is_not_loaded_before_the_first_paint() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENCIA_LANG="es")
    done = subprocess.run(
        [sys.executable, "-c", _PAINT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    names = ("babel", "agencia.domain.locale_names", "agencia.ui.locale_names")
    assert [m for m in loaded if m.split(".")[0] == "babel" or m in names] == []
