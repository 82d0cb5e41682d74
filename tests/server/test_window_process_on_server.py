"""The real window in its own process on a secured server: the workstation's URL has no
password, the window goes straight to the sign-in, and what is typed there connects as
that person's own role (checked in the ready window, through the app's own database)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from server_world import PASSWORD, ServerAgency

_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from agencia import app as appmod

    url, login, password = sys.argv[1:4]

    def fill():
        from agencia.ui.auth.signin import SignInDialog
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SignInDialog) and widget.isVisible():
                widget.login.setText(login)
                widget.password.setText(password)
                widget.enter_button.click()
                return
        QTimer.singleShot(100, fill)

    def check(window, startup):
        with startup.db.reader.connect() as conn:
            who = conn.exec_driver_sql("SELECT session_user").scalar()
            seen = conn.exec_driver_sql("SELECT count(*) FROM accounts").scalar()
        print(f"as={who} accounts={seen} agency={startup.agency.name}", flush=True)

    appmod.create_application()
    QTimer.singleShot(100, fill)
    sys.exit(appmod.run_gui(url, on_ready=check))
    """
)


def test_the_window_process_signs_in_as_the_person(
    server_agency: ServerAgency, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "AGENCIA_LANG": "es",
        "AGENCIA_LOG": "info",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("AGENCIA_DATABASE_URL", None)
    url = server_agency.url.render_as_string(hide_password=False)
    done = subprocess.run(
        [sys.executable, "-c", _WINDOW, url, "pablo", PASSWORD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "as=pablo accounts=1 agency=Agencia de Pruebas" in done.stdout
    assert "ready: pablo signed in on" in done.stderr
    assert "Traceback" not in done.stderr
